/** Astro integration: writes the security headers for static hosts into the build output. */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxSnippet } from '../lib/security.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        fs.writeFileSync(`${out}/_headers`, headersFile());
        fs.writeFileSync(`${out}/nginx-security-headers.conf`, `${nginxSnippet()}\n`);
        logger.info('wrote _headers and nginx-security-headers.conf');
      },
    },
  };
}
