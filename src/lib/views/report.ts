/**
 * A report page's view (src/pages/[...lang]/[plan]/reports/[year].astro): every text, figure, change, link and
 * chart series the page shows, in one language, from the report as published (reports/model.ts). The page only
 * maps these to markup. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData, SiteData } from '../data/load.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Status } from '../indicators/assess.ts';
import type { Report, ReportKind, ReportRow } from '../reports/model.ts';
import { REPORT_ROW_PREFIX } from '../reports/narratives.ts';
import { reportPdfName, reportTitle } from '../reports/title.ts';
import { assignedFigure, chartSeries, indicatorRows, type IndicatorRow } from '../indicators/view.ts';
import { targetWithUnit } from '../indicators/describe.ts';
import { explain, figureText, publishedValueText, withUnit } from '../indicators/explain.ts';
import { PROJECT_STATES, type ProjectState } from '../projects/status.ts';
import { planHref, planPath } from '../routing/routes.ts';
import { formatDate, formatList, formatNumber, numbered } from '../../i18n/locale.ts';
import { latestDate } from './dates.ts';
import { unpublishedYears } from '../reports/publication.ts';
import type { StatusCounts } from '../indicators/view.ts';
import { planTranslations } from '../plan/vars.ts';
import { reportShareName, shareFile } from './share.ts';
import type { SeriesInput } from './chart.ts';
import { planPublisher } from '../site/publisher.ts';

/** A change with its sign: "+0.6", "−1.3" (a minus sign, not a hyphen), "±0"; "—" where there is none. */
export function signedChange(n: number | undefined, lang: Lang): string {
  return n === undefined ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), lang)}`;
}

export type ReportSource = NonNullable<ReportRow['source']>;

/** The sources of a report's figures, each once (same title, publisher and date), in the order of the rows. */
export function reportSources(rows: Pick<ReportRow, 'source'>[]): ReportSource[] {
  return [...new Map(rows.filter((r) => r.source).map((r) => [`${r.source!.title}|${r.source!.publisher}|${r.source!.date}`, r.source!])).values()];
}

/** The rows a report's completion table lists: a final report every indicator, a mid-term one the binding ones. */
export function completionRows<R extends { indicator: Pick<Indicator, 'attribute'> }>(kind: ReportKind, rows: R[]): R[] {
  return kind === 'final' ? rows : rows.filter((r) => r.indicator.attribute === 'binding');
}

/** Where a report's PDF lives: beside the report page (rendered by the build, scripts/lib/report-pdfs.ts). */
export function reportPdfPath(planId: string, year: number, lang: Lang): string {
  return planPath(planId, `/reports/${year}/${reportPdfName(year, lang)}`);
}

/** A table's column: its heading, and the same with a colon, each cell's label when the rows become cards on a phone. */
export interface Column {
  heading: string;
  label: string;
}

export interface Section {
  id: string;
  label: string;
}

export interface CompletionRowView {
  name: string;
  baseline: string;
  figure: string;
  changeFromBaseline: string;
  target: string;
  status: Status;
}

export interface TableRowView {
  id: string;
  /** The row's anchor (#indicator-<id>). */
  anchor: string;
  href: string;
  /** The numbered name, as the plan's table prints it. */
  numberedName: string;
  name: string;
  binding: boolean;
  figure: string;
  /** Set when the figure was corrected after the report was published. */
  revision?: string;
  changeFromPrevious: string;
  changeFromBaseline: string;
  target: string;
  status: Status;
  explanation: string;
}

export interface ChangedView {
  name: string;
  /** "From … to …". */
  sentence: string;
  /** The indicator's row as it stood on publication and its chart's series (IndicatorChart's input); no series for a qualitative target. */
  row: IndicatorRow;
  series?: SeriesInput;
}

export interface ReportView {
  title: string;
  description: string;
  path: string;
  share: { path: string; alt: string };
  planTitle: string;
  issuer: string;
  published: string;
  publishedText: string;
  dataAsOf: string;
  pdf: string;
  sections: Section[];
  summaryIntro: string;
  warnings: { href: string; name: string; status: Status; explanation: string }[];
  /** Mid-term and final reports only. */
  completion?: { heading: string; caption: string; columns: Column[]; rows: CompletionRowView[] };
  table: { caption: string; columns: Column[]; rows: TableRowView[] };
  changed: ChangedView[];
  projects: { counts: { state: ProjectState; count: number }[]; delayed: { href: string; name: string }[] };
  sources: { title: string; url?: string; detail: string }[];
}

/** The report page of one published report, in one language; `narrative` says whether the page shows the staff's narrative. */
export function reportView(plan: PlanData, site: Pick<SiteData, 'site'>, report: Report, lang: Lang, options: { narrative: boolean }): ReportView {
  const t = planTranslations(lang, plan);
  const { year } = report;
  const title = reportTitle(year, report.kind, lang);
  const dataAsOf = t('reports.dataAsOf', { date: formatDate(report.published, lang) });
  const column = (heading: string): Column => ({ heading, label: `${heading}${t('punct.colon')}` });
  // The figure for the year (a cumulative target's running total, with the year's amount beside it).
  const figure = (row: ReportRow) =>
    row.value === undefined ? t('reports.noValue') : figureText({ figure: row.value, amount: row.amount }, row.indicator, lang);
  const rowHref = (id: string) => planHref(lang, plan.id, `/indicators/${id}/#year-${year}`);
  const binding = report.rows.filter((r) => r.indicator.attribute === 'binding');
  const completionHeading = report.kind === 'final' ? t('reports.bindingFinal') : t('reports.binding');
  const frozenRows = indicatorRows(plan, report.published);
  const sections: Section[] = [
    { id: 'summary', label: t('reports.summary') },
    ...(options.narrative ? [{ id: 'narrative', label: t('reports.narrative') }] : []),
    ...(report.kind !== 'annual' ? [{ id: 'completion', label: completionHeading }] : []),
    { id: 'indicators', label: t('reports.table') },
    { id: 'changes', label: t('reports.changed') },
    { id: 'projects', label: t('reports.projects') },
    { id: 'sources', label: t('reports.sources') },
  ];
  const completionColumns = [
    t('indicators.title'),
    t('indicators.baseline'),
    t('reports.value', { year }),
    t('reports.changeBaseline'),
    t('indicators.target'),
    t('indicators.status'),
  ].map(column);
  const tableColumns = [
    t('indicators.title'),
    t('reports.value', { year }),
    t('reports.changePrevious'),
    t('reports.changeBaseline'),
    t('indicators.target'),
    t('indicators.status'),
    t('indicators.explanation'),
  ].map(column);
  return {
    title,
    description: `${title}. ${dataAsOf}`,
    path: planPath(plan.id, `/reports/${year}/`),
    share: { path: shareFile(plan.id, reportShareName(year), lang, 'png'), alt: t('share.alt', { title }) },
    planTitle: plan.plan.title[lang],
    issuer: planPublisher(plan, site.site.publisher)[lang],
    published: report.published,
    publishedText: formatDate(report.published, lang),
    dataAsOf,
    pdf: reportPdfPath(plan.id, year, lang),
    sections,
    summaryIntro: t('reports.summaryIntro', { binding: binding.length, anticipatory: report.rows.length - binding.length }),
    warnings: report.warnings.map((r) => ({
      href: rowHref(r.indicator.id),
      name: r.indicator.name[lang],
      status: r.assessment.status,
      explanation: explain(r.assessment, r.indicator, lang, plan),
    })),
    ...(report.kind !== 'annual'
      ? {
          completion: {
            heading: completionHeading,
            caption: t('reports.baselineComparison'),
            columns: completionColumns,
            rows: completionRows(report.kind, report.rows).map((r) => ({
              name: r.indicator.name[lang],
              baseline: typeof r.indicator.baseline === 'number' ? withUnit(r.indicator.baseline, r.indicator, lang) : t('indicators.none'),
              figure: figure(r),
              changeFromBaseline: signedChange(r.changeFromBaseline, lang),
              target: targetWithUnit(r.indicator, lang, plan),
              status: r.assessment.status,
            })),
          },
        }
      : {}),
    table: {
      caption: t('reports.tableCaption', { year }),
      columns: tableColumns,
      rows: report.rows.map((r) => ({
        id: r.indicator.id,
        anchor: `${REPORT_ROW_PREFIX}${r.indicator.id}`,
        href: rowHref(r.indicator.id),
        numberedName: numbered(r.indicator.number, r.indicator.name[lang], lang),
        name: r.indicator.name[lang],
        binding: r.indicator.attribute === 'binding',
        figure: figure(r),
        ...(r.revisedSince
          ? {
              revision: t('reports.revisedSince', {
                value: publishedValueText(r.revisedSince.value, r.indicator, lang),
                date: formatDate(r.revisedSince.published, lang),
                reason: r.revisedSince.reason[lang],
              }),
            }
          : {}),
        changeFromPrevious: signedChange(r.changeFromPrevious, lang),
        changeFromBaseline: signedChange(r.changeFromBaseline, lang),
        target: targetWithUnit(r.indicator, lang, plan),
        status: r.assessment.status,
        explanation: explain(r.assessment, r.indicator, lang, plan),
      })),
    },
    changed: report.changed.map((r) => {
      const row = frozenRows.find((x) => x.indicator.id === r.indicator.id)!;
      const series = chartSeries(row, plan.period, assignedFigure(plan, r.indicator.id, report.published));
      return {
        name: r.indicator.name[lang],
        sentence: t('reports.changedFrom', { from: t(`status.${r.previousStatus}`), to: t(`status.${r.assessment.status}`) }),
        row,
        ...(series ? { series } : {}),
      };
    }),
    projects: {
      counts: PROJECT_STATES.filter((s) => report.projects.counts[s] > 0).map((state) => ({ state, count: report.projects.counts[state] })),
      delayed: report.projects.delayed.map((p) => ({ href: planHref(lang, plan.id, `/projects/${p.id}/`), name: p.name[lang] })),
    },
    sources: reportSources(report.rows).map((s) => ({
      title: s.title,
      ...(s.url ? { url: s.url } : {}),
      detail: `${t('punct.comma')}${s.publisher}${t('punct.comma')}${formatDate(s.date, lang)}`,
    })),
  };
}

