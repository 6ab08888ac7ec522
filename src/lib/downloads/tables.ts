/**
 * Tables for download. CSV is UTF-8 with a byte-order mark so that Excel and WPS open Chinese correctly.
 * Values are written as numbers without units; every observation row carries its source.
 */
import { stringify } from 'csv-stringify/sync';
import { siteData, type PlanData } from '../data/load.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { Localized } from '../schema/common.ts';
import type { Observation } from '../schema/progress.ts';
import { assignedFigure, chartSeries, indicatorRows } from '../indicators/view.ts';
import { planPublisher } from '../site/publisher.ts';

/**
 * Columns every CSV download ends with, so that a file taken away alone still says what it is: whether its figures
 * are the demonstration's (synthetic), and the licence they are published under.
 */
export const MARK_COLUMNS = ['demonstration', 'licence'] as const;

/** The marks of this build's downloads. */
export function fileMarks(): { demo: boolean; licenceUrl: string } {
  const { demo, site } = siteData();
  return { demo, licenceUrl: site.licence.url };
}

export function withMarks<T extends object>(records: T[], marks: { demo: boolean; licenceUrl: string }) {
  return records.map((r) => ({ ...r, demonstration: marks.demo ? 'yes' : 'no', licence: marks.licenceUrl }));
}

export const INDICATOR_COLUMNS = [
  'number',
  'id',
  'group',
  'name_zh',
  'name_en',
  'unit_zh',
  'unit_en',
  'attribute',
  'direction',
  'baseline',
  'baseline_text',
  'target_text',
  'target_kind',
  'target_value',
  'status',
  'status_year',
  'latest_year',
  'latest_figure',
  ...MARK_COLUMNS,
] as const;

/** One indicator as one tidy table, row for row what its chart draws: the baseline year, then each year of the plan. */
export const SERIES_COLUMNS = [
  'indicator_id',
  'indicator_number',
  'year',
  'unit_zh',
  'unit_en',
  'value',
  'cumulative_total',
  'path',
  'target',
  'status',
  'published',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
  'revised',
  ...MARK_COLUMNS,
] as const;

export const OBSERVATION_COLUMNS = [
  'indicator_number',
  'indicator_id',
  'year',
  'value',
  'cumulative_total',
  'published',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
  'note_zh',
  'note_en',
  'revised',
  ...MARK_COLUMNS,
] as const;

function targetValue(i: Indicator): number | '' {
  const t = i.target;
  return 'value' in t ? t.value : t.kind === 'eliminate' ? t.tolerance : t.kind === 'remainStable' ? t.tolerance : '';
}

export function indicatorRecords(data: PlanData, only?: string) {
  return indicatorRows(data)
    .filter((r) => !only || r.indicator.id === only)
    .map(({ indicator: i, current, values }) => ({
      number: i.number,
      id: i.id,
      group: i.group,
      name_zh: i.name.zh,
      name_en: i.name.en,
      unit_zh: i.unit.zh,
      unit_en: i.unit.en,
      attribute: i.attribute,
      direction: i.direction ?? '',
      baseline: i.baseline === 'none' ? '' : i.baseline,
      baseline_text: i.baselineText,
      target_text: i.targetText,
      target_kind: i.target.kind,
      target_value: targetValue(i),
      status: current.status,
      status_year: current.year,
      latest_year: values.at(-1)?.year ?? '',
      latest_figure: values.at(-1)?.figure ?? '',
    }));
}

/**
 * The tidy series of one indicator: its chart's points (chartSeries) with each year's value as published, the
 * running total of a cumulative target, the year's status and the value's source. The baseline row cites the plan.
 */
export function seriesRecords(data: PlanData, id: string, sitePublisher: Localized) {
  const row = indicatorRows(data).find((r) => r.indicator.id === id)!;
  const { indicator } = row;
  const chart = chartSeries(row, data.period, assignedFigure(data, id));
  const years = chart?.years ?? [data.period.baselineYear, ...data.period.years];
  const cumulative = indicator.target.kind === 'cumulative';
  return years.map((year, k) => {
    const v = row.values.find((x) => x.year === year);
    const isBaseline = year === data.period.baselineYear;
    const baseline = isBaseline && typeof indicator.baseline === 'number' ? indicator.baseline : '';
    const source =
      v?.source ??
      (isBaseline && baseline !== ''
        ? {
            title: `${data.plan.title.zh} ${data.plan.indicatorTable.zh}`,
            publisher: planPublisher(data, sitePublisher).zh,
            date: data.plan.published ?? '',
            url: undefined,
          }
        : undefined);
    return {
      indicator_id: id,
      indicator_number: indicator.number,
      year,
      unit_zh: indicator.unit.zh,
      unit_en: indicator.unit.en,
      value: v ? v.value : baseline,
      cumulative_total: cumulative ? (chart?.values[k] ?? '') : '',
      path: chart?.path?.[k] ?? '',
      target: chart?.target ?? '',
      status: row.byYear.find((a) => a.year === year)?.status ?? '',
      published: v?.published ?? '',
      source_title: source?.title ?? '',
      source_publisher: source?.publisher ?? '',
      source_date: source?.date ?? '',
      source_url: source?.url ?? '',
      revised: v ? (v.revisions.length > 0 ? 'yes' : 'no') : '',
    };
  });
}

/** An observation as the public sees it: without `confirmed`, the reviewers' reason that an unusual figure is right. */
export function publicObservation(o: Observation): Omit<Observation, 'confirmed'> {
  const { confirmed: _reviewersOnly, ...shown } = o;
  return shown;
}

export function observationRecords(data: PlanData, only?: string) {
  const numbers = new Map(data.indicators.indicators.map((i) => [i.id, i.number]));
  // Cumulative targets: the running total through each year, the figure the site shows (figures.ts).
  const totals = new Map(
    indicatorRows(data).flatMap((r) => r.values.flatMap((v) => (v.amount !== undefined ? [[`${r.indicator.id}|${v.year}`, v.figure] as const] : []))),
  );
  return data.progress
    .flatMap((f) => f.data.observations.map((o) => ({ year: f.year, o })))
    .filter(({ o }) => !only || o.indicator === only)
    .sort((a, b) => numbers.get(a.o.indicator)! - numbers.get(b.o.indicator)! || a.year - b.year)
    .map(({ year, o }) => ({
      indicator_number: numbers.get(o.indicator)!,
      indicator_id: o.indicator,
      year,
      value: o.value,
      cumulative_total: totals.get(`${o.indicator}|${year}`) ?? '',
      published: o.published,
      source_title: o.source.title,
      source_publisher: o.source.publisher,
      source_date: o.source.date,
      source_url: o.source.url ?? '',
      note_zh: o.note?.zh ?? '',
      note_en: o.note?.en ?? '',
      revised: o.revisions.length > 0 ? 'yes' : 'no',
    }));
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, so Excel and WPS show it as text. A cell that is just a number is left as it is:
 * values are written as numbers, and a negative value stays a number.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

export function toCsv(columns: readonly string[], records: Record<string, unknown>[]): string {
  return `\uFEFF${stringify(records, { header: true, columns: [...columns], record_delimiter: 'windows', cast: { string: inertCell } })}`;
}

export const csvResponse = (body: string, name: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` } });
export const jsonResponse = (body: unknown) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
