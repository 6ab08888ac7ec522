/**
 * Writes deploy/security-headers.conf (nginx `add_header` lines) from src/lib/security.ts, the one source of the
 * site's security headers. `--check` only reports whether the file is up to date (exit 1 if not).
 *   node scripts/nginx-headers.ts [--check]
 */
import fs from 'node:fs';
import path from 'node:path';
import { nginxSnippet } from '../src/lib/security.ts';

const file = path.join(import.meta.dirname, '..', 'deploy', 'security-headers.conf');
const wanted = nginxSnippet();
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error('deploy/security-headers.conf is out of date: run `node scripts/nginx-headers.ts`');
    process.exit(1);
  }
  console.log('deploy/security-headers.conf is up to date');
} else if (current === wanted) {
  console.log('deploy/security-headers.conf is up to date');
} else {
  fs.writeFileSync(file, wanted);
  console.log('wrote deploy/security-headers.conf: copy it to /etc/nginx/snippets/plan-site-security-headers.conf on the server and reload nginx');
}
