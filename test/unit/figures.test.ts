/**
 * "The figure for a year", one definition per target kind (src/lib/indicators/figures.ts), and everything that shows
 * it: the chart's series, the report's rows and the cards' text. Expectations worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { runningTotals, yearFigures } from '../../src/lib/indicators/figures.ts';
import { chartSeries, indicatorRows } from '../../src/lib/indicators/view.ts';
import { explain, figureText, latestFigureText, publishedValueText } from '../../src/lib/indicators/explain.ts';
import { buildReport } from '../../src/lib/reports/model.ts';
import type { YearObservation } from '../../src/lib/indicators/assess.ts';
import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';
import type { Observation } from '../../src/lib/schema/progress.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';
import { printedName, targetCell, targetWithUnit } from '../../src/lib/indicators/describe.ts';
import { testIndicator } from '../helpers/indicator.ts';

const PERIOD = periodOf({ baselineYear: 2020, start: 2021, end: 2025 });
const SOURCE = { title: 'Synthetic test source', publisher: 'Test', date: '2022-03-01' };

function indicator(id: string, target: Target, baseline: number | 'none', unit: { zh: string; en: string } = { zh: '吨', en: 't' }): Indicator {
  return testIndicator({ id, target, baseline, unit });
}

/** Observations of one indicator, each published on 1 March of the following year, optionally with an earlier version. */
function obs(
  id: string,
  values: Record<number, number | 'met' | 'not-met'>,
  earlier: Record<number, { value: number; published: string }> = {},
): YearObservation[] {
  return Object.entries(values).map(([y, value]) => {
    const year = Number(y);
    const old = earlier[year];
    const observation: Observation = {
      indicator: id,
      value,
      published: old ? '2024-06-01' : `${year + 1}-03-01`,
      source: SOURCE,
      revisions: old ? [{ value: old.value, published: old.published, source: SOURCE, reason: { zh: '更正', en: 'Corrected' } }] : [],
    } as Observation;
    return { year, observation };
  });
}

// A reduction of 850 t over 2021–2025, reported as yearly amounts: 200, 180, (2023 not reported), 160.
const COD = indicator('cod', { kind: 'cumulative', value: 850 }, 'none');
const COD_OBS = obs('cod', { 2021: 200, 2022: 180, 2024: 160 });
// PM2.5 at most 25.2 from a baseline of 24.8 (the start meets the goal already).
const PM = indicator('pm', { kind: 'atMost', value: 25.2 }, 24.8, { zh: 'μg/m³', en: 'μg/m³' });
const PM_OBS = obs('pm', { 2021: 24.1, 2022: 23.4 });
// Forest cover at least 60 from 50.
const FOREST = indicator('forest', { kind: 'atLeast', value: 60 }, 50, { zh: '%', en: '%' });
const FOREST_OBS = obs('forest', { 2021: 52, 2022: 53 });

describe('the figure for a year', () => {
  it('is, for a cumulative target, the running total of the amounts published through that year, with the amount beside it', () => {
    const f = yearFigures(COD, COD_OBS, PERIOD);
    expect(f.map((x) => [x.year, x.figure, x.amount, x.missing])).toEqual([
      [2021, 200, 200, undefined],
      [2022, 380, 180, undefined],
      // 200 + 180 + 160: the unreported 2023 gets no figure of its own, and the 2024 total says it leaves 2023 out.
      [2024, 540, 160, [2023]],
    ]);
  });

  it('gives a cumulative target no verdict for a year without its own amount, nor on a total with a year missing', () => {
    const data = plan([COD], COD_OBS);
    const row = indicatorRows(data).find((r) => r.indicator.id === 'cod')!;
    expect(row.byYear.map((a) => [a.year, a.status])).toEqual([
      [2021, 'on-track'], // 200 ≥ 170
      [2022, 'on-track'], // 380 ≥ 340
      [2023, 'no-data'], // nothing published for 2023
      [2024, 'not-assessable'], // 540 leaves 2023 out: neither on track nor behind can be said
      [2025, 'not-reported'],
    ]);
    expect(explain(row.byYear[3]!, COD, 'en', data)).toBe(
      '2024: the amounts of 2023 have not been published, so the total is incomplete and cannot be assessed.',
    );
  });

  it('is, for any other target, the value published for the year (no amount)', () => {
    expect(yearFigures(PM, PM_OBS, PERIOD).map((x) => [x.year, x.figure, x.amount])).toEqual([
      [2021, 24.1, undefined],
      [2022, 23.4, undefined],
    ]);
    const q = indicator('q', { kind: 'qualitative', criteria: { zh: '完成', en: 'Done' } }, 'none');
    expect(yearFigures(q, obs('q', { 2022: 'met' }), PERIOD).map((x) => x.figure)).toEqual(['met']);
  });

  it('stands as published on a date: a later correction changes neither the amount nor the running total of a frozen report', () => {
    // 2022 was first published as 150 (on 2023-03-01), corrected to 180 on 2024-06-01.
    const corrected = obs('cod', { 2021: 200, 2022: 180 }, { 2022: { value: 150, published: '2023-03-01' } });
    expect(yearFigures(COD, corrected, PERIOD, '2023-12-31').map((x) => x.figure)).toEqual([200, 350]);
    expect(yearFigures(COD, corrected, PERIOD).map((x) => x.figure)).toEqual([200, 380]);
    const then = yearFigures(COD, corrected, PERIOD, '2023-12-31')[1]!;
    expect(then.revisedLater?.value).toBe(180);
    expect(then.revisions).toEqual([]); // nothing had been replaced yet on that date
  });

  it('keeps sums exact to six decimals: 0.1 + 0.2 is 0.3', () => {
    expect(
      runningTotals([
        { year: 2021, value: 0.1 },
        { year: 2022, value: 0.2 },
      ]).map((t) => t.total),
    ).toEqual([0.1, 0.3]);
  });
});

