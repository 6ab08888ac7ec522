/**
 * The home page's answers, by topic: for each topic a plan declares (indicators.json "topics", in that order),
 * its headline indicators ("headline": true), each read out in one plain sentence naming the latest figure, the
 * change since the baseline and where it stands against the target, with the series for a small trend line.
 *
 * Every figure comes from the one definition of a year's figure (figures.ts, through indicatorRows): for a
 * cumulative target the running total. Nothing here renders HTML.
 */
import { axisLimits } from './chart.ts';
import { isPercent } from '../data/plausibility.ts';
import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Status } from '../indicators/assess.ts';
import type { YearFigure } from '../indicators/figures.ts';
import { assignedFigure, chartSeries, indicatorRows, latestReportYear, type IndicatorRow } from '../indicators/view.ts';
import { figureText, latestFigureText, withUnit } from '../indicators/explain.ts';
import { formatNumber } from '../../i18n/locale.ts';
import { planTranslations } from '../plan/vars.ts';
import { planHref } from '../routing/routes.ts';

export interface Sparkline {
  /** The years of the chart (the baseline year, then the period's years) through the latest one with a figure. */
  years: number[];
  /** The same values the indicator's chart draws (chartSeries); null where a year has no figure. */
  values: (number | null)[];
  /** Whether the quantity cannot be negative (the axis then starts at zero), and its highest possible figure. */
  nonNegative: boolean;
  ceiling?: number;
  /** What a screen reader says: the name and every figure with its year. */
  label: string;
}

export interface HeadlineView {
  id: string;
  name: string;
  href: string;
  attribute: Indicator['attribute'];
  /** The assessment of the latest reporting year (row.current). */
  status: Status;
  /** The year of the latest figure; undefined when none is published. */
  year?: number;
  /** One plain sentence: the figure, the change since the baseline, the target. */
  sentence: string;
  /** Only where at least two points can be drawn. */
  sparkline?: Sparkline;
}

export interface TopicView {
  id: string;
  name: string;
  headlines: HeadlineView[];
}

export interface HomeView {
  /** The topics with at least one headline indicator, in the order the plan declares them; empty without topics. */
  topics: TopicView[];
  /** The latest year with any published figure, or undefined before the first. */
  latestYear?: number;
}

/** The home page's topics and their headline indicators, in one language. */
export function homeView(plan: PlanData, lang: Lang): HomeView {
  const rows = indicatorRows(plan);
  const topics = (plan.indicators.topics ?? [])
    .map((topic) => ({
      id: topic.id,
      name: topic.name[lang],
      headlines: rows.filter((r) => r.indicator.topic === topic.id && r.indicator.headline).map((r) => headlineView(plan, r, lang)),
    }))
    .filter((topic) => topic.headlines.length > 0);
  const latestYear = latestReportYear(plan);
  return { topics, ...(latestYear !== undefined ? { latestYear } : {}) };
}

export function headlineView(plan: PlanData, row: IndicatorRow, lang: Lang): HeadlineView {
  const { indicator } = row;
  const latest = row.values.at(-1);
  const sparkline = sparklineOf(plan, row, lang);
  return {
    id: indicator.id,
    name: indicator.name[lang],
    href: planHref(lang, plan.id, `/indicators/${indicator.id}/`),
    attribute: indicator.attribute,
    status: row.current.status,
    ...(latest ? { year: latest.year } : {}),
    sentence: headlineSentence(plan, row, lang),
    ...(sparkline ? { sparkline } : {}),
  };
}

/**
 * The sentence for one indicator. With a figure: "2025: 23.4 μg/m³, 6% lower than in 2020 (lower is better), within
 * the target of at most 25.2 μg/m³." Without: "No figures published yet. 2020: 24.8 μg/m³; target for 2025: at most 25.2 μg/m³."
 */
export function headlineSentence(plan: PlanData, row: IndicatorRow, lang: Lang): string {
  const t = planTranslations(lang, plan);
  const { indicator } = row;
  const latest = row.values.at(-1);
  if (!latest) return noFiguresSentence(plan, indicator, lang);
  const clauses = [valueClause(plan, latest, indicator, lang)];
  const change = changeClause(plan, latest, indicator, lang);
  const hint =
    indicator.direction && typeof latest.figure === 'number' && indicator.target.kind !== 'cumulative' ? t(`home.direction.${indicator.direction}`) : '';
  // "(lower is better)" goes with the change, or with the figure where there is no baseline to compare with.
  if (change) clauses.push(change + hint);
  else clauses[0] += hint;
  const target = targetClause(plan, row, lang);
  if (target) clauses.push(target);
  return t('home.sentence', { text: clauses.join(t('home.clauseSeparator')) });
}

function valueClause(plan: PlanData, f: YearFigure, indicator: Indicator, lang: Lang): string {
  const t = planTranslations(lang, plan);
  if (typeof f.figure !== 'number') return t(f.figure === 'met' ? 'home.figure.met' : 'home.figure.notMet', { year: f.year });
  // A cumulative target: the running total with the year's own amount ("875 t in total by 2025 (160 t in 2025)").
  if (f.amount !== undefined) return latestFigureText(f, indicator, lang);
  return t('home.figure.value', { year: f.year, value: figureText(f, indicator, lang) });
}

const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length;

/**
 * The change since the baseline, where it means something: not for cumulative amounts (their baseline is no level
 * to compare with), not without a baseline; in percentage points for a percentage, in per cent of the baseline
 * otherwise (not from a baseline of 0).
 */
