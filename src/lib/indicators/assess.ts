/**
 * The assessment rules, in one place. For an indicator and a year Y, using the latest
 * observation up to Y (as it stood on an optional date), the status is:
 *
 * - not-reported: the year comes after the latest year the plan has published figures for (no verdict);
 * - no-data: nothing observed yet;
 * - numeric targets: achieved if the value already meets the target; otherwise compared with the
 *   straight line from the baseline (or, without one, the first observation) to the final-year target:
 *   on or ahead of it → on-track; behind by at most 10% of the whole distance → at-risk; further → off-track;
 * - cumulative targets: the running total of yearly amounts against the pro-rata share of the target, same bands;
 *   only for a year with its own amount (without it: no-data) and a total with every earlier year's amount
 *   (otherwise not-assessable: a total with a year missing would understate what was done);
 * - assigned targets (set by a higher level): not-assessable until that figure is recorded, then as numeric;
 * - qualitative targets: the recorded judgement (met → achieved, not met → off-track);
 * - in the final year, once the indicator's own final-year figure is published, only achieved or not-achieved.
 */
import type { Indicator, Target } from '../schema/indicators.ts';
import type { Observation, ObservedValue } from '../schema/progress.ts';
import { valueAsOf } from './observations.ts';
import { missingAmounts, runningTotals } from './figures.ts';
import type { PlanPeriod } from '../plan/period.ts';
import { msg } from '../messages/message.ts';
import { renderError } from '../messages/render-error.ts';

export const STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-achieved', 'not-assessable', 'no-data', 'not-reported'] as const;
export type Status = (typeof STATUSES)[number];

/** Share of the baseline-to-target distance a value may lag the path and still be "at risk" rather than "off track". */
export const AT_RISK_BAND = 0.1;

export interface YearObservation {
  year: number;
  observation: Observation;
}

/** What the assessment compared, so that the explanation can name the numbers. */
export type Basis =
  | { kind: 'none' }
  | {
      kind: 'numeric';
      value: number;
      valueYear: number;
      goal: number;
      comparison: 'atLeast' | 'atMost' | 'within';
      expected?: number;
      reference?: number;
      tolerance?: number;
    }
  | { kind: 'cumulative'; total: number; goal: number; expected: number; years: number[] }
  | { kind: 'cumulative-incomplete'; missing: number[] }
  | { kind: 'qualitative'; value: 'met' | 'not-met'; valueYear: number }
  | { kind: 'assigned-missing' }
  | { kind: 'not-reported'; reportedThrough?: number };

export interface Assessment {
  indicator: string;
  year: number;
  status: Status;
  basis: Basis;
}

const isNumber = (v: ObservedValue): v is number => typeof v === 'number';

/** Observations as they stood on `asOf`, by year, up to and including `year`. */
export function observationsUpTo(all: YearObservation[], year: number, asOf?: string): { year: number; value: ObservedValue }[] {
  return all
    .filter((o) => o.year <= year)
    .map((o) => ({ year: o.year, v: valueAsOf(o.observation, asOf) }))
    .filter((o): o is { year: number; v: NonNullable<typeof o.v> } => o.v !== undefined)
    .map((o) => ({ year: o.year, value: o.v.value }))
    .sort((a, b) => a.year - b.year);
}

/** The value the straight path from `start` (in `startYear`) to `goal` (in `finalYear`) expects in `year`. */
export function pathValue(start: number, startYear: number, goal: number, year: number, finalYear: number): number {
  const span = finalYear - startYear;
  return span <= 0 ? goal : start + ((goal - start) * (year - startYear)) / span;
}

/** Position of `value` against the path from `start` to `goal`. */
function band(
  value: number,
  start: number,
  startYear: number,
  goal: number,
  year: number,
  higherIsBetter: boolean,
  finalYear: number,
): { status: Status; expected: number } {
  const expected = pathValue(start, startYear, goal, year, finalYear);
  const lag = higherIsBetter ? expected - value : value - expected;
  if (lag <= 1e-9) return { status: 'on-track', expected };
  const distance = Math.abs(goal - start);
  return { status: lag <= AT_RISK_BAND * distance + 1e-9 ? 'at-risk' : 'off-track', expected };
}

/** The final-year verdict, only for a figure of the final year itself. */
function finalise(status: Status, year: number, valueYear: number | undefined, finalYear: number): Status {
  if (year < finalYear || valueYear !== finalYear) return status;
  return status === 'on-track' || status === 'at-risk' || status === 'off-track' ? 'not-achieved' : status;
}

/** The numeric goal and comparison a target stands for, given the reference value where it needs one. */
export function numericGoal(
  target: Target,
  reference: number | undefined,
  assigned: number | undefined,
): { goal: number; comparison: 'atLeast' | 'atMost' | 'within'; tolerance?: number } | 'needs-assigned' | 'needs-reference' {
  switch (target.kind) {
    case 'atLeast':
    case 'keepAt':
      return { goal: target.value, comparison: 'atLeast' };
    case 'atMost':
      return { goal: target.value, comparison: 'atMost' };
    case 'eliminate':
      return { goal: target.basically ? target.tolerance : 0, comparison: 'atMost' };
    case 'noDecrease':
      return reference === undefined ? 'needs-reference' : { goal: reference, comparison: 'atLeast' };
    case 'noIncrease':
      return reference === undefined ? 'needs-reference' : { goal: reference, comparison: 'atMost' };
    case 'remainStable':
      return reference === undefined ? 'needs-reference' : { goal: reference, comparison: 'within', tolerance: target.tolerance };
    case 'assigned':
      return assigned === undefined ? 'needs-assigned' : { goal: assigned, comparison: target.comparison };
    case 'cumulative':
    case 'qualitative':
      throw renderError(msg('render.notNumericGoal', { kind: target.kind }));
  }
}

