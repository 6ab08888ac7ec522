/** Shapes indicators, observations and assessments for the pages (no rendering here). */
import type { PlanData } from '../data/load.ts';
import { observationsOf } from '../data/progress.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { PlanPeriod } from '../plan/period.ts';
import { valueAsOf } from './observations.ts';
import { yearFigures, type YearFigure } from './figures.ts';
import { assess, numericGoal, pathValue, STATUSES, type Assessment, type Status } from './assess.ts';

/** The latest reporting year with any figure published (by `asOf`), or undefined before the first. */
export function latestReportYear(data: PlanData, asOf?: string): number | undefined {
  const years = data.progress.filter((p) => p.data.observations.some((o) => valueAsOf(o, asOf))).map((p) => p.year);
  return years.length ? Math.max(...years) : undefined;
}

/** The recorded figure of an assigned target; with `asOf`, only if it had been published by then (reports stay frozen). */
export function assignedFigure(data: PlanData, id: string, asOf?: string): number | undefined {
  const t = data.assignedTargets.targets.find((x) => x.indicator === id);
  return t && (!asOf || t.source.date <= asOf) ? t.value : undefined;
}

export interface IndicatorRow {
  indicator: Indicator;
  /** Assessment for the latest reporting year (or the first plan year when nothing is published). */
  current: Assessment;
  /** Assessment per reporting year of the plan period, as currently published. */
  byYear: Assessment[];
  /** The figure of every reported year (figures.ts), with its value as published and its source. */
  values: YearFigure[];
}

const rowsCache = new WeakMap<PlanData, Map<string, IndicatorRow[]>>();

/** Rows for every indicator; computed once per dataset and date (every page needs them). */
export function indicatorRows(data: PlanData, asOf?: string): IndicatorRow[] {
  let byDate = rowsCache.get(data);
  if (!byDate) rowsCache.set(data, (byDate = new Map()));
  const key = asOf ?? 'now';
  const hit = byDate.get(key);
  if (hit) return hit;
  const rows = computeRows(data, asOf);
  byDate.set(key, rows);
  return rows;
}

function computeRows(data: PlanData, asOf?: string): IndicatorRow[] {
  const { period } = data;
  const reportedThrough = latestReportYear(data, asOf);
  const year = reportedThrough ?? period.start;
  return data.indicators.indicators.map((indicator) => {
    const obs = observationsOf(data.progress, indicator.id);
    const options = { period, assigned: assignedFigure(data, indicator.id, asOf), asOf, reportedThrough };
    const values = yearFigures(indicator, obs, period, asOf);
    return {
      indicator,
      current: assess(indicator, year, obs, options),
      byYear: period.years.map((y) => assess(indicator, y, obs, options)),
      values,
    };
  });
}

export type StatusCounts = Record<Status, number>;

export function countStatuses(rows: { indicator: Indicator; current: Assessment }[], attribute?: Indicator['attribute']): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of rows) if (!attribute || r.indicator.attribute === attribute) counts[r.current.status]++;
  return counts;
}

/** A qualitative target (a judgement, met or not) has no chart. */
export const hasChart = (indicator: Indicator): boolean => indicator.target.kind !== 'qualitative';

/**
 * Points for the chart and its table: the baseline, each year's figure (figures.ts: running totals for cumulative
 * targets), the straight path and the target. The path is drawn only where the start does not meet the goal
 * already: a path from a baseline of 24.8 up to an at-most target of 25.2 would read as a plan to worsen.
 */
export function chartSeries(row: IndicatorRow, period: PlanPeriod, assigned?: number) {
  const { indicator } = row;
  const { baselineYear, end: finalYear, years: reportYears } = period;
  const years = [baselineYear, ...reportYears];
  if (!hasChart(indicator) || indicator.target.kind === 'qualitative') return undefined;
  const figureIn = (y: number) => {
    const f = row.values.find((v) => v.year === y)?.figure;
    return typeof f === 'number' ? f : null;
  };
  if (indicator.target.kind === 'cumulative') {
    const goal = indicator.target.value;
    const values = years.map((y) => (y === baselineYear ? 0 : figureIn(y)));
    return {
      kind: 'cumulative' as const,
      years,
      values,
      path: years.map((y) => Number(pathValue(0, baselineYear, goal, y, finalYear).toFixed(6))),
      target: goal,
    };
  }
  const values = years.map((y) => (y === baselineYear ? (typeof indicator.baseline === 'number' ? indicator.baseline : null) : figureIn(y)));
  // The same start, goal and path as the assessment (assess.ts).
  const first = years.findIndex((_, k) => k > 0 && values[k] !== null);
  const start =
    typeof indicator.baseline === 'number'
      ? { year: baselineYear, value: indicator.baseline }
      : first > 0
        ? { year: years[first]!, value: values[first]! }
        : undefined;
  const g = numericGoal(indicator.target, start?.value, assigned);
  const goal = typeof g === 'object' ? g.goal : undefined;
  const alreadyMet =
    goal !== undefined &&
    start !== undefined &&
    typeof g === 'object' &&
    (g.comparison === 'atLeast' ? start.value >= goal : g.comparison === 'atMost' ? start.value <= goal : true);
  const path = years.map((y) =>
    goal === undefined || !start || alreadyMet || y < start.year ? null : Number(pathValue(start.value, start.year, goal, y, finalYear).toFixed(6)),
  );
  return { kind: 'line' as const, years, values, path, target: goal };
}
