import { describe, expect, it } from 'vitest';
import { assess, STATUSES, type AssessOptions, type Status, type YearObservation } from '../../src/lib/indicators/assess.ts';
import { explain } from '../../src/lib/indicators/explain.ts';
import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';
import type { Observation } from '../../src/lib/schema/progress.ts';
import { periodOf } from '../../src/lib/plan/period.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { testIndicator } from '../helpers/indicator.ts';

// A five-year plan of its own: baseline 2020, 2021–2025 (the rules are the same for any period).
const PERIOD = periodOf({ baselineYear: 2020, start: 2021, end: 2025 });
/** What explain() reads of a plan: its period and names. */
const PLAN = {
  period: PERIOD,
  plan: { shortName: { zh: '测试规划', en: 'Test plan' }, indicatorTable: { zh: '表1', en: 'Table 1' }, assigner: { zh: '省', en: 'province' } },
  indicators: { indicators: [], groups: [] },
  projects: { projects: [] },
} as unknown as PlanData;

const SOURCE = { title: 'Test fixture (synthetic)', publisher: 'Test', date: '2024-03-01' };

function indicator(target: Target, baseline: number | 'none' = 'none', unit = '%'): Indicator {
  return testIndicator({ id: 'x', target, baseline, group: 'test-group', name: { zh: '测试指标', en: 'Test indicator' }, unit: { zh: unit, en: unit } });
}

function obs(values: Record<number, number | 'met' | 'not-met'>): YearObservation[] {
  return Object.entries(values).map(([year, value]) => ({
    year: Number(year),
    observation: { indicator: 'x', value, published: `${Number(year) + 1}-03-01`, source: SOURCE, revisions: [] } as Observation,
  }));
}

/** Options as the site uses them: the plan has published figures up to the latest year given (or `reportedThrough`). */
const options = (values: Record<number, unknown>, over: Partial<AssessOptions> = {}): AssessOptions => {
  const years = Object.keys(values).map(Number);
  return { period: PERIOD, reportedThrough: years.length ? Math.max(...years) : undefined, ...over };
};
const status = (ind: Indicator, year: number, values: Record<number, number | 'met' | 'not-met'>, assigned?: number, reportedThrough?: number): Status =>
  assess(ind, year, obs(values), options(values, { assigned, ...(reportedThrough ? { reportedThrough } : {}) })).status;

describe('numeric targets against the straight path', () => {
  // Baseline 60 in 2020, target ≥ 85 in 2025: the path rises 5 a year; 10% of the distance is 2.5.
  const atLeast = indicator({ kind: 'atLeast', value: 85 }, 60);
  it.each([
    [86, 'achieved'],
    [70, 'on-track'], // path expects 70 in 2022
    [68, 'at-risk'], // 2 behind ≤ 2.5
    [67, 'off-track'], // 3 behind > 2.5
  ] as const)('at least: %s in 2022 → %s', (value, expected) => {
    expect(status(atLeast, 2022, { 2022: value })).toBe(expected);
  });

  // Baseline 40 in 2020, target ≤ 30: the path falls 2 a year; 10% of the distance is 1.
  const atMost = indicator({ kind: 'atMost', value: 30 }, 40);
  it.each([
    [29, 'achieved'],
    [34, 'on-track'], // path expects 34 in 2023
    [35, 'at-risk'],
    [35.5, 'off-track'], // 1.5 behind > 1
    [36, 'off-track'],
  ] as const)('at most: %s in 2023 → %s', (value, expected) => {
    expect(status(atMost, 2023, { 2023: value })).toBe(expected);
  });

  it('keep at 100: 100 is achieved, any shortfall is off track (no distance to lag)', () => {
    const keep = indicator({ kind: 'keepAt', value: 100 }, 100);
    expect(status(keep, 2022, { 2022: 100 })).toBe('achieved');
    expect(status(keep, 2022, { 2022: 99.9 })).toBe('off-track');
  });

  it('eliminate / basically eliminate: judged against the stated tolerance', () => {
    const basically = indicator({ kind: 'eliminate', basically: true, tolerance: 10, toleranceNote: { zh: '≤10%', en: '≤10%' } }, 30);
    expect(status(basically, 2024, { 2024: 9 })).toBe('achieved');
    expect(status(basically, 2022, { 2022: 22 })).toBe('on-track'); // path: 30 → 10, expects 22 in 2022
    expect(status(basically, 2022, { 2022: 24 })).toBe('at-risk');
    expect(status(basically, 2022, { 2022: 25 })).toBe('off-track');
    const fully = indicator({ kind: 'eliminate', basically: false, tolerance: 0, toleranceNote: { zh: '0', en: '0' } }, 5);
    expect(status(fully, 2025, { 2025: 0.5 })).toBe('not-achieved');
  });

  it('no decrease / no increase compare with the baseline', () => {
    expect(status(indicator({ kind: 'noDecrease' }, 87.2), 2023, { 2023: 87.2 })).toBe('achieved');
    expect(status(indicator({ kind: 'noDecrease' }, 87.2), 2023, { 2023: 87 })).toBe('off-track');
    expect(status(indicator({ kind: 'noIncrease' }, 2), 2023, { 2023: 1 })).toBe('achieved');
    expect(status(indicator({ kind: 'noIncrease' }, 2), 2023, { 2023: 3 })).toBe('off-track');
  });

  it('without a baseline, use the first published value as the reference and path start', () => {
    const noInc = indicator({ kind: 'noIncrease' });
    expect(status(noInc, 2022, { 2021: 2, 2022: 2 })).toBe('achieved');
    expect(status(noInc, 2022, { 2021: 2, 2022: 2.5 })).toBe('off-track');
    const zero = indicator({ kind: 'atMost', value: 0 });
    expect(status(zero, 2021, { 2021: 4 })).toBe('on-track'); // the path starts at the first value
    expect(status(zero, 2022, { 2021: 4, 2022: 4 })).toBe('off-track'); // expects 3, lags 1 > 0.4
  });

  it('remain stable: within ± tolerance of the reference', () => {
    const stable = indicator({ kind: 'remainStable', tolerance: 1, toleranceNote: { zh: '±1', en: '±1' } }, 'none', '');
    expect(status(stable, 2023, { 2021: 60, 2023: 60.8 })).toBe('achieved');
    expect(status(stable, 2023, { 2021: 60, 2023: 58.5 })).toBe('off-track');
    expect(status(stable, 2025, { 2021: 60, 2025: 58.5 })).toBe('not-achieved');
  });
});

