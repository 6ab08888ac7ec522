/**
 * The built site served by nginx with deploy/nginx.conf (on 127.0.0.1, without TLS; see test/helpers/nginx.ts):
 * every security header on HTML pages, hashed assets, search files, downloads and 404s; the right cache
 * lifetime for each; gzip for every text type but not for Pagefind's already-compressed files; the 404 page of
 * the right language under every folder; no host configuration served; HTTP redirected to HTTPS.
 * The expected values are written out here: they are the contract, whatever src/lib/site/security.ts says.
 * Skipped only where nginx is not installed (.ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, REAL_PLAN, loadPage, requireBuild } from '../helpers/dist.ts';
import { get, nginxBinary, startNginx, type Fetched, type Nginx } from '../helpers/nginx.ts';

const NGINX = nginxBinary();
if (!NGINX) console.warn('test/site/nginx.test.ts SKIPPED: nginx is not installed (apt-get install nginx); deploy/nginx.conf is untested.');

/** Headers every response of the site carries, with their exact values. */
const FIXED: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  server: 'nginx', // server_tokens off: no version
};
const ONCE = [...Object.keys(FIXED), 'content-security-policy', 'strict-transport-security', 'permissions-policy', 'cache-control'];
const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Text types nginx must compress, by extension; the binary ones it must send as they are. */
const TEXT = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'csv', 'svg', 'txt', 'wasm'];
const BINARY = ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pdf', 'png', 'jpg', 'webp', 'woff2', 'ico'];
/** deploy/nginx.conf's gzip_min_length: smaller files gain nothing from compression. */
const MIN_GZIP = 256;

