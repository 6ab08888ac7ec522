/**
 * Turning a spreadsheet (CSV exported by Excel or WPS) into a year's observations.
 * Pure functions: decoding, header mapping, value parsing, merging with an existing file.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../data/errors.ts';
import type { Indicator } from '../schema/indicators.ts';
import { Observation, type ProgressFile } from '../schema/progress.ts';
import { zodProblems } from '../data/errors.ts';

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
} as const;
type Field = keyof typeof COLUMNS;

/** The column a field of an observation comes from, to name it in messages. */
const CELL_OF_FIELD: Record<string, string> = {
  'source.title': COLUMNS.sourceTitle[0],
  'source.publisher': COLUMNS.sourcePublisher[0],
  'source.url': COLUMNS.sourceUrl[0],
  'note.zh': COLUMNS.noteZh[0],
  'note.en': COLUMNS.noteEn[0],
};
const REQUIRED: Field[] = ['value', 'published', 'sourceTitle', 'sourcePublisher', 'sourceDate'];

/** UTF-8 (with or without BOM) or GB18030/GBK, which Chinese Excel often writes. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s（）()]/g, '');

/** Parses "1,234.5", "96.7%", " 24.1 " → number; refuses text in the value. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim().replace(/[,，\s]/g, '').replace(/[%％]$/, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  return Number(s);
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

export interface ImportResult {
  observations: { row: number; observation: Observation }[];
  problems: Problem[];
  skipped: number;
}

export function readObservations(file: string, text: string, indicators: Indicator[]): ImportResult {
  const problems: Problem[] = [];
  const err = (line: number | undefined, path: string | undefined, value: unknown, message: string) =>
    problems.push({ file, ...(line ? { line } : {}), ...(path ? { path } : {}), ...(value !== undefined ? { value } : {}), message, severity: 'error' });
  let records: string[][];
  if (text.startsWith('PK')) {
    err(undefined, undefined, undefined, 'this looks like an Excel workbook (.xlsx): save it as CSV in Excel or WPS, then import the CSV');
    return { observations: [], problems, skipped: 0 };
  }
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: false, bom: true });
  } catch (e) {
    err(undefined, undefined, undefined, `the file is not a readable CSV: ${(e as Error).message}`);
    return { observations: [], problems, skipped: 0 };
  }
  const header = records[0] ?? [];
  const columnOf = new Map<Field, number>();
  header.forEach((h, i) => {
    const field = (Object.keys(COLUMNS) as Field[]).find((f) => (COLUMNS[f] as readonly string[]).map(norm).includes(norm(h)));
    if (field && !columnOf.has(field)) columnOf.set(field, i);
    else if (!field && h.trim()) err(1, `column ${i + 1}`, h, `unknown column header; expected one of: ${Object.values(COLUMNS).map((c) => c[0]).join('、')} (or their English names)`);
  });
  if (!columnOf.has('number') && !columnOf.has('id')) err(1, undefined, undefined, `missing column: the indicator must be identified by 序号 (number 1–${indicators.length}) or 指标标识 (id)`);
  for (const f of REQUIRED) if (!columnOf.has(f)) err(1, undefined, undefined, `missing column: ${COLUMNS[f][0]} (${COLUMNS[f][COLUMNS[f].length - 1]})`);
  if (problems.length) return { observations: [], problems, skipped: 0 };

  const byNumber = new Map(indicators.map((i) => [i.number, i]));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Map<string, number>();
  const observations: ImportResult['observations'] = [];
  let skipped = 0;
  records.slice(1).forEach((rec, k) => {
    const line = k + 2;
    const cell = (f: Field) => (columnOf.has(f) ? (rec[columnOf.get(f)!] ?? '').trim() : '');
    const filled = REQUIRED.filter((f) => cell(f) !== '');
    if (filled.length === 0) {
      skipped++; // a template row left empty: nothing to import for this indicator
      return;
    }
    const ref = cell('id') || cell('number');
    const indicator = cell('id') ? byId.get(cell('id')) : byNumber.get(Number(cell('number')));
    if (!indicator) {
      err(line, cell('id') ? COLUMNS.id[0] : COLUMNS.number[0], ref, cell('id') ? 'unknown indicator id (see indicators.json)' : `unknown indicator number: expected 1–${indicators.length} as in the plan's table`);
      return;
    }
    if (seen.has(indicator.id)) {
      err(line, cell('id') ? COLUMNS.id[0] : COLUMNS.number[0], ref, `duplicate row: indicator ${indicator.number} (${indicator.id}) already appears on line ${seen.get(indicator.id)}`);
      return;
    }
    seen.set(indicator.id, line);
    for (const f of REQUIRED) if (!cell(f)) err(line, COLUMNS[f][0], '', `required cell is empty (${COLUMNS[f][COLUMNS[f].length - 1]})`);
    const rawValue = cell('value');
    let value: number | 'met' | 'not-met' | undefined;
    if (indicator.target.kind === 'qualitative') {
      value = QUALITATIVE[rawValue.toLowerCase()];
      if (rawValue && !value) err(line, COLUMNS.value[0], rawValue, `indicator ${indicator.number} has a qualitative target: write 达到 / met or 未达到 / not-met`);
    } else {
      value = parseNumber(rawValue);
      if (rawValue && value === undefined) err(line, COLUMNS.value[0], rawValue, 'the value must be a number (thousands separators and a trailing % are allowed; no words or units)');
    }
    const published = parseDate(cell('published'));
    const sourceDate = parseDate(cell('sourceDate'));
    if (cell('published') && !published) err(line, COLUMNS.published[0], cell('published'), 'expected a date such as 2025-03-31 or 2025/3/31');
    if (cell('sourceDate') && !sourceDate) err(line, COLUMNS.sourceDate[0], cell('sourceDate'), 'expected a date such as 2025-03-31 or 2025/3/31');
    if (value === undefined || !published || !sourceDate || !cell('sourceTitle') || !cell('sourcePublisher')) return;
    const candidate = {
      indicator: indicator.id,
      value,
      published,
      source: { title: cell('sourceTitle'), publisher: cell('sourcePublisher'), date: sourceDate, ...(cell('sourceUrl') ? { url: cell('sourceUrl') } : {}) },
      ...(cell('noteZh') || cell('noteEn') ? { note: { zh: cell('noteZh'), en: cell('noteEn') } } : {}),
    };
    if (candidate.note && (!candidate.note.zh || !candidate.note.en)) err(line, candidate.note.zh ? COLUMNS.noteEn[0] : COLUMNS.noteZh[0], '', 'missing translation: a note needs both Chinese and English');
    const parsed = Observation.safeParse(candidate);
    // The schema holds the text rule for every field; its problems name the spreadsheet's column.
    if (!parsed.success) problems.push(...zodProblems(file, candidate, parsed.error).map((p) => ({ ...p, line, path: CELL_OF_FIELD[p.path ?? ''] ?? p.path })));
    else observations.push({ row: line, observation: parsed.data });
  });
  return { observations, problems, skipped };
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
): { data: ProgressFile; problems: Problem[]; added: number; replaced: number } {
  const problems: Problem[] = [];
  const data: ProgressFile = existing ? structuredClone(existing) : { year, observations: [] };
  let added = 0;
  let replaced = 0;
  for (const { row, observation } of imported) {
    const k = data.observations.findIndex((o) => o.indicator === observation.indicator);
    if (k === -1) {
      data.observations.push(observation);
      added++;
      continue;
    }
    const old = data.observations[k]!;
    if (old.value === observation.value && old.source.title === observation.source.title) continue;
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
  return { data, problems, added, replaced };
}
