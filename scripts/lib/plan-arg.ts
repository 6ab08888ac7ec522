/** The `--plan <id>` option of the staff commands: a plan of the site, by default the current one. */
import path from 'node:path';
import { buildContext, type BuildContext } from '../../src/lib/build/context.ts';
import { loadSite, type PlanData, type SiteData } from '../../src/lib/data/load.ts';
import { closestNames } from './cli.ts';
import { printProblems } from '../../src/lib/data/print-problems.ts';
import { msg, render, type Message } from '../../src/lib/messages/message.ts';

/** The project folder: the commands read its data wherever they are started from (npx runs them in any sub-folder). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** Stops the command with a message of the catalogue: Chinese, then English. */
export function fail(m: Message): never {
  console.log(`✖ ${render(m, 'zh')}\n  ${render(m, 'en')}`);
  process.exit(1);
}

/** Loads the site (stopping with every problem if it does not load) and picks the plan. */
export function sitePlan(
  planId: string | undefined,
  ctx: BuildContext = buildContext(process.env, PROJECT_ROOT),
): { ctx: BuildContext; site: SiteData; plan: PlanData } {
  const { data, problems } = loadSite(ctx);
  if (!data) {
    printProblems(problems);
    fail(msg('cli.dataHasErrors'));
  }
  const id = planId ?? data.site.currentPlan;
  const plan = data.plans.find((p) => p.id === id);
  if (!plan) {
    fail(msg('cli.noSuchPlan', { id, near: closestNames(id, data.site.plans), plans: data.site.plans }));
  }
  return { ctx, site: data, plan };
}
