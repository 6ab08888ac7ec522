/**
 * Plausibility of the figures and dates staff publish, in one place: `npm run check` and the build's pre-flight
 * (through loadPlan) and `npm run import` (at the spreadsheet's row and column, src/lib/import/plausibility.ts)
 * apply these very rules, with the same messages. Each message says what was probably meant.
 *
 * Impossible (error; fix the figure, or the indicator's declaration in indicators.json):
 * - a figure of 10^15 or more (or not a finite number): nothing the site publishes is that large, and below it every
 *   sum and straight-line path the site computes stays a finite number;
 * - a figure outside the range the indicator declares (`plausible.min` / `plausible.max`), or, without a
 *   declaration, a negative figure (unless the baseline or a target value is negative) or a percentage over 100;
 * - a date after today, and a source dated after the figure's own publication date.
 * Improbable (error unless the observation carries `confirmed`, the reason it is right):
 * - a figure at least 5 times the largest of the indicator's baseline, target and other figures, or at most a fifth
 *   of the smallest of its baseline and earlier figures (not for yearly amounts of cumulative targets, nor for targets
 *   that aim at 0); a percentage that looks like a fraction (0.978 for 97.8) is one of these;
 * - 0 for an indicator where higher is better and the baseline is above 0 (most likely an empty cell read as 0).
 * Unusual (warning; `confirmed` stops it):
 * - a figure that differs from what its neighbours in the series suggest (the straight line through the nearest
 *   figures, the baseline counting as the figure of the baseline year) by more than 50% (or the indicator's
 *   `plausible.maxChangePercent`) of the largest other figure of the series, and also lies that far outside the range
 *   of all the other figures: one outlier is flagged, not the figure that follows it, nor the ends of a steady trend.
 */
import type { Problem } from '../messages/problem.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Observation } from '../schema/progress.ts';
import type { PlanPeriod } from '../plan/period.ts';
import { msg, texts, type Message } from '../messages/message.ts';

export const PLAUSIBILITY_DEFAULTS = {
  /** No figure is this large; below it, sums and paths over a plan's years stay finite. */
  ceiling: 1e15,
  /**
   * A figure this many times larger (or smaller) than those it is compared with is improbable. A decimal point or
   * comma one place off makes a figure 10 times what was meant, and what was meant may itself be well below the
   * largest figure it is compared with (22.5 after a baseline of 24.8 and a target of 25.2, typed 225): hence 5.
   */
  magnitude: 5,
  /** The year-on-year change, in % of the series' largest other figure, above which a figure is unusual. */
  maxChangePercent: 50,
} as const;

export const TOO_LARGE = msg('plausibility.tooLarge');

/** A number as people write it, without floating-point noise (0.1 + 0.2 → 0.3). */
export const shownNumber = (n: number) => String(Number(n.toPrecision(12)));

export const isPercent = (i: Indicator) => [i.unit.en, i.unit.zh].some((u) => u.trim() === '%' || u.trim() === '％');

/** The numbers the plan itself gives for an indicator's target (not a reference computed from the figures). */
function targetValues(i: Indicator, assigned?: number): number[] {
  const t = i.target;
  if ('value' in t) return [t.value];
  if (t.kind === 'eliminate') return [t.tolerance];
  if (t.kind === 'assigned' && assigned !== undefined) return [assigned];
  return [];
}

/** The lowest and highest possible figure of an indicator, declared or by default. */
export function limitsOf(i: Indicator): { min?: number; max?: number; declaredMin: boolean; declaredMax: boolean } {
  const declared = i.plausible ?? {};
  const negativeInPlan = (typeof i.baseline === 'number' && i.baseline < 0) || targetValues(i).some((v) => v < 0);
  const min = declared.min ?? (negativeInPlan ? undefined : 0);
  const max = declared.max ?? (isPercent(i) ? 100 : undefined);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), declaredMin: declared.min !== undefined, declaredMax: declared.max !== undefined };
}

const within = (i: Indicator, v: number) => {
  const { min, max } = limitsOf(i);
  return Number.isFinite(v) && Math.abs(v) < PLAUSIBILITY_DEFAULTS.ceiling && (min === undefined || v >= min) && (max === undefined || v <= max);
};

/** `value` moved by the power of ten that brings it closest to `near`, if that is another, possible figure. */
function rescaled(i: Indicator, value: number, near: number | undefined): number | undefined {
  if (near === undefined || near === 0 || value === 0 || !Number.isFinite(value)) return undefined;
  const k = Math.round(Math.log10(Math.abs(value) / Math.abs(near)));
  // A misplaced decimal point or comma, or a share written as a fraction, moves a figure by one to three places;
  // what was meant is then close to the figure it is compared with (within a factor of 2).
  if (k === 0 || Math.abs(k) > 3) return undefined;
  const s = Number((value / 10 ** k).toPrecision(12));
  return within(i, s) && Math.abs(Math.log10(Math.abs(s) / Math.abs(near))) <= Math.log10(2) ? s : undefined;
}

