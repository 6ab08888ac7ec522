/**
 * Writes deploy/security-headers.conf (nginx `add_header` lines) and deploy/embed-headers.conf (the embed pages'
 * location) from src/lib/site/security.ts, the one source of the site's security headers. `--check` only reports
 * whether the files are up to date (exit 1 if not).
 *   node scripts/nginx-headers.ts [--check]
 */
import fs from 'node:fs';
import path from 'node:path';
import { nginxEmbedSnippet, nginxSnippet } from '../src/lib/site/security.ts';

const files = [
  { name: 'security-headers.conf', snippet: 'plan-site-security-headers.conf', wanted: nginxSnippet() },
  { name: 'embed-headers.conf', snippet: 'plan-site-embed.conf', wanted: nginxEmbedSnippet() },
];
let stale = false;
for (const f of files) {
  const file = path.join(import.meta.dirname, '..', 'deploy', f.name);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === f.wanted) console.log(`deploy/${f.name} is up to date`);
  else if (process.argv.includes('--check')) {
    console.error(`deploy/${f.name} is out of date: run \`node scripts/nginx-headers.ts\``);
    stale = true;
  } else {
    fs.writeFileSync(file, f.wanted);
    console.log(`wrote deploy/${f.name}: copy it to /etc/nginx/snippets/${f.snippet} on the server and reload nginx`);
  }
}
if (stale) process.exit(1);
