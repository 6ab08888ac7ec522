import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/routing/static-paths.ts';
import { planData } from '../../../lib/data/load.ts';
import { csvResponse, fileMarks, indicatorRecords, INDICATOR_COLUMNS, toCsv, withMarks } from '../../../lib/downloads/tables.ts';

export const getStaticPaths = planFilePaths;
export const GET = ({ params }: APIContext) => csvResponse(toCsv(INDICATOR_COLUMNS, withMarks(indicatorRecords(planData(params.plan!)), fileMarks())), 'indicators.csv');
