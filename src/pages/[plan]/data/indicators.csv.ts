import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/plan-paths.ts';
import { planData } from '../../../lib/data/load.ts';
import { csvResponse, indicatorRecords, INDICATOR_COLUMNS, toCsv } from '../../../lib/export.ts';

export const getStaticPaths = planFilePaths;
export const GET = ({ params }: APIContext) => csvResponse(toCsv(INDICATOR_COLUMNS, indicatorRecords(planData(params.plan!))), 'indicators.csv');
