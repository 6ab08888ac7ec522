/**
 * The plan period (baseline year, first and last year), read from data/site.json so that another
 * plan — a different district or period — needs new data only. Mid-term is the middle year.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PlanPeriod {
  baselineYear: number;
  start: number;
  end: number;
  midTerm: number;
  /** Reporting years, start…end. */
  years: number[];
}

export function periodOf(p: { baselineYear: number; start: number; end: number }): PlanPeriod {
  return {
    baselineYear: p.baselineYear,
    start: p.start,
    end: p.end,
    midTerm: p.start + Math.floor((p.end - p.start) / 2),
    years: Array.from({ length: p.end - p.start + 1 }, (_, i) => p.start + i),
  };
}

let cached: { key: string; period: PlanPeriod } | undefined;

/** The period of the plan being built (DATA_DIR lets tests and the benchmark use another plan). */
export function planPeriod(): PlanPeriod {
  const file = path.resolve(process.cwd(), process.env.DATA_DIR ?? 'data', 'site.json');
  if (cached?.key === file) return cached.period;
  const site = JSON.parse(fs.readFileSync(file, 'utf8')) as { period?: { baselineYear: number; start: number; end: number } };
  if (!site.period) throw new Error(`${file}: "period" is missing`);
  cached = { key: file, period: periodOf(site.period) };
  return cached.period;
}

/** Placeholders for UI strings that mention the period's years. */
export function periodVars(p: PlanPeriod = planPeriod()) {
  return { baselineYear: p.baselineYear, startYear: p.start, endYear: p.end, midYear: p.midTerm };
}
