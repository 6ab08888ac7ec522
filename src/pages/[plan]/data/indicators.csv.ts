import type { APIContext } from 'astro';
import { planData } from '../../../lib/data/load.ts';
import { csvResponse, indicatorRecords, INDICATOR_COLUMNS, planDataPaths, toCsv } from '../../../lib/export.ts';

export const getStaticPaths = planDataPaths;
export const GET = ({ params }: APIContext) => csvResponse(toCsv(INDICATOR_COLUMNS, indicatorRecords(planData(params.plan!))), 'indicators.csv');
