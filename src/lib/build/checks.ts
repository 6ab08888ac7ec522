/**
 * Every check made before a build, in one list: the build's pre-flight and `npm run check` both run it,
 * so what passes the check is what builds.
 */
import path from 'node:path';
import type { Problem } from '../messages/problem.ts';
import { loadSite } from '../data/load.ts';
import { preflightPlan } from '../plan/preflight.ts';
import { checkNarratives } from '../reports/narratives.ts';
import { checkContentFiles } from '../content/files.ts';
import { withJsonLines } from '../data/json-lines.ts';
import { dataGaps, pageGaps, uiGaps } from '../plan/translation-coverage.ts';
import { planDirs, shown, type BuildContext } from './context.ts';
import { say } from '../messages/message.ts';

/** All problems of the site and its plans; `only` restricts the plan checks to one plan. */
export function collectProblems(ctx: BuildContext, only?: string): Problem[] {
  const loaded = loadSite(ctx);
  const problems = [...loaded.problems, ...checkContentFiles(ctx, loaded.data, loaded.plans)];
  if (only && loaded.site && !loaded.site.plans.includes(only)) {
    problems.push({
      file: shown(ctx, path.join(ctx.dataDir, 'site.json')),
      path: 'plans',
      value: only,
      ...say('site.noSuchPlan', { plans: loaded.site.plans }),
      severity: 'error',
    });
  }
  for (const id of loaded.site?.plans ?? []) {
    if (only && id !== only) continue;
    const dirs = planDirs(ctx, id);
    problems.push(...preflightPlan(ctx.root, dirs.chapters), ...pageGaps(ctx.root, dirs.chapters));
    const plan = loaded.plans.find((p) => p.id === id);
    if (plan) problems.push(...checkNarratives(ctx.root, dirs.reports, plan));
  }
  problems.push(...uiGaps(), ...dataGaps(ctx.root, ctx.dataDir));
  // A plan that failed to load shows its own problems; keep the list free of repeats.
  const seen = new Set<string>();
  return withJsonLines(problems, ctx.root).filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.path, p.message]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
