import type { APIContext } from 'astro';
import { indicatorFilePaths } from '../../../../lib/routing/static-paths.ts';
import { csvResponse, fileMarks, jsonResponse, seriesRecords, SERIES_COLUMNS, toCsv, withMarks } from '../../../../lib/downloads/tables.ts';
import { indicatorDocument } from '../../../../lib/downloads/documents.ts';

/** /<plan>/data/indicators/<id>.csv (one tidy table, row for row the chart) and .json (the indicator with its observations). */
export const getStaticPaths = indicatorFilePaths;

export const GET = ({ params, locals }: APIContext) => {
  const { site, plan } = locals;
  const [id, ext] = params.file!.split('.') as [string, string];
  if (ext === 'json') return jsonResponse(indicatorDocument(site, plan, id));
  return csvResponse(toCsv(SERIES_COLUMNS, withMarks(seriesRecords(plan, id, site.site.publisher), fileMarks())), `${id}.csv`);
};
