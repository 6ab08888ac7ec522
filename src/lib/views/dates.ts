import { msg } from '../messages/message.ts';
import { renderError } from '../messages/render-error.ts';

/** The most recent of some ISO dates (string comparison is chronological for YYYY-MM-DD). */
export function latestDate(dates: string[]): string {
  if (dates.length === 0) throw renderError(msg('render.noDates'));
  return dates.reduce((a, b) => (b > a ? b : a));
}
