/**
 * deploy/rsync-deploy.sh on this machine (DEPLOY_HOST=local), publishing small prepared sites into a temporary
 * server folder that nginx serves with deploy/nginx.conf: the atomic switch, the smoke test and its automatic
 * rollback, the `rollback` command (back along the releases that went live), and the previous release's hashed
 * assets kept (and only the previous one's).
 * Skipped where nginx, rsync or curl is missing (.ci/run installs them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/dist.ts';
import { get, nginxBinary, startNginx, type Nginx } from '../helpers/nginx.ts';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = [...(nginxBinary() ? [] : ['nginx']), ...['rsync', 'curl'].filter((c) => !has(c))];
if (missing.length) console.warn(`test/site/deploy-script.test.ts SKIPPED: ${missing.join(', ')} not installed`);

describe.skipIf(missing.length > 0)(missing.length ? `deploy/rsync-deploy.sh — SKIPPED: ${missing.join(', ')} not installed` : 'deploy/rsync-deploy.sh', () => {
  let tmp: string;
  let server: string;
  let nginx: Nginx;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-test-'));
    server = path.join(tmp, 'srv');
    fs.mkdirSync(server);
    nginx = await startNginx(path.join(server, 'current'));
  });
  afterAll(async () => {
    await nginx?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** A small built site: version `v`, its hashed assets named after it; `brokenAsset` links a missing one. */
  function site(v: string, opts: { siteUrl?: string; brokenAsset?: boolean } = {}): string {
    const dir = path.join(tmp, `dist-${v}`);
    const files: Record<string, string> = {
      'index.html': `<!DOCTYPE html><html lang="zh-CN"><head><link rel="canonical" href="${opts.siteUrl ?? nginx.url}/"><link rel="stylesheet" href="/_astro/Base.${opts.brokenAsset ? 'missing' : v}.css"></head><body>${v}</body></html>`,
      'en/index.html': `<!DOCTYPE html><html lang="en"><body>${v}</body></html>`,
      '404.html': '<!DOCTYPE html><title>404</title>',
      [`_astro/Base.${v}.css`]: `body{--v:"${v}"}`,
      [`_astro/chart.${v}.js`]: `console.log("${v}")`,
      'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: `zh_${v}`, wasm: null } } }),
      'pagefind/pagefind.js': `/* pagefind ${v} */`,
      [`pagefind/pagefind.zh_${v}.pf_meta`]: `meta ${v}`,
      [`pagefind/fragment/zh_${v}.pf_fragment`]: `fragment ${v}`,
      [`pagefind/index/zh_${v}.pf_index`]: `index ${v}`,
      'pagefind/wasm.unknown.pagefind': 'wasm',
    };
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  }

  let lastRun = 0;
  /** Runs the script; releases are named by the second, so two deploys never share one. */
  async function run(args: string[], env: Record<string, string>) {
    while (Math.floor(Date.now() / 1000) <= Math.floor(lastRun / 1000)) await new Promise((r) => setTimeout(r, 50));
    const { SITE_URL: _s, SMOKE_URL: _m, ...base } = process.env;
    const r = spawnSync('bash', [path.join(ROOT, 'deploy/rsync-deploy.sh'), ...args], {
      encoding: 'utf8',
      env: { ...base, DEPLOY_HOST: 'local', DEPLOY_ROOT: server, ...env },
    });
    lastRun = Date.now();
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
  }
  const deploy = (v: string, opts: { siteUrl?: string; brokenAsset?: boolean } = {}) =>
    run([], { SITE_URL: nginx.url, DEPLOY_SKIP_TESTS: '1', DEPLOY_DIST: site(v, opts) });
  const home = async () => (await get(nginx.url, '/', '')).body.toString();
  const status = async (p: string) => (await get(nginx.url, p, '')).status;
  const releases = () => fs.readdirSync(path.join(server, 'releases')).sort();

  it('publishes a release, switches to it and passes its smoke test', async () => {
    const r = await deploy('v1');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/deployed \d{8}T\d{6}Z/);
    expect(r.out, 'nginx sends the headers of deploy/security-headers.conf').not.toContain('warning');
    expect(await home()).toContain('v1');
    expect(fs.readlinkSync(path.join(server, 'current'))).toBe(`releases/${releases()[0]}`);
  }, 60_000);

  it('keeps the previous release’s hashed assets in the new one, and only the previous release’s', async () => {
    const second = await deploy('v2');
    expect(second.status, second.out).toBe(0);
    expect(await home()).toContain('v2');
    for (const v of ['v1', 'v2']) {
      for (const p of [
        `/_astro/Base.${v}.css`,
        `/_astro/chart.${v}.js`,
        `/pagefind/pagefind.zh_${v}.pf_meta`,
        `/pagefind/fragment/zh_${v}.pf_fragment`,
        `/pagefind/index/zh_${v}.pf_index`,
      ]) {
        expect(await status(p), p).toBe(200);
      }
    }
    // Not Pagefind's unhashed files: the new release's own are served.
    expect((await get(nginx.url, '/pagefind/pagefind.js', '')).body.toString()).toContain('v2');
    const [r1, r2] = releases();
    expect(fs.statSync(path.join(server, 'releases', r2!, '_astro/Base.v1.css')).ino, 'a hard link, not a copy').toBe(
      fs.statSync(path.join(server, 'releases', r1!, '_astro/Base.v1.css')).ino,
    );

    const third = await deploy('v3');
    expect(third.status, third.out).toBe(0);
    expect(await status('/_astro/Base.v2.css')).toBe(200);
    expect(await status('/pagefind/fragment/zh_v2.pf_fragment')).toBe(200);
    expect(await status('/_astro/Base.v1.css'), 'two releases back: gone').toBe(404);
    expect(await status('/pagefind/fragment/zh_v1.pf_fragment')).toBe(404);
  }, 60_000);

  it('rolls back by itself when the smoke test fails', async () => {
    const before = fs.readlinkSync(path.join(server, 'current'));
    const r = await deploy('v4', { brokenAsset: true });
    expect(r.status).toBe(1);
    expect(r.out).toContain('smoke test failed');
    expect(r.out).toContain('/_astro/Base.missing.css is missing or different');
    expect(r.out).toMatch(/rolled back to \d{8}T\d{6}Z/);
    expect(fs.readlinkSync(path.join(server, 'current'))).toBe(before);
    expect(await home()).toContain('v3');
  }, 60_000);

  it('`rollback` goes back one release at a time, and says when there is none', async () => {
    const r = await run(['rollback'], { SITE_URL: nginx.url });
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('answers 200');
    expect(await home()).toContain('v2');
    expect((await run(['rollback'], {})).status).toBe(0);
    expect(await home()).toContain('v1');
    const none = await run(['rollback'], {});
    expect(none.status).toBe(1);
    expect(none.out).toContain('nothing to roll back to');
    expect(await home()).toContain('v1');
  }, 60_000);

  it('after a rollback, deploys on the release that was live, and rolls back to it, not to one rolled back from', async () => {
    // Now: v1 live; v2 and v3 were rolled back from; v4 failed its smoke test.
    const r = await deploy('v7');
    expect(r.status, r.out).toBe(0);
    expect(await status('/_astro/Base.v1.css'), 'the assets of the release that was live').toBe(200);
    expect(await status('/_astro/Base.v3.css')).toBe(404);
    expect(releases(), 'rolled-back and failed releases removed').toHaveLength(2);
    expect((await run(['rollback'], {})).status).toBe(0);
    expect(await home()).toContain('v1');
  }, 60_000);

  it('refuses a build made for another address, and untested uploads to a real server', async () => {
    const other = await deploy('v5', { siteUrl: 'https://elsewhere.example' });
    expect(other.status).toBe(1);
    expect(other.out).toContain('was not built for');
    const real = await run([], { DEPLOY_HOST: 'deploy@server.invalid', SITE_URL: nginx.url, DEPLOY_SKIP_TESTS: '1', DEPLOY_DIST: site('v6') });
    expect(real.status).toBe(1);
    expect(real.out).toContain('for DEPLOY_HOST=local');
    expect(await home()).toContain('v1');
  }, 60_000);
});
