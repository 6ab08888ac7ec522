/**
 * Turning a spreadsheet (CSV exported by Excel or WPS) into a year's observations.
 * Pure functions: decoding, header mapping, value parsing, merging with an existing file.
 *
 * What staff's spreadsheets really look like is read as they meant it, with a notice (a warning naming the row and
 * column): UTF-16 (Excel's "Unicode text"), tabs or semicolons between columns, full-width digits (９７．８％),
 * scientific notation (1.23E+03), "第1项" in the number column. What cannot be read safely is refused with the row,
 * the column and what to write instead: a decimal comma (22,5), title rows above the header row, two columns for
 * the same field, a line break inside a cell, a number and an id (or a name) that name different indicators.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../data/errors.ts';
import type { Indicator } from '../schema/indicators.ts';
import { Observation, type ProgressFile } from '../schema/progress.ts';
import { INVISIBLE_CHARACTER, textProblem } from '../schema/common.ts';
import { zodProblems } from '../data/errors.ts';
import { TOO_LARGE } from '../data/plausibility.ts';
import { decodeText, encodingProblems, isText, type NotText, type TextEncoding } from '../data/text-file.ts';

/** Column names accepted in the header row (Chinese or English), mapped to fields. */
export const COLUMNS = {
  number: ['序号', '指标序号', 'number', 'no', 'indicator_number'],
  id: ['指标标识', '标识', 'id', 'indicator_id', 'indicator'],
  name: ['指标名称', '指标', 'name', 'name_zh', 'indicator_name', 'name_en'],
  unit: ['单位', 'unit', 'unit_zh', 'unit_en'],
  value: ['数值', '值', '年度数值', 'value'],
  published: ['发布日期', 'published'],
  sourceTitle: ['来源名称', '来源', 'source_title', 'source'],
  sourcePublisher: ['发布单位', '来源单位', 'source_publisher', 'publisher'],
  sourceDate: ['来源日期', 'source_date'],
  sourceUrl: ['来源网址', '网址', 'source_url', 'url'],
  noteZh: ['备注', '中文备注', 'note_zh', 'note'],
  noteEn: ['英文备注', 'note_en'],
  /** Why an unusual figure is right (plausibility.ts): never published, it stops the warning or lifts the refusal. */
  confirmedZh: ['核实说明', 'confirmed_zh', 'confirmed'],
  confirmedEn: ['英文核实说明', 'confirmed_en'],
} as const;
type Field = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as Field[];

/** The column a field of an observation comes from, to name it in messages. */
const CELL_OF_FIELD: Record<string, string> = {
  'source.title': COLUMNS.sourceTitle[0],
  'source.publisher': COLUMNS.sourcePublisher[0],
  'source.url': COLUMNS.sourceUrl[0],
  'note.zh': COLUMNS.noteZh[0],
  'note.en': COLUMNS.noteEn[0],
  'confirmed.zh': COLUMNS.confirmedZh[0],
  'confirmed.en': COLUMNS.confirmedEn[0],
};
const REQUIRED: Field[] = ['value', 'published', 'sourceTitle', 'sourcePublisher', 'sourceDate'];
/** Columns only for reading: a Chinese and an English one side by side (name_zh, name_en) is not a duplicate. */
const BILINGUAL: Field[] = ['name', 'unit'];

