import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/routing/static-paths.ts';
import { csvResponse, toCsv } from '../../../lib/downloads/tables.ts';
import { COLUMNS } from '../../../lib/import/csv.ts';

/** The spreadsheet staff fill in for `npm run import`: the plan's indicators pre-filled, Chinese headers. */
const HEADERS = [COLUMNS.number[0], COLUMNS.id[0], COLUMNS.name[0], COLUMNS.unit[0], COLUMNS.value[0], COLUMNS.published[0], COLUMNS.sourceTitle[0], COLUMNS.sourcePublisher[0], COLUMNS.sourceDate[0], COLUMNS.sourceUrl[0], COLUMNS.noteZh[0], COLUMNS.noteEn[0], COLUMNS.confirmedZh[0], COLUMNS.confirmedEn[0]];

export const getStaticPaths = planFilePaths;
export const GET = ({ locals }: APIContext) =>
  csvResponse(
    toCsv(HEADERS, locals.plan.indicators.indicators.map((i) => ({ [HEADERS[0]!]: i.number, [HEADERS[1]!]: i.id, [HEADERS[2]!]: i.name.zh, [HEADERS[3]!]: i.unit.zh }))),
    'template.csv',
  );
