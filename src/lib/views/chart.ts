/**
 * An indicator chart as its page shows it: the language-resolved spec the build-time SVG is drawn from
 * (src/lib/charts/svg.ts), the axis the browser's interactive chart must share, and the rows of the data table.
 * One view for the indicator page, the report page and the downloads, so all draw the same figures.
 */
import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import type { Indicator } from '../schema/indicators.ts';
import { formatDate, formatList, formatNumber } from '../../i18n/locale.ts';
import type { SiteFile } from '../schema/site.ts';
import { assignedFigure, chartSeries, type IndicatorRow } from '../indicators/view.ts';
import { planHref, planPath } from '../routing/routes.ts';
import { latestDate } from './dates.ts';
import { licenceLine } from '../site/licence.ts';
import { planTranslations } from '../plan/vars.ts';
import { chartAxis, chartSvg, type ChartSpec } from '../charts/svg.ts';
import type { Axis } from '../charts/axis.ts';
import { withUnit } from '../indicators/explain.ts';
import { limitsOf } from '../data/plausibility.ts';
import { planPublisher } from '../site/publisher.ts';

/** The figures a chart draws (chartSeries, or the whole series of a continued indicator). */
export interface SeriesInput {
  kind: 'line' | 'cumulative';
  years: number[];
  values: (number | null)[];
  path?: (number | null)[] | undefined;
  /** One goal for the final year, or one per year (a continued series: each plan's own). */
  target?: number | (number | null)[] | undefined;
}

export interface ChartView {
  spec: ChartSpec;
  axis: Axis;
  /** The table beside the chart: a row per year, a cell per series ('—' where there is no figure). */
  table: { caption: string; columns: string[]; rows: { year: string; cells: { key: string; text: string }[] }[] };
}

/** The range an indicator's axis may span: the same limits as the plausibility check (plausibility.ts). */
export function axisLimits(indicator: Indicator): { nonNegative: boolean; ceiling?: number } {
  const { min, max } = limitsOf(indicator);
  return { nonNegative: min !== undefined && min >= 0, ...(max !== undefined ? { ceiling: max } : {}) };
}

export function indicatorChart(
  indicator: Indicator,
  series: SeriesInput,
  lang: Lang,
  plan: PlanData,
  options: { id: string; caption?: string | undefined },
): ChartView {
  const t = planTranslations(lang, plan);
  const name = indicator.name[lang];
  const unit = indicator.unit[lang];
  const { years } = series;
  // A year's goal is drawn only where the plan sets one: the final year's target as a level line across the period.
  const target = series.target === undefined ? undefined : Array.isArray(series.target) ? series.target : years.map(() => series.target as number);
  const data = [
    { key: 'values' as const, label: series.kind === 'cumulative' ? t('indicators.cumulativeValue') : t('indicators.value'), data: series.values },
    ...(series.path && series.path.some((p) => p !== null) ? [{ key: 'path' as const, label: t('indicators.path'), data: series.path }] : []),
    ...(target ? [{ key: 'target' as const, label: t('indicators.targetLine'), data: target }] : []),
  ];
  const title = options.caption ?? t('indicators.chartTitle', { name });
  const heading = unit ? t('chart.titleWithUnit', { title, unit }) : title;
  const spec: ChartSpec = {
    id: options.id,
    title,
    heading,
    unit,
    lang,
    years,
    series: data,
    ...axisLimits(indicator),
    summary: summary(indicator, series, target, lang),
  };
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, lang));
  return {
    spec,
    axis: chartAxis(spec),
    table: {
      caption: t('indicators.tableCaption', { name: options.caption ?? name }),
      columns: [t('indicators.year'), ...data.map((d) => d.label)],
      rows: years.map((year, i) => ({ year: String(year), cells: data.map((d) => ({ key: d.key, text: cell(d.data[i]) })) })),
    },
  };
}

