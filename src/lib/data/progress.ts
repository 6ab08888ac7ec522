/** Loads the yearly progress files and checks them against the indicators. */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../messages/problem.ts';
import { readJsonQuietly, readValidated } from './load-json.ts';
import { Observation, ProgressFile } from '../schema/progress.ts';
import { progressPlausibility } from './plausibility.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { YearObservation } from '../indicators/assess.ts';
import type { PlanPeriod } from '../plan/period.ts';
import { msg, say, texts, type Message } from '../messages/message.ts';


export interface LoadedProgress {
  file: string;
  year: number;
  data: ProgressFile;
}

/** Cross-checks one valid progress file: year, known indicators, value kinds, duplicates, revision order. */
export function checkProgressFile(file: string, data: ProgressFile, indicators: Indicator[], period: PlanPeriod): Problem[] {
  const problems: Problem[] = [];
  type At = { path?: string; value?: unknown };
  const err = (at: At, m: Message) => problems.push({ file, severity: 'error', ...at, ...texts(m) });
  const warn = (at: At, m: Message) => problems.push({ file, severity: 'warning', ...at, ...texts(m) });
  const fromName = /(\d{4})\.json$/.exec(file)?.[1];
  const { start, end } = period;
  if (data.year < start || data.year > end) err({ path: 'year', value: data.year }, msg('progress.yearOutsidePeriod', { start, end }));
  if (fromName === undefined) err({}, msg('progress.fileName', { example: `progress/${end}.json` }));
  else if (Number(fromName) !== data.year) err({ path: 'year', value: data.year }, msg('file.yearMismatch', { expected: Number(fromName) }));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Map<string, number>();
  data.observations.forEach((o, k) => {
    if (!o) return; // an entry that failed the schema (reported already)
    const at = `observations[${k}]`;
    const indicator = byId.get(o.indicator);
    if (!indicator) {
      err({ path: `${at}.indicator`, value: o.indicator }, msg('progress.unknownIndicator', { count: indicators.length }));
      return;
    }
    if (seen.has(o.indicator)) err({ path: `${at}.indicator`, value: o.indicator }, msg('progress.duplicateObservation', { year: data.year, other: `observations[${seen.get(o.indicator)}]` }));
    seen.set(o.indicator, k);
    const qualitative = indicator.target.kind === 'qualitative';
    const values = [o.value, ...o.revisions.map((r) => r.value)];
    values.forEach((v, j) => {
      const where = j === 0 ? `${at}.value` : `${at}.revisions[${j - 1}].value`;
      if (qualitative && typeof v === 'number') err({ path: where, value: v }, msg('progress.qualitativeValue', { indicator: o.indicator }));
      if (!qualitative && typeof v !== 'number') err({ path: where, value: v }, msg('progress.numericValue', { indicator: o.indicator }));
      // Whether a number is a possible figure (range, sign, size) is for plausibility.ts, against the whole series.
    });
    const dates = [...o.revisions.map((r) => r.published), o.published];
    for (let j = 1; j < dates.length; j++) {
      if (dates[j]! < dates[j - 1]!) err({ path: j === dates.length - 1 ? `${at}.published` : `${at}.revisions[${j}].published`, value: dates[j] }, msg('progress.correctionOrder', { previous: dates[j - 1]! }));
    }
    if (Number(o.published.slice(0, 4)) < data.year) err({ path: `${at}.published`, value: o.published }, msg('progress.publishedBeforeYear', { year: data.year }));
    for (const [j, s] of [o.source, ...o.revisions.map((r) => r.source)].entries()) {
      if (s.url && !s.url.startsWith('https://')) warn({ path: j === 0 ? `${at}.source.url` : `${at}.revisions[${j - 1}].source.url`, value: s.url }, msg('progress.sourceNotHttps'));
    }
  });
  return problems;
}

