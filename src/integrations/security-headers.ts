/**
 * Astro integration: writes the security headers for static hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages) into the build output. nginx gets the same headers from deploy/security-headers.conf,
 * which stays out of the public root (deploy/nginx.conf refuses to serve `_headers`).
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/site/security.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        fs.writeFileSync(`${out}/_headers`, headersFile());
        logger.info('wrote _headers');
      },
    },
  };
}
