/** Every check the site makes before building, in one list (used by `npm run check` and the tests). */
import type { Problem } from '../../src/lib/data/errors.ts';
import { dataPaths, loadData } from '../../src/lib/data/load.ts';
import { loadProjects } from '../../src/lib/data/projects.ts';
import { preflightPlan } from '../../src/lib/plan/preflight.ts';
import { checkNarratives } from '../../src/lib/reports/narratives.ts';
import { dataGaps, pageGaps, uiGaps } from '../../src/lib/translation-coverage.ts';
import path from 'node:path';

export function collectProblems(root: string, dataset: 'real' | 'demo' = 'real'): Problem[] {
  const previous = process.env.SITE_DATASET;
  process.env.SITE_DATASET = dataset;
  try {
    const paths = dataPaths(root, dataset);
    const loaded = loadData(paths);
    return [
      ...preflightPlan(root, path.resolve(root, process.env.PLAN_CONTENT_DIR ?? 'src/content/plan')),
      ...loaded.problems,
      ...loadProjects(paths).problems,
      ...(loaded.data ? checkNarratives(root, loaded.data) : []),
      ...uiGaps(),
      ...dataGaps(root, path.dirname(paths.indicators)),
      // Report narratives are paired by checkNarratives; plan chapters here.
      ...pageGaps(root, 'src/content/plan'),
    ];
  } finally {
    if (previous === undefined) delete process.env.SITE_DATASET;
    else process.env.SITE_DATASET = previous;
  }
}