describe('cumulative targets', () => {
  // 550 t over five years: the even share is 110 t a year; 10% of the target is 55 t.
  const nox = indicator({ kind: 'cumulative', value: 550 }, 'none', 't');
  it.each([
    [{ 2021: 120, 2022: 110 }, 2022, 'on-track'],
    [{ 2021: 100, 2022: 90 }, 2022, 'at-risk'], // 190 vs 220: 30 behind ≤ 55
    [{ 2021: 80, 2022: 60 }, 2022, 'off-track'], // 140 vs 220: 80 behind
    [{ 2021: 300, 2022: 260 }, 2022, 'achieved'],
    [{ 2021: 100, 2022: 100, 2023: 100, 2024: 100, 2025: 100 }, 2025, 'not-achieved'],
    [{ 2021: 110, 2022: 110, 2023: 110, 2024: 110, 2025: 110 }, 2025, 'achieved'],
  ] as const)('%j in %s → %s', (values, year, expected) => {
    expect(status(nox, year, values)).toBe(expected);
  });
});

describe('assigned and qualitative targets, no data', () => {
  const provincial = indicator({ kind: 'assigned', comparison: 'atLeast' }, 96);
  it('is not assessable until the assigned figure is recorded, then numeric', () => {
    expect(status(provincial, 2023, { 2023: 97 })).toBe('not-assessable');
    expect(status(provincial, 2023, { 2023: 97 }, 97)).toBe('achieved');
    expect(status(provincial, 2023, { 2023: 97.1 }, 98)).toBe('at-risk'); // path 96 → 98 expects 97.2; 0.1 behind ≤ 0.2
    expect(status(provincial, 2023, { 2023: 96.5 }, 98)).toBe('off-track'); // 0.7 behind > 0.2
  });

  it('qualitative: the recorded judgement', () => {
    const red = indicator({ kind: 'qualitative', criteria: { zh: '面积不减少', en: 'Area not reduced' } });
    expect(status(red, 2022, { 2022: 'met' })).toBe('achieved');
    expect(status(red, 2022, { 2022: 'not-met' })).toBe('off-track');
    expect(status(red, 2025, { 2025: 'not-met' })).toBe('not-achieved');
  });

  it('no data before anything is published', () => {
    expect(status(indicator({ kind: 'atLeast', value: 1 }, 0), 2022, {})).toBe('no-data');
    expect(status(indicator({ kind: 'atLeast', value: 1 }, 0), 2021, { 2022: 5 })).toBe('no-data'); // 2021 reported (2022 is), but this indicator had no figure yet
  });

  it('rejects a value of the wrong kind', () => {
    expect(() => status(indicator({ kind: 'atLeast', value: 1 }, 0), 2022, { 2022: 'met' })).toThrow(/needs a number/);
    expect(() => status(indicator({ kind: 'qualitative', criteria: { zh: 'x', en: 'x' } }), 2022, { 2022: 3 })).toThrow(/needs "met"/);
  });
});

