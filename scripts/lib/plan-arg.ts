/** The `--plan <id>` option of the staff commands: a plan of the site, by default the current one. */
import path from 'node:path';
import { buildContext, type BuildContext } from '../../src/lib/build/context.ts';
import { loadSite, type PlanData, type SiteData } from '../../src/lib/data/load.ts';
import { closestNames } from './cli.ts';
import { printProblems } from '../../src/lib/data/print-problems.ts';

/** The project folder: the commands read its data wherever they are started from (npx runs them in any sub-folder). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export function fail(zh: string, en: string): never {
  console.log(`✖ ${zh}\n  ${en}`);
  process.exit(1);
}

/** Loads the site (stopping with every problem if it does not load) and picks the plan. */
export function sitePlan(planId: string | undefined, ctx: BuildContext = buildContext(process.env, PROJECT_ROOT)): { ctx: BuildContext; site: SiteData; plan: PlanData } {
  const { data, problems } = loadSite(ctx);
  if (!data) {
    printProblems(problems);
    fail('现有数据有错误，请先修正（见上），或运行 npx plan-check 查看', 'The existing data has errors: fix them first (above), or run npx plan-check');
  }
  const id = planId ?? data.site.currentPlan;
  const plan = data.plans.find((p) => p.id === id);
  if (!plan) {
    const near = closestNames(id, data.site.plans);
    fail(
      `没有标识为“${id}”的规划。${near.length ? `您是不是要写 ${near.join(' 或 ')}？` : ''}本网站的规划：${data.site.plans.join('、')}`,
      `There is no plan "${id}".${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} The site's plans: ${data.site.plans.join(', ')}`,
    );
  }
  return { ctx, site: data, plan };
}
