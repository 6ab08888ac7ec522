/**
 * "The figure for a year", one definition per target kind, used by every card, table, chart, download and report:
 *
 * - cumulative targets (an amount to be done over the period): the running total of the yearly amounts
 *   published through that year, with the year's own amount beside it, and the years of the period before it
 *   whose amount is not published (the total is then incomplete, and said to be);
 * - every other target: the value published for that year.
 *
 * Only a year with its own published value has a figure: a year that has not been reported gets none.
 * With `asOf`, values as they stood on that date (reports stay frozen as published).
 */
import type { Indicator } from '../schema/indicators.ts';
import type { ObservedValue } from '../schema/progress.ts';
import type { YearObservation } from './assess.ts';
import type { PlanPeriod } from '../plan/period.ts';
import { valueAsOf, type ValueAsOf } from './observations.ts';
import { msg } from '../messages/message.ts';
import { renderError } from '../messages/render-error.ts';

export interface YearFigure {
  year: number;
  /** The figure for the year (cumulative targets: the running total). */
  figure: ObservedValue;
  /** Cumulative targets: the year's own amount, as its source published it. */
  amount?: number;
  /** Cumulative targets: years of the period up to this one without a published amount (the total leaves them out). */
  missing?: number[];
  /** The value as its source published it (cumulative: the amount; otherwise the figure). */
  value: ObservedValue;
  published: string;
  source: ValueAsOf['source'];
  note?: { zh: string; en: string } | undefined;
  /** Earlier versions of the value, each with the date it was replaced on. */
  revisions: { value: ObservedValue; published: string; replacedOn: string; reason: { zh: string; en: string } }[];
  /** Set when the value in force on `asOf` was corrected later. */
  revisedLater?: ValueAsOf['revisedLater'];
}

/** Sums of yearly amounts, kept to six decimals so that 0.1 + 0.2 reads 0.3. */
export function runningTotals(amounts: { year: number; value: number }[]): { year: number; total: number }[] {
  let sum = 0;
  return [...amounts].sort((a, b) => a.year - b.year).map(({ year, value }) => ({ year, total: (sum = Number((sum + value).toFixed(6))) }));
}

/** The years of the period up to `year` with no amount among `years`: a running total through `year` leaves them out. */
export function missingAmounts(years: number[], year: number, period: Pick<PlanPeriod, 'years'>): number[] {
  return period.years.filter((y) => y <= year && !years.includes(y));
}

/** Every reported year's figure of one indicator, earliest first. */
export function yearFigures(indicator: Indicator, observations: YearObservation[], period: Pick<PlanPeriod, 'years'>, asOf?: string): YearFigure[] {
  const published = observations
    .map(({ year, observation: o }) => {
      const v = valueAsOf(o, asOf);
      if (!v) return undefined;
      const revisions = o.revisions
        .filter((r) => !asOf || r.published <= asOf)
        .map((r, i) => ({ value: r.value, published: r.published, reason: r.reason, replacedOn: o.revisions[i + 1]?.published ?? o.published }))
        // Only versions replaced by `asOf` are earlier versions of the value shown.
        .filter((r) => !asOf || r.replacedOn <= asOf);
      return {
        year,
        value: v.value,
        published: v.published,
        source: v.source,
        note: o.note,
        revisions,
        ...(v.revisedLater ? { revisedLater: v.revisedLater } : {}),
      };
    })
    .filter((v): v is NonNullable<typeof v> => v !== undefined)
    .sort((a, b) => a.year - b.year);
  if (indicator.target.kind !== 'cumulative') return published.map((v) => ({ ...v, figure: v.value }));
  const totals = runningTotals(published.map((v) => ({ year: v.year, value: asAmount(indicator, v.year, v.value) })));
  const years = published.map((v) => v.year);
  return published.map((v, k) => {
    const missing = missingAmounts(years, v.year, period);
    return { ...v, figure: totals[k]!.total, amount: v.value as number, ...(missing.length ? { missing } : {}) };
  });
}

/** The figure of one year, or undefined when that year has not been reported. */
export function figureOf(figures: YearFigure[], year: number): YearFigure | undefined {
  return figures.find((f) => f.year === year);
}

function asAmount(indicator: Indicator, year: number, value: ObservedValue): number {
  if (typeof value !== 'number') throw renderError(msg('render.cumulativeValue', { indicator: indicator.id, value, year }));
  return value;
}
