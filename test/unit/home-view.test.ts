/**
 * The home page's answers (src/lib/views/home.ts): topics in the plan's order, each headline indicator read out in
 * one sentence with its figure, its change since the baseline and its target, and the series of its trend line.
 * Every expectation is worked out by hand from the small plans below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineSentence, homeView } from '../../src/lib/views/home.ts';
import { indicatorRows } from '../../src/lib/indicators/view.ts';
import { IndicatorsFile, type Indicator, type Target } from '../../src/lib/schema/indicators.ts';
import type { YearObservation } from '../../src/lib/indicators/assess.ts';
import type { Observation } from '../../src/lib/schema/progress.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { zodProblems } from '../../src/lib/messages/problem.ts';
import { testIndicator } from '../helpers/indicator.ts';

const PERIOD = periodOf({ baselineYear: 2020, start: 2021, end: 2025 });
const SOURCE = { title: 'Synthetic test source', publisher: 'Test', date: '2022-03-01' };
const PERCENT = { zh: '%', en: '%' };

function indicator(
  id: string,
  over: { target: Target; baseline: number | 'none'; unit?: { zh: string; en: string }; direction?: 'higher' | 'lower'; topic?: string; headline?: boolean },
): Indicator {
  const { target, baseline, unit = { zh: '吨', en: 't' }, direction, topic, headline } = over;
  return testIndicator({
    id,
    target,
    baseline,
    unit,
    name: { zh: `测试${id}`, en: `Test ${id}` },
    ...(direction ? { direction } : {}),
    ...(topic ? { topic } : {}),
    ...(headline ? { headline } : {}),
  });
}

/** Observations of one indicator, each published on 1 March of the following year. */
function obs(id: string, values: Record<number, number | 'met' | 'not-met'>): YearObservation[] {
  return Object.entries(values).map(([y, value]) => {
    const year = Number(y);
    return { year, observation: { indicator: id, value, published: `${year + 1}-03-01`, source: SOURCE, revisions: [] } as unknown as Observation };
  });
}

/** The smallest plan the view reads. */
function plan(indicators: Indicator[], observations: YearObservation[], topics?: { id: string; name: { zh: string; en: string } }[]): PlanData {
  const years = [...new Set(observations.map((o) => o.year))].sort();
  return {
    id: 'test',
    period: PERIOD,
    plan: { shortName: { zh: '测试', en: 'Test' }, indicatorTable: { zh: '表', en: 'Table' }, assigner: { zh: '省', en: 'province' } },
    indicators: { groups: [], indicators, ...(topics ? { topics } : {}) },
    assignedTargets: { targets: [] },
    progress: years.map((year) => ({
      file: `progress/${year}.json`,
      year,
      data: { year, observations: observations.filter((o) => o.year === year).map((o) => o.observation) },
    })),
    projects: { projects: [] },
  } as unknown as PlanData;
}

// Falling, and good: PM2.5 at most 25.2 from 24.8; 23.4 in 2022 is (23.4 − 24.8) / 24.8 = −5.6%, i.e. 6% lower.
const PM = indicator('pm', { target: { kind: 'atMost', value: 25.2 }, baseline: 24.8, unit: { zh: 'μg/m³', en: 'μg/m³' }, direction: 'lower' });
// Rising, and bad: the same target; 26.3 is (26.3 − 24.8) / 24.8 = +6.0%, above the limit, behind the path (off track).
const PM_UP = indicator('pmup', { target: { kind: 'atMost', value: 25.2 }, baseline: 24.8, unit: { zh: 'μg/m³', en: 'μg/m³' }, direction: 'lower' });
// Rising, and good: 12 → 13.2 m² is +10%; the path from 12 to 15 expects 13.2 in 2022 (on track, target not met yet).
const PARK = indicator('park', { target: { kind: 'atLeast', value: 15 }, baseline: 12, unit: { zh: 'm²', en: 'm²' }, direction: 'higher' });
// A percentage: 50% → 53% is 3 percentage points (never "6%").
const FOREST = indicator('forest', { target: { kind: 'atLeast', value: 60 }, baseline: 50, unit: PERCENT, direction: 'higher' });
// A percentage falling by half a point: 96.7% → 96.2%.
const DAYS = indicator('days', { target: { kind: 'atLeast', value: 96.7 }, baseline: 96.7, unit: PERCENT, direction: 'higher' });
// Cumulative: 850 t over the period; 200 + 180 = 380 t by 2022 (the year's amount 180 t beside it), 380 / 850 = 44.7%.
const COD = indicator('cod', { target: { kind: 'cumulative', value: 850 }, baseline: 'none', direction: 'higher' });
// No figure at all.
const WATER = indicator('water', { target: { kind: 'keepAt', value: 100 }, baseline: 100, unit: PERCENT, direction: 'higher' });
// Qualitative.
const RED = indicator('red', { target: { kind: 'qualitative', criteria: { zh: '面积不减少', en: 'Area not reduced' } }, baseline: 'none' });

