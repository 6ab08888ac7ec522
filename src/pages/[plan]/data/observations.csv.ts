import type { APIContext } from 'astro';
import { planData } from '../../../lib/data/load.ts';
import { csvResponse, OBSERVATION_COLUMNS, observationRecords, planDataPaths, toCsv } from '../../../lib/export.ts';

export const getStaticPaths = planDataPaths;
export const GET = ({ params }: APIContext) => csvResponse(toCsv(OBSERVATION_COLUMNS, observationRecords(planData(params.plan!))), 'observations.csv');
