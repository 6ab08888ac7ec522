/**
 * Builds a changed copy of a site (the real site or the county fixture) into its own output folder, for
 * tests of build-time behaviour. A build reads DATA_DIR (site.json, plans/<id>/…) and CONTENT_DIR
 * (plans/<id>/{zh,en}/chapter-N.mdx, plans/<id>/reports/{zh,en}/<year>.mdx); see test/helpers/sites.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REAL_PLAN, ROOT } from './dist.ts';
import { buildSite, copySite, COUNTY_PLAN, COUNTY_SRC } from './sites.ts';

/** The real site's plan (its current plan, data/site.json). */
export { REAL_PLAN };

export interface SiteCopy {
  /** Holds site.json and plans/<id>/. */
  dataDir: string;
  /** Holds plans/<id>/{zh,en}/ and plans/<id>/reports/. */
  contentDir: string;
  /** data/plans/<plan>/ of the copied site's plan. */
  planData: string;
  /** content/plans/<plan>/ (chapters zh/ and en/, narratives reports/) of the copied site's plan. */
  planContent: string;
  plan: string;
  read<T = any>(file: string): T;
  write(file: string, content: unknown): void;
  /** Deletes the copy and its build. */
  remove(): void;
}

export interface FixtureBuild {
  ok: boolean;
  output: string;
  outDir: string;
  /** Deletes the copy and its build. */
  remove(): void;
}

/** A temporary copy of the real site (data/ and src/content/) or of the county fixture that a test may change. */
export function siteCopy(which: 'real' | 'county' = 'real'): SiteCopy {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `site-${which}-`));
  let dirs: { dataDir: string; contentDir: string };
  if (which === 'county') dirs = copySite(COUNTY_SRC, tmp);
  else {
    dirs = { dataDir: path.join(tmp, 'data'), contentDir: path.join(tmp, 'content') };
    fs.cpSync(path.join(ROOT, 'data'), dirs.dataDir, { recursive: true });
    fs.cpSync(path.join(ROOT, 'src/content'), dirs.contentDir, { recursive: true });
  }
  const plan = which === 'county' ? COUNTY_PLAN : REAL_PLAN;
  return {
    ...dirs,
    plan,
    planData: path.join(dirs.dataDir, 'plans', plan),
    planContent: path.join(dirs.contentDir, 'plans', plan),
    // Paths relative to the data folder: "site.json", "plans/<id>/indicators.json".
    read: (file) => JSON.parse(fs.readFileSync(path.join(dirs.dataDir, file), 'utf8')),
    write: (file, content) => {
      fs.mkdirSync(path.dirname(path.join(dirs.dataDir, file)), { recursive: true });
      fs.writeFileSync(path.join(dirs.dataDir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    },
    remove: () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}

/** Builds a site copy into a folder beside it. */
export function buildCopy(copy: SiteCopy, env: Record<string, string> = {}): FixtureBuild {
  const outDir = path.join(path.dirname(copy.dataDir), 'dist');
  return { ...buildSite(copy, outDir, env), outDir, remove: copy.remove };
}

/** Copies the real site, lets `mutate` change its plan's chapters (content/plans/eco-2021-2025/), and builds it. */
export function buildWithPlanFixture(
  mutate: (chaptersDir: string, copy: SiteCopy) => void,
  env: Record<string, string> = {},
  which: 'real' | 'county' = 'real',
): FixtureBuild {
  const copy = siteCopy(which);
  mutate(copy.planContent, copy);
  return buildCopy(copy, env);
}

let noDataOut: string | undefined;

/**
 * A build of the real site with no published figures, project updates, assigned target figures or
 * report narratives — what it looks like before staff publish anything. While the real data is still
 * empty this is dist/ itself; once staff have published, a copy of the site without them is built once.
 */
export function noDataDist(): string {
  if (noDataOut) return noDataOut;
  const site = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/site.json'), 'utf8')) as { plans: string[] };
  const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const published = (dataDir: string, contentDir: string, plan: string) => {
    const dir = path.join(dataDir, 'plans', plan);
    const progress = path.join(dir, 'progress');
    const figures =
      fs.existsSync(progress) && fs.readdirSync(progress).some((f) => f.endsWith('.json') && json(path.join(progress, f)).observations?.length > 0);
    const updates = json(path.join(dir, 'projects.json')).projects.some((p: { statusHistory?: unknown[] }) => (p.statusHistory ?? []).length > 0);
    const assigned = json(path.join(dir, 'assigned-targets.json')).targets.length > 0;
    const reports = path.join(contentDir, 'plans', plan, 'reports');
    const narratives = ['zh', 'en'].some((l) => fs.existsSync(path.join(reports, l)) && fs.readdirSync(path.join(reports, l)).some((f) => f.endsWith('.mdx')));
    return figures || updates || assigned || narratives;
  };
  if (!site.plans.some((p) => published(path.join(ROOT, 'data'), path.join(ROOT, 'src/content'), p))) return (noDataOut = path.join(ROOT, 'dist'));
  const copy = siteCopy('real');
  for (const plan of site.plans) {
    const dir = path.join(copy.dataDir, 'plans', plan);
    fs.rmSync(path.join(dir, 'progress'), { recursive: true, force: true });
    const projects = json(path.join(dir, 'projects.json'));
    for (const p of projects.projects) p.statusHistory = [];
    fs.writeFileSync(path.join(dir, 'projects.json'), JSON.stringify(projects));
    fs.writeFileSync(path.join(dir, 'assigned-targets.json'), JSON.stringify({ targets: [] }));
    fs.rmSync(path.join(copy.contentDir, 'plans', plan, 'reports'), { recursive: true, force: true });
  }
  const build = buildCopy(copy);
  if (!build.ok) throw new Error(`no-data build failed:\n${build.output}`);
  return (noDataOut = build.outDir);
}
