/** The `--plan <id>` option of the staff commands: a plan of the site, by default the current one. */
import { buildContext, type BuildContext } from '../../src/lib/build/context.ts';
import { loadSite, type PlanData, type SiteData } from '../../src/lib/data/load.ts';
import { printProblems } from './print-problems.ts';

export function fail(zh: string, en: string): never {
  console.log(`✖ ${zh}\n  ${en}`);
  process.exit(1);
}

/** Loads the site (stopping with every problem if it does not load) and picks the plan. */
export function sitePlan(planId: string | undefined, ctx: BuildContext = buildContext()): { ctx: BuildContext; site: SiteData; plan: PlanData } {
  const { data, problems } = loadSite(ctx);
  if (!data) {
    printProblems(problems);
    fail('现有数据有错误，请先修正（见上），或运行 npm run check 查看', 'The existing data has errors: fix them first (above), or run npm run check');
  }
  const id = planId ?? data.site.currentPlan;
  const plan = data.plans.find((p) => p.id === id);
  if (!plan) fail(`没有标识为“${id}”的规划。本网站的规划：${data.site.plans.join('、')}`, `There is no plan "${id}". The site's plans: ${data.site.plans.join(', ')}`);
  return { ctx, site: data, plan };
}