/**
 * UTF-8 (with or without BOM), GB18030/GBK (which Chinese Excel and WPS often write) or UTF-16 (Excel's "Unicode
 * text"); a workbook or other binary file renamed to .csv is not text.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: TextEncoding } | NotText {
  const decoded = decodeText(bytes);
  return isText(decoded) ? { text: decoded.text, encoding: decoded.encoding } : decoded;
}

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s（）()]/g, '');
const fieldOf = (header: string): Field | undefined => FIELDS.find((f) => (COLUMNS[f] as readonly string[]).map(norm).includes(norm(header)));
const isHeaderRow = (record: string[]) => record.filter((h) => h.trim() && fieldOf(h)).length >= 2;

export type Separator = ',' | '\t' | ';';
export const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'commas', '\t': 'tabs', ';': 'semicolons' };

/** The character between columns: the one that splits the first lines into the most columns (commas on a tie). */
export function detectSeparator(text: string): Separator {
  const lines = text.split('\n').filter((l) => l.trim()).slice(0, 10);
  const most = (sep: string) => Math.max(0, ...lines.map((l) => l.replace(/"[^"]*"/g, '').split(sep).length - 1));
  const counts = ([',', '\t', ';'] as Separator[]).map((sep) => [sep, most(sep)] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Full-width ASCII (９７．８％, Ｅ) and the ideographic space, as a Chinese input method types them, to ordinary characters. */
export const halfWidth = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

export interface ReadNumber {
  value?: number;
  /** Read, but not as written: the staff member should see how. */
  notice?: 'full-width' | 'scientific';
  /** Not read; what to write instead. */
  error?: string;
}

const NUMBER_MESSAGE = 'the value must be a number (thousands separators and a trailing % are allowed; no words or units)';

/**
 * Reads a value cell: "1,234.5", "96.7%", " 24.1 ", "９７．８％" (full-width), "1.23E+03" (scientific notation).
 * A comma that does not group thousands is a decimal comma ("22,5"): refused, as 22.5 and 225 are both possible.
 */
export function readNumber(raw: string): ReadNumber {
  const half = halfWidth(raw);
  const notice = half !== raw ? ('full-width' as const) : undefined;
  const s = half.trim().replace(/，/g, ',').replace(/\s/g, '').replace(/%$/, '');
  const ok = (value: number, n: ReadNumber['notice'] = notice): ReadNumber => (n ? { value, notice: n } : { value });
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return ok(Number(s));
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return ok(Number(s.replace(/,/g, '')));
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)e[-+]?\d+$/i.test(s)) return ok(Number(s), 'scientific');
  const decimal = /^[-+]?\d+,\d+$/.test(s) ? s.replace(',', '.') : /^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : undefined;
  if (decimal) return { error: `a comma is not a decimal point: did you mean ${decimal}? write a point (.) for decimals; a comma may only group thousands, as in 1,234` };
  return { error: NUMBER_MESSAGE };
}

/** Parses "1,234.5", "96.7%", " 24.1 " → number; refuses text in the value and a decimal comma. */
export function parseNumber(raw: string): number | undefined {
  return readNumber(raw).value;
}

const QUALITATIVE: Record<string, 'met' | 'not-met'> = { met: 'met', 'not-met': 'not-met', 达到: 'met', 满足: 'met', 是: 'met', 未达到: 'not-met', 不满足: 'not-met', 否: 'not-met' };

/** Excel dates: 2024-03-01, 2024/3/1, 2024年3月1日 → 2024-03-01. */
export function parseDate(raw: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(raw.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** The number column as staff write it: "1", "１", "第1项", "1." or "（1）" → 1; `undefined` if it is not a number. */
export function readIndicatorNumber(raw: string): { value?: number; notice?: 'full-width' | 'decorated' } {
  const s = halfWidth(raw).trim();
  const plain = /^(\d+)(\.0+)?$/.exec(s);
  if (plain) return s === raw.trim() ? { value: Number(plain[1]) } : { value: Number(plain[1]), notice: 'full-width' };
  const decorated = /^(?:第\s*(\d+)\s*[项个条]?|(\d+)\s*[.、]|[(]\s*(\d+)\s*[)]|(\d+)\s*[项个条])$/.exec(s);
  if (decorated) return { value: Number(decorated[1] ?? decorated[2] ?? decorated[3] ?? decorated[4]), notice: 'decorated' };
  return {};
}

/** A name as written in a cell, for comparing: no spaces, ordinary characters, lower case. */
const nameKey = (s: string) => halfWidth(s).normalize('NFKC').replace(/\s/g, '').toLowerCase();

export interface ImportResult {
  observations: { row: number; observation: Observation }[];
  problems: Problem[];
  skipped: number;
  separator?: Separator;
}

/** Reads a CSV file's bytes: decoding first (a workbook renamed to .csv is refused here), then its rows. */
export function readCsvFile(file: string, bytes: Uint8Array, indicators: Indicator[]): ImportResult & { encoding?: TextEncoding } {
  const decoded = decodeText(bytes);
  if (isText(decoded)) return { ...readObservations(file, decoded.text, indicators), encoding: decoded.encoding };
  const message =
    decoded.notText === 'xlsx'
      ? 'this looks like an Excel workbook (.xlsx): save it as CSV in Excel or WPS, then import the CSV'
      : decoded.notText === 'xls'
        ? 'this is an old Excel or WPS workbook (.xls, .et) renamed to .csv, not a CSV file: open it in Excel or WPS, save it as CSV (File → Save As → CSV UTF-8), then import the CSV'
        : decoded.notText === 'binary'
          ? 'this is not a CSV file but binary data (perhaps a workbook or a document renamed to .csv): open it in Excel or WPS, save it as CSV (File → Save As → CSV UTF-8), then import the CSV'
          : undefined;
  return { observations: [], skipped: 0, problems: message ? [{ file, message, severity: 'error' }] : encodingProblems(file, decoded, 'data') };
}

export function readObservations(file: string, text: string, indicators: Indicator[]): ImportResult {
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], line: number | undefined, path: string | undefined, value: unknown, message: string) =>
    problems.push({ file, ...(line ? { line } : {}), ...(path ? { path } : {}), ...(value !== undefined ? { value } : {}), message, severity });
  const err = (line: number | undefined, path: string | undefined, value: unknown, message: string) => add('error', line, path, value, message);
  const warn = (line: number | undefined, path: string | undefined, value: unknown, message: string) => add('warning', line, path, value, message);
  const stop = (): ImportResult => ({ observations: [], problems, skipped: 0 });
  if (text.startsWith('PK')) {
    err(undefined, undefined, undefined, 'this looks like an Excel workbook (.xlsx): save it as CSV in Excel or WPS, then import the CSV');
    return stop();
  }
  if (!text.trim()) {
    err(undefined, undefined, undefined, 'the file is empty: save the filled-in spreadsheet as CSV again, then import it');
    return stop();
  }
  const separator = detectSeparator(text);
  if (separator !== ',') warn(1, undefined, undefined, `the columns are separated by ${SEPARATOR_NAMES[separator]}, not commas; the file was read that way`);
  // Every row of the spreadsheet is a record, empty ones too: the record's index is the row number Excel shows.
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false, trim: false, delimiter: separator });
  } catch (e) {
    // The parser's usual complaint is a quotation mark: say which line and what to do, not the parser's words.
    const { code, lines } = e as { code?: string; lines?: number };
    if (code && /QUOTE/.test(code)) err(lines, undefined, undefined, 'a quotation mark " is not paired on this line: in Excel or WPS retype the cell, or delete the stray "');
    else err(undefined, undefined, undefined, `the file is not a readable CSV: ${(e as Error).message}`);
    return stop();
  }

  // The header row must be the first: a title above it ("2024年指标数据") would be read as the headers.
  const headerAt = records.slice(0, 10).findIndex(isHeaderRow);
  if (headerAt > 0) {
    const title = records[0]!.find((c) => c.trim());
    err(1, undefined, title?.trim(), `the header row must be the first row: delete ${headerAt === 1 ? 'row 1' : `rows 1–${headerAt}`} (above the header row ${headerAt + 1})`);
    return stop();
  }
  const header = records[0] ?? [];
  const columnOf = new Map<Field, number>();
  const lang = (h: string) => (/_en$/i.test(h.trim()) ? 'en' : 'zh');
  const nameColumns: number[] = [];
  header.forEach((h, i) => {
    const field = fieldOf(h);
    if (!field) {
      if (h.trim()) err(1, `column ${i + 1}`, h, `unknown column header; expected one of: ${Object.values(COLUMNS).map((c) => c[0]).join('、')} (or their English names)`);
      return;
    }
    if (field === 'name') nameColumns.push(i);
    const first = columnOf.get(field);
    if (first === undefined) columnOf.set(field, i);
    else if (!(BILINGUAL.includes(field) && lang(header[first]!) !== lang(h))) {
      err(1, `column ${i + 1}`, h, `two columns for ${COLUMNS[field][0]} (${COLUMNS[field][COLUMNS[field].length - 1]}): column ${first + 1} "${header[first]!.trim()}" and column ${i + 1} "${h.trim()}"; keep one and delete the other`);
    }
  });
  if (!columnOf.has('number') && !columnOf.has('id')) err(1, undefined, undefined, `missing column: the indicator must be identified by 序号 (number 1–${indicators.length}) or 指标标识 (id)`);
  for (const f of REQUIRED) if (!columnOf.has(f)) err(1, undefined, undefined, `missing column: ${COLUMNS[f][0]} (${COLUMNS[f][COLUMNS[f].length - 1]})`);
  if (problems.some((p) => p.severity === 'error')) return stop();
  const rows = records.slice(1).filter((r) => r.some((c) => c.trim()));
  if (rows.length === 0) {
    err(1, undefined, undefined, 'the file has a header row but no data rows: fill in the rows of the template, or check that this is the right file');
    return stop();
  }

  const byNumber = new Map(indicators.map((i) => [i.number, i]));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const byName = new Map(indicators.flatMap((i) => [[nameKey(i.name.zh), i], [nameKey(i.name.en), i]] as const));
  const seen = new Map<string, number>();
  const observations: ImportResult['observations'] = [];
  /** Cells read differently from how they were written: one notice per column and kind, naming every row. */
  const notices = new Map<string, { line: number; column: string; value: string; message: (more: string) => string; rows: number[] }>();
  const notice = (line: number, column: string, kind: string, value: string, message: (more: string) => string) => {
    const key = `${column}\u0000${kind}`;
    const n = notices.get(key);
    if (n) n.rows.push(line);
    else notices.set(key, { line, column, value, message, rows: [line] });
  };
  let skipped = 0;
  let filledRows = 0;
  records.slice(1).forEach((rec, k) => {
    const line = k + 2;
    const raw = (i: number | undefined) => (i === undefined ? '' : (rec[i] ?? '').replace(/^ +| +$/g, ''));
    const cell = (f: Field) => raw(columnOf.get(f)).trim();
    if (isHeaderRow(rec)) {
      err(line, undefined, rec.find((c) => c.trim())?.trim(), `this row repeats the header row: delete row ${line}`);
      return;
    }
    if (REQUIRED.every((f) => cell(f) === '')) {
      skipped++; // a template row left empty: nothing to import for this indicator
      return;
    }
    filledRows++;
    // A cell with no column heading (more cells than headings: an unquoted "22,5" typed in Notepad, or a merged
    // heading in Excel) would be lost without a word: refuse the row.
    const orphan = rec.findIndex((c, i) => c.trim() !== '' && !(header[i] ?? '').trim());
    if (orphan >= 0) {
      err(line, `column ${orphan + 1}`, rec[orphan]!.trim(), rec.length > header.length
        ? `this row has ${rec.length - header.length} more cell(s) than the header row: a comma inside a number (write 22.5, not 22,5) or inside a text cell without quotes; correct the row`
        : 'this cell is under a column without a heading (a merged or empty heading cell?): give the column its heading, or move the value to the right column');
      return;
    }
    // A line break (Alt+Enter), a tab or an invisible character in any cell: the cell does not say what it shows.
    let invisible = false;
    header.forEach((h, i) => {
      if (!fieldOf(h) || !INVISIBLE_CHARACTER.test(raw(i))) return;
      err(line, h.trim(), raw(i), textProblem(raw(i))!);
      invisible = true;
    });
    if (invisible) return;

    // Which indicator: by number, by id, or both (then they must agree), and the name column must agree too.
    const numberCell = cell('number');
    const idCell = cell('id');
    let fromNumber: Indicator | undefined;
    if (numberCell) {
      const n = readIndicatorNumber(numberCell);
      fromNumber = n.value === undefined ? undefined : byNumber.get(n.value);
      if (n.value === undefined) err(line, COLUMNS.number[0], numberCell, `the indicator number must be written as digits only: a number from 1 to ${indicators.length} as in the plan's table`);
      else if (!fromNumber) err(line, COLUMNS.number[0], numberCell, `unknown indicator number: expected 1–${indicators.length} as in the plan's table`);
      else if (n.notice === 'decorated') notice(line, COLUMNS.number[0], 'number', numberCell, (more) => `read "${numberCell}" as indicator number ${n.value}${more}: write the number only`);
      else if (n.notice) notice(line, COLUMNS.number[0], 'full-width', numberCell, (more) => `full-width characters read as ordinary ones: "${numberCell}" → ${n.value}${more}`);
      if (n.value === undefined || !fromNumber) return;
    }
    if (!numberCell && !idCell) {
      err(line, columnOf.has('number') ? COLUMNS.number[0] : COLUMNS.id[0], '', `this row has figures but does not say which indicator they are for: fill in 序号 (1–${indicators.length}) or 指标标识`);
      return;
    }
    const fromId = idCell ? byId.get(idCell) : undefined;
    if (idCell && !fromId) {
      err(line, COLUMNS.id[0], idCell, 'unknown indicator id (see indicators.json)');
      return;
    }
    if (fromNumber && fromId && fromNumber !== fromId) {
      err(line, COLUMNS.id[0], idCell, `序号 ${fromNumber.number} is ${fromNumber.id} (${fromNumber.name.zh}), but 指标标识 says ${fromId.id}, which is number ${fromId.number} (${fromId.name.zh}): correct one of them`);
      return;
    }
    const indicator = (fromId ?? fromNumber)!;
    const by = fromNumber ? `序号 ${fromNumber.number}` : `指标标识 ${indicator.id}`;
    let nameMismatch = false;
    for (const i of nameColumns) {
      const written = raw(i).trim();
      if (!written || [indicator.name.zh, indicator.name.en].some((n) => nameKey(n) === nameKey(written))) continue;
      const other = byName.get(nameKey(written));
      const shown = /\p{Script=Han}/u.test(written) ? indicator.name.zh : indicator.name.en;
      err(line, header[i]!.trim(), written, `${by} is ${shown}, but the name column says ${written}${other ? ` (indicator ${other.number}, ${other.id})` : ''}: check which indicator this row is for, and correct the number or the name`);
      nameMismatch = true;
    }
    if (nameMismatch) return;
    const column = idCell ? COLUMNS.id[0] : COLUMNS.number[0];
    if (seen.has(indicator.id)) {
      err(line, column, idCell || numberCell, `duplicate row: indicator ${indicator.number} (${indicator.id}) already appears on line ${seen.get(indicator.id)}`);
      return;
    }
    seen.set(indicator.id, line);

    for (const f of REQUIRED) if (!cell(f)) err(line, COLUMNS[f][0], '', `required cell is empty (${COLUMNS[f][COLUMNS[f].length - 1]})`);
    const rawValue = cell('value');
    let value: number | 'met' | 'not-met' | undefined;
    if (indicator.target.kind === 'qualitative') {
      value = QUALITATIVE[halfWidth(rawValue).trim().toLowerCase()];
      if (rawValue && !value) err(line, COLUMNS.value[0], rawValue, `indicator ${indicator.number} has a qualitative target: write 达到 / met or 未达到 / not-met`);
    } else if (rawValue) {
      const n = readNumber(rawValue);
      value = n.value;
      if (n.error) err(line, COLUMNS.value[0], rawValue, n.error);
      else if (value !== undefined && !Number.isFinite(value)) {
        err(line, COLUMNS.value[0], rawValue, TOO_LARGE); // more digits than a number holds
        value = undefined;
      }
      else if (n.notice === 'scientific') {
        notice(line, COLUMNS.value[0], 'scientific', rawValue, (more) => `written in scientific notation: read "${rawValue}" as ${n.value}${more}; check that this is the exact figure (Excel shows long numbers this way and may round them), or format the column as Number`);
      } else if (n.notice) notice(line, COLUMNS.value[0], 'full-width', rawValue, (more) => `full-width characters read as ordinary ones: "${rawValue}" → ${n.value}${more}`);
    }
    const date = (f: 'published' | 'sourceDate') => {
      const written = cell(f);
      const iso = parseDate(halfWidth(written));
      if (written && !iso) err(line, COLUMNS[f][0], written, 'expected a date such as 2025-03-31 or 2025/3/31');
      else if (iso && halfWidth(written) !== written) notice(line, COLUMNS[f][0], 'full-width', written, (more) => `full-width characters read as ordinary ones: "${written}" → ${iso}${more}`);
      return iso;
    };
    const published = date('published');
    const sourceDate = date('sourceDate');
    if (value === undefined || !published || !sourceDate || !cell('sourceTitle') || !cell('sourcePublisher')) return;
    const candidate = {
      indicator: indicator.id,
      value,
      published,
      source: { title: cell('sourceTitle'), publisher: cell('sourcePublisher'), date: sourceDate, ...(cell('sourceUrl') ? { url: cell('sourceUrl') } : {}) },
      ...(cell('noteZh') || cell('noteEn') ? { note: { zh: cell('noteZh'), en: cell('noteEn') } } : {}),
      ...(cell('confirmedZh') || cell('confirmedEn') ? { confirmed: { zh: cell('confirmedZh'), en: cell('confirmedEn') } } : {}),
    };
    if (candidate.note && (!candidate.note.zh || !candidate.note.en)) err(line, candidate.note.zh ? COLUMNS.noteEn[0] : COLUMNS.noteZh[0], '', 'missing translation: a note needs both Chinese and English');
    if (candidate.confirmed && (!candidate.confirmed.zh || !candidate.confirmed.en)) err(line, candidate.confirmed.zh ? COLUMNS.confirmedEn[0] : COLUMNS.confirmedZh[0], '', 'missing translation: the reason a figure is right (核实说明) needs both Chinese and English');
    const parsed = Observation.safeParse(candidate);
    // The schema holds the text rule for every field; its problems name the spreadsheet's column.
    if (!parsed.success) problems.push(...zodProblems(file, candidate, parsed.error).map((p) => ({ ...p, line, path: CELL_OF_FIELD[p.path ?? ''] ?? p.path })));
    else observations.push({ row: line, observation: parsed.data });
  });
  // A row longer than the header whose cells were then misread: say why (its extra cells were empty, so the
  // check above let it through, but its values moved one column to the right).
  records.slice(1).forEach((rec, k) => {
    const line = k + 2;
    if (rec.length > header.length && problems.some((p) => p.line === line && p.severity === 'error')) {
      err(line, `column ${header.length + 1}`, undefined, `this row has ${rec.length - header.length} more cell(s) than the header row: a comma inside a number (write 22.5, not 22,5) or inside a text cell without quotes; correct the row`);
    }
  });
  for (const n of notices.values()) {
    const more = n.rows.length > 1 ? ` (and in ${n.rows.length - 1} more ${n.rows.length === 2 ? 'row' : 'rows'} of this column: ${n.rows.slice(1).join(', ')})` : '';
    warn(n.line, n.column, n.value, n.message(more));
  }
  if (filledRows === 0) err(undefined, undefined, undefined, `none of the ${rows.length} rows has a value: fill in at least one row, or check that this is the right file`);
  return { observations, problems, skipped, ...(separator !== ',' ? { separator } : {}) };
}

