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
import type { Problem } from '../messages/problem.ts';
import type { Indicator } from '../schema/indicators.ts';
import { Observation, type ProgressFile } from '../schema/progress.ts';
import { INVISIBLE_CHARACTER, textProblem } from '../schema/common.ts';
import { zodProblems } from '../messages/problem.ts';
import { TOO_LARGE } from '../data/plausibility.ts';
import { decodeText, encodingProblems, isText, type NotText, type TextEncoding } from '../data/text-file.ts';
import { msg, say, texts, type Message } from '../messages/message.ts';

/** Column names accepted in the header row (Chinese or English), mapped to fields: the first names it in messages, the last is its English. */
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
/** A column as messages name it: its first (Chinese) name and its English one. */
const columnName = (f: Field) => ({ zh: COLUMNS[f][0], en: COLUMNS[f][COLUMNS[f].length - 1]! });
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

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s（）()]/g, '');
const fieldOf = (header: string): Field | undefined => FIELDS.find((f) => (COLUMNS[f] as readonly string[]).map(norm).includes(norm(header)));
const isHeaderRow = (record: string[]) => record.filter((h) => h.trim() && fieldOf(h)).length >= 2;

export type Separator = ',' | '\t' | ';';
export const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'commas', '\t': 'tabs', ';': 'semicolons' };

/** The character between columns: the one that splits the first lines into the most columns (commas on a tie). */
export function detectSeparator(text: string): Separator {
  const lines = text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 10);
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
  error?: Message;
}

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
  if (decimal) return { error: msg('import.decimalComma', { meant: decimal }) };
  return { error: msg('import.notNumber') };
}

/** Parses "1,234.5", "96.7%", " 24.1 " → number; refuses text in the value and a decimal comma. */
export function parseNumber(raw: string): number | undefined {
  return readNumber(raw).value;
}

const QUALITATIVE: Record<string, 'met' | 'not-met'> = {
  met: 'met',
  'not-met': 'not-met',
  达到: 'met',
  满足: 'met',
  是: 'met',
  未达到: 'not-met',
  不满足: 'not-met',
  否: 'not-met',
};

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
      ? msg('import.xlsx')
      : decoded.notText === 'xls'
        ? msg('import.xls')
        : decoded.notText === 'binary'
          ? msg('import.binary')
          : undefined;
  return { observations: [], skipped: 0, problems: message ? [{ file, ...texts(message), severity: 'error' }] : encodingProblems(file, decoded, 'data') };
}

