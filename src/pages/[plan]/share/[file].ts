import type { APIContext } from 'astro';
import { shareFilePaths } from '../../../lib/routing/static-paths.ts';
import { indicatorRows } from '../../../lib/indicators/view.ts';
import { indicatorShareName, indicatorShareSvg, reportShareName, reportShareSvg } from '../../../lib/views/share.ts';
import type { Lang } from '../../../i18n/index.ts';

/**
 * /<plan>/share/indicator-<id>-<lang>.svg and report-<year>-<lang>.svg: the share images (og:image) of indicator and
 * report pages. The build's --pdf step rasterizes each to PNG beside it, which is what the pages' og:image names.
 */
export const getStaticPaths = () => shareFilePaths({ indicator: indicatorShareName, report: reportShareName });

export const GET = ({ props, locals }: APIContext) => {
  const { lang, indicator, year } = props as { lang: Lang; indicator?: string; year?: number };
  const { plan, site, reports } = locals;
  const ctx = { site: site.site, demo: site.demo };
  const svg = indicator
    ? indicatorShareSvg(
        indicatorRows(plan).find((r) => r.indicator.id === indicator)!,
        plan,
        lang,
        ctx,
      )
    : reportShareSvg(reports.find((r) => r.report.year === year)!.report, plan, lang, ctx);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
