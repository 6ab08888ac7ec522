/** `getStaticPaths` of a plan's pages (every plan of the site, in both languages) and of its files (feeds, downloads). */
import { siteData, type PlanData } from '../data/load.ts';
import { planParams } from './routes.ts';

type Item = { params: Record<string, string>; props: Record<string, unknown> };

/** One page per plan, or with `items` the pages of a plan (one per indicator, chapter, report…). */
export async function planPagePaths(items?: (plan: PlanData) => Item[] | Promise<Item[]>) {
  const { plans } = siteData();
  const byPlan = new Map(await Promise.all(plans.map(async (p) => [p.id, items ? await items(p) : [{ params: {}, props: {} }]] as const)));
  return planParams(
    plans.map((p) => p.id),
    (id) => byPlan.get(id)!,
  );
}

/** One file per plan, without a language prefix (feeds, downloads). */
export const planFilePaths = () => siteData().plans.map((p) => ({ params: { plan: p.id } }));
