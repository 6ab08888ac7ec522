import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/routing/static-paths.ts';
import { csvResponse, fileMarks, indicatorRecords, INDICATOR_COLUMNS, toCsv, withMarks } from '../../../lib/downloads/tables.ts';

export const getStaticPaths = planFilePaths;
export const GET = ({ locals }: APIContext) => csvResponse(toCsv(INDICATOR_COLUMNS, withMarks(indicatorRecords(locals.plan), fileMarks())), 'indicators.csv');