export function tooLarge(value: number): Message | undefined {
  return !Number.isFinite(value) || Math.abs(value) >= PLAUSIBILITY_DEFAULTS.ceiling ? TOO_LARGE : undefined;
}

/**
 * The impossible figures: too large, outside the declared range, negative or a percentage over 100 by default.
 * `near` is the figure this one is compared with (the previous one, or the baseline), to say what was meant.
 */
export function limitProblem(i: Indicator, value: number, near?: number): Message | undefined {
  const large = tooLarge(value);
  if (large) return large;
  const { min, max, declaredMin, declaredMax } = limitsOf(i);
  // `meant` is the figure moved by a power of ten towards the one it is compared with, when that is possible.
  const rescaledTo = rescaled(i, value, near);
  const meant = rescaledTo !== undefined ? shownNumber(rescaledTo) : undefined;
  if (min !== undefined && value < min) {
    if (declaredMin) return msg('plausibility.belowDeclaredMin', { min: shownNumber(min), meant });
    return msg('plausibility.negative', { meant: within(i, -value) ? shownNumber(-value) : undefined });
  }
  if (max !== undefined && value > max) {
    if (declaredMax) return msg('plausibility.aboveDeclaredMax', { max: shownNumber(max), meant });
    return msg('plausibility.percentOver100', { meant });
  }
  return undefined;
}

/** Problems with an indicator's own numbers and its `plausible` declaration (indicators.json). */
export function declarationProblems(i: Indicator): { path: string; value: unknown; message: Message }[] {
  const out: { path: string; value: unknown; message: Message }[] = [];
  if (i.plausible && i.target.kind === 'qualitative') out.push({ path: 'plausible', value: i.plausible, message: msg('plausibility.qualitativeBounded') });
  if (typeof i.baseline === 'number') {
    const problem = limitProblem(i, i.baseline);
    if (problem) out.push({ path: 'baseline', value: i.baseline, message: problem });
  }
  const t = i.target;
  if ('value' in t) {
    const problem = t.kind === 'cumulative' ? tooLarge(t.value) : limitProblem(i, t.value);
    if (problem) out.push({ path: 'target.value', value: t.value, message: problem });
  }
  if ('tolerance' in t && tooLarge(t.tolerance)) out.push({ path: 'target.tolerance', value: t.tolerance, message: TOO_LARGE });
  return out;
}

export const futureDate = (today: string) => msg('plausibility.futureDate', { today });

/** A date after today, or undefined. */
export function dateProblem(date: string, today: string): Message | undefined {
  return date > today ? futureDate(today) : undefined;
}

export const sourceAfterPublication = (published: string) => msg('plausibility.sourceAfterPublication', { published });

export interface Finding {
  /** Index of the file in the input. */
  file: number;
  /** Index of the observation in its file. */
  index: number;
  /** The field of the observation: "value", "published", "source.date", "revisions[0].published", … */
  field: string;
  value: unknown;
  message: Message;
  severity: 'error' | 'warning';
}

export interface PlausibilityInput {
  indicators: Indicator[];
  period: Pick<PlanPeriod, 'baselineYear'>;
  /** ISO date: nothing may be dated after it. */
  today: string;
  /** The recorded figures of assigned targets, by indicator id. */
  assigned?: Map<string, number>;
  /** A plan's yearly files; an observation that failed the schema is a hole (undefined). */
  files: { year: number; observations: (Observation | undefined)[] }[];
}

interface Point {
  year: number;
  value: number;
  /** Where the figure is; none for the baseline. */
  at?: { file: number; index: number };
  confirmed: boolean;
}

/** Dates of one observation: none after today, no source dated after the publication it backs. */
function dateFindings(o: Observation, today: string, push: (field: string, value: unknown, message: Message) => void) {
  const versions: { prefix: string; published: string; source: Observation['source'] }[] = [
    ...o.revisions.map((r, j) => ({ prefix: `revisions[${j}].`, published: r.published, source: r.source })),
    { prefix: '', published: o.published, source: o.source },
  ];
  for (const v of versions) {
    const future = dateProblem(v.published, today);
    if (future) push(`${v.prefix}published`, v.published, future);
    if (dateProblem(v.source.date, today)) push(`${v.prefix}source.date`, v.source.date, futureDate(today));
    else if (!future && v.source.date > v.published) push(`${v.prefix}source.date`, v.source.date, sourceAfterPublication(v.published));
  }
}