/** The chart's text alternative: every figure drawn, and the target. */
function summary(indicator: Indicator, series: SeriesInput, target: (number | null)[] | undefined, lang: Lang): string {
  const t = useTranslations(lang);
  const drawn = series.years.flatMap((y, i) =>
    series.values[i] === null || series.values[i] === undefined ? [] : [t('chart.yearValue', { year: y, value: withUnit(series.values[i]!, indicator, lang) })],
  );
  const goal = target?.findLast((v) => v !== null);
  const values = drawn.length ? t('chart.summaryValues', { values: formatList(drawn, lang) }) : t('chart.summaryNoValues');
  if (goal === undefined || goal === null) return values;
  return t('chart.summaryWithTarget', { values, target: t('chart.summaryTarget', { target: withUnit(goal, indicator, lang) }) });
}

/** Where an indicator's chart downloads live: /<plan>/data/charts/<id>-<lang>.svg and .png. */
export function chartFile(planId: string, indicatorId: string, lang: Lang, ext: 'svg' | 'png'): string {
  return planPath(planId, `/data/charts/${indicatorId}-${lang}.${ext}`);
}

export interface DownloadContext {
  site: SiteFile;
  demo: boolean;
  /** The site's public address, where it has one: the picture then names the page it comes from in full. */
  address?: URL | undefined;
}

/**
 * The chart as a picture that travels on its own (download, share image): the page's chart with its title, unit,
 * target, sources, publisher, date, page address, licence and, in the demonstration build, the mark drawn in.
 */
export function chartDownload(row: IndicatorRow, plan: PlanData, lang: Lang, ctx: DownloadContext): { svg: string; width: number } | undefined {
  const series = chartSeries(row, plan.period, assignedFigure(plan, row.indicator.id));
  if (!series) return undefined;
  const t = planTranslations(lang, plan);
  const view = indicatorChart(row.indicator, series, lang, plan, { id: `${row.indicator.id}-${lang}` });
  // The newest figure's source in full; the earlier ones are on the page.
  const latest = row.values.at(-1);
  const cited = latest
    ? t('chart.citation', { title: latest.source.title, publisher: latest.source.publisher, date: formatDate(latest.source.date, lang) })
    : `${plan.plan.title[lang]} ${plan.plan.indicatorTable[lang]}`;
  const earlier = new Set(
    row.values
      .slice(0, -1)
      .map((v) => `${v.source.title}|${v.source.publisher}`)
      .filter((k) => latest && k !== `${latest.source.title}|${latest.source.publisher}`),
  ).size;
  const page = planHref(lang, plan.id, `/indicators/${row.indicator.id}/`);
  const dated = latestDate([plan.plan.contentUpdated, ...row.values.map((v) => v.published)]);
  const lines = [
    earlier ? t('chart.sourcesMore', { source: cited, count: earlier }) : t('chart.sources', { sources: cited }),
    t('chart.publisher', { publisher: planPublisher(plan, ctx.site.publisher)[lang], date: formatDate(dated, lang) }),
    t('chart.address', { address: ctx.address ? new URL(page, ctx.address).href : page }),
    licenceLine(ctx.site.licence, lang),
  ];
  const width = 1600;
  return { svg: chartSvg(view.spec, { standalone: { width, lines, ...(ctx.demo ? { mark: t('demo.banner') } : {}) } }), width };
}

/** The chart's embed page (the only kind of page another site may frame: src/lib/site/security.ts). */
export function embedPath(planId: string, indicatorId: string, lang: Lang): string {
  return planHref(lang, planId, `/embed/${indicatorId}/`);
}

/** The HTML a newsroom pastes to show the chart: an iframe of the embed page, by its full address where the site has one. */
export function embedCode(planId: string, indicatorId: string, lang: Lang, title: string, address?: URL): string {
  const src = address ? new URL(embedPath(planId, indicatorId, lang), address).href : embedPath(planId, indicatorId, lang);
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="760" loading="lazy" style="border:0"></iframe>`;
}
