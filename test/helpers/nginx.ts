/**
 * Runs nginx on 127.0.0.1 with deploy/nginx.conf for tests: a temporary copy of the file that listens on free
 * ports without TLS and serves a given folder as its root, with deploy/security-headers.conf (and
 * deploy/brotli.conf where the brotli module is installed) as its snippets; pid, logs and temporary files in a
 * temporary folder. Every other line of deploy/nginx.conf is used as it is.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './dist.ts';

/** The nginx binary, or undefined where nginx is not installed. */
export function nginxBinary(): string | undefined {
  const dirs = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin', ...(process.env.PATH ?? '').split(path.delimiter)];
  return dirs
    .map((d) => path.join(d, 'nginx'))
    .find((f) => {
      try {
        fs.accessSync(f, fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** The brotli filter module, where Debian's libnginx-mod-http-brotli-filter (or the like) is installed. */
export function brotliModule(): string | undefined {
  return ['/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so', '/usr/share/nginx/modules/ngx_http_brotli_filter_module.so'].find((f) => fs.existsSync(f));
}

export interface Nginx {
  /** The HTTPS server block, served over plain HTTP: http://127.0.0.1:<port> */
  url: string;
  /** The port-80 server block (redirects to HTTPS). */
  redirectUrl: string;
  /** The server_name of deploy/nginx.conf. */
  serverName: string;
  brotli: boolean;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * deploy/nginx.conf adapted to a test: listens on 127.0.0.1 without TLS, serves `root`, and reads its snippets
 * from `snippets` instead of /etc/nginx/snippets/. Every replacement must match, or the file has changed shape.
 */
export function adaptConfig(conf: string, o: { port: number; redirectPort: number; root: string; snippets: string }): string {
  const replace = (text: string, pattern: RegExp, by: string, what: string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: no ${what} (${pattern}); update test/helpers/nginx.ts`);
    return text.replace(pattern, by);
  };
  let c = conf;
  c = replace(c, /^\s*listen\s+443\b[^;]*;/m, `    listen 127.0.0.1:${o.port};`, 'listen 443');
  c = replace(c, /^\s*listen\s+80\s*;/m, `    listen 127.0.0.1:${o.redirectPort};`, 'listen 80');
  c = c.replace(/^\s*listen\s+\[::\]:\d+[^;]*;.*\n/gm, '');
  c = replace(c, /^\s*ssl_certificate\s[^;]*;.*\n/m, '', 'ssl_certificate');
  c = replace(c, /^\s*ssl_certificate_key\s[^;]*;.*\n/m, '', 'ssl_certificate_key');
  c = c.replace(/^\s*ssl_\w+\s[^;]*;.*\n/gm, '');
  c = replace(c, /^(\s*)root\s+\/srv\/[^;]*;/m, `$1root ${o.root};`, 'root');
  for (const include of ['plan-site-security-headers.conf', 'plan-site-embed.conf', 'plan-site-brotli[.]conf']) {
    if (!c.includes(`include /etc/nginx/snippets/${include};`)) throw new Error(`deploy/nginx.conf: no include of ${include}; update test/helpers/nginx.ts`);
  }
  return c.replaceAll('/etc/nginx/snippets/', `${o.snippets}/`);
}

export async function startNginx(root: string): Promise<Nginx> {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-test-'));
  const module = brotliModule();
  const conf = fs.readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const serverName = /^\s*server_name\s+([^\s;]+)/m.exec(conf)![1]!;
  // Installed as the README says: the headers always, brotli only where the module exists (else nothing
  // matches deploy/nginx.conf's optional include).
  fs.mkdirSync(path.join(dir, 'snippets'));
  fs.copyFileSync(path.join(ROOT, 'deploy/security-headers.conf'), path.join(dir, 'snippets/plan-site-security-headers.conf'));
  fs.copyFileSync(path.join(ROOT, 'deploy/embed-headers.conf'), path.join(dir, 'snippets/plan-site-embed.conf'));
  if (module) fs.copyFileSync(path.join(ROOT, 'deploy/brotli.conf'), path.join(dir, 'snippets/plan-site-brotli.conf'));
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const [port, redirectPort] = [await freePort(), await freePort()];
    if (port === redirectPort) continue;
    const t = (name: string) => path.join(dir, name);
    fs.writeFileSync(t('site.conf'), adaptConfig(conf, { port, redirectPort, root, snippets: t('snippets') }));
    fs.writeFileSync(
      t('nginx.conf'),
      [
        // As root, the workers run as root too, so they can read the build wherever it is; otherwise ignored.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        ...(module ? [`load_module ${module};`] : []),
        'worker_processes 1;',
        `pid ${t('nginx.pid')};`,
        `error_log ${t('error.log')} warn;`,
        'events { worker_connections 64; }',
        'http {',
        `    access_log ${t('access.log')};`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `    ${k}_temp_path ${t(k)};`),
        `    include ${t('site.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const check = spawnSync(bin, ['-t', '-q', '-p', `${dir}/`, '-e', t('error.log'), '-c', t('nginx.conf')], { encoding: 'utf8' });
    if (check.status !== 0) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`deploy/nginx.conf, adapted for the test, does not pass nginx -t:\n${check.stderr}`);
    }
    const proc: ChildProcess = spawn(bin, ['-p', `${dir}/`, '-e', t('error.log'), '-c', t('nginx.conf'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    // Never left running: stopped with the test process even if a test run ends without stop().
    const orphan = () => proc.kill('SIGTERM');
    process.once('exit', orphan);
    exited.then(() => process.off('exit', orphan));
    const up = await waitForPort(port, proc);
    if (up) {
      return {
        url: `http://127.0.0.1:${port}`,
        redirectUrl: `http://127.0.0.1:${redirectPort}`,
        serverName,
        brotli: !!module,
        stop: async () => {
          if (proc.exitCode === null) proc.kill('SIGTERM');
          await exited;
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (proc.exitCode === null) proc.kill('SIGTERM');
    await exited;
    lastError = `${stderr}\n${fs.existsSync(t('error.log')) ? fs.readFileSync(t('error.log'), 'utf8') : ''}`;
    if (!/in use/.test(lastError)) break;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw new Error(`nginx did not start:\n${lastError}`);
}

async function waitForPort(port: number, proc: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) return false;
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export interface Fetched {
  status: number;
  /** Header values by lower-case name (repeated headers joined with ", "). */
  headers: Record<string, string | undefined>;
  /** How many times each header (lower case) was sent. */
  count: Record<string, number>;
  /** The bytes as sent (compressed where the server compressed them). */
  raw: Buffer;
  /** The bytes after undoing Content-Encoding. */
  body: Buffer;
}

/**
 * One GET, without keep-alive; unlike fetch() it keeps the bytes as sent, so a test can see the compression.
 * `accept` is the Accept-Encoding header ('' sends none).
 */
export function get(base: string, pathname: string, accept = 'gzip', headers: Record<string, string> = {}): Promise<Fetched> {
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        agent: false,
        headers: { ...(accept ? { 'accept-encoding': accept } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const enc = res.headers['content-encoding'];
          const body = enc === 'gzip' ? zlib.gunzipSync(raw) : enc === 'br' ? zlib.brotliDecompressSync(raw) : raw;
          const count: Record<string, number> = {};
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const k = res.rawHeaders[i]!.toLowerCase();
            count[k] = (count[k] ?? 0) + 1;
          }
          const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
          resolve({ status: res.statusCode!, headers, count, raw, body });
        });
      },
    );
    req.on('error', reject);
  });
}
