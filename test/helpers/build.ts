/** Builds a fixture site (fixture plan chapters, separate output folder) for tests of build-time behaviour. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './dist.ts';

export interface FixtureBuild {
  ok: boolean;
  output: string;
  outDir: string;
}

/** Copies the real plan chapters into a temp folder, lets `mutate` change them, and builds the site from them. */
export function buildWithPlanFixture(mutate: (contentDir: string) => void, env: Record<string, string> = {}): FixtureBuild {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-fixture-'));
  const contentDir = path.join(tmp, 'plan');
  fs.cpSync(path.join(ROOT, 'src/content/plan'), contentDir, { recursive: true });
  mutate(contentDir);
  const outDir = path.join(tmp, 'dist');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, PLAN_CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir };
}

let noDataOut: string | undefined;

/**
 * A build of the site with no published figures, project updates or provincial figures — what the
 * real site looks like before staff publish anything. While the real data is still empty this is dist/
 * itself; once staff have published figures, a copy of the data without them is built once.
 */
export function noDataDist(): string {
  if (noDataOut) return noDataOut;
  const dataDir = path.join(ROOT, 'data');
  const progress = path.join(dataDir, 'progress');
  const hasFigures = fs.existsSync(progress) && fs.readdirSync(progress).some((f) => f.endsWith('.json') && JSON.parse(fs.readFileSync(path.join(progress, f), 'utf8')).observations?.length > 0);
  const hasUpdates = JSON.parse(fs.readFileSync(path.join(dataDir, 'projects.json'), 'utf8')).projects.some((p: { statusHistory?: unknown[] }) => (p.statusHistory ?? []).length > 0);
  const hasProvincial = JSON.parse(fs.readFileSync(path.join(dataDir, 'provincial-targets.json'), 'utf8')).targets.length > 0;
  const hasNarratives = ['zh', 'en'].some((l) => fs.existsSync(path.join(ROOT, 'src/content/reports', l)) && fs.readdirSync(path.join(ROOT, 'src/content/reports', l)).some((f) => f.endsWith('.mdx')));
  if (!hasFigures && !hasUpdates && !hasProvincial && !hasNarratives) return (noDataOut = path.join(ROOT, 'dist'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'no-data-'));
  fs.cpSync(dataDir, path.join(tmp, 'data'), { recursive: true });
  fs.rmSync(path.join(tmp, 'data/progress'), { recursive: true, force: true });
  fs.mkdirSync(path.join(tmp, 'data/progress'));
  const projects = JSON.parse(fs.readFileSync(path.join(tmp, 'data/projects.json'), 'utf8'));
  for (const p of projects.projects) p.statusHistory = [];
  fs.writeFileSync(path.join(tmp, 'data/projects.json'), JSON.stringify(projects));
  fs.writeFileSync(path.join(tmp, 'data/provincial-targets.json'), JSON.stringify({ targets: [] }));
  fs.mkdirSync(path.join(tmp, 'reports/zh'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'reports/en'), { recursive: true });
  const outDir = path.join(tmp, 'dist');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: path.join(tmp, 'data'), REPORTS_CONTENT_DIR: path.join(tmp, 'reports'), SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`no-data build failed:\n${result.stdout}\n${result.stderr}`);
  return (noDataOut = outDir);
}
