import { msg } from '../messages/message.ts';
import { renderError } from '../messages/render-error.ts';

/** The most recent of some ISO dates (string comparison is chronological for YYYY-MM-DD). */
export function latestDate(dates: string[]): string {
  if (dates.length === 0) throw renderError(msg('render.noDates'));
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** The date of a plan's data: the newest of its text's date and its figures' publication dates (the data page, the data package). */
export function dataUpdated(plan: { plan: { contentUpdated: string }; progress: { data: { observations: { published: string }[] } }[] }): string {
  return latestDate([plan.plan.contentUpdated, ...plan.progress.flatMap((p) => p.data.observations.map((o) => o.published))]);
}
