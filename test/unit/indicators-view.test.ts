/**
 * The indicator list's view and its cards (src/lib/views/indicators.ts): groups in the plan's order with their
 * indicators, the statuses the filter offers, the summary's caption, each card's figures. Worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { indicatorTableGroups, indicatorsView, statusRows } from '../../src/lib/views/indicators.ts';
import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';
import type { Observation } from '../../src/lib/schema/progress.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';
import { testIndicator } from '../helpers/indicator.ts';

const SOURCE = { title: 'Bulletin', publisher: 'Bureau', date: '2022-03-01' };
const n = (en: string, zh: string) => ({ en, zh });

function indicator(
  id: string,
  number: number,
  group: string,
  attribute: 'binding' | 'anticipatory',
  target: Target,
  baseline: number | 'none',
  targetText: string,
): Indicator {
  return testIndicator({ id, number, group, attribute, target, baseline, targetText, name: n(`Indicator ${id}`, `指标${id}`), unit: n('m²', '平方米') });
}

function plan(observations: { year: number; indicator: string; value: number }[]): PlanData {
  const years = [...new Set(observations.map((o) => o.year))].sort();
  return {
    id: 'p',
    period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
    plan: { shortName: n('Plan', '规划'), indicatorTable: n('Table 1', '表1'), assigner: n('province', '省'), contentUpdated: '2022-01-10' },
    indicators: {
      groups: [
        { id: 'air', label: n('I.', '一、'), name: n('Air', '大气') },
        { id: 'green', label: n('II.', '二、'), name: n('Green space', '绿地') },
      ],
      // Listed out of group order: the list follows the groups.
      indicators: [
        indicator('park', 2, 'green', 'anticipatory', { kind: 'atLeast', value: 15 }, 12, '≥15'),
        indicator('pm', 1, 'air', 'binding', { kind: 'atMost', value: 25.2 }, 24.8, '≤25.2'),
        indicator('trees', 3, 'green', 'anticipatory', { kind: 'atLeast', value: 40 }, 'none', '≥40'),
      ],
    },
    assignedTargets: { targets: [] },
    progress: years.map((year) => ({
      file: `progress/${year}.json`,
      year,
      data: {
        year,
        observations: observations
          .filter((o) => o.year === year)
          .map((o) => ({ indicator: o.indicator, value: o.value, published: `${year + 1}-03-01`, source: SOURCE, revisions: [] }) as unknown as Observation),
      },
    })),
    projects: { projects: [] },
  } as unknown as PlanData;
}

// PM2.5 23.9 in 2022, within its limit of 25.2; parks 12.1 in 2022 where the path 12 → 15 expects 13.2 (behind).
const DATA = plan([
  { year: 2022, indicator: 'pm', value: 23.9 },
  { year: 2022, indicator: 'park', value: 12.1 },
]);

describe('the indicator list', () => {
  const view = indicatorsView(DATA, 'en');

  it("groups in the plan's order, each with its indicators, headed by label and name", () => {
    expect(view.groups.map((g) => [g.heading, g.cards.map((c) => c.id)])).toEqual([
      ['I. Air', ['pm']],
      ['II. Green space', ['park', 'trees']],
    ]);
  });

  it('the summary speaks of the latest year with a figure; the date is the latest publication', () => {
    expect(view.year).toBe(2022);
    expect(view.summary.caption).toBe('Assessment for 2022');
    expect(view.updated).toBe('2023-03-01');
    const empty = indicatorsView(plan([]), 'en');
    expect(empty.year).toBeUndefined();
    expect(empty.summary.caption).toBe('Summary of assessments');
    expect(empty.statuses.map((s) => s.status)).toEqual(['no-data']);
  });

  it('the status filter offers only the statuses that occur, in the order of the statuses', () => {
    // PM2.5 23.9 ≤ 25.2: achieved; parks lag 13.2 − 12.1 = 1.1, beyond 10% of the distance 15 − 12 (0.3): off track;
    // trees: no figure.
    expect(view.statuses).toEqual([
      { status: 'achieved', label: 'Achieved' },
      { status: 'off-track', label: 'Off track' },
      { status: 'no-data', label: 'No data published yet' },
    ]);
    expect(view.summary.binding).toMatchObject({ achieved: 1, 'off-track': 0, 'no-data': 0 });
    expect(view.summary.anticipatory).toMatchObject({ achieved: 0, 'off-track': 1, 'no-data': 1 });
  });

  it('a card: number, name, link, status, baseline, latest figure with its year, target', () => {
    const nb = (x: string) => x.replaceAll('\u00a0', ' ');
    const pm = view.groups[0]!.cards[0]!;
    expect([pm.id, pm.group, pm.status, pm.attribute, pm.href, pm.number, pm.name, nb(pm.baseline), nb(pm.latest), nb(pm.target)]).toEqual([
      'pm',
      'air',
      'achieved',
      'binding',
      '/en/p/indicators/pm/',
      '(1)',
      'Indicator pm',
      '24.8 m²',
      '23.9 m² (2022)',
      '≤25.2 m²',
    ]);
    const zh = indicatorsView(DATA, 'zh').groups[1]!.cards;
    expect(zh.map((c) => [c.number, c.name, c.baseline, c.latest, c.target])).toEqual([
      ['（2）', '指标park', '12平方米', '12.1平方米（2022年）', '≥15平方米'],
      ['（3）', '指标trees', '无', '暂无数据', '≥40平方米'],
    ]);
  });
});

describe('the table of counts', () => {
  it('the statuses that occur in either column, each count a link to the filtered list where there is one', () => {
    const { summary } = indicatorsView(DATA, 'en');
    const rows = statusRows(summary, DATA, 'en', '/en/p/indicators/');
    expect(rows.map((r) => [r.status, r.cells.map((c) => [c.attribute, c.count, c.href])])).toEqual([
      [
        'achieved',
        [
          ['binding', 1, '/en/p/indicators/?status=achieved&attribute=binding'],
          ['anticipatory', 0, undefined],
        ],
      ],
      [
        'off-track',
        [
          ['binding', 0, undefined],
          ['anticipatory', 1, '/en/p/indicators/?status=off-track&attribute=anticipatory'],
        ],
      ],
      [
        'no-data',
        [
          ['binding', 0, undefined],
          ['anticipatory', 1, '/en/p/indicators/?status=no-data&attribute=anticipatory'],
        ],
      ],
    ]);
    expect(rows[0]!.cells[0]!.label).toBe('Binding indicators assessed “Achieved”: 1');
    // Without a list (a report's counts, of another date), no links.
    expect(
      statusRows(summary, DATA, 'en')
        .flatMap((r) => r.cells)
        .some((c) => c.href),
    ).toBe(false);
  });
});

describe("the plan's indicator table in a chapter", () => {
  it("words in the chapter's language, links in the page's", () => {
    const groups = indicatorTableGroups(DATA, 'zh', 'en');
    expect(groups.map((g) => g.heading)).toEqual(['一、大气', '二、绿地']);
    expect(groups[0]!.rows).toEqual([{ href: '/en/p/indicators/pm/', name: '（1）指标pm（平方米）', baseline: '24.8', target: '≤25.2', attribute: '约束性' }]);
    const en = indicatorTableGroups(DATA, 'en', 'en');
    expect(en[1]!.rows.map((r) => [r.name, r.target, r.attribute])).toEqual([
      ['(2) Indicator park (m²)', '≥15', 'Anticipatory'],
      ['(3) Indicator trees (m²)', '≥40', 'Anticipatory'],
    ]);
  });
});
