/**
 * An indicator page's view (src/lib/views/indicator.ts) and the one rule for shortening a page's description
 * (src/lib/views/description.ts). Every expectation is worked out by hand from the small plan below.
 */
import { describe, expect, it } from 'vitest';
import { embedView, expectedBy, indicatorView } from '../../src/lib/views/indicator.ts';
import { describeText } from '../../src/lib/views/description.ts';
import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';
import type { Observation } from '../../src/lib/schema/progress.ts';
import type { PlanData, SiteData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';
import { testIndicator } from '../helpers/indicator.ts';

const PERIOD = periodOf({ baselineYear: 2020, start: 2021, end: 2025 });
const SOURCE = { title: 'Bulletin', publisher: 'Bureau', date: '2022-03-01' };

function indicator(id: string, target: Target, baseline: number | 'none', targetText: string, over: Partial<Indicator> = {}): Indicator {
  return testIndicator({
    id,
    target,
    baseline,
    targetText,
    number: 2,
    name: { zh: `指标${id}`, en: `Indicator ${id}` },
    unit: { zh: '平方米', en: 'm²' },
    attribute: 'anticipatory',
    definition: { zh: '人均公园绿地面积。', en: 'Park area per resident.' },
    ...over,
  });
}

function plan(id: string, indicators: Indicator[], observations: Observation[], projects: unknown[] = []): PlanData {
  const years = [2021, 2022, 2023].filter((y) => observations.some((o) => (o as unknown as { year: number }).year === y));
  return {
    id,
    period: PERIOD,
    plan: {
      title: { zh: '测试规划', en: 'Test plan' },
      shortName: { zh: `规划${id}`, en: `Plan ${id}` },
      indicatorTable: { zh: '表', en: 'Table' },
      assigner: { zh: '省', en: 'province' },
      contentUpdated: '2022-01-15',
    },
    indicators: { groups: [{ id: 'g', name: { zh: '生态', en: 'Ecology' } }], indicators },
    assignedTargets: { targets: [] },
    progress: years.map((year) => ({
      file: `progress/${year}.json`,
      year,
      data: { year, observations: observations.filter((o) => (o as unknown as { year: number }).year === year) },
    })),
    projects: { projects },
  } as unknown as PlanData;
}

/** An observation (its year kept beside it for the plan builder above). */
const observation = (id: string, year: number, value: number, extra: Partial<Observation> = {}) =>
  ({ year, indicator: id, value, published: `${year + 1}-03-01`, source: SOURCE, revisions: [], ...extra }) as unknown as Observation;

// Parks: from 12 m² (2020) to at least 15 m² (2025); the straight path adds (15 − 12) / 5 = 0.6 a year:
// 12.6 in 2021, 13.2 in 2022, 13.8 in 2023, 14.4 in 2024, the target in 2025.
const PARK = indicator('park', { kind: 'atLeast', value: 15 }, 12, '≥15');
// 2022's figure was first published as 13 (1 March 2023) and corrected to 13.2 on 1 June 2023.
const PARK_2022 = observation('park', 2022, 13.2, {
  published: '2023-06-01',
  revisions: [{ value: 13, published: '2023-03-01', source: SOURCE, reason: { zh: '统计口径调整', en: 'Revised scope' } }],
} as unknown as Partial<Observation>);
const DATA = plan(
  'p1',
  [PARK],
  [observation('park', 2021, 12.6, { note: { zh: '初步数', en: 'Preliminary' } } as Partial<Observation>), PARK_2022],
  [
    { id: 'greenway', name: { zh: '绿道', en: 'Greenway' }, indicators: ['park'], statusHistory: [{ date: '2022-05-01', status: 'in-progress' }] },
    { id: 'sewer', name: { zh: '管网', en: 'Sewers' }, indicators: ['other'], statusHistory: [] },
  ],
);
const SITE = { site: { publisher: { zh: '局', en: 'Bureau' } }, plans: [DATA], current: DATA, demo: false } as unknown as SiteData;
const nb = (s: string) => s.replaceAll('\u00a0', ' ');

describe('what a year was to reach', () => {
  const series = { years: [2020, 2021, 2022, 2023, 2024, 2025], path: [12, 12.6, 13.2, 13.8, 14.4, 15] };
  it("the path's figure before the final year, the plan's target in it", () => {
    expect(nb(expectedBy(2022, series, PARK, 'en', DATA))).toBe('13.2 m²');
    expect(expectedBy(2023, series, PARK, 'zh', DATA)).toBe('13.8平方米');
    expect(nb(expectedBy(2025, series, PARK, 'en', DATA))).toBe('≥15 m²');
  });
  it('rounds the path to two decimals (a third of the way: 12 + 1/3 = 12.33)', () => {
    expect(nb(expectedBy(2021, { years: [2020, 2021], path: [12, 12 + 1 / 3] }, PARK, 'en', DATA))).toBe('12.33 m²');
  });
  it('a dash where no path is drawn (none, or not in that year)', () => {
    expect(expectedBy(2022, undefined, PARK, 'en', DATA)).toBe('—');
    expect(expectedBy(2022, { years: [2020, 2021, 2022], path: [null, null, null] }, PARK, 'en', DATA)).toBe('—');
    // The target in the final year even without a chart.
    expect(nb(expectedBy(2025, undefined, PARK, 'en', DATA))).toBe('≥15 m²');
  });
});

describe('the indicator page', () => {
  const en = indicatorView(SITE, DATA, 'park', 'en');
  const zh = indicatorView(SITE, DATA, 'park', 'zh');

  it('title, address, date and share image', () => {
    expect(en.title).toBe('(2) Indicator park');
    expect(zh.title).toBe('（2）指标park');
    expect(en.path).toBe('/p1/indicators/park/');
    // The latest of the plan's content date and the figures' publication dates.
    expect(en.updated).toBe('2023-06-01');
    expect(en.share.path).toBe('/p1/share/indicator-park-en.png');
  });

  it('facts: group, unit, baseline and target with their unit and as printed', () => {
    expect(en.facts.group).toBe('Ecology');
    expect(en.facts.unit).toBe('m²');
    expect(nb(en.facts.baseline)).toBe('12 m²');
    expect(zh.facts.baseline).toBe('12平方米');
    expect(nb(en.facts.target)).toBe('≥15 m²');
    expect(en.facts.targetAsPrinted).toBe('(Table reads: ≥15)');
    expect(en.facts.targetAsPrintedLang).toBe('zh-CN');
    expect(zh.facts.targetAsPrintedLang).toBeUndefined();
    expect(en.facts.assigned).toBeUndefined();
    expect(en.facts.tolerance).toBeUndefined();
  });

  it('a row per year of the period: the figure, what the path expected, and no figure after the latest', () => {
    expect(en.years.map((y) => [y.year, nb(y.figure), nb(y.expected)])).toEqual([
      [2021, '12.6 m²', '12.6 m²'],
      [2022, '13.2 m²', '13.2 m²'],
      [2023, 'No data yet', '13.8 m²'],
      [2024, 'No data yet', '14.4 m²'],
      [2025, 'No data yet', '≥15 m²'],
    ]);
    expect(en.years[0]!.anchor).toBe('year-2021');
    expect(en.years[0]!.permalinkLabel).toBe('Indicator park, 2021');
    expect(en.yearColumns[2]).toEqual({ heading: 'Expected by then', label: 'Expected by then: ' });
  });

  it('sources, with the note and the correction: the figure it replaced, when and why', () => {
    expect(en.sources.map((s) => ({ ...s, figure: nb(s.figure), corrections: s.corrections.map(nb) }))).toEqual([
      { yearLabel: '2021', figure: '12.6 m²', title: 'Bulletin', detail: ', Bureau, 1 March 2022', note: 'Preliminary', corrections: [] },
      {
        yearLabel: '2022',
        figure: '13.2 m²',
        title: 'Bulletin',
        detail: ', Bureau, 1 March 2022',
        corrections: ['Corrected on 1 June 2023: previously 13 m²; reason: Revised scope'],
      },
    ]);
    expect(zh.sources[1]!.corrections).toEqual(['2023年6月1日更正：原值13平方米，原因：统计口径调整']);
  });

  it('related projects with their state, downloads, embed code', () => {
    expect(en.projects).toEqual([{ href: '/en/p1/projects/greenway/', name: 'Greenway', state: 'in-progress' }]);
    expect(en.downloads.map((d) => d.href)).toEqual([
      '/p1/data/indicators/park.csv',
      '/p1/data/indicators/park.json',
      '/p1/data/charts/park-en.png',
      '/p1/data/charts/park-en.svg',
    ]);
    expect(en.embed).toBe('<iframe src="/en/p1/embed/park/" title="Indicator park" width="100%" height="760" loading="lazy" style="border:0"></iframe>');
    expect(indicatorView(SITE, DATA, 'park', 'en', new URL('https://example.gov/')).embed).toContain('src="https://example.gov/en/p1/embed/park/"');
  });

  it('a qualitative target: no chart, no downloads of one, no embed code', () => {
    const red = indicator('red', { kind: 'qualitative', criteria: { zh: '面积不减少', en: 'Area not reduced' } }, 'none', '面积不减少');
    const data = plan('p1', [red], []);
    const view = indicatorView({ ...SITE, plans: [data], current: data }, data, 'red', 'en');
    expect(view.series).toBeUndefined();
    expect(view.embed).toBeUndefined();
    expect(view.downloads).toHaveLength(2);
    expect(view.sources).toEqual([]);
  });

  it('the indicator continued by a later plan links to it', () => {
    const next = plan('p2', [indicator('park2', { kind: 'atLeast', value: 16 }, 13.2, '≥16', { continues: { plan: 'p1', indicator: 'park' } })], []);
    const site = { ...SITE, plans: [DATA, next] } as SiteData;
    expect(indicatorView(site, DATA, 'park', 'en').successor).toEqual({ href: '/en/p2/indicators/park2/', text: 'Plan p2 · Indicator park2' });
    expect(indicatorView(SITE, DATA, 'park', 'en').successor).toBeUndefined();
  });
});

describe('a page description', () => {
  it('keeps a text that fits whole, as it is', () => {
    expect(describeText('Park area per resident. 2022: 13.2\u00a0m², on track.')).toBe('Park area per resident. 2022: 13.2\u00a0m², on track.');
    expect(describeText('甲'.repeat(160))).toBe('甲'.repeat(160));
  });

  it('never breaks between a number and its unit (a no-break space)', () => {
    const text = `${'x'.repeat(150)} is 13.2\u00a0m² and more`;
    expect(describeText(text)).toBe(`${'x'.repeat(150)} is…`);
  });

  it('cuts after the last whole sentence that fits', () => {
    const text = `${'a'.repeat(100)}. ${'b'.repeat(40)}. ${'c'.repeat(40)}.`;
    expect(describeText(text)).toBe(`${'a'.repeat(100)}. ${'b'.repeat(40)}.`);
    // A Chinese full stop ends a sentence without a space after it.
    expect(describeText(`${'甲'.repeat(100)}。${'乙'.repeat(100)}。`)).toBe(`${'甲'.repeat(100)}。`);
  });

  it('never ends inside a number (a decimal point is not a sentence end)', () => {
    // "Average " (8) + 140 + " fell to " (9) = 157 characters, then "23.4": its point is the 160th, followed by a digit.
    const text = `Average ${'x'.repeat(140)} fell to 23.4 ug and more words follow here.`;
    const cut = describeText(text);
    expect(cut).toBe(`Average ${'x'.repeat(140)} fell to…`);
    expect(Array.from(cut).length).toBeLessThanOrEqual(160);
  });

  it('otherwise at the last word, or in Chinese the last clause, with an ellipsis', () => {
    const words = Array.from({ length: 40 }, (_, k) => `word${k}`).join(' ');
    const cut = describeText(words);
    expect(cut.endsWith('…')).toBe(true);
    expect(words.startsWith(cut.slice(0, -1))).toBe(true);
    expect(words[cut.length - 1]).toBe(' ');
    expect(describeText(`${'甲'.repeat(120)}，${'乙'.repeat(100)}`)).toBe(`${'甲'.repeat(120)}…`);
    // No place to cut: at the limit, with the ellipsis counted in it.
    expect(describeText('甲'.repeat(200))).toBe(`${'甲'.repeat(159)}…`);
  });

  it('counts characters, never splitting a pair of surrogates', () => {
    const cut = describeText('𠀀'.repeat(200));
    expect(Array.from(cut)).toHaveLength(160);
    expect(cut.endsWith('𠀀…')).toBe(true);
  });
});

describe('the embeddable chart', () => {
  it("the name, the full page, the status and the newest figure's source", () => {
    const view = embedView(DATA, 'park', 'en');
    expect(view.title).toBe('Indicator park');
    expect(view.page).toBe('/en/p1/indicators/park/');
    expect(view.planTitle).toBe('Test plan');
    expect(view.series.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(view.series.values).toEqual([12, 12.6, 13.2, null, null, null]);
    expect(view.source).toBe('Source: Bulletin, Bureau, 1 March 2022.');
    expect(embedView(DATA, 'park', 'zh').source).toBe('数据来源：Bulletin，Bureau，2022年3月1日。');
  });

  it('says so where no figure is published', () => {
    const empty = plan('p1', [PARK], []);
    expect(embedView(empty, 'park', 'en').source).toBe('No figures published yet.');
  });
});
