/**
 * A build is all or nothing: killed at any moment, or failing, it leaves the previous complete output as it
 * was; only a build that finished every step replaces it. Checked with the county fixture (generic behaviour).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/dist.ts';
import { buildCopy, siteCopy } from '../helpers/build.ts';
import { FIXTURE_TODAY } from '../helpers/sites.ts';

const copy = siteCopy('county');
const outDir = path.join(path.dirname(copy.dataDir), 'dist');
const MARKER = 'previous-build.txt';
afterAll(() => copy.remove());

/** Starts the build command in its own process group and kills the whole group when `when` matches its output. */
function buildKilledAt(when: RegExp | number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', outDir], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, DATA_DIR: copy.dataDir, CONTENT_DIR: copy.contentDir, SITE_TODAY: FIXTURE_TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      process.kill(-child.pid!, 'SIGKILL');
    };
    const onData = (d: Buffer) => {
      output += d.toString();
      if (when instanceof RegExp && when.test(output)) kill();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (typeof when === 'number') setTimeout(kill, when);
    child.on('exit', () => resolve(killed ? output : `NOT KILLED (the build ended first)\n${output}`));
  });
}

const isPreviousBuild = () => fs.existsSync(path.join(outDir, MARKER));
const isComplete = (dir: string) =>
  ['index.html', '404.html', 'sitemap-index.xml', '_headers', 'pagefind/pagefind-entry.json', `${copy.plan}/index.html`, `en/${copy.plan}/index.html`].every(
    (f) => fs.existsSync(path.join(dir, f)),
  );

describe('a build that does not finish', () => {
  it('starts from a complete build', () => {
    const first = buildCopy(copy);
    expect(first.ok, first.output).toBe(true);
    expect(isComplete(outDir)).toBe(true);
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
    fs.writeFileSync(path.join(outDir, MARKER), 'the previous complete build');
  });

  // From the very start, while pages are written, while the search index is written, and when Astro has
  // finished (the staging folder is complete but not yet checked and published).
  it.each([
    ['at once', 300],
    ['while checking the data', /data and plan content checked/],
    ['while writing pages', /generating static routes/],
    ['while indexing for search', /\[search-index\]|pagefind/i],
  ] as [string, RegExp | number][])('killed %s, leaves the previous build as it was', async (_when, when) => {
    const output = await buildKilledAt(when);
    expect(output).not.toMatch(/^NOT KILLED/);
    expect(isPreviousBuild(), output).toBe(true);
    expect(isComplete(outDir)).toBe(true);
  });

  it('killed when Astro has finished, leaves either the previous build or the new one, each complete', async () => {
    // The last steps (checking the staging folder, two renames) take milliseconds: the kill may come after them.
    const output = await buildKilledAt(/\[build\] Complete!/);
    expect(isComplete(outDir), output).toBe(true);
    if (!isPreviousBuild()) fs.writeFileSync(path.join(outDir, MARKER), 'the previous complete build');
  });

  it('killed between its last two renames, leaves the previous build aside, and the next build puts it back first', async () => {
    fs.renameSync(outDir, `${outDir}.previous`);
    // Killed once the build has started Astro: it has put the previous build back by then.
    const output = await buildKilledAt(/data and plan content checked/);
    expect(output).not.toMatch(/^NOT KILLED/);
    expect(isPreviousBuild(), output).toBe(true);
    expect(fs.existsSync(`${outDir}.previous`)).toBe(false);
  });

  it('refuses to start while another build into the same folder is running', () => {
    fs.writeFileSync(`${outDir}.lock`, String(process.pid === 1 ? 2 : 1)); // process 1 is always alive
    const refused = buildCopy(copy);
    fs.rmSync(`${outDir}.lock`);
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/Another build into .*dist\/ is running \(process 1\)/);
    expect(isPreviousBuild()).toBe(true);
  });

  it('failing, leaves the previous build and says so', () => {
    const file = path.join(copy.dataDir, 'plans', copy.plan, 'plan.json');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('"title"', '"titel"'));
    const failed = buildCopy(copy);
    fs.writeFileSync(file, good);
    expect(failed.ok).toBe(false);
    expect(failed.output).toMatch(/Build failed, nothing published: astro build exited with 1\n.*dist\/ is left as it was \(the previous complete build\)/);
    expect(isPreviousBuild()).toBe(true);
  });

  it('the next complete build replaces it, and no staging folder is left', () => {
    const next = buildCopy(copy);
    expect(next.ok, next.output).toBe(true);
    expect(isPreviousBuild()).toBe(false);
    expect(isComplete(outDir)).toBe(true);
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
    expect(fs.existsSync(`${outDir}.previous`)).toBe(false);
  });
});
