/**
 * Annual assessment reports, computed from the data as it stood on the report's publication date
 * (frozen as published). Corrections made later are reported beside the value, never silently applied.
 */
import type { PlanData } from '../data/load.ts';
import { observationsOf } from '../data/progress.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { ObservedValue } from '../schema/progress.ts';
import { assess, STATUSES, type Assessment, type Status } from '../indicators/assess.ts';
import type { PlanPeriod } from '../plan/period.ts';
import { figureOf, yearFigures } from '../indicators/figures.ts';
import { assignedFigure, latestReportYear } from '../indicators/view.ts';
import { countProjectStates, projectState } from '../projects/status.ts';
import { msg } from '../messages/message.ts';
import { renderError } from '../messages/render-error.ts';

export type ReportKind = 'annual' | 'mid-term' | 'final';

/** The plan itself asks for a mid-term evaluation (the middle year) and a final one (the last year). */
export function reportKind(year: number, period: PlanPeriod): ReportKind {
  return year === period.midTerm ? 'mid-term' : year === period.end ? 'final' : 'annual';
}

/** Years that have at least one published figure: each gets a report. */
export function reportYears(data: Pick<PlanData, 'progress'>): number[] {
  return data.progress
    .filter((p) => p.data.observations.length > 0)
    .map((p) => p.year)
    .sort((a, b) => a - b);
}

/** The date the year's figures were all first published: the default publication date of its report. */
export function dataCompleteDate(data: Pick<PlanData, 'progress'>, year: number): string {
  const file = data.progress.find((p) => p.year === year);
  if (!file || file.data.observations.length === 0) throw renderError(msg('render.noFigures', { year }));
  return file.data.observations.map((o) => o.revisions[0]?.published ?? o.published).reduce((a, b) => (b > a ? b : a));
}

export interface ReportRow {
  indicator: Indicator;
  /** The figure for the report's year (figures.ts: the running total for cumulative targets). */
  value?: ObservedValue;
  /** Cumulative targets: the year's own amount. */
  amount?: number;
  valueYear?: number;
  previous?: ObservedValue;
  changeFromPrevious?: number;
  changeFromBaseline?: number;
  assessment: Assessment;
  previousStatus: Status;
  /** Set when the year's value was corrected after the report was published (the amount, for cumulative targets). */
  revisedSince?: { value: ObservedValue; published: string; reason: { zh: string; en: string } };
  source?: { title: string; publisher: string; date: string; url?: string | undefined };
}

export interface Report {
  year: number;
  kind: ReportKind;
  published: string;
  rows: ReportRow[];
  counts: { binding: Record<Status, number>; anticipatory: Record<Status, number> };
  /** Binding indicators off track (or not achieved in the final year): the early warning. */
  warnings: ReportRow[];
  changed: ReportRow[];
  projects: { counts: ReturnType<typeof countProjectStates>; delayed: PlanData['projects']['projects'] };
}

const round = (n: number) => Number(n.toFixed(6));

export function buildReport(data: PlanData, year: number, published: string): Report {
  const { period, projects } = data;
  // A report speaks of its own year: later years' figures published by then do not change its verdicts.
  const reportedThrough = Math.min(year, latestReportYear(data, published) ?? year);
  const rows = data.indicators.indicators.map((indicator): ReportRow => {
    const obs = observationsOf(data.progress, indicator.id);
    const options = { period, assigned: assignedFigure(data, indicator.id, published), asOf: published, reportedThrough };
    const assessment = assess(indicator, year, obs, options);
    const previousStatus = year > period.start ? assess(indicator, year - 1, obs, options).status : 'no-data';
    // The figure for the year and the year before, by the one definition (figures.ts), as they stood on publication.
    const figures = yearFigures(indicator, obs, period, published);
    const now = figureOf(figures, year);
    const before = figureOf(figures, year - 1);
    const row: ReportRow = { indicator, assessment, previousStatus };
    if (now) {
      row.value = now.figure;
      row.valueYear = year;
      if (now.amount !== undefined) row.amount = now.amount;
      row.source = now.source;
      if (now.revisedLater) row.revisedSince = now.revisedLater;
    }
    if (before) row.previous = before.figure;
    if (typeof row.value === 'number' && typeof row.previous === 'number') row.changeFromPrevious = round(row.value - row.previous);
    if (typeof row.value === 'number' && typeof indicator.baseline === 'number' && indicator.target.kind !== 'cumulative')
      row.changeFromBaseline = round(row.value - indicator.baseline);
    return row;
  });
  const empty = () => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const counts = { binding: empty(), anticipatory: empty() };
  for (const r of rows) counts[r.indicator.attribute][r.assessment.status]++;
  const bad: Status[] = ['off-track', 'not-achieved'];
  return {
    year,
    kind: reportKind(year, period),
    published,
    rows,
    counts,
    warnings: rows.filter((r) => r.indicator.attribute === 'binding' && bad.includes(r.assessment.status)),
    changed: rows.filter((r) => year > period.start && r.previousStatus !== r.assessment.status && r.assessment.status !== 'no-data'),
    projects: {
      counts: countProjectStates(projects.projects, published),
      delayed: projects.projects.filter((p) => projectState(p, published) === 'delayed'),
    },
  };
}
