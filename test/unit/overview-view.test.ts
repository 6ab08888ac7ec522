/**
 * A plan at a glance (src/lib/views/overview.ts) and the counts of statuses it shares with the indicator list
 * (statusSummary, src/lib/views/indicators.ts). Worked out by hand from the small plan below.
 */
import { describe, expect, it } from 'vitest';
import { planHome, planOverview, siteHome } from '../../src/lib/views/overview.ts';
import { statusSummary } from '../../src/lib/views/indicators.ts';
import type { Chapter } from '../../src/lib/plan/chapters.ts';
import type { Observation } from '../../src/lib/schema/progress.ts';
import type { PlanData, SiteData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';

const n = (en: string, zh: string) => ({ en, zh });
const ind = (id: string, group: string, attribute: string, baseline: number, value: number) => ({
  number: 1,
  id,
  group,
  name: n(id, id),
  unit: n('%', '%'),
  attribute,
  baseline,
  baselineText: String(baseline),
  targetText: `≥${value}`,
  target: { kind: 'atLeast', value },
  definition: n('d', 'd'),
  sections: [],
});

function plan(observations: { indicator: string; value: number }[]): PlanData {
  return {
    id: 'p',
    period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
    plan: {
      title: n('Test plan', '测试规划'),
      summary: n('A plan.', '一个规划。'),
      contentUpdated: '2026-09-01',
      shortName: n('Plan', '规划'),
      indicatorTable: n('Table', '表'),
      assigner: n('province', '省'),
    },
    indicators: {
      groups: [
        { id: 'air', label: n('I.', '一、'), name: n('Air', '大气') },
        { id: 'water', label: n('II.', '二、'), name: n('Water', '水') },
      ],
      // Binding a (50 → 60) and anticipatory b (70 → 80), both air; water has c (binding).
      indicators: [ind('a', 'air', 'binding', 50, 60), ind('b', 'air', 'anticipatory', 70, 80), ind('c', 'water', 'binding', 10, 20)],
    },
    assignedTargets: { targets: [] },
    progress: observations.length
      ? [
          {
            file: 'progress/2022.json',
            year: 2022,
            data: {
              year: 2022,
              observations: observations.map(
                (o) => ({ ...o, published: '2023-03-01', source: { title: 's', publisher: 'p', date: '2023-03-01' }, revisions: [] }) as unknown as Observation,
              ),
            },
          },
        ]
      : [],
    projects: { projects: [] },
  } as unknown as PlanData;
}

const src = (lang: 'zh' | 'en', label: string, title: string, updated = '2026-10-01') => ({ lang, label, title, updated });
const CHAPTERS = [
  { number: 1, slug: 'chapter-1', zh: src('zh', '第一章', '总体要求'), en: src('en', 'Chapter 1', 'General Requirements') },
  { number: 2, slug: 'chapter-2', zh: src('zh', '第二章', '保障措施') },
] as unknown as Chapter[];

describe('the counts of statuses', () => {
  it('of the latest year with a figure: a at 60 (its target) achieved, b at 73.5 where the path 70 → 80 expects 74 (0.5 behind, within 10% of the distance 10: at risk)', () => {
    const s = statusSummary(
      plan([
        { indicator: 'a', value: 60 },
        { indicator: 'b', value: 73.5 },
      ]),
      'en',
    );
    expect(s.year).toBe(2022);
    expect(s.caption).toBe('Assessment for 2022');
    expect(s.binding).toMatchObject({ achieved: 1, 'no-data': 1 });
    expect(s.anticipatory).toMatchObject({ 'at-risk': 1 });
  });
  it('before any figure: of no year', () => {
    const s = statusSummary(plan([]), 'zh');
    expect(s.year).toBeUndefined();
    expect(s.binding).toMatchObject({ 'no-data': 2 });
  });
});

describe('a plan at a glance', () => {
  it('title, period, groups with their counts and filtered links', () => {
    const view = planOverview(plan([]), CHAPTERS, 'en');
    expect([view.title, view.href, view.summary, view.period, view.hasTopics, view.listHref, view.textHref]).toEqual([
      'Test plan',
      '/en/p/',
      'A plan.',
      '2021–2025',
      false,
      '/en/p/indicators/',
      '/en/p/text/',
    ]);
    expect(view.groups).toEqual([
      { id: 'air', name: 'Air', href: '/en/p/indicators/?group=air', count: '2 indicators' },
      { id: 'water', name: 'Water', href: '/en/p/indicators/?group=water', count: '1 indicators' },
    ]);
  });

  it('chapters: translated headings, or the Chinese one marked as Chinese', () => {
    expect(planOverview(plan([]), CHAPTERS, 'en').chapters).toEqual([
      { href: '/en/p/text/chapter-1/', heading: 'Chapter 1: General Requirements', translated: true },
      { href: '/en/p/text/chapter-2/', heading: '第二章　保障措施', translated: false, lang: 'zh-CN' },
    ]);
    expect(planOverview(plan([]), CHAPTERS, 'zh').chapters.map((c) => c.heading)).toEqual(['第一章　总体要求', '第二章　保障措施']);
  });
});

describe('the home pages', () => {
  it("a plan's home: its short name, summary, and the newest of its content and its chapters", () => {
    const view = planHome(plan([]), CHAPTERS, 'en');
    expect([view.title, view.description, view.path, view.updated]).toEqual(['Plan', 'A plan.', '/p/', '2026-10-01']);
  });

  it("the site's home: one plan alone, or the current one under the site's name with the others listed", () => {
    const current = plan([]);
    const alone = siteHome(
      { site: { siteName: n('Portal', '门户'), contentUpdated: '2026-11-15' }, plans: [current], current } as unknown as SiteData,
      CHAPTERS,
      'en',
    );
    expect([alone.siteName, alone.level, alone.others, alone.updated, alone.description]).toEqual([undefined, 1, [], '2026-11-15', 'A plan.']);
    const next = {
      ...plan([]),
      id: 'q',
      period: periodOf({ baselineYear: 2025, start: 2026, end: 2030 }),
      plan: { ...current.plan, title: n('Next plan', '下一规划'), summary: n('Next.', '下一个。') },
    } as PlanData;
    const two = siteHome(
      { site: { siteName: n('Portal', '门户'), contentUpdated: '2026-01-01' }, plans: [next, current], current } as unknown as SiteData,
      CHAPTERS,
      'zh',
    );
    expect([two.siteName, two.level, two.updated]).toEqual(['门户', 2, '2026-10-01']);
    expect(two.others).toEqual([{ href: '/q/', title: '下一规划', period: '2026—2030年', summary: '下一个。' }]);
  });
});
