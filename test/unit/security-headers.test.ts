/**
 * One source for the security headers (src/lib/site/security.ts): deploy/security-headers.conf, which nginx includes,
 * is generated from it and up to date; the build writes `_headers` for static hosts and nothing for nginx into
 * the public folder. What nginx actually sends is tested in test/site/nginx.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/dist.ts';
import { EMBED_HEADERS, SECURITY_HEADERS, headersFile, nginxEmbedSnippet, nginxSnippet } from '../../src/lib/site/security.ts';
import { securityHeaders } from '../../src/integrations/security-headers.ts';

describe('security headers', () => {
  it('deploy/security-headers.conf is generated from src/lib/site/security.ts (run `node scripts/nginx-headers.ts`)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'deploy/security-headers.conf'), 'utf8')).toBe(nginxSnippet());
  });

  it('deploy/embed-headers.conf is generated from src/lib/site/security.ts too', () => {
    expect(fs.readFileSync(path.join(ROOT, 'deploy/embed-headers.conf'), 'utf8')).toBe(nginxEmbedSnippet());
  });

  it('lets any site frame the embed pages only, and keeps every other header on them', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(EMBED_HEADERS['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(EMBED_HEADERS['Content-Security-Policy']).not.toContain("'none'; frame");
    expect(EMBED_HEADERS['X-Frame-Options']).toBeUndefined();
    expect(Object.keys(EMBED_HEADERS).sort()).toEqual(
      Object.keys(SECURITY_HEADERS)
        .filter((k) => k !== 'X-Frame-Options')
        .sort(),
    );
    // The _headers file detaches the framing headers for the embed pages only (Cloudflare Pages' "! Name").
    expect(headersFile()).toMatch(/\n\/\*\/embed\/\*\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: [^\n]*frame-ancestors \*\n/);
  });

  it('gives nginx and _headers the same headers, nginx on every response', () => {
    const nginx = nginxSnippet()
      .split('\n')
      .filter((l) => l.startsWith('add_header'));
    expect(nginx).toHaveLength(Object.keys(SECURITY_HEADERS).length);
    for (const line of nginx) expect(line).toMatch(/^add_header [A-Za-z-]+ "[^"]+" always;$/);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(headersFile()).toContain(`\n  ${name}: ${value}\n`);
    }
  });

  it('the build writes _headers into the output and no nginx configuration', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'headers-'));
    try {
      const hook = securityHeaders().hooks['astro:build:done'] as (o: unknown) => void;
      hook({ dir: pathToFileURL(`${out}/`), logger: { info: () => {} } });
      expect(fs.readdirSync(out)).toEqual(['_headers']);
      expect(fs.readFileSync(path.join(out, '_headers'), 'utf8')).toBe(headersFile());
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
