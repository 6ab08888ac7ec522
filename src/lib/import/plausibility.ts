/**
 * The plausibility rules of the check (src/lib/data/plausibility.ts) at import: the imported year is checked with
 * the plan's other years, as the check will see it once written, and each finding on a figure of the spreadsheet is
 * shown at its row and column, with the same message.
 */
import type { Problem } from '../messages/problem.ts';
import { plausibilityFindings, type PlausibilityInput } from '../data/plausibility.ts';
import type { ProgressFile } from '../schema/progress.ts';
import { texts } from '../messages/message.ts';
import { COLUMNS, type ImportResult } from './csv.ts';

/** The spreadsheet column of each field of an observation a finding can be about. */
const COLUMN_OF_FIELD: Record<string, string> = { value: COLUMNS.value[0], published: COLUMNS.published[0], 'source.date': COLUMNS.sourceDate[0] };

/**
 * @param csv the spreadsheet's name, as the messages show it
 * @param imported the rows read from it
 * @param merged the imported year's file as it would be written
 * @param others the plan's yearly files as they are (the imported year's is replaced by `merged`)
 */
export function importPlausibility(
  csv: string,
  imported: ImportResult['observations'],
  merged: ProgressFile,
  others: { year: number; data: ProgressFile }[],
  options: Omit<PlausibilityInput, 'files'>,
): Problem[] {
  const files = [merged, ...others.filter((f) => f.year !== merged.year).map((f) => f.data)].map((f) => ({ year: f.year, observations: f.observations }));
  const rowOf = new Map(imported.map((r) => [r.observation.indicator, r]));
  return plausibilityFindings({ ...options, files }).flatMap((f): Problem[] => {
    if (f.file !== 0) return [];
    const o = merged.observations[f.index]!;
    const r = rowOf.get(o.indicator);
    const column = COLUMN_OF_FIELD[f.field];
    // Only what the spreadsheet holds: not a figure it did not change, nor an earlier value (revisions).
    if (!r || !column || r.observation.value !== o.value || r.observation.published !== o.published) return [];
    return [{ file: csv, line: r.row, path: column, value: f.value, ...texts(f.message), severity: f.severity }];
  });
}