export interface ReportsIndexView {
  title: string;
  intro: string;
  path: string;
  updated: string;
  /** The years whose figures are out but whose report is not published (yet), as one sentence; none when there are none. */
  pending?: string;
  /** The published reports, newest first. */
  reports: {
    year: number;
    href: string;
    title: string;
    published: string;
    publishedText: string;
    binding: StatusCounts;
    anticipatory: StatusCounts;
    caption: string;
  }[];
}

/** The list of a plan's published reports (in the order of their years, as publishedReports gives them). */
export function reportsIndexView(plan: PlanData, reports: Report[], lang: Lang): ReportsIndexView {
  const t = planTranslations(lang, plan);
  const pending = unpublishedYears(plan);
  return {
    title: t('reports.title'),
    intro: t('reports.intro'),
    path: planPath(plan.id, '/reports/'),
    updated: latestDate([plan.plan.contentUpdated, ...reports.map((r) => r.published)]),
    ...(pending.length > 0 ? { pending: t('reports.pending', { years: formatList(pending.map(String), lang) }) } : {}),
    reports: [...reports].reverse().map((report) => {
      const title = reportTitle(report.year, report.kind, lang);
      return {
        year: report.year,
        href: planHref(lang, plan.id, `/reports/${report.year}/`),
        title,
        published: report.published,
        publishedText: formatDate(report.published, lang),
        binding: report.counts.binding,
        anticipatory: report.counts.anticipatory,
        caption: `${title}${t('punct.colon')}${t('reports.summary')}`,
      };
    }),
  };
}