/**
 * Adds imported observations to a year's file. An existing value is only replaced with `replace`,
 * and then moves into the revision history with the given reason.
 */
export function mergeObservations(
  existing: ProgressFile | undefined,
  year: number,
  imported: ImportResult['observations'],
  options: { replace: boolean; reason?: { zh: string; en: string }; file: string; csv: string },
): { data: ProgressFile; problems: Problem[]; added: number; replaced: number; confirmed: number } {
  const problems: Problem[] = [];
  const data: ProgressFile = existing ? structuredClone(existing) : { year, observations: [] };
  let added = 0;
  let replaced = 0;
  let confirmed = 0;
  for (const { row, observation } of imported) {
    const k = data.observations.findIndex((o) => o.indicator === observation.indicator);
    if (k === -1) {
      data.observations.push(observation);
      added++;
      continue;
    }
    const old = data.observations[k]!;
    if (old.value === observation.value && old.source.title === observation.source.title) {
      // The same figure imported again with the reason it is right (核实说明): that reason is recorded, nothing else changes.
      if (observation.confirmed && JSON.stringify(observation.confirmed) !== JSON.stringify(old.confirmed)) {
        data.observations[k] = { ...old, confirmed: observation.confirmed };
        confirmed++;
      }
      continue;
    }
    if (!options.replace) {
      problems.push({ file: options.csv, line: row, path: COLUMNS.value[0], value: observation.value, message: `${options.file} already has ${JSON.stringify(old.value)} for ${observation.indicator}; to correct a published value run again with --replace --reason-zh "…" --reason-en "…"`, severity: 'error' });
      continue;
    }
    if (!options.reason?.zh || !options.reason.en) {
      problems.push({ file: options.csv, line: row, message: 'a correction needs its reason in Chinese and English: --reason-zh "…" --reason-en "…"', severity: 'error' });
      continue;
    }
    data.observations[k] = {
      ...observation,
      revisions: [...old.revisions, { value: old.value, published: old.published, source: old.source, reason: options.reason }],
    };
    replaced++;
  }
  return { data, problems, added, replaced, confirmed };
}
