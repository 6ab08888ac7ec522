import type { APIContext } from 'astro';
import { siteData } from '../../../lib/data/load.ts';
import { indicatorRows } from '../../../lib/indicators/view.ts';
import { publishedReports } from '../../../lib/reports/load.ts';
import { indicatorShareName, indicatorShareSvg, reportShareName, reportShareSvg } from '../../../lib/views/share.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

/**
 * /<plan>/share/indicator-<id>-<lang>.svg and report-<year>-<lang>.svg: the share images (og:image) of indicator and
 * report pages. The build's --pdf step rasterizes each to PNG beside it, which is what the pages' og:image names.
 */
export async function getStaticPaths() {
  const { plans } = siteData();
  const paths = [];
  for (const plan of plans) {
    for (const lang of LANGS) {
      for (const row of indicatorRows(plan))
        paths.push({
          params: { plan: plan.id, file: `${indicatorShareName(row.indicator.id)}-${lang}.svg` },
          props: { planId: plan.id, lang, indicator: row.indicator.id },
        });
      for (const { report } of await publishedReports(plan))
        paths.push({ params: { plan: plan.id, file: `${reportShareName(report.year)}-${lang}.svg` }, props: { planId: plan.id, lang, year: report.year } });
    }
  }
  return paths;
}

export const GET = async ({ props }: APIContext) => {
  const { planId, lang, indicator, year } = props as { planId: string; lang: Lang; indicator?: string; year?: number };
  const data = siteData();
  const plan = data.plans.find((p) => p.id === planId)!;
  const ctx = { site: data.site, demo: data.demo };
  const svg = indicator
    ? indicatorShareSvg(
        indicatorRows(plan).find((r) => r.indicator.id === indicator)!,
        plan,
        lang,
        ctx,
      )
    : reportShareSvg((await publishedReports(plan)).find((r) => r.report.year === year)!.report, plan, lang, ctx);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
