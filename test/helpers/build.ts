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