const magnitudeMessage = (direction: 'larger' | 'smaller' | 'fraction', reference: number, meant: number | undefined): Message => {
  const common = { reference: shownNumber(reference), meant: meant === undefined ? undefined : shownNumber(meant) };
  const factor = PLAUSIBILITY_DEFAULTS.magnitude;
  return direction === 'fraction'
    ? msg('plausibility.fraction', common)
    : direction === 'larger'
      ? msg('plausibility.manyTimesLarger', { factor, ...common })
      : msg('plausibility.manyTimesSmaller', { factor, ...common });
};

/** The figure `value` is improbably large or small against the others: what it would be, moved by a power of ten. */
function magnitudeProblem(i: Indicator, p: Point, others: Point[], baseline: Point | undefined, assigned: number | undefined, near: number | undefined): Message | undefined {
  const v = Math.abs(p.value);
  if (v === 0) return undefined;
  const nonzero = (xs: number[]) => xs.map(Math.abs).filter((x) => x > 0);
  const upper = nonzero([...(baseline ? [baseline.value] : []), ...targetValues(i, assigned), ...others.map((o) => o.value)]);
  const largest = upper.length ? Math.max(...upper) : undefined;
  const guess = (ref: number) => rescaled(i, p.value, near ?? ref) ?? rescaled(i, p.value, ref);
  if (largest !== undefined && v >= PLAUSIBILITY_DEFAULTS.magnitude * largest) {
    return magnitudeMessage('larger', largest, guess(largest));
  }
  const t = i.target;
  const aimsAtZero = t.kind === 'cumulative' || t.kind === 'eliminate' || ('value' in t && t.value === 0);
  if (aimsAtZero) return undefined;
  const lower = nonzero([...(baseline ? [baseline.value] : []), ...others.filter((o) => o.year < p.year).map((o) => o.value)]);
  const smallest = lower.length ? Math.min(...lower) : undefined;
  if (smallest !== undefined && v * PLAUSIBILITY_DEFAULTS.magnitude <= smallest) {
    const meant = guess(smallest);
    const fraction = meant !== undefined && isPercent(i) && p.value > 0 && p.value <= 1 && Math.abs(meant - p.value * 100) < 1e-9 * Math.max(1, meant);
    return magnitudeMessage(fraction ? 'fraction' : 'smaller', smallest, meant);
  }
  return undefined;
}

/** 0 where higher is better and the baseline is above 0: rarely true, often an empty cell read as 0. */
function zeroProblem(i: Indicator, value: number): Message | undefined {
  if (value !== 0 || typeof i.baseline !== 'number' || i.baseline <= 0) return undefined;
  const t = i.target;
  const higherIsBetter = i.direction === 'higher' || (i.direction === undefined && (t.kind === 'atLeast' || t.kind === 'keepAt' || t.kind === 'noDecrease'));
  const stable = t.kind === 'remainStable' && i.baseline > t.tolerance;
  const aimsAtZero = t.kind === 'cumulative' || t.kind === 'eliminate' || t.kind === 'qualitative' || ('value' in t && t.value === 0);
  if (aimsAtZero || !(higherIsBetter || stable)) return undefined;
  return msg('plausibility.zero', { baseline: shownNumber(i.baseline), stable });
}

/**
 * What the rest of a series suggests for a year: between two figures, the straight line joining the nearest earlier
 * and later ones; at either end, the line through the two nearest figures carried on (at the end, the last figure
 * if it is alone; at the start, nothing unless two figures follow).
 */
export function suggested(year: number, rest: { year: number; value: number }[]): { value: number; from: { year: number; value: number }[] } | undefined {
  const before = rest.filter((o) => o.year < year).sort((a, b) => b.year - a.year);
  const after = rest.filter((o) => o.year > year).sort((a, b) => a.year - b.year);
  const line = (a: { year: number; value: number }, b: { year: number; value: number }) => a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
  if (before[0] && after[0]) return { value: line(before[0], after[0]), from: [before[0], after[0]] };
  // Two figures alone are judged in their order: the later one against the earlier one, not the reverse.
  if (!before.length && after.length < 2) return undefined;
  const side = before.length ? before : after;
  if (side.length >= 2) return { value: line(side[0]!, side[1]!), from: [side[0]!, side[1]!].sort((a, b) => a.year - b.year) };
  return side[0] ? { value: side[0].value, from: [side[0]] } : undefined;
}

/**
 * A figure far from what its neighbours suggest and outside the range of all the other figures (see the rules at
 * the top): a single outlier is flagged, not the figure after it, nor the ends of a steady trend.
 */
