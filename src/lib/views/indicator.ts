/**
 * An indicator page's view (src/pages/[...lang]/[plan]/indicators/[id].astro): title, description, facts, the row of
 * each year (figure, what the year was to reach, status, explanation), sources with their corrections, the series
 * across plans, related projects, downloads, embed code and share image, in one language. The page only maps these
 * to markup. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData, SiteData } from '../data/load.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Status } from '../indicators/assess.ts';
import { assignedFigure, chartSeries, indicatorRows, type IndicatorRow } from '../indicators/view.ts';
import { continuedSeries, seriesRows, successorOf } from '../indicators/series.ts';
import { describeTarget, targetWithUnit } from '../indicators/describe.ts';
import { explain, figureText, publishedValueText, withUnit } from '../indicators/explain.ts';
import type { YearFigure } from '../indicators/figures.ts';
import { projectState, type ProjectState } from '../projects/status.ts';
import { planHref, planPath } from '../routing/routes.ts';
import { formatDate, langAttr, numbered } from '../../i18n/locale.ts';
import { latestDate } from './dates.ts';
import { planTranslations } from '../plan/vars.ts';
import { chartFile, embedCode, type SeriesInput } from './chart.ts';
import { indicatorShareName, shareFile } from './share.ts';
import { describeText } from './description.ts';
import type { Column } from './report.ts';

/**
 * What a year was to reach: the target in the plan's final year; before it, the straight path's figure for the year
 * (rounded to two decimals) where the chart draws a path; "—" where it draws none.
 */
export function expectedBy(year: number, series: Pick<SeriesInput, 'years' | 'path'> | undefined, indicator: Indicator, lang: Lang, plan: PlanData): string {
  if (year === plan.period.end) return targetWithUnit(indicator, lang, plan);
  const k = series ? series.years.indexOf(year) : -1;
  const p = k >= 0 ? series!.path?.[k] : null;
  return p === null || p === undefined ? '—' : withUnit(Number(p.toFixed(2)), indicator, lang);
}

export interface YearRowView {
  year: number;
  anchor: string;
  permalinkLabel: string;
  figure: string;
  expected: string;
  status: Status;
  explanation: string;
}

export interface SourceView {
  yearLabel: string;
  figure: string;
  title: string;
  url?: string;
  /** The publisher and date, each after a comma. */
  detail: string;
  note?: string;
  /** One sentence per correction: when, the figure it replaced and why. */
  corrections: string[];
}

export interface IndicatorView {
  row: IndicatorRow;
  title: string;
  description: string;
  path: string;
  updated: string;
  share: { path: string; alt: string };
  filters: { type: 'indicator'; group: string; status: Status; attribute: Indicator['attribute'] };
  binding: boolean;
  status: Status;
  explanation: string;
  facts: {
    group: string;
    unit: string;
    baseline: string;
    baselineAsPrinted: string;
    target: string;
    targetAsPrinted: string;
    /** The lang attribute of the target as printed (the plan's words, in Chinese). */
    targetAsPrintedLang: string | undefined;
    targetKind: string;
    /** Assigned targets only: the figure assigned and its source, or that it is missing. */
    assigned?: string;
    /** How a target to eliminate or to keep stable is judged. */
    tolerance?: string;
  };
  definition: string;
  series?: SeriesInput;
  yearColumns: Column[];
  years: YearRowView[];
  /** Where the indicator continues the same measure of earlier plans: all of them, as one series. */
  whole?: {
    intro: string;
    series: SeriesInput & { years: number[] };
    caption: string;
    rows: { year: number; isBaseline: boolean; planHref: string; planName: string; value: string; goal: string }[];
  };
  successor?: { href: string; text: string };
  sources: SourceView[];
  projects: { href: string; name: string; state: ProjectState }[];
  downloads: { href: string; label: string }[];
  embed?: string;
}

