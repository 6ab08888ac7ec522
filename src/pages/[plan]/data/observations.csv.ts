import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/routing/static-paths.ts';
import { csvResponse, fileMarks, OBSERVATION_COLUMNS, observationRecords, toCsv, withMarks } from '../../../lib/downloads/tables.ts';

export const getStaticPaths = planFilePaths;
export const GET = ({ locals }: APIContext) => csvResponse(toCsv(OBSERVATION_COLUMNS, withMarks(observationRecords(locals.plan), fileMarks())), 'observations.csv');
