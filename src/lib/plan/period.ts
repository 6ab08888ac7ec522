/** A plan's period (baseline year, first and last year, mid-term year), from its plan.json. */
export interface PlanPeriod {
  baselineYear: number;
  start: number;
  end: number;
  midTerm: number;
  /** Reporting years, start…end. */
  years: number[];
}

/** The mid-term year is the one the plan names, or the middle year. */
export function periodOf(p: { baselineYear: number; start: number; end: number; midTerm?: number | undefined }): PlanPeriod {
  return {
    baselineYear: p.baselineYear,
    start: p.start,
    end: p.end,
    midTerm: p.midTerm ?? p.start + Math.floor((p.end - p.start) / 2),
    years: Array.from({ length: p.end - p.start + 1 }, (_, i) => p.start + i),
  };
}

/** Placeholders for UI strings that mention the period's years. */
export function periodVars(p: PlanPeriod) {
  return { baselineYear: p.baselineYear, startYear: p.start, endYear: p.end, midYear: p.midTerm };
}