const DATA = plan(
  [PM, PM_UP, PARK, FOREST, DAYS, COD, WATER, RED],
  [
    ...obs('pm', { 2021: 24.1, 2022: 23.4 }),
    ...obs('pmup', { 2022: 26.3 }),
    ...obs('park', { 2021: 12.6, 2022: 13.2 }),
    ...obs('forest', { 2021: 52, 2022: 53 }),
    ...obs('days', { 2022: 96.2 }),
    ...obs('cod', { 2021: 200, 2022: 180 }),
    ...obs('red', { 2022: 'met' }),
  ],
);
const raw = (data: PlanData, id: string, lang: Lang) =>
  headlineSentence(
    data,
    indicatorRows(data).find((r) => r.indicator.id === id)!,
    lang,
  );
/** The sentence with its no-break spaces (number and unit) written as spaces, for readable expectations. */
const sentence = (data: PlanData, id: string, lang: Lang) => raw(data, id, lang).replaceAll('\u00a0', ' ');

describe('the sentence of a headline indicator', () => {
  it('falling where lower is better: the figure, the change in per cent of the baseline, within the target', () => {
    expect(sentence(DATA, 'pm', 'en')).toBe('2022: 23.4 μg/m³, 6% lower than in 2020 (lower is better), within the target of at most 25.2 μg/m³.');
    expect(sentence(DATA, 'pm', 'zh')).toBe('2022年为23.4 μg/m³，比2020年下降6%（越低越好），达到目标（不高于25.2 μg/m³）。');
  });

  it('rising where lower is better: above the limit, the target still to reach', () => {
    expect(sentence(DATA, 'pmup', 'en')).toBe('2022: 26.3 μg/m³, 6% higher than in 2020 (lower is better), the 2025 target is at most 25.2 μg/m³.');
    expect(sentence(DATA, 'pmup', 'zh')).toBe('2022年为26.3 μg/m³，比2020年上升6%（越低越好），2025年目标为不高于25.2 μg/m³。');
  });

  it('rising where higher is better, on its way to the target', () => {
    expect(sentence(DATA, 'park', 'en')).toBe('2022: 13.2 m², 10% higher than in 2020 (higher is better), the 2025 target is at least 15 m².');
    expect(sentence(DATA, 'park', 'zh')).toBe('2022年为13.2 m²，比2020年上升10%（越高越好），2025年目标为不低于15 m²。');
  });

  it('a percentage changes by percentage points, to the precision it was published with', () => {
    expect(sentence(DATA, 'forest', 'en')).toBe('2022: 53%, 3 percentage points higher than in 2020 (higher is better), the 2025 target is at least 60%.');
    expect(sentence(DATA, 'forest', 'zh')).toBe('2022年为53%，比2020年上升3个百分点（越高越好），2025年目标为不低于60%。');
    expect(sentence(DATA, 'days', 'en')).toBe('2022: 96.2%, 0.5 percentage points lower than in 2020 (higher is better), the 2025 target is at least 96.7%.');
    expect(sentence(DATA, 'days', 'zh')).toBe('2022年为96.2%，比2020年下降0.5个百分点（越高越好），2025年目标为不低于96.7%。');
  });

  it("a cumulative target reads the running total with the year's amount, and the share of the target; no change since the baseline", () => {
    expect(sentence(DATA, 'cod', 'en')).toBe('380 t in total by 2022 (180 t in 2022), 44% of the target of 850 t in total by 2025.');
    expect(sentence(DATA, 'cod', 'zh')).toBe('截至2022年累计380吨（当年180吨），已完成2025年累计目标850吨的44%。');
  });

  it('a target to keep a level is said as such', () => {
    const keep = plan([WATER], obs('water', { 2021: 100, 2022: 98 }));
    // 98 < 100: behind a path that expects 100 (off track), the target not reached yet.
    expect(sentence(keep, 'water', 'en')).toBe('2022: 98%, 2 percentage points lower than in 2020 (higher is better), the 2025 target is to keep it at 100%.');
    expect(sentence(keep, 'water', 'zh')).toBe('2022年为98%，比2020年下降2个百分点（越高越好），2025年目标为保持100%。');
    const kept = plan([WATER], obs('water', { 2021: 100 }));
    expect(sentence(kept, 'water', 'en')).toBe('2021: 100%, the same as in 2020 (higher is better), meeting the target of keeping it at 100%.');
    expect(sentence(kept, 'water', 'zh')).toBe('2021年为100%，与2020年持平（越高越好），达到目标（保持100%）。');
  });

  it('keeps each number on one line with its unit (a no-break space), never inside other words', () => {
    expect(raw(DATA, 'pm', 'en')).toBe('2022: 23.4\u00a0μg/m³, 6% lower than in 2020 (lower is better), within the target of at most 25.2\u00a0μg/m³.');
    expect(raw(DATA, 'cod', 'en')).toBe('380\u00a0t in total by 2022 (180\u00a0t in 2022), 44% of the target of 850\u00a0t in total by 2025.');
  });

  it('a qualitative target reads the judgement', () => {
    expect(sentence(DATA, 'red', 'en')).toBe('2022: judged met by the responsible authority.');
    expect(sentence(DATA, 'red', 'zh')).toBe('2022年经主管部门评定为达到要求。');
  });

  it('without a figure says so plainly, with the baseline and the target', () => {
    expect(sentence(DATA, 'water', 'en')).toBe('No figures published yet. 2020: 100%; target for 2025: keep at 100%.');
    expect(sentence(DATA, 'water', 'zh')).toBe('尚未公布数据。2020年为100%；2025年目标：保持100%。');
    const empty = plan([PM, COD], []);
    expect(sentence(empty, 'pm', 'en')).toBe('No figures published yet. 2020: 24.8 μg/m³; target for 2025: at most 25.2 μg/m³.');
    expect(sentence(empty, 'pm', 'zh')).toBe('尚未公布数据。2020年为24.8 μg/m³；2025年目标：不高于25.2 μg/m³。');
    // No baseline to show: the target alone.
    expect(sentence(empty, 'cod', 'en')).toBe('No figures published yet. Target for 2025: 850 t in total.');
    expect(sentence(empty, 'cod', 'zh')).toBe('尚未公布数据。2025年目标：累计850吨。');
  });

  it("the same figure as the cards show: the running total, never a single year's amount", () => {
    const late = plan([COD], obs('cod', { 2021: 200, 2022: 180, 2023: 300, 2024: 190 }));
    // 200 + 180 + 300 + 190 = 870 ≥ 850: achieved.
    expect(sentence(late, 'cod', 'en')).toBe('870 t in total by 2024 (190 t in 2024), reaching the target of 850 t in total.');
    expect(sentence(late, 'cod', 'zh')).toBe('截至2024年累计870吨（当年190吨），达到累计850吨的目标。');
  });
});

