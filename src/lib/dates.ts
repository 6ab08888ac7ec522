/** The most recent of some ISO dates (string comparison is chronological for YYYY-MM-DD). */
export function latestDate(dates: string[]): string {
  if (dates.length === 0) throw new Error('latestDate needs at least one date');
  return dates.reduce((a, b) => (b > a ? b : a));
}
