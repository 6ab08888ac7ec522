import type { APIRoute } from 'astro';
import { planData, siteData } from '../../../../lib/data/load.ts';
import { packageLicence } from '../../../../lib/site/licence.ts';
import { csvResponse, fileMarks, indicatorRecords, jsonResponse, publicObservation, seriesRecords, SERIES_COLUMNS, toCsv, withMarks } from '../../../../lib/export.ts';

/** /<plan>/data/indicators/<id>.csv (one tidy table, row for row the chart) and .json (the indicator with its observations). */
export function getStaticPaths() {
  return siteData().plans.flatMap((p) => p.indicators.indicators.flatMap((i) => [{ params: { plan: p.id, file: `${i.id}.csv` } }, { params: { plan: p.id, file: `${i.id}.json` } }]));
}

export const GET: APIRoute = ({ params }) => {
  const data = planData(params.plan!);
  const [id, ext] = params.file!.split('.') as [string, string];
  if (ext === 'json') {
    const indicator = data.indicators.indicators.find((i) => i.id === id)!;
    return jsonResponse({ demonstration: data.demo, licence: packageLicence(siteData().site.licence), indicator, assessment: indicatorRecords(data, id)[0], observations: data.progress.flatMap((f) => f.data.observations.filter((o) => o.indicator === id).map((o) => ({ year: f.year, ...publicObservation(o) }))) });
  }
  return csvResponse(toCsv(SERIES_COLUMNS, withMarks(seriesRecords(data, id, siteData().site.publisher), fileMarks())), `${id}.csv`);
};
