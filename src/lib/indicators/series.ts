/**
 * Indicators that continue across plans: the whole series of a measure through every plan that
 * carries it, each plan's figures, baseline and target kept within that plan's own period.
 */
import type { PlanData, SiteData } from '../data/load.ts';
import type { Indicator } from '../schema/indicators.ts';
import { assignedFigure, chartSeries, indicatorRows } from './view.ts';

export interface SeriesSegment {
  plan: PlanData;
  indicator: Indicator;
  /** The plan's baseline figure, where its table gives one. */
  baseline?: number;
  /** The plan's final-year goal as a number, where the target has one. */
  goal?: number;
  /** Published figures (current versions) of the plan's reporting years; cumulative targets: running totals. */
  values: { year: number; value: number }[];
}

/** A plan's part of the series: the same figures and goal as its own chart (chartSeries), one rule for both. */
function segment(plan: PlanData, indicator: Indicator): SeriesSegment {
  const row = indicatorRows(plan).find((r) => r.indicator.id === indicator.id)!;
  const chart = chartSeries(row, plan.period, assignedFigure(plan, indicator.id));
  // The chart's first point is the baseline year; the plan's own figures are its reporting years.
  const values = chart ? chart.years.flatMap((year, k) => (k > 0 && chart.values[k] !== null ? [{ year, value: chart.values[k]! }] : [])) : [];
  const baseline = typeof indicator.baseline === 'number' ? indicator.baseline : undefined;
  return { plan, indicator, ...(baseline !== undefined ? { baseline } : {}), ...(chart?.target !== undefined ? { goal: chart.target } : {}), values };
}

/** The segments of the series this indicator continues, earliest plan first and this plan last; undefined when it continues none. */
export function continuedSeries(site: SiteData, plan: PlanData, indicator: Indicator): SeriesSegment[] | undefined {
  if (!indicator.continues) return undefined;
  const chain: SeriesSegment[] = [segment(plan, indicator)];
  for (let link: Indicator['continues'] = indicator.continues; link;) {
    const { plan: planId, indicator: indicatorId }: NonNullable<Indicator['continues']> = link;
    const before: PlanData | undefined = site.plans.find((p) => p.id === planId);
    const ind: Indicator | undefined = before?.indicators.indicators.find((i) => i.id === indicatorId);
    if (!before || !ind) break;
    chain.unshift(segment(before, ind));
    link = ind.continues;
  }
  return chain;
}

/** The indicator of a later plan that continues this one, if any. */
export function successorOf(site: SiteData, plan: PlanData, indicator: Indicator): { plan: PlanData; indicator: Indicator } | undefined {
  for (const p of site.plans) {
    const next = p.indicators.indicators.find((i) => i.continues?.plan === plan.id && i.continues.indicator === indicator.id);
    if (next) return { plan: p, indicator: next };
  }
  return undefined;
}

/** One row per year, from the first plan's baseline year to the last plan's final year, for the table and the chart. */
export function seriesRows(segments: SeriesSegment[]) {
  const first = segments[0]!.plan.period.baselineYear;
  const last = segments[segments.length - 1]!.plan.period.end;
  return Array.from({ length: last - first + 1 }, (_, k) => {
    const year = first + k;
    // A year belongs to the plan whose period covers it; before the first period, to the first plan's baseline.
    const seg = segments.find((s) => year >= s.plan.period.start && year <= s.plan.period.end) ?? segments[0]!;
    const inPeriod = year >= seg.plan.period.start;
    const observed =
      seg.values.find((v) => v.year === year)?.value ??
      (!inPeriod ? seg.baseline : undefined) ??
      segments.flatMap((s) => s.values).find((v) => v.year === year)?.value;
    return { year, segment: seg, isBaseline: !inPeriod, value: observed, goal: inPeriod ? seg.goal : undefined, isFinal: year === seg.plan.period.end };
  });
}
