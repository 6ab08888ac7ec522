/** `getStaticPaths` of a plan's pages (every plan of the site, in both languages) and of its files (feeds, downloads). */
import { siteData, type PlanData } from '../data/load.ts';
import { planParams } from './routes.ts';
import { planChapters } from '../plan/load.ts';
import { publishedReports } from '../reports/load.ts';
import { hasChart, indicatorRows } from '../indicators/view.ts';
import { LANGS } from '../../i18n/index.ts';

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

/** A page per chapter of each plan. */
export const chapterPagePaths = () =>
  planPagePaths(async (plan) => (await planChapters(plan.id)).map((c) => ({ params: { chapter: c.slug }, props: { number: c.number } })));

/** A page per published report of each plan. */
export const reportPagePaths = () =>
  planPagePaths(async (plan) => (await publishedReports(plan)).map((r) => ({ params: { year: String(r.report.year) }, props: { year: r.report.year } })));

/** Per indicator of each plan, its table (.csv) and its record (.json). */
export const indicatorFilePaths = () =>
  siteData().plans.flatMap((p) => p.indicators.indicators.flatMap((i) => ['csv', 'json'].map((ext) => ({ params: { plan: p.id, file: `${i.id}.${ext}` } }))));

/** Per indicator with a chart, of each plan, its chart picture in each language. */
export const chartFilePaths = () =>
  siteData().plans.flatMap((plan) =>
    indicatorRows(plan).flatMap((row) =>
      !hasChart(row.indicator)
        ? []
        : LANGS.map((lang) => ({ params: { plan: plan.id, file: `${row.indicator.id}-${lang}.svg` }, props: { id: row.indicator.id, lang } })),
    ),
  );

/** The share images of each plan: one per indicator and per published report, in each language; `name` gives the file name. */
export async function shareFilePaths(name: { indicator: (id: string) => string; report: (year: number) => string }) {
  const paths = [];
  for (const plan of siteData().plans)
    for (const lang of LANGS) {
      for (const row of indicatorRows(plan))
        paths.push({ params: { plan: plan.id, file: `${name.indicator(row.indicator.id)}-${lang}.svg` }, props: { lang, indicator: row.indicator.id } });
      for (const { report } of await publishedReports(plan))
        paths.push({ params: { plan: plan.id, file: `${name.report(report.year)}-${lang}.svg` }, props: { lang, year: report.year } });
    }
  return paths;
}