export function readObservations(file: string, text: string, indicators: Indicator[]): ImportResult {
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], line: number | undefined, path: string | undefined, value: unknown, message: Message) =>
    problems.push({ file, ...(line ? { line } : {}), ...(path ? { path } : {}), ...(value !== undefined ? { value } : {}), ...texts(message), severity });
  const err = (line: number | undefined, path: string | undefined, value: unknown, message: Message) => add('error', line, path, value, message);
  const warn = (line: number | undefined, path: string | undefined, value: unknown, message: Message) => add('warning', line, path, value, message);
  const stop = (): ImportResult => ({ observations: [], problems, skipped: 0 });
  if (text.startsWith('PK')) {
    err(undefined, undefined, undefined, msg('import.xlsx'));
    return stop();
  }
  if (!text.trim()) {
    err(undefined, undefined, undefined, msg('import.empty'));
    return stop();
  }
  const separator = detectSeparator(text);
  if (separator !== ',') warn(1, undefined, undefined, msg('import.separator', { separator: SEPARATOR_NAMES[separator] as 'tabs' | 'semicolons' }));
  // Every row of the spreadsheet is a record, empty ones too: the record's index is the row number Excel shows.
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false, trim: false, delimiter: separator });
  } catch (e) {
    // The parser's usual complaint is a quotation mark: say which line and what to do, not the parser's words.
    const { code, lines } = e as { code?: string; lines?: number };
    if (code && /QUOTE/.test(code)) err(lines, undefined, undefined, msg('import.unpairedQuote'));
    else err(undefined, undefined, undefined, msg('import.unreadable', { error: (e as Error).message }));
    return stop();
  }

  // The header row must be the first: a title above it ("2024年指标数据") would be read as the headers.
  const headerAt = records.slice(0, 10).findIndex(isHeaderRow);
  if (headerAt > 0) {
    const title = records[0]!.find((c) => c.trim());
    err(1, undefined, title?.trim(), msg('import.headerNotFirst', { above: headerAt }));
    return stop();
  }
  const header = records[0] ?? [];
  const columnOf = new Map<Field, number>();
  const lang = (h: string) => (/_en$/i.test(h.trim()) ? 'en' : 'zh');
  const nameColumns: number[] = [];
  header.forEach((h, i) => {
    const field = fieldOf(h);
    if (!field) {
      if (h.trim()) err(1, `column ${i + 1}`, h, msg('import.unknownColumn', { expected: Object.values(COLUMNS).map((c) => c[0]) }));
      return;
    }
    if (field === 'name') nameColumns.push(i);
    const first = columnOf.get(field);
    if (first === undefined) columnOf.set(field, i);
    else if (!(BILINGUAL.includes(field) && lang(header[first]!) !== lang(h))) {
      err(
        1,
        `column ${i + 1}`,
        h,
        msg('import.twoColumns', { column: columnName(field), first: first + 1, firstName: header[first]!.trim(), second: i + 1, secondName: h.trim() }),
      );
    }
  });
  if (!columnOf.has('number') && !columnOf.has('id')) err(1, undefined, undefined, msg('import.noIndicatorColumn', { count: indicators.length }));
  for (const f of REQUIRED) if (!columnOf.has(f)) err(1, undefined, undefined, msg('import.missingColumn', { column: columnName(f) }));
  if (problems.some((p) => p.severity === 'error')) return stop();
  const rows = records.slice(1).filter((r) => r.some((c) => c.trim()));
  if (rows.length === 0) {
    err(1, undefined, undefined, msg('import.noDataRows'));
    return stop();
  }

  const byNumber = new Map(indicators.map((i) => [i.number, i]));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const byName = new Map(
    indicators.flatMap(
      (i) =>
        [
          [nameKey(i.name.zh), i],
          [nameKey(i.name.en), i],
        ] as const,
    ),
  );
  const seen = new Map<string, number>();
  const observations: ImportResult['observations'] = [];
  /** Cells read differently from how they were written: one notice per column and kind, naming every row. */
  const notices = new Map<string, { line: number; column: string; value: string; message: (more: Message | undefined) => Message; rows: number[] }>();
  const notice = (line: number, column: string, kind: string, value: string, message: (more: Message | undefined) => Message) => {
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
      err(line, undefined, rec.find((c) => c.trim())?.trim(), msg('import.headerRepeated', { row: line }));
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
      err(
        line,
        `column ${orphan + 1}`,
        rec[orphan]!.trim(),
        rec.length > header.length ? msg('import.extraCells', { count: rec.length - header.length }) : msg('import.cellWithoutHeading'),
      );
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
      if (n.value === undefined) err(line, COLUMNS.number[0], numberCell, msg('import.numberDigitsOnly', { count: indicators.length }));
      else if (!fromNumber) err(line, COLUMNS.number[0], numberCell, msg('import.unknownNumber', { count: indicators.length }));
      else if (n.notice === 'decorated')
        notice(line, COLUMNS.number[0], 'number', numberCell, (more) => msg('import.readAsNumber', { written: numberCell, number: n.value!, more }));
      else if (n.notice)
        notice(line, COLUMNS.number[0], 'full-width', numberCell, (more) => msg('import.fullWidth', { written: numberCell, read: String(n.value), more }));
      if (n.value === undefined || !fromNumber) return;
    }
    if (!numberCell && !idCell) {
      err(line, columnOf.has('number') ? COLUMNS.number[0] : COLUMNS.id[0], '', msg('import.noIndicator', { count: indicators.length }));
      return;
    }
    const fromId = idCell ? byId.get(idCell) : undefined;
    if (idCell && !fromId) {
      err(line, COLUMNS.id[0], idCell, msg('projects.unknownIndicator'));
      return;
    }
    if (fromNumber && fromId && fromNumber !== fromId) {
      const mismatch = {
        number: fromNumber.number,
        numberId: fromNumber.id,
        numberName: fromNumber.name.zh,
        id: fromId.id,
        idNumber: fromId.number,
        idName: fromId.name.zh,
      };
      err(line, COLUMNS.id[0], idCell, msg('import.numberIdMismatch', mismatch));
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
      err(
        line,
        header[i]!.trim(),
        written,
        msg('import.nameMismatch', { by, shown, written, other: other ? { number: other.number, id: other.id } : undefined }),
      );
      nameMismatch = true;
    }
    if (nameMismatch) return;
    const column = idCell ? COLUMNS.id[0] : COLUMNS.number[0];
    if (seen.has(indicator.id)) {
      err(line, column, idCell || numberCell, msg('import.duplicateRow', { number: indicator.number, id: indicator.id, line: seen.get(indicator.id)! }));
      return;
    }
    seen.set(indicator.id, line);

    for (const f of REQUIRED) if (!cell(f)) err(line, COLUMNS[f][0], '', msg('import.requiredEmpty', { column: columnName(f) }));
    const rawValue = cell('value');
    let value: number | 'met' | 'not-met' | undefined;
    if (indicator.target.kind === 'qualitative') {
      value = QUALITATIVE[halfWidth(rawValue).trim().toLowerCase()];
      if (rawValue && !value) err(line, COLUMNS.value[0], rawValue, msg('import.qualitative', { number: indicator.number }));
    } else if (rawValue) {
      const n = readNumber(rawValue);
      value = n.value;
      if (n.error) err(line, COLUMNS.value[0], rawValue, n.error);
      else if (value !== undefined && !Number.isFinite(value)) {
        err(line, COLUMNS.value[0], rawValue, TOO_LARGE); // more digits than a number holds
        value = undefined;
      } else if (n.notice === 'scientific') {
        notice(line, COLUMNS.value[0], 'scientific', rawValue, (more) => msg('import.scientific', { written: rawValue, read: String(n.value), more }));
      } else if (n.notice)
        notice(line, COLUMNS.value[0], 'full-width', rawValue, (more) => msg('import.fullWidth', { written: rawValue, read: String(n.value), more }));
    }
    const date = (f: 'published' | 'sourceDate') => {
      const written = cell(f);
      const iso = parseDate(halfWidth(written));
      if (written && !iso) err(line, COLUMNS[f][0], written, msg('import.date'));
      else if (iso && halfWidth(written) !== written)
        notice(line, COLUMNS[f][0], 'full-width', written, (more) => msg('import.fullWidth', { written, read: iso, more }));
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
    if (candidate.note && (!candidate.note.zh || !candidate.note.en))
      err(line, candidate.note.zh ? COLUMNS.noteEn[0] : COLUMNS.noteZh[0], '', msg('import.noteTranslation'));
    if (candidate.confirmed && (!candidate.confirmed.zh || !candidate.confirmed.en))
      err(line, candidate.confirmed.zh ? COLUMNS.confirmedEn[0] : COLUMNS.confirmedZh[0], '', msg('import.confirmedTranslation'));
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
      err(line, `column ${header.length + 1}`, undefined, msg('import.extraCells', { count: rec.length - header.length }));
    }
  });
  for (const n of notices.values()) {
    const more = n.rows.length > 1 ? msg('import.moreRows', { count: n.rows.length - 1, rows: n.rows.slice(1) }) : undefined;
    warn(n.line, n.column, n.value, n.message(more));
  }
  if (filledRows === 0) err(undefined, undefined, undefined, msg('import.noValues', { rows: rows.length }));
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
      const already = { file: options.file, value: JSON.stringify(old.value), indicator: observation.indicator };
      problems.push({
        file: options.csv,
        line: row,
        path: COLUMNS.value[0],
        value: observation.value,
        ...say('import.alreadyHas', already),
        severity: 'error',
      });
      continue;
    }
    if (!options.reason?.zh || !options.reason.en) {
      problems.push({ file: options.csv, line: row, ...say('import.reasonNeeded'), severity: 'error' });
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
