import type { APIRoute } from 'astro';
import { planData, siteData } from '../../../../lib/data/load.ts';
import { csvResponse, fileMarks, jsonResponse, seriesRecords, SERIES_COLUMNS, toCsv, withMarks } from '../../../../lib/downloads/tables.ts';
import { indicatorDocument } from '../../../../lib/downloads/documents.ts';

/** /<plan>/data/indicators/<id>.csv (one tidy table, row for row the chart) and .json (the indicator with its observations). */
export function getStaticPaths() {
  return siteData().plans.flatMap((p) => p.indicators.indicators.flatMap((i) => [{ params: { plan: p.id, file: `${i.id}.csv` } }, { params: { plan: p.id, file: `${i.id}.json` } }]));
}

export const GET: APIRoute = ({ params }) => {
  const site = siteData();
  const data = planData(params.plan!);
  const [id, ext] = params.file!.split('.') as [string, string];
  if (ext === 'json') return jsonResponse(indicatorDocument(site, data, id));
  return csvResponse(toCsv(SERIES_COLUMNS, withMarks(seriesRecords(data, id, site.site.publisher), fileMarks())), `${id}.csv`);
};