export interface AssessOptions {
  period: PlanPeriod;
  /** The recorded figure of an assigned target. */
  assigned?: number | undefined;
  /** ISO date: use values as they stood then (reports frozen as published). */
  asOf?: string | undefined;
  /** The latest year the plan has published figures for: later years get no verdict. */
  reportedThrough?: number | undefined;
}

/**
 * Assesses one indicator for one reporting year.
 * @param observations every observation of this indicator, with its reporting year
 */
export function assess(indicator: Indicator, year: number, observations: YearObservation[], options: AssessOptions): Assessment {
  const { period, assigned, asOf, reportedThrough } = options;
  const { baselineYear, end: finalYear } = period;
  const { target } = indicator;
  if (reportedThrough !== undefined && year > reportedThrough)
    return { indicator: indicator.id, year, status: 'not-reported', basis: { kind: 'not-reported', reportedThrough } };
  let valueYear: number | undefined;
  const result = (status: Status, basis: Basis): Assessment => ({ indicator: indicator.id, year, status: finalise(status, year, valueYear, finalYear), basis });

  if (target.kind === 'assigned' && assigned === undefined)
    return { indicator: indicator.id, year, status: 'not-assessable', basis: { kind: 'assigned-missing' } };

  const seen = observationsUpTo(observations, year, asOf);
  if (seen.length === 0) return { indicator: indicator.id, year, status: 'no-data', basis: { kind: 'none' } };
  const latest = seen[seen.length - 1]!;
  valueYear = latest.year;

  if (target.kind === 'qualitative') {
    if (isNumber(latest.value)) throw renderError(msg('render.qualitativeValue', { indicator: indicator.id, value: String(latest.value) }));
    return result(latest.value === 'met' ? 'achieved' : 'off-track', { kind: 'qualitative', value: latest.value, valueYear: latest.year });
  }

  const numbers = seen.map((o) => {
    if (!isNumber(o.value)) throw renderError(msg('render.numericValue', { indicator: indicator.id, value: o.value, year: o.year }));
    return { year: o.year, value: o.value };
  });

  if (target.kind === 'cumulative') {
    // The year's own amount not published: no running total for it, hence no verdict.
    if (latest.year !== year) return { indicator: indicator.id, year, status: 'no-data', basis: { kind: 'none' } };
    const missing = missingAmounts(
      numbers.map((o) => o.year),
      year,
      period,
    );
    if (missing.length) return { indicator: indicator.id, year, status: 'not-assessable', basis: { kind: 'cumulative-incomplete', missing } };
    // The running total: the figure for the year (figures.ts).
    const total = runningTotals(numbers).at(-1)!.total;
    const expected = pathValue(0, baselineYear, target.value, year, finalYear);
    const basis: Basis = { kind: 'cumulative', total, goal: target.value, expected, years: numbers.map((o) => o.year) };
    if (total >= target.value - 1e-9) return result('achieved', basis);
    const lag = expected - total;
    return result(lag <= 1e-9 ? 'on-track' : lag <= AT_RISK_BAND * target.value + 1e-9 ? 'at-risk' : 'off-track', basis);
  }

  const first = numbers[0]!;
  const start = indicator.baseline === 'none' ? { value: first.value, year: first.year } : { value: indicator.baseline, year: baselineYear };
  const value = numbers[numbers.length - 1]!;
  const goal = numericGoal(target, start.value, assigned);
  if (goal === 'needs-assigned') return { indicator: indicator.id, year, status: 'not-assessable', basis: { kind: 'assigned-missing' } };
  if (goal === 'needs-reference') throw renderError(msg('render.noReference', { indicator: indicator.id }));

  const basisOf = (expected?: number): Basis => ({
    kind: 'numeric',
    value: value.value,
    valueYear: value.year,
    goal: goal.goal,
    comparison: goal.comparison,
    ...(expected !== undefined ? { expected } : {}),
    ...(target.kind === 'noDecrease' || target.kind === 'noIncrease' || target.kind === 'remainStable' ? { reference: start.value } : {}),
    ...(goal.tolerance !== undefined ? { tolerance: goal.tolerance } : {}),
  });

  if (goal.comparison === 'within') {
    const ok = Math.abs(value.value - goal.goal) <= goal.tolerance! + 1e-9;
    return result(ok ? 'achieved' : 'off-track', basisOf());
  }
  const higherIsBetter = goal.comparison === 'atLeast';
  const meets = higherIsBetter ? value.value >= goal.goal - 1e-9 : value.value <= goal.goal + 1e-9;
  if (meets) return result('achieved', basisOf());
  const b = band(value.value, start.value, start.year, goal.goal, year, higherIsBetter, finalYear);
  return result(b.status, basisOf(b.expected));
}
