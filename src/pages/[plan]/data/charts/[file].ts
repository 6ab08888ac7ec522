import type { APIContext } from 'astro';
import { chartFilePaths } from '../../../../lib/routing/static-paths.ts';
import { indicatorRows } from '../../../../lib/indicators/view.ts';
import { chartDownload } from '../../../../lib/views/chart.ts';
import { publicAddress } from '../../../../lib/site/official.ts';
import type { Lang } from '../../../../i18n/index.ts';

/**
 * /<plan>/data/charts/<id>-<lang>.svg: each indicator's chart as a picture that travels on its own (title, unit,
 * sources, publisher, date, page address, licence drawn in). The build's --pdf step rasterizes each to PNG beside it.
 */
export const getStaticPaths = chartFilePaths;

export const GET = ({ props, site, locals }: APIContext) => {
  const { id, lang } = props as { id: string; lang: Lang };
  const { plan } = locals;
  const row = indicatorRows(plan).find((r) => r.indicator.id === id)!;
  const picture = chartDownload(row, plan, lang, { site: locals.site.site, demo: locals.site.demo, address: publicAddress(site) })!;
  return new Response(picture.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
