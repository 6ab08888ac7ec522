/**
 * Builds the fixture sites once per test run, with their report PDFs (a deployment renders them with
 * `npm run build:pdf`; the pages link to them). The real and demonstration builds come from `npm test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers/dist.ts';
import { buildCounty, buildMulti, DIST_COUNTY, DIST_MULTI } from './helpers/sites.ts';

function renderPdfs(dist: string): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-pdf.ts'), dist], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build:pdf ${path.relative(ROOT, dist)} failed:\n${r.stdout}\n${r.stderr}`);
}

export default function setup() {
  if (process.env.SKIP_FIXTURE_BUILDS) return;
  buildCounty();
  renderPdfs(DIST_COUNTY);
  buildMulti();
  renderPdfs(DIST_MULTI);
}