describe("the home page's topics", () => {
  const topics = [
    { id: 'water', name: { zh: '水', en: 'Water' } },
    { id: 'air', name: { zh: '空气', en: 'Air' } },
    { id: 'soil', name: { zh: '土壤', en: 'Soil' } },
  ];
  const tagged = (i: Indicator, topic: string, headline: boolean): Indicator => ({ ...i, topic, ...(headline ? { headline } : {}) });
  const data = plan(
    [tagged(PM, 'air', true), tagged(PM_UP, 'air', false), tagged(COD, 'water', true), tagged(WATER, 'water', true), tagged(FOREST, 'soil', false)],
    [...obs('pm', { 2021: 24.1, 2022: 23.4 }), ...obs('cod', { 2021: 200, 2022: 180 })],
    topics,
  );

  it('come in the order the plan declares them, each with its headline indicators only; a topic without one is left out', () => {
    const view = homeView(data, 'en');
    expect(view.topics.map((t) => [t.name, t.headlines.map((h) => h.id)])).toEqual([
      ['Water', ['cod', 'water']],
      ['Air', ['pm']],
    ]);
    expect(view.latestYear).toBe(2022);
    expect(homeView(data, 'zh').topics.map((t) => t.name)).toEqual(['水', '空气']);
  });

  it('give each headline its link, status and the series its chart draws', () => {
    const [water, air] = homeView(data, 'en').topics;
    const pm = air!.headlines[0]!;
    expect(pm.href).toBe('/en/test/indicators/pm/');
    expect(homeView(data, 'zh').topics[1]!.headlines[0]!.href).toBe('/test/indicators/pm/');
    expect(pm.status).toBe('achieved');
    expect(pm.year).toBe(2022);
    expect(pm.sparkline).toEqual({
      // Through the latest figure: the years not yet reported are left out.
      years: [2020, 2021, 2022],
      values: [24.8, 24.1, 23.4],
      nonNegative: true,
      label: 'Test pm by year: 24.8\u00a0μg/m³ in 2020, 24.1\u00a0μg/m³ in 2021, 23.4\u00a0μg/m³ in 2022',
    });
    expect(homeView(data, 'zh').topics[1]!.headlines[0]!.sparkline!.label).toBe(
      '测试pm逐年数值：2020年24.8\u00a0μg/m³、2021年24.1\u00a0μg/m³、2022年23.4\u00a0μg/m³',
    );
    // Cumulative: the running totals from 0 in the baseline year, as the chart draws them.
    expect(water!.headlines[0]!.sparkline!.values).toEqual([0, 200, 380]);
    // Nothing published: no trend line, no year.
    const none = water!.headlines[1]!;
    expect(none.sparkline).toBeUndefined();
    expect(none.year).toBeUndefined();
    expect(none.status).toBe('no-data');
  });

  it('are none for a plan that declares no topics (the home page then lists the groups)', () => {
    expect(homeView(DATA, 'en').topics).toEqual([]);
  });
});

