import type { APIContext } from 'astro';
import { siteData } from '../../../../lib/data/load.ts';
import { hasChart, indicatorRows } from '../../../../lib/indicators/view.ts';
import { chartDownload } from '../../../../lib/views/chart.ts';
import { publicAddress } from '../../../../lib/site/official.ts';
import { LANGS, type Lang } from '../../../../i18n/index.ts';

/**
 * /<plan>/data/charts/<id>-<lang>.svg: each indicator's chart as a picture that travels on its own (title, unit,
 * sources, publisher, date, page address, licence drawn in). The build's --pdf step rasterizes each to PNG beside it.
 */
export function getStaticPaths() {
  const { plans } = siteData();
  return plans.flatMap((plan) =>
    indicatorRows(plan).flatMap((row) => (!hasChart(row.indicator) ? [] : LANGS.map((lang) => ({ params: { plan: plan.id, file: `${row.indicator.id}-${lang}.svg` }, props: { planId: plan.id, id: row.indicator.id, lang } })))),
  );
}

export const GET = ({ props, site }: APIContext) => {
  const { planId, id, lang } = props as { planId: string; id: string; lang: Lang };
  const data = siteData();
  const plan = data.plans.find((p) => p.id === planId)!;
  const row = indicatorRows(plan).find((r) => r.indicator.id === id)!;
  const picture = chartDownload(row, plan, lang, { site: data.site, demo: data.demo, address: publicAddress(site) })!;
  return new Response(picture.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