export function changeClause(plan: PlanData, f: YearFigure, indicator: Indicator, lang: Lang): string | undefined {
  const t = planTranslations(lang, plan);
  const { baseline } = indicator;
  if (indicator.target.kind === 'cumulative' || typeof baseline !== 'number' || typeof f.figure !== 'number') return undefined;
  const figure = f.figure;
  if (isPercent(indicator)) {
    // Points to the precision the figures were published with.
    const points = Number((figure - baseline).toFixed(Math.max(decimalsOf(figure), decimalsOf(baseline))));
    if (points === 0) return t('home.change.same');
    const size = Math.abs(points);
    if (size === 1) return t(points < 0 ? 'home.change.pointLower' : 'home.change.pointHigher');
    return t(points < 0 ? 'home.change.pointsLower' : 'home.change.pointsHigher', { change: formatNumber(size, lang) });
  }
  if (baseline === 0) return undefined;
  const percent = ((figure - baseline) / Math.abs(baseline)) * 100;
  const size = Math.abs(percent);
  // Whole per cent, unless that would hide a change below 1%.
  const rounded = Number(size.toFixed(size >= 1 ? 0 : size >= 0.1 ? 1 : 2));
  if (rounded === 0) return t('home.change.same');
  return t(percent < 0 ? 'home.change.percentLower' : 'home.change.percentHigher', { change: formatNumber(rounded, lang) });
}

/** Where the latest figure stands against the target, from the assessment's own basis (assess.ts). */
function targetClause(plan: PlanData, row: IndicatorRow, lang: Lang): string | undefined {
  const t = planTranslations(lang, plan);
  const { indicator, current } = row;
  const u = (v: number) => withUnit(v, indicator, lang);
  const b = current.basis;
  switch (b.kind) {
    case 'numeric': {
      if (b.comparison === 'within') {
        const vars = { reference: b.reference !== undefined ? u(b.reference) : u(b.goal), tolerance: formatNumber(b.tolerance ?? 0, lang) };
        return t(current.status === 'achieved' ? 'home.target.within.met' : 'home.target.within.not', vars);
      }
      const which = current.status === 'achieved' ? 'met' : current.status === 'not-achieved' ? 'final' : 'notYet';
      // "Keep at 100%" is judged as at least 100%, but said as the plan says it.
      const kind = indicator.target.kind === 'keepAt' ? 'keepAt' : b.comparison;
      return t(`home.target.${kind}.${which}`, { goal: u(b.goal) });
    }
    case 'cumulative':
      if (current.status === 'achieved') return t('home.target.cumulative.met', { goal: u(b.goal) });
      return t('home.target.cumulative.share', { goal: u(b.goal), share: formatNumber(Math.floor((b.total / b.goal) * 100), lang) });
    case 'assigned-missing':
      return t('home.target.assignedMissing');
    case 'qualitative':
    case 'none':
    case 'not-reported':
      return undefined;
  }
}

/** "No figures published yet. 2020: 24.8 μg/m³; target for 2025: at most 25.2 μg/m³." */
function noFiguresSentence(plan: PlanData, indicator: Indicator, lang: Lang): string {
  const t = planTranslations(lang, plan);
  const target = goalText(plan, indicator, lang);
  const details =
    typeof indicator.baseline === 'number'
      ? t('home.noFigures.both', { baseline: withUnit(indicator.baseline, indicator, lang), target })
      : t('home.noFigures.targetOnly', { target });
  return t('home.noFigures', { details });
}

/** The final-year target in words with its unit: "at most 25.2 μg/m³", "850 t in total". */
export function goalText(plan: PlanData, indicator: Indicator, lang: Lang): string {
  const t = planTranslations(lang, plan);
  const u = (v: number) => withUnit(v, indicator, lang);
  const { target } = indicator;
  switch (target.kind) {
    case 'atMost':
      return t('home.goal.atMost', { goal: u(target.value) });
    case 'atLeast':
      return t('home.goal.atLeast', { goal: u(target.value) });
    case 'keepAt':
      return t('home.goal.keepAt', { goal: u(target.value) });
    case 'noDecrease':
      return t('home.goal.noDecrease');
    case 'noIncrease':
      return t('home.goal.noIncrease');
    case 'eliminate':
      return target.basically ? t('home.goal.basicallyEliminate', { goal: u(target.tolerance) }) : t('home.goal.eliminate');
    case 'cumulative':
      return t('home.goal.cumulative', { goal: u(target.value) });
    case 'assigned': {
      const figure = assignedFigure(plan, indicator.id);
      return figure === undefined ? t('home.goal.assigned') : t(target.comparison === 'atMost' ? 'home.goal.atMost' : 'home.goal.atLeast', { goal: u(figure) });
    }
    case 'remainStable':
      return t('home.goal.remainStable');
    case 'qualitative':
      return target.criteria[lang];
  }
}

/** The series of the indicator's chart (chartSeries), when it has at least two points to join. */
function sparklineOf(plan: PlanData, row: IndicatorRow, lang: Lang): Sparkline | undefined {
  const series = chartSeries(row, plan.period, assignedFigure(plan, row.indicator.id));
  if (!series) return undefined;
  const points = series.years
    .map((year, k) => ({ year, value: series.values[k] ?? null }))
    .filter((p): p is { year: number; value: number } => p.value !== null);
  // A baseline alone, or a cumulative target's zero alone, is no trend.
  if (points.length < 2 || row.values.length === 0) return undefined;
  const t = planTranslations(lang, plan);
  const { indicator } = row;
  const label = t('home.sparkline', {
    name: indicator.name[lang],
    values: points.map((p) => t('home.sparklinePoint', { year: p.year, value: withUnit(p.value, indicator, lang) })).join(t('list.separator')),
  });
  // Through the latest figure: the years still to be reported would only leave the line's right part empty.
  const end = series.values.findLastIndex((v) => v !== null) + 1;
  return { years: series.years.slice(0, end), values: series.values.slice(0, end), ...axisLimits(indicator), label };
}
