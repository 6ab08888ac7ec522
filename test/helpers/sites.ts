/**
 * Fixture sites built for the tests (once per run, by test/global-setup.ts):
 * - county: a small plan of another county (test/fixtures/sites/county), in its second year, alone in its site;
 * - multi: the demonstration site (two plans) with the county plan added as a third.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assembleDemo } from '../../scripts/lib/demo-site.ts';
import { ROOT } from './dist.ts';

export const BUILDS = path.join(ROOT, 'tmp/test-builds');
export const COUNTY_SRC = path.join(ROOT, 'test/fixtures/sites/county');
export const COUNTY_PLAN = 'qingxi-2026-2030';
/** The fixture sites' "today": their synthetic figures (like the demonstration's, demo/demo.json) run into years still to come. */
export const FIXTURE_TODAY = '2028-12-31';
export const DIST_COUNTY = path.join(BUILDS, 'county/dist');
export const DIST_MULTI = path.join(BUILDS, 'multi/dist');

/** Builds a site from a data folder and a content folder into `outDir`; returns the build's output. */
export function buildSite(
  dirs: { dataDir: string; contentDir: string },
  outDir: string,
  env: Record<string, string> = {},
  options: { pdf?: boolean } = {},
): { ok: boolean; output: string } {
  // The same all-or-nothing build command as `npm run build`, pointed at the fixture's data and content.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', outDir, ...(options.pdf ? ['--pdf'] : [])], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dirs.dataDir, CONTENT_DIR: dirs.contentDir, SITE_TODAY: FIXTURE_TODAY, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  const output = `${r.stdout}\n${r.stderr}`;
  return { ok: r.status === 0, output: `${output}\n${problemLines(output)}` };
}

/**
 * The problems a build or the check printed (src/lib/data/print-problems.ts: a location line, then the Chinese and
 * the English message), each also as one line "file:line → path: English message (found …)", for matching.
 */
export function problemLines(output: string): string {
  const lines: string[] = [];
  for (const m of output.matchAll(/^ {2}([✖⚠]) (\S+(?: → \S+)?)(?: （填写的是 \/ found: (.*)）)?\n {6}中文：.*\n {6}English: (.*)$/gmu)) {
    lines.push(`  ${m[1]} ${m[2]}: ${m[4]}${m[3] !== undefined ? ` (found ${m[3]})` : ''}`);
  }
  return lines.join('\n');
}

/** A copy of a fixture site's data and content that a test may change. */
export function copySite(src: string, dest: string): { dataDir: string; contentDir: string } {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(path.join(src, 'data'), path.join(dest, 'data'), { recursive: true });
  fs.cpSync(path.join(src, 'content'), path.join(dest, 'content'), { recursive: true });
  return { dataDir: path.join(dest, 'data'), contentDir: path.join(dest, 'content') };
}

export function buildCounty(): void {
  const dirs = copySite(COUNTY_SRC, path.join(BUILDS, 'county/src'));
  const r = buildSite(dirs, DIST_COUNTY, {}, { pdf: true });
  if (!r.ok) throw new Error(`county fixture build failed:\n${r.output}`);
}

export function buildMulti(): void {
  const dirs = assembleDemo(ROOT, path.join(BUILDS, 'multi/src'));
  fs.cpSync(path.join(COUNTY_SRC, 'data/plans', COUNTY_PLAN), path.join(dirs.dataDir, 'plans', COUNTY_PLAN), { recursive: true });
  fs.cpSync(path.join(COUNTY_SRC, 'content/plans', COUNTY_PLAN), path.join(dirs.contentDir, 'plans', COUNTY_PLAN), { recursive: true });
  const siteFile = path.join(dirs.dataDir, 'site.json');
  const site = JSON.parse(fs.readFileSync(siteFile, 'utf8'));
  site.plans.push(COUNTY_PLAN);
  fs.writeFileSync(siteFile, JSON.stringify(site, null, 2));
  const r = buildSite(dirs, DIST_MULTI, { SITE_DATASET: 'demo' }, { pdf: true });
  if (!r.ok) throw new Error(`three-plan fixture build failed:\n${r.output}`);
}
