/**
 * The site's security headers, in one place: used for the <meta> CSP in every page
 * (so the policy also holds where headers cannot be set) and written to dist/_headers.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // Pagefind runs WebAssembly; no inline scripts anywhere.
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** Directives a <meta> CSP may carry (frame-ancestors works only as a header). */
export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => name !== 'frame-ancestors')
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export function cspHeader(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `_headers` file for Netlify / Cloudflare Pages style static hosts. */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  return `${lines.join('\n')}\n`;
}

/** nginx `add_header` lines with the same values, for a plain server. */
export function nginxSnippet(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n');
}