/** The text of a figure's source line and its corrections. */
export function sourceView(v: YearFigure, indicator: Indicator, lang: Lang, plan: PlanData): SourceView {
  const t = planTranslations(lang, plan);
  return {
    yearLabel: t('indicators.yearLabel', { year: v.year }),
    figure: figureText(v, indicator, lang),
    title: v.source.title,
    ...(v.source.url ? { url: v.source.url } : {}),
    detail: `${t('punct.comma')}${v.source.publisher}${t('punct.comma')}${formatDate(v.source.date, lang)}`,
    ...(v.note ? { note: v.note[lang] } : {}),
    corrections: v.revisions.map((r) =>
      t('indicators.revisedFrom', { date: formatDate(r.replacedOn, lang), old: publishedValueText(r.value, indicator, lang), reason: r.reason[lang] }),
    ),
  };
}

/** The page of indicator `id`, in one language; `address` is the site's public address (for the embed code), if any. */
export function indicatorView(site: SiteData, plan: PlanData, id: string, lang: Lang, address?: URL): IndicatorView {
  const t = planTranslations(lang, plan);
  const row = indicatorRows(plan).find((r) => r.indicator.id === id)!;
  const { indicator, current } = row;
  const group = plan.indicators.groups.find((g) => g.id === indicator.group)!;
  const assigned = plan.assignedTargets.targets.find((p) => p.indicator === id);
  const series = chartSeries(row, plan.period, assignedFigure(plan, id));
  const title = numbered(indicator.number, indicator.name[lang], lang);
  const explanation = explain(current, indicator, lang, plan);
  const target = indicator.target;
  const tolerance = target.kind === 'eliminate' || target.kind === 'remainStable' ? target.toleranceNote[lang] : undefined;
  const column = (heading: string): Column => ({ heading, label: `${heading}${t('punct.colon')}` });
  const continued = continuedSeries(site, plan, indicator);
  const successor = successorOf(site, plan, indicator);
  const wholeRows = continued && seriesRows(continued);
  const wholeSeries = wholeRows && {
    kind: 'line' as const,
    years: wholeRows.map((r) => r.year),
    values: wholeRows.map((r) => r.value ?? null),
    target: wholeRows.map((r) => r.goal ?? null),
  };
  return {
    row,
    title,
    description: describeText(`${indicator.definition[lang]} ${explanation}`),
    path: planPath(plan.id, `/indicators/${id}/`),
    updated: latestDate([plan.plan.contentUpdated, ...row.values.map((v) => v.published)]),
    share: { path: shareFile(plan.id, indicatorShareName(id), lang, 'png'), alt: t('share.alt', { title }) },
    filters: { type: 'indicator', group: indicator.group, status: current.status, attribute: indicator.attribute },
    binding: indicator.attribute === 'binding',
    status: current.status,
    explanation,
    facts: {
      group: group.name[lang],
      unit: indicator.unit[lang] || t('indicators.none'),
      baseline: typeof indicator.baseline === 'number' ? withUnit(indicator.baseline, indicator, lang) : t('indicators.none'),
      baselineAsPrinted: t('indicators.asPrinted', { text: indicator.baselineText }),
      target: targetWithUnit(indicator, lang, plan),
      targetAsPrinted: t('indicators.asPrinted', { text: indicator.targetText }),
      targetAsPrintedLang: langAttr('zh', lang),
      targetKind: describeTarget(indicator.target, lang, plan),
      ...(target.kind === 'assigned'
        ? {
            assigned: assigned
              ? `${withUnit(assigned.value, indicator, lang)} — ${assigned.source.title}, ${assigned.source.publisher}, ${formatDate(assigned.source.date, lang)}`
              : t('indicators.assignedMissing'),
          }
        : {}),
      ...(tolerance ? { tolerance } : {}),
    },
    definition: indicator.definition[lang],
    ...(series ? { series } : {}),
    yearColumns: [t('indicators.year'), t('indicators.value'), t('indicators.pathOrTarget'), t('indicators.status'), t('indicators.explanation')].map(column),
    years: row.byYear.map((a) => {
      const v = row.values.find((x) => x.year === a.year);
      return {
        year: a.year,
        anchor: `year-${a.year}`,
        permalinkLabel: t('permalink.year', { name: indicator.name[lang], year: a.year }),
        figure: v ? figureText(v, indicator, lang) : t('indicators.noValue'),
        expected: expectedBy(a.year, series, indicator, lang, plan),
        status: a.status,
        explanation: explain(a, indicator, lang, plan),
      };
    }),
    ...(continued && wholeRows && wholeSeries
      ? {
          whole: {
            intro: t('series.intro', { plans: continued.map((s) => s.plan.plan.shortName[lang]).join(t('list.separator')) }),
            series: wholeSeries,
            caption: t('series.chartTitle', { name: indicator.name[lang], from: wholeSeries.years[0]!, to: wholeSeries.years.at(-1)! }),
            rows: wholeRows.map((r) => ({
              year: r.year,
              isBaseline: Boolean(r.isBaseline),
              planHref: planHref(lang, r.segment.plan.id, `/indicators/${r.segment.indicator.id}/`),
              planName: r.segment.plan.plan.shortName[lang],
              value: r.value !== undefined ? withUnit(r.value, r.segment.indicator, lang) : t('indicators.noValue'),
              goal: r.isFinal && r.goal !== undefined ? withUnit(r.goal, r.segment.indicator, lang) : '',
            })),
          },
        }
      : {}),
    ...(successor
      ? {
          successor: {
            href: planHref(lang, successor.plan.id, `/indicators/${successor.indicator.id}/`),
            text: `${successor.plan.plan.shortName[lang]} · ${successor.indicator.name[lang]}`,
          },
        }
      : {}),
    sources: row.values.map((v) => sourceView(v, indicator, lang, plan)),
    projects: plan.projects.projects
      .filter((p) => p.indicators.includes(id))
      .map((p) => ({ href: planHref(lang, plan.id, `/projects/${p.id}/`), name: p.name[lang], state: projectState(p) })),
    downloads: [
      { href: planPath(plan.id, `/data/indicators/${id}.csv`), label: t('indicators.downloadCsv') },
      { href: planPath(plan.id, `/data/indicators/${id}.json`), label: t('indicators.downloadJson') },
      ...(series
        ? [
            { href: chartFile(plan.id, id, lang, 'png'), label: t('indicators.downloadPng') },
            { href: chartFile(plan.id, id, lang, 'svg'), label: t('indicators.downloadSvg') },
          ]
        : []),
    ],
    ...(series ? { embed: embedCode(plan.id, id, lang, indicator.name[lang], address) } : {}),
  };
}

export interface EmbedView {
  row: IndicatorRow;
  title: string;
  /** The indicator's full page. */
  page: string;
  planTitle: string;
  status: Status;
  explanation: string;
  series: SeriesInput;
  /** The newest figure's source, or that none is published. */
  source: string;
}

/** The embeddable chart of indicator `id` (only indicators with a chart have one). */
export function embedView(plan: PlanData, id: string, lang: Lang): EmbedView {
  const t = planTranslations(lang, plan);
  const row = indicatorRows(plan).find((r) => r.indicator.id === id)!;
  const latest = row.values.at(-1);
  return {
    row,
    title: row.indicator.name[lang],
    page: planHref(lang, plan.id, `/indicators/${id}/`),
    planTitle: plan.plan.title[lang],
    status: row.current.status,
    explanation: explain(row.current, row.indicator, lang, plan),
    series: chartSeries(row, plan.period, assignedFigure(plan, id))!,
    source: latest
      ? t('embed.source', { source: latest.source.title, publisher: latest.source.publisher, date: formatDate(latest.source.date, lang) })
      : t('embed.noFigures'),
  };
}
