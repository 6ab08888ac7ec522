/**
 * The site's security headers, in one place. Every page carries the Content Security Policy in a <meta> tag
 * (so it also holds where headers cannot be set); the build writes all of them to dist/_headers (Netlify,
 * Cloudflare Pages) and `node scripts/nginx-headers.ts` writes them to deploy/security-headers.conf for nginx
 * (never into the public root). README "Deploying the site" says what each one does.
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
  // HTTPS only, for a year (browsers ignore it over plain HTTP). Deliberately without includeSubDomains and
  // preload: both bind every subdomain of the domain and preload is hard to undo (README).
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Features the site never uses, switched off for it and anything it could embed.
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The chromeless chart pages made to be embedded in other sites (/<plan>/embed/<id>/, /en/<plan>/embed/<id>/,
 * src/lib/routing/routes.ts): the only pages any site may frame. Everything else stays unframeable.
 */
export const EMBED_PATH = { regex: { zh: '^/[^/]+/embed/', en: '^/en/[^/]+/embed/' }, globs: ['/*/embed/*', '/en/*/embed/*'] };

/** The headers of an embeddable page: the same, but any site may frame it. */
export const EMBED_HEADERS: Record<string, string> = Object.fromEntries(
  Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': cspHeader().replace("frame-ancestors 'none'", 'frame-ancestors *') }).filter(
    ([k]) => k !== 'X-Frame-Options',
  ),
);

/**
 * `_headers` file for static hosts that read one (Cloudflare Pages, Netlify). The embed pages detach the two framing
 * headers (`! Name`) and set their own policy: Cloudflare Pages' syntax; Netlify, which cannot detach a header,
 * keeps them unframeable (README).
 */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  for (const glob of EMBED_PATH.globs) {
    lines.push(glob, '  ! Content-Security-Policy', '  ! X-Frame-Options', `  Content-Security-Policy: ${EMBED_HEADERS['Content-Security-Policy']}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * deploy/embed-headers.conf: the nginx location of the embed pages, with their headers (a block with its own
 * add_header lines inherits none, so it repeats them all, and the cache policy of deploy/nginx.conf).
 */
export function nginxEmbedSnippet(): string {
  const headers = Object.entries(EMBED_HEADERS).map(([k, v]) => `    add_header ${k} "${v}" always;`);
  const block = (regex: string, notFound: string) => [
    `location ~ ${regex} {`,
    `    error_page 404 ${notFound};`,
    ...headers,
    '    add_header Cache-Control $eco_plan_cache_control always;',
    '}',
  ];
  return [
    '# Generated from src/lib/site/security.ts by `node scripts/nginx-headers.ts`: do not edit by hand.',
    '# Copy to /etc/nginx/snippets/plan-site-embed.conf (included at the end of the HTTPS server) and reload nginx whenever it changes.',
    ...block(EMBED_PATH.regex.en, '/en/404/index.html'),
    ...block(EMBED_PATH.regex.zh, '/404.html'),
    '',
  ].join('\n');
}

/** deploy/security-headers.conf: nginx `add_header` lines with the same values (`always`: on 404s too). */
export function nginxSnippet(): string {
  return [
    '# Generated from src/lib/site/security.ts by `node scripts/nginx-headers.ts`: do not edit by hand.',
    '# Copy to /etc/nginx/snippets/plan-site-security-headers.conf and reload nginx whenever it changes.',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `add_header ${k} "${v}" always;`),
    '',
  ].join('\n');
}