describe('topics in indicators.json', () => {
  const file = path.resolve(import.meta.dirname, '../fixtures/sites/county/data/plans/qingxi-2026-2030/indicators.json');
  const base = () => JSON.parse(fs.readFileSync(file, 'utf8')) as { topics?: { id: string }[]; indicators: { topic?: string; headline?: boolean }[] };
  const problems = (data: unknown) => {
    const r = IndicatorsFile.safeParse(data);
    return r.success ? [] : zodProblems('indicators.json', data, r.error).map((p) => ({ path: p.path!.replace(/\[(\d+)\]/g, '.$1'), message: p.message }));
  };

  it('the fixture declares topics and every indicator names one', () => {
    expect(problems(base())).toEqual([]);
  });

  it('refuses an undeclared topic, a missing one, a duplicate and a headline without topics, each in Chinese too', () => {
    const unknown = base();
    unknown.indicators[0]!.topic = 'noise';
    const missing = base();
    delete missing.indicators[1]!.topic;
    const duplicate = base();
    duplicate.topics!.push({ ...duplicate.topics![0]! });
    const noTopics = base();
    delete noTopics.topics;
    for (const i of noTopics.indicators) delete i.topic;
    const strayTopic = base();
    delete strayTopic.topics;
    for (const i of strayTopic.indicators) delete i.headline;
    const found = [problems(unknown), problems(missing), problems(duplicate), problems(noTopics), problems(strayTopic)];
    expect(found[0]).toEqual([{ path: 'indicators.0.topic', message: 'unknown topic id (declared topics: air, water, ecology, climate, safety)' }]);
    expect(found[1]).toEqual([
      {
        path: 'indicators.1.topic',
        message: 'every indicator needs a "topic" once the file declares topics (declared topics: air, water, ecology, climate, safety)',
      },
    ]);
    expect(found[2]).toEqual([{ path: `topics.${duplicate.topics!.length - 1}.id`, message: 'duplicate topic id' }]);
    expect(found[3]!.map((p) => p.path)).toEqual(['indicators.0.headline', 'indicators.1.headline', 'indicators.2.headline', 'indicators.3.headline']);
    expect(found[4]![0]).toEqual({ path: 'indicators.0.topic', message: 'unknown topic id: no "topics" are declared at the top of the file' });
    // Each issue has its Chinese from the message catalogue (the schema's refinement carries its code).
    const zh = [unknown, missing, duplicate, noTopics, strayTopic].flatMap((d) => {
      const r = IndicatorsFile.safeParse(d);
      return r.success ? [] : zodProblems('indicators.json', d, r.error);
    });
    for (const p of zh) expect(p.messageZh, p.message).toMatch(/\p{Script=Han}/u);
    expect(zh[0]!.messageZh).toBe('未知的主题标识（已声明的主题：air, water, ecology, climate, safety）');
  });

  it('are optional: a file without topics, topic or headline is valid', () => {
    const old = base();
    delete old.topics;
    for (const i of old.indicators) {
      delete i.topic;
      delete i.headline;
    }
    expect(problems(old)).toEqual([]);
  });
});
