/** Shapes indicators, observations and assessments for the pages (no rendering here). */
import type { PlanData } from '../data/load.ts';
import { observationsOf } from '../data/progress.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { PlanPeriod } from '../period.ts';
import { valueAsOf } from './observations.ts';
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
  /** Published values by year (current versions), with sources. */
  values: { year: number; value: number | 'met' | 'not-met'; published: string; source: { title: string; publisher: string; date: string; url?: string | undefined }; note?: { zh: string; en: string } | undefined; revisions: { value: number | 'met' | 'not-met'; published: string; reason: { zh: string; en: string } }[] }[];
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
    const values = obs
      .map(({ year: y, observation: o }) => {
        const v = valueAsOf(o, asOf);
        return v && { year: y, value: v.value, published: v.published, source: v.source, note: o.note, revisions: o.revisions.map((r, i) => ({ value: r.value, published: r.published, reason: r.reason, replacedOn: o.revisions[i + 1]?.published ?? o.published })) };
      })
      .filter((v): v is NonNullable<typeof v> => Boolean(v))
      .sort((a, b) => a.year - b.year);
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

/** Points for the chart and its table: baseline, yearly values, straight path and target. */
export function chartSeries(row: IndicatorRow, period: PlanPeriod, assigned?: number) {
  const { indicator } = row;
  const { baselineYear: BASELINE_YEAR, end: FINAL_YEAR, years: reportYears } = period;
  const years = [BASELINE_YEAR, ...reportYears];
  const numeric = row.values.filter((v): v is typeof v & { value: number } => typeof v.value === 'number');
  if (indicator.target.kind === 'qualitative') return undefined;
  if (indicator.target.kind === 'cumulative') {
    let sum = 0;
    const cumulative = years.map((y) => {
      if (y === BASELINE_YEAR) return 0;
      const v = numeric.find((n) => n.year === y);
      if (!v) return null;
      sum += v.value;
      return Number(sum.toFixed(6));
    });
    const goal = indicator.target.value;
    return { kind: 'cumulative' as const, years, values: cumulative, path: years.map((y) => Number(pathValue(0, BASELINE_YEAR, goal, y, FINAL_YEAR).toFixed(6))), target: goal };
  }
  const values = years.map((y) => (y === BASELINE_YEAR ? (typeof indicator.baseline === 'number' ? indicator.baseline : null) : (numeric.find((n) => n.year === y)?.value ?? null)));
  // The same start, goal and path as the assessment (src/lib/indicators/assess.ts).
  const start = typeof indicator.baseline === 'number' ? { year: BASELINE_YEAR, value: indicator.baseline } : numeric[0] ? { year: numeric[0].year, value: numeric[0].value } : undefined;
  const g = numericGoal(indicator.target, start?.value, assigned);
  const goal = typeof g === 'object' ? g.goal : undefined;
  const path = years.map((y) => (goal === undefined || !start || y < start.year ? null : Number(pathValue(start.value, start.year, goal, y, FINAL_YEAR).toFixed(6))));
  return { kind: 'line' as const, years, values, path, target: goal };
}