/** The observations of a file that pass the schema on their own (the file as a whole did not). */
function wellFormedPart(full: string): ProgressFile | undefined {
  const raw = readJsonQuietly(full) as { year?: unknown; observations?: unknown[] } | null | undefined;
  if (typeof raw?.year !== 'number' || !Array.isArray(raw.observations)) return undefined;
  const observations = raw.observations.map((o) => Observation.safeParse(o)).map((r) => (r.success ? r.data : undefined));
  // Invalid entries stay as holes so that paths still point at the right observations[k].
  return { year: raw.year, observations: observations as Observation[] };
}

/** Files the system makes in any folder, and the placeholder that keeps an empty folder in Git. */
const IGNORED = /^(\..*|thumbs\.db|desktop\.ini)$/i;

/**
 * Files in progress/ that would not be read: only `<year>.json` is. An upper-case extension (2024.JSON), the
 * extension Notepad adds (2024.json.txt), a copy (2024 - 副本.json, 2024(1).json) or another kind of file is
 * refused by name, with what to rename it to, rather than silently left out of the site.
 */
export function misnamedProgressFiles(dir: string, names: string[]): Problem[] {
  const problems: Problem[] = [];
  for (const name of names.filter((f) => !IGNORED.test(f) && !f.endsWith('.json')).sort()) {
    const year = /(?<!\d)(\d{4})(?!\d)/.exec(name)?.[1];
    const target = year ? `${year}.json` : undefined;
    const message = !target ? msg('progress.notReadNoYear') : names.includes(target) ? msg('progress.notReadExists', { target }) : msg('progress.notReadRename', { target });
    problems.push({ file: `${dir}/${name}`, ...texts(message), severity: 'error' });
  }
  return problems;
}

/**
 * Loads and checks a plan's progress files. `plausibility` gives today (no date may be later) and the recorded
 * figures of assigned targets: the figures are then checked against the whole series (plausibility.ts).
 */
export function loadProgress(
  root: string,
  dir: string,
  indicators: Indicator[] | undefined,
  period: PlanPeriod,
  problems: Problem[],
  plausibility?: { today: string; assigned?: Map<string, number> },
): LoadedProgress[] {
  const full = path.resolve(root, dir);
  if (!fs.existsSync(full)) return [];
  const out: LoadedProgress[] = [];
  // The files whose figures are checked for plausibility: the valid ones, and the well-formed part of the others.
  const partials: { file: string; year: number; data: { observations: (Observation | undefined)[] } }[] = [];
  const names = fs.readdirSync(full);
  problems.push(...misnamedProgressFiles(dir, names));
  for (const name of names.filter((f) => f.endsWith('.json')).sort()) {
    const file = `${dir}/${name}`;
    const data = readValidated(root, file, ProgressFile, problems);
    if (data) {
      if (indicators) problems.push(...checkProgressFile(file, data, indicators, period));
      out.push({ file, year: data.year, data });
    } else if (indicators) {
      // Report the cross-file problems of the observations that are well-formed, too: every problem at once.
      const partial = wellFormedPart(path.resolve(root, file));
      if (partial) problems.push(...checkProgressFile(file, partial, indicators, period).filter((p) => p.severity === 'error' && !p.path?.startsWith('year')));
      if (partial) partials.push({ file, year: partial.year, data: partial });
    }
  }
  const years = new Map<number, string>();
  for (const f of out) {
    if (years.has(f.year)) problems.push({ file: f.file, path: 'year', value: f.year, severity: 'error', ...say('progress.yearTwice', { year: f.year, file: years.get(f.year)! }) });
    years.set(f.year, f.file);
  }
  if (indicators && plausibility) {
    const found = progressPlausibility([...out, ...partials], { indicators, period, ...plausibility });
    // A file that failed the schema is reported with its errors only, as above.
    problems.push(...found.filter((p) => p.severity === 'error' || !partials.some((f) => f.file === p.file)));
  }
  return out;
}

/** All observations of one indicator, with their reporting years. */
export function observationsOf(progress: LoadedProgress[], indicatorId: string): YearObservation[] {
  return progress.flatMap((f) => f.data.observations.filter((o) => o.indicator === indicatorId).map((observation) => ({ year: f.year, observation })));
}
