import type { APIRoute } from 'astro';
import { planData, siteData } from '../../../../lib/data/load.ts';
import { csvResponse, indicatorRecords, INDICATOR_COLUMNS, jsonResponse, OBSERVATION_COLUMNS, observationRecords, publicObservation, toCsv } from '../../../../lib/export.ts';

/** /<plan>/data/indicators/<id>.csv and .json: one indicator with its observations. */
export function getStaticPaths() {
  return siteData().plans.flatMap((p) => p.indicators.indicators.flatMap((i) => [{ params: { plan: p.id, file: `${i.id}.csv` } }, { params: { plan: p.id, file: `${i.id}.json` } }]));
}

export const GET: APIRoute = ({ params }) => {
  const data = planData(params.plan!);
  const [id, ext] = params.file!.split('.') as [string, string];
  if (ext === 'json') {
    const indicator = data.indicators.indicators.find((i) => i.id === id)!;
    return jsonResponse({ indicator, assessment: indicatorRecords(data, id)[0], observations: data.progress.flatMap((f) => f.data.observations.filter((o) => o.indicator === id).map((o) => ({ year: f.year, ...publicObservation(o) }))) });
  }
  const ind = toCsv(INDICATOR_COLUMNS, indicatorRecords(data, id));
  const obs = toCsv(OBSERVATION_COLUMNS, observationRecords(data, id)).replace(/^\uFEFF/, '');
  return csvResponse(`${ind}\r\n${obs}`, `${id}.csv`);
};
