import { siteData } from '../../lib/data/load.ts';
import { csvResponse, OBSERVATION_COLUMNS, observationRecords, toCsv } from '../../lib/export.ts';

export const GET = () => csvResponse(toCsv(OBSERVATION_COLUMNS, observationRecords(siteData())), 'observations.csv');
