/**
 * Which reports are published (data/plans/<id>/reports.json), checked against the figures: a report can be
 * published only for a year with figures and not after today. A report is never re-dated: it shows the figures as
 * they stood on its date, so figures of its year published after that date are not in it (a warning: they may have
 * come out later, or the date may be wrong). Nothing is published by importing figures.
 */
import type { Problem } from '../messages/problem.ts';
import type { PlanData } from '../data/load.ts';
import type { ReportEntry } from '../schema/reports.ts';
import { dataCompleteDate, reportYears } from './model.ts';
import { msg, say, texts, type Message } from '../messages/message.ts';

/** The published reports' years and dates, oldest first. */
export function publishedEntries(data: Pick<PlanData, 'reports'>): { year: number; published: string }[] {
  return data.reports.flatMap((r) => (r.status === 'published' ? [{ year: r.year, published: r.published }] : [])).sort((a, b) => a.year - b.year);
}

/** Years with figures whose report is not published (yet). */
export function unpublishedYears(data: PlanData): number[] {
  const published = new Set(publishedEntries(data).map((r) => r.year));
  return reportYears(data).filter((y) => !published.has(y));
}

export function checkReportEntries(file: string, reports: ReportEntry[], data: Omit<PlanData, 'reports'>, today: string): Problem[] {
  const problems: Problem[] = [];
  const years = new Set(reportYears(data));
  const seen = new Map<number, number>();
  reports.forEach((r, k) => {
    const at = (field: string, value: unknown, message: Message) =>
      problems.push({ file, path: `reports[${k}].${field}`, value, ...texts(message), severity: 'error' });
    const { start, end } = data.period;
    if (r.year < start || r.year > end) at('year', r.year, msg('reports.yearOutsidePeriod', { start, end }));
    if (seen.has(r.year)) at('year', r.year, msg('reports.listedTwice', { other: `reports[${seen.get(r.year)}]` }));
    seen.set(r.year, k);
    if (r.status !== 'published') return;
    if (!years.has(r.year)) {
      at('status', r.status, msg('reports.noFigures', { year: r.year }));
      return;
    }
    const complete = dataCompleteDate(data, r.year);
    if (r.published < complete) {
      problems.push({
        file,
        path: `reports[${k}].published`,
        value: r.published,
        severity: 'warning',
        ...say('reports.datedBeforeFigures', { year: r.year, last: complete }),
      });
    }
    if (r.published > today) at('published', r.published, msg('reports.futureDate', { today }));
  });
  return problems;
}