function csp(value: string | undefined): Map<string, string> {
  return new Map(
    (value ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')] as [string, string]),
  );
}

function expectSecurityHeaders(r: Fetched, what: string): void {
  for (const [name, value] of Object.entries(FIXED)) expect(r.headers[name], `${what}: ${name}`).toBe(value);
  for (const name of ONCE) expect(r.count[name], `${what}: ${name} sent once`).toBe(1);
  const policy = csp(r.headers['content-security-policy']);
  expect(policy.get('default-src'), `${what}: CSP default-src`).toBe("'self'");
  expect(policy.get('frame-ancestors'), `${what}: CSP frame-ancestors`).toBe("'none'");
  expect(policy.get('object-src'), `${what}: CSP object-src`).toBe("'none'");
  expect(policy.get('base-uri'), `${what}: CSP base-uri`).toBe("'self'");
  expect(policy.get('form-action'), `${what}: CSP form-action`).toBe("'self'");
  expect(r.headers['content-security-policy'], `${what}: CSP`).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  const hsts = /^max-age=(\d+)(;|$)/.exec(r.headers['strict-transport-security'] ?? '');
  expect(hsts, `${what}: Strict-Transport-Security`).not.toBeNull();
  expect(Number(hsts![1]), `${what}: HSTS max-age (one year at least)`).toBeGreaterThanOrEqual(31536000);
  const permissions = (r.headers['permissions-policy'] as string).split(/,\s*/);
  expect(permissions, `${what}: Permissions-Policy`).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()']));
  for (const p of permissions) expect(p, `${what}: Permissions-Policy entry`).toMatch(/^[a-z-]+=\([^()]*\)$/);
  expect(r.headers['permissions-policy'], `${what}: no obsolete feature`).not.toContain('interest-cohort');
}

/** The response is the file, compressed (gzip unless said) when it is text of MIN_GZIP bytes or more. */
function expectFile(r: Fetched, file: string, what: string, encoding = 'gzip'): void {
  const bytes = fs.readFileSync(file);
  expect(r.status, what).toBe(200);
  expect(r.body.equals(bytes), `${what}: the file's bytes`).toBe(true);
  const ext = path.extname(file).slice(1);
  if (TEXT.includes(ext) && bytes.length >= MIN_GZIP) {
    expect(r.headers['content-encoding'], `${what}: ${encoding}`).toBe(encoding);
    expect(r.headers.vary, `${what}: Vary`).toMatch(/Accept-Encoding/i);
    expect(r.raw.length, `${what}: smaller compressed`).toBeLessThan(bytes.length);
  } else if (BINARY.includes(ext)) {
    expect(r.headers['content-encoding'], `${what}: sent as it is`).toBeUndefined();
  }
}

const pathOf = (file: string) => '/' + path.relative(DIST, file).split(path.sep).join('/');

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe.skipIf(!NGINX)(NGINX ? 'nginx with deploy/nginx.conf serving dist/' : 'nginx with deploy/nginx.conf — SKIPPED: nginx is not installed', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    requireBuild(DIST);
    nginx = await startNginx(DIST);
  });
  afterAll(async () => {
    await nginx?.stop();
  });
  const fetchPath = (p: string, accept = 'gzip') => get(nginx.url, p, accept);

  it('serves the Chinese and English pages with every header, no-cache and gzip', async () => {
    for (const page of ['/', `/${REAL_PLAN}/`, `/${REAL_PLAN}/indicators/`, '/en/', `/en/${REAL_PLAN}/`, `/en/${REAL_PLAN}/indicators/`]) {
      const r = await fetchPath(page);
      expectSecurityHeaders(r, page);
      expect(r.headers['content-type'], page).toBe('text/html; charset=utf-8');
      expect(r.headers['cache-control'], page).toBe(NO_CACHE);
      expectFile(r, path.join(DIST, page, 'index.html'), page);
      expect(r.headers['content-encoding'], page).toBe('gzip');
    }
  });

  it('serves the header CSP with the directives of the <meta> CSP, and frame-ancestors only in the header', async () => {
    const meta = csp(loadPage('/').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!);
    const header = csp((await fetchPath('/')).headers['content-security-policy']);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(header).toEqual(meta);
  });

  it('serves hashed CSS and JS under /_astro/ as immutable for a year, compressed', async () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const js = fs
      .readdirSync(path.join(DIST, '_astro'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join(DIST, '_astro', f))
      .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!;
    for (const [asset, type] of [
      [css, 'text/css; charset=utf-8'],
      [pathOf(js), /^(application|text)\/javascript; charset=utf-8$/],
    ] as const) {
      const r = await fetchPath(asset);
      expectSecurityHeaders(r, asset);
      expect(r.headers['cache-control'], asset).toBe(IMMUTABLE);
      expect(r.headers['content-type'], asset).toMatch(type);
      expectFile(r, path.join(DIST, asset), asset);
      expect(r.headers['content-encoding'], asset).toBe('gzip');
    }
    // The largest script (the chart bundle): compressed to well under half.
    const big = await fetchPath(pathOf(js));
    expect(big.raw.length).toBeLessThan(fs.statSync(js).size * 0.5);
    const plain = await fetchPath(pathOf(js), '');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.raw.length).toBe(fs.statSync(js).size);
  });

  it('serves the search index under /pagefind/ for a short time; its pre-compressed files are not compressed again', async () => {
    const entry = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    const binary = [
      ...Object.values(entry.languages).map((l) => `/pagefind/pagefind.${l.hash}.pf_meta`),
      ...Object.values(entry.languages).flatMap((l) => (l.wasm ? [`/pagefind/wasm.${l.wasm}.pagefind`] : [])),
      ...['index', 'fragment', 'filter'].map((d) => `/pagefind/${d}/${fs.readdirSync(path.join(DIST, 'pagefind', d)).sort()[0]}`),
    ];
    expect(
      binary.some((p) => p.endsWith('.pagefind')),
      'a Pagefind WebAssembly file',
    ).toBe(true);
    for (const p of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', ...binary]) {
      const r = await fetchPath(p);
      expectSecurityHeaders(r, p);
      const maxAge = /^public, max-age=(\d+)$/.exec(r.headers['cache-control'] ?? '');
      expect(maxAge, `${p}: ${r.headers['cache-control']}`).not.toBeNull();
      expect(Number(maxAge![1]), `${p}: short-lived`).toBeGreaterThanOrEqual(60);
      expect(Number(maxAge![1]), `${p}: short-lived`).toBeLessThanOrEqual(3600);
      expectFile(r, path.join(DIST, p), p);
      if (binary.includes(p)) {
        expect(r.headers['content-type'], p).toBe('application/octet-stream');
        expect(r.headers['content-encoding'], p).toBeUndefined();
        expect([...r.raw.subarray(0, 2)], `${p}: gzip data from Pagefind, as built`).toEqual([0x1f, 0x8b]);
      }
    }
    expect((await fetchPath('/pagefind/pagefind.js')).headers['content-encoding']).toBe('gzip');
  });

  it('answers a missing page with status 404 and the 404 page of its language, in every folder', async () => {
    const zh = fs.readFileSync(path.join(DIST, '404.html'));
    const en = fs.readFileSync(path.join(DIST, 'en/404/index.html'));
    const cases: [string, Buffer][] = [
      ['/no-such-page/', zh],
      ['/no-such-file.html', zh],
      [`/${REAL_PLAN}/no-such-page/`, zh],
      [`/${REAL_PLAN}/indicators/no-such-indicator/`, zh],
      ['/_astro/no-such-script.js', zh],
      ['/pagefind/fragment/no-such.pf_fragment', zh],
      ['/en/no-such-page/', en],
      [`/en/${REAL_PLAN}/no-such-page/`, en],
      [`/en/${REAL_PLAN}/indicators/no-such-indicator/`, en],
    ];
    for (const [p, page] of cases) {
      const r = await fetchPath(p);
      expect(r.status, p).toBe(404);
      expectSecurityHeaders(r, p);
      expect(r.headers['cache-control'], p).toBe(NO_CACHE);
      expect(r.headers['content-type'], p).toBe('text/html; charset=utf-8');
      expect(r.headers['content-encoding'], p).toBe('gzip');
      expect(r.body.equals(page), `${p}: the ${page === en ? 'English' : 'Chinese'} 404 page`).toBe(true);
    }
  });

  it('does not serve host configuration: _headers and nginx snippets', async () => {
    for (const p of ['/_headers', '/en/_headers', '/nginx-security-headers.conf', '/plan-site-security-headers.conf', '/.htaccess', '/.git/config']) {
      const r = await fetchPath(p);
      expect([403, 404], p).toContain(r.status);
      expectSecurityHeaders(r, p);
      expect(r.body.toString('utf8'), p).not.toMatch(/add_header|Content-Security-Policy:/);
    }
  });

  it('serves downloads, feeds and the sitemap with their types, no-cache and gzip', async () => {
    const cases: [string, RegExp][] = [
      [`/${REAL_PLAN}/data/indicators.csv`, /^text\/csv; charset=utf-8$/],
      [`/${REAL_PLAN}/data/dataset.json`, /^application\/json; charset=utf-8$/],
      [`/${REAL_PLAN}/feed.xml`, /^(text|application)\/(rss\+)?xml; charset=utf-8$/],
      [`/en/${REAL_PLAN}/feed.xml`, /^(text|application)\/(rss\+)?xml; charset=utf-8$/],
      ['/sitemap-0.xml', /^(text|application)\/xml; charset=utf-8$/],
      ['/favicon.svg', /^image\/svg\+xml; charset=utf-8$/],
    ];
    for (const [p, type] of cases) {
      const r = await fetchPath(p);
      expectSecurityHeaders(r, p);
      expect(r.headers['content-type'], p).toMatch(type);
      expect(r.headers['cache-control'], p).toBe(NO_CACHE);
      expectFile(r, path.join(DIST, p), p);
    }
    for (const p of [`/${REAL_PLAN}/data/indicators.csv`, `/${REAL_PLAN}/feed.xml`, '/sitemap-0.xml']) {
      expect((await fetchPath(p)).headers['content-encoding'], p).toBe('gzip');
    }
  });

  it('compresses every text type in the build (its largest file of each, if not tiny) and no binary one', async () => {
    const byExt = new Map<string, string>();
    const unknown: string[] = [];
    for (const file of allFiles(DIST)) {
      const ext = path.extname(file).slice(1);
      if (!ext || ext === 'conf') continue; // _headers and an older build's nginx snippet: not served (above)
      if (!TEXT.includes(ext) && !BINARY.includes(ext)) unknown.push(pathOf(file));
      const best = byExt.get(ext);
      if (!best || fs.statSync(file).size > fs.statSync(best).size) byExt.set(ext, file);
    }
    expect(unknown, 'file types the test does not know: add them to TEXT (and gzip_types) or BINARY').toEqual([]);
    for (const [ext, file] of byExt) {
      const p = pathOf(file);
      const r = await fetchPath(p);
      expectSecurityHeaders(r, p);
      expectFile(r, file, p);
      if (TEXT.includes(ext) && fs.statSync(file).size >= MIN_GZIP) expect(r.headers['content-encoding'], `${p}: .${ext} compressed`).toBe('gzip');
    }
  });

  it('serves brotli where the module is installed', async (ctx) => {
    if (!nginx.brotli) ctx.skip('the nginx brotli module is not installed (libnginx-mod-http-brotli-filter): deploy/brotli.conf untested');
    for (const p of ['/', `/en/${REAL_PLAN}/`, '/pagefind/pagefind.js']) {
      const r = await fetchPath(p, 'br, gzip');
      expect(r.headers['content-encoding'], p).toBe('br');
      expectFile(r, path.join(DIST, p.endsWith('/') ? `${p}index.html` : p), p, 'br');
    }
    const wasm = fs.readdirSync(path.join(DIST, 'pagefind')).find((f) => f.endsWith('.pagefind'))!;
    expect((await fetchPath(`/pagefind/${wasm}`, 'br, gzip')).headers['content-encoding']).toBeUndefined();
  });

  it('redirects plain HTTP to HTTPS, and a folder without its slash to the folder', async () => {
    const r = await get(nginx.redirectUrl, '/en/about/?q=1', 'gzip', { host: nginx.serverName });
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(`https://${nginx.serverName}/en/about/?q=1`);
    expect(r.headers.server).toBe('nginx');
    const other = await get(nginx.redirectUrl, '/', 'gzip', { host: 'attacker.example' });
    expect(other.headers.location, 'always to the site itself').toBe(`https://${nginx.serverName}/`);

    const folder = await fetchPath('/en/about');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/en/about/');
    expectSecurityHeaders(folder, '/en/about');
  });
});
