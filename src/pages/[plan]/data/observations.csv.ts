import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/routing/static-paths.ts';
import { planData } from '../../../lib/data/load.ts';
import { csvResponse, fileMarks, OBSERVATION_COLUMNS, observationRecords, toCsv, withMarks } from '../../../lib/downloads/tables.ts';

export const getStaticPaths = planFilePaths;
export const GET = ({ params }: APIContext) => csvResponse(toCsv(OBSERVATION_COLUMNS, withMarks(observationRecords(planData(params.plan!)), fileMarks())), 'observations.csv');