function changeProblem(i: Indicator, p: Point, rest: Point[]): Message | undefined {
  const expected = suggested(p.year, rest.filter((o) => o.year !== p.year));
  if (!expected) return undefined;
  const percent = i.plausible?.maxChangePercent ?? PLAUSIBILITY_DEFAULTS.maxChangePercent;
  const values = rest.map((o) => o.value);
  const level = Math.max(...values.map(Math.abs));
  const allowed = (percent / 100) * level;
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (Math.abs(p.value - expected.value) <= allowed + 1e-9) return undefined;
  if (p.value >= low - allowed - 1e-9 && p.value <= high + allowed + 1e-9) return undefined;
  const from = expected.from.map((o) => `${o.year}: ${shownNumber(o.value)}`).join('; ');
  return msg('plausibility.unusualChange', {
    value: shownNumber(p.value),
    from,
    expected: shownNumber(Number(expected.value.toPrecision(4))),
    percent: shownNumber(percent),
    level: shownNumber(level),
    low: shownNumber(low),
    high: shownNumber(high),
  });
}

/** Every plausibility finding of a plan's yearly files, against the whole series of each indicator. */
export function plausibilityFindings(input: PlausibilityInput): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const points = new Map<string, Point[]>();
  input.files.forEach((f, fi) => {
    f.observations.forEach((o, index) => {
      if (!o) return;
      const push = (field: string, value: unknown, message: Message, severity: Finding['severity'] = 'error') => findings.push({ file: fi, index, field, value, message, severity });
      dateFindings(o, input.today, push);
      const indicator = byId.get(o.indicator);
      if (!indicator || indicator.target.kind === 'qualitative') return;
      // Earlier values are published too (as corrections): they must be possible figures.
      o.revisions.forEach((r, j) => {
        const problem = typeof r.value === 'number' ? limitProblem(indicator, r.value) : undefined;
        if (problem) push(`revisions[${j}].value`, r.value, problem);
      });
      if (typeof o.value === 'number') {
        const list = points.get(o.indicator) ?? [];
        list.push({ year: f.year, value: o.value, at: { file: fi, index }, confirmed: o.confirmed !== undefined });
        points.set(o.indicator, list);
      }
    });
  });
  for (const [id, list] of points) {
    const indicator = byId.get(id)!;
    const assigned = input.assigned?.get(id);
    const baseline: Point | undefined = typeof indicator.baseline === 'number' ? { year: input.period.baselineYear, value: indicator.baseline, confirmed: true } : undefined;
    const series = [...list].sort((a, b) => a.year - b.year);
    const at = (p: Point, message: Message, severity: Finding['severity'] = 'error') => findings.push({ ...p.at!, field: 'value', value: p.value, message, severity });
    const nearOf = (p: Point, among: Point[]) => {
      const earlier = [...(baseline ? [baseline] : []), ...among].filter((o) => o !== p && o.year < p.year);
      return earlier.length ? earlier.reduce((a, b) => (b.year >= a.year ? b : a)).value : among.find((o) => o !== p && o.year > p.year)?.value;
    };
    const impossible = new Set<Point>();
    for (const p of series) {
      const problem = limitProblem(indicator, p.value, nearOf(p, series));
      if (problem) {
        impossible.add(p);
        at(p, problem);
      }
    }
    const clean = series.filter((p) => !impossible.has(p));
    if (indicator.target.kind === 'cumulative') {
      // Never reached while every amount is below the ceiling; kept so that no non-finite total can reach a page.
      let total = 0;
      for (const p of clean) {
        total += p.value;
        if (!Number.isFinite(total)) {
          at(p, msg('plausibility.runningTotal'));
          break;
        }
      }
    }
    for (const p of clean) {
      if (p.confirmed) continue;
      const others = clean.filter((o) => o !== p);
      const problem = zeroProblem(indicator, p.value) ?? magnitudeProblem(indicator, p, others, baseline, assigned, nearOf(p, clean));
      if (problem) {
        at(p, problem);
        continue;
      }
      const change = changeProblem(indicator, p, [...(baseline ? [baseline] : []), ...others]);
      if (change) at(p, change, 'warning');
    }
  }
  return findings;
}

/** The findings of a plan's progress files as problems at their JSON paths (for the check and the build). */
export function progressPlausibility(
  files: { file: string; year: number; data: { observations: (Observation | undefined)[] } }[],
  options: Omit<PlausibilityInput, 'files'>,
): Problem[] {
  return plausibilityFindings({ ...options, files: files.map((f) => ({ year: f.year, observations: f.data.observations })) }).map((f) => ({
    file: files[f.file]!.file,
    path: `observations[${f.index}].${f.field}`,
    value: f.value,
    ...texts(f.message),
    severity: f.severity,
  }));
}