/** The smallest plan the view and the report read. */
function plan(indicators: Indicator[], observations: YearObservation[]): PlanData {
  const years = [...new Set(observations.map((o) => o.year))].sort();
  return {
    id: 'test',
    period: PERIOD,
    plan: { shortName: { zh: '测试', en: 'Test' }, indicatorTable: { zh: '表', en: 'Table' }, assigner: { zh: '省', en: 'province' } },
    indicators: { groups: [], indicators },
    assignedTargets: { targets: [] },
    progress: years.map((year) => ({
      file: `progress/${year}.json`,
      year,
      data: { year, observations: observations.filter((o) => o.year === year).map((o) => o.observation) },
    })),
    projects: { projects: [] },
  } as unknown as PlanData;
}

describe('what shows the figure', () => {
  const data = plan([COD, PM, FOREST], [...COD_OBS, ...PM_OBS, ...FOREST_OBS]);
  const row = (id: string) => indicatorRows(data).find((r) => r.indicator.id === id)!;

  it('the chart draws the running totals against the pro-rata path and the target', () => {
    const s = chartSeries(row('cod'), PERIOD)!;
    expect(s.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(s.values).toEqual([0, 200, 380, null, 540, null]);
    expect(s.path).toEqual([0, 170, 340, 510, 680, 850]);
    expect(s.target).toBe(850);
  });

  it('the chart draws no path where the start meets the goal already (it would read as a plan to worsen)', () => {
    const s = chartSeries(row('pm'), PERIOD)!;
    expect(s.values).toEqual([24.8, 24.1, 23.4, null, null, null]);
    expect(s.path.every((p) => p === null)).toBe(true);
    expect(s.target).toBe(25.2);
  });

  it('the chart draws the straight path where there is a distance to cover', () => {
    expect(chartSeries(row('forest'), PERIOD)!.path).toEqual([50, 52, 54, 56, 58, 60]);
  });

  it('the report row of a year gives the running total, the amount and the change from the year before', () => {
    const report = buildReport(data, 2022, '2023-12-31');
    const cod = report.rows.find((r) => r.indicator.id === 'cod')!;
    expect([cod.value, cod.amount, cod.previous, cod.changeFromPrevious]).toEqual([380, 180, 200, 180]);
    expect(cod.assessment.basis).toMatchObject({ kind: 'cumulative', total: 380, goal: 850 });
    const pm = report.rows.find((r) => r.indicator.id === 'pm')!;
    expect([pm.value, pm.amount, pm.changeFromPrevious, pm.changeFromBaseline]).toEqual([23.4, undefined, -0.7, -1.4]);
  });

  // A unit symbol follows its number after a no-break space (format.ts joinUnit); a Chinese unit follows it directly.
  it("the card and the tables say which is the running total and which the year's amount, in both languages", () => {
    const latest = row('cod').values.at(-1)!;
    expect(latestFigureText(latest, COD, 'zh')).toBe('截至2024年累计540吨（当年160吨；2023年完成量未公布，累计数不完整）');
    expect(latestFigureText(latest, COD, 'en')).toBe('540\u00a0t in total by 2024 (160\u00a0t in 2024; 2023 not published, so the total is incomplete)');
    const complete = row('cod').values[1]!;
    expect(figureText(complete, COD, 'zh')).toBe('累计380吨（当年180吨）');
    expect(figureText(complete, COD, 'en')).toBe('380\u00a0t in total (180\u00a0t that year)');
    expect(publishedValueText(160, COD, 'en')).toBe('160\u00a0t that year');
    expect(latestFigureText(row('pm').values.at(-1)!, PM, 'en')).toBe('23.4\u00a0μg/m³ (2022)');
  });
});

describe('the indicator table’s cells', () => {
  const data = plan([PM], PM_OBS);
  const printed = { ...PM, number: 3, name: { zh: '细颗粒物浓度', en: 'PM2.5 concentration' }, targetText: '≤25.2' };
  const assigned = { ...PM, targetText: '达到省定目标要求', target: { kind: 'assigned' } as Target };

  it('name the indicator with its number and unit as the plan prints them', () => {
    expect(printedName(printed, 'zh')).toBe('（3）细颗粒物浓度（μg/m³）');
    expect(printedName(printed, 'en')).toBe('(3) PM2.5 concentration (μg/m³)');
    expect(printedName({ ...printed, unit: { zh: '', en: '' } }, 'en')).toBe('(3) PM2.5 concentration');
  });

  it('show the plan’s own words in Chinese, and in English its numbers as printed and its worded targets translated', () => {
    expect(targetCell(printed, 'zh', data)).toBe('≤25.2');
    expect(targetCell(printed, 'en', data)).toBe('≤25.2');
    expect(targetWithUnit(printed, 'en', data)).toBe('≤25.2\u00a0μg/m³');
    expect(targetCell(assigned, 'zh', data)).toBe('达到省定目标要求');
    expect(targetCell(assigned, 'en', data)).toBe('Meet the target set by the province');
  });
});
