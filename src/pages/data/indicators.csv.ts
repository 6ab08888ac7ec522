import { siteData } from '../../lib/data/load.ts';
import { csvResponse, indicatorRecords, INDICATOR_COLUMNS, toCsv } from '../../lib/export.ts';

export const GET = () => csvResponse(toCsv(INDICATOR_COLUMNS, indicatorRecords(siteData())), 'indicators.csv');