describe('final year, missing years, revisions, explanations', () => {
  const ind = indicator({ kind: 'atLeast', value: 85 }, 60, '%');

  it('in 2025 gives only achieved or not achieved', () => {
    const finals = [84.9, 85, 60, 90].map((v) => status(ind, 2025, { 2025: v }));
    expect(new Set(finals)).toEqual(new Set(['achieved', 'not-achieved']));
  });

  it('uses the latest earlier figure for a year without one, and says which year', () => {
    const a = assess(ind, 2023, obs({ 2021: 65 }), options({ 2021: 65 }, { reportedThrough: 2023 }));
    expect(a.status).toBe('off-track'); // 65 vs the path's 75 in 2023
    expect(explain(a, ind, 'en', PLAN)).toBe(
      '2023: 65%, below the target of 85%; the straight path from the baseline to the target expected 75% by now (latest figure: 2021).',
    );
    expect(explain(a, ind, 'zh', PLAN)).toBe('2023年：65%，低于85%的目标；按基线到目标的路径，此时应达到75%（最新数据为2021年）。');
  });

  it('assesses values as they stood on a date (revisions)', () => {
    const revised: YearObservation[] = [
      {
        year: 2022,
        observation: {
          indicator: 'x',
          value: 68,
          published: '2023-09-30',
          source: SOURCE,
          revisions: [{ value: 71, published: '2023-03-15', source: SOURCE, reason: { zh: '更正', en: 'Corrected' } }],
        },
      },
    ];
    const o = { period: PERIOD, reportedThrough: 2022 };
    expect(assess(ind, 2022, revised, o).status).toBe('at-risk'); // 68 vs 70
    expect(assess(ind, 2022, revised, { ...o, asOf: '2023-06-01' }).status).toBe('on-track'); // 71 as first published
    expect(assess(ind, 2022, revised, { ...o, asOf: '2023-01-01' }).status).toBe('no-data'); // not yet published
  });

  it('explains every status in both languages with the numbers', () => {
    const pm = indicator({ kind: 'atMost', value: 25.2 }, 24.8, 'μg/m³');
    const a = assess(pm, 2023, obs({ 2023: 24.1 }), options({ 2023: 24.1 }));
    expect(explain(a, pm, 'en', PLAN)).toBe('2023: 24.1\u00a0μg/m³, within the limit of 25.2\u00a0μg/m³.');
    expect(explain(a, pm, 'zh', PLAN)).toBe('2023年：24.1\u00a0μg/m³，未超过25.2\u00a0μg/m³的限值。');
  });

  it('knows eight statuses', () => {
    expect(STATUSES).toHaveLength(8);
  });
});

describe('a plan in progress gets no verdict for years not yet reported', () => {
  // Baseline 32 in 2020, at most 30 by 2025; figures published for 2021 and 2022 only.
  const pm = indicator({ kind: 'atMost', value: 30 }, 32, 'μg/m³');
  const values = { 2021: 29.4, 2022: 28.9 };

  it('later years are "not reported", never achieved or not achieved', () => {
    expect([2021, 2022, 2023, 2024, 2025].map((y) => status(pm, y, values))).toEqual(['achieved', 'achieved', 'not-reported', 'not-reported', 'not-reported']);
    const a = assess(pm, 2025, obs(values), options(values));
    expect(explain(a, pm, 'zh', PLAN)).toBe('2025年：尚未到报告期或尚未公布该年数据，不作评估。');
    expect(explain(a, pm, 'en', PLAN)).toBe('2025: no figures have been published for this year yet, so there is no assessment.');
  });

  it('"not reported" comes before "not assessable" and "no data"', () => {
    const assigned = indicator({ kind: 'assigned', comparison: 'atLeast' }, 'none');
    expect(status(assigned, 2022, { 2022: 3 })).toBe('not-assessable');
    expect(status(assigned, 2023, { 2022: 3 })).toBe('not-reported');
    expect(status(indicator({ kind: 'atLeast', value: 1 }, 0), 2024, { 2022: 0.5 }, undefined, 2023)).toBe('not-reported');
  });

  it('the final-year rule applies only to a figure of the final year itself', () => {
    // The plan has published 2025, but this indicator's latest figure is 30.5 from 2023. The path from 32 to 30
    // expects 30 in 2025: 0.5 behind > 10% of the distance (0.2) → off track, a provisional verdict, not "not achieved".
    expect(status(pm, 2025, { 2023: 30.5 }, undefined, 2025)).toBe('off-track');
    expect(status(pm, 2025, { 2023: 30.5, 2025: 30.5 })).toBe('not-achieved');
    expect(status(pm, 2025, { 2025: 29 })).toBe('achieved');
  });

  it('a cumulative target is judged on its running total, and only up to the reported years', () => {
    // 500 t over 2021–2025: 100 t a year expected; 10% of the target is 50 t.
    const cod = indicator({ kind: 'cumulative', value: 500 }, 'none', 't');
    expect([2021, 2022, 2023].map((y) => status(cod, y, { 2021: 90, 2022: 130 }))).toEqual(['at-risk', 'on-track', 'not-reported']);
  });
});
