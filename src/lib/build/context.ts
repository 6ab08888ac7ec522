/**
 * Where this build reads its plans from, resolved once. The only place that reads the environment
 * for data: DATA_DIR and CONTENT_DIR point a build (tests, the demonstration, the benchmark) at
 * another site's data/ and content folders; SITE_DATASET=demo marks the synthetic demonstration.
 */
import path from 'node:path';

export interface BuildContext {
  root: string;
  /** Holds site.json and plans/<id>/. */
  dataDir: string;
  /** Holds plans/<id>/{zh,en}/*.mdx and plans/<id>/reports/{zh,en}/*.mdx. */
  contentDir: string;
  /** The synthetic demonstration dataset: every page says so. */
  demo: boolean;
  /** Today's date (YYYY-MM-DD): nothing may be published with a later date. SITE_TODAY fixes it for tests. */
  today: string;
}

export function buildContext(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): BuildContext {
  return {
    root,
    dataDir: path.resolve(root, env.DATA_DIR ?? 'data'),
    contentDir: path.resolve(root, env.CONTENT_DIR ?? 'src/content'),
    demo: env.SITE_DATASET === 'demo',
    today: env.SITE_TODAY ?? new Date().toISOString().slice(0, 10),
  };
}

/** A path as staff see it in messages: relative to the project root where possible. */
export function shown(ctx: BuildContext, full: string): string {
  const rel = path.relative(ctx.root, full);
  return (rel.startsWith('..') ? full : rel).split(path.sep).join('/');
}

/** The folders of one plan. */
export function planDirs(ctx: BuildContext, planId: string) {
  return {
    data: path.join(ctx.dataDir, 'plans', planId),
    chapters: path.join(ctx.contentDir, 'plans', planId),
    reports: path.join(ctx.contentDir, 'plans', planId, 'reports'),
  };
}
