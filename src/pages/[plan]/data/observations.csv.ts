import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/plan-paths.ts';
import { planData } from '../../../lib/data/load.ts';
import { csvResponse, OBSERVATION_COLUMNS, observationRecords, toCsv } from '../../../lib/export.ts';

export const getStaticPaths = planFilePaths;
export const GET = ({ params }: APIContext) => csvResponse(toCsv(OBSERVATION_COLUMNS, observationRecords(planData(params.plan!))), 'observations.csv');
