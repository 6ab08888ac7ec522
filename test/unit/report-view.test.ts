/**
 * A report page's view (src/lib/views/report.ts): the signed changes, the sources listed once, which indicators the
 * completion table of a mid-term and of a final report lists, and the rows, columns and sections of the page.
 * Every expectation is worked out by hand from the small plan below.
 */
import { describe, expect, it } from 'vitest';
import { completionRows, reportPdfPath, reportSources, reportsIndexView, reportView, signedChange } from '../../src/lib/views/report.ts';
import { buildReport } from '../../src/lib/reports/model.ts';
import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';
import type { YearObservation } from '../../src/lib/indicators/assess.ts';
import type { Observation } from '../../src/lib/schema/progress.ts';
import type { PlanData, SiteData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';
import { testIndicator } from '../helpers/indicator.ts';

// 2020 baseline, 2021–2025: the mid-term evaluation is 2021 + ⌊(2025 − 2021) / 2⌋ = 2023, the final one 2025.
const PERIOD = periodOf({ baselineYear: 2020, start: 2021, end: 2025 });
const SOURCE = { title: 'Bulletin', publisher: 'Bureau', date: '2022-03-01' };

function indicator(
  id: string,
  number: number,
  attribute: 'binding' | 'anticipatory',
  target: Target,
  baseline: number | 'none',
  unit = { zh: 'μg/m³', en: 'μg/m³' },
): Indicator {
  return testIndicator({ id, number, attribute, target, baseline, unit, name: { zh: `指标${id}`, en: `Indicator ${id}` } });
}

function obs(id: string, values: Record<number, number>, source = SOURCE): YearObservation[] {
  return Object.entries(values).map(([y, value]) => ({
    year: Number(y),
    observation: { indicator: id, value, published: `${Number(y) + 1}-03-01`, source, revisions: [] } as unknown as Observation,
  }));
}

function plan(indicators: Indicator[], observations: YearObservation[]): PlanData {
  const years = [...new Set(observations.map((o) => o.year))].sort();
  return {
    id: 'test',
    period: PERIOD,
    plan: {
      title: { zh: '测试规划', en: 'Test plan' },
      contentUpdated: '2022-01-10',
      shortName: { zh: '测试', en: 'Test' },
      indicatorTable: { zh: '表', en: 'Table' },
      assigner: { zh: '省', en: 'province' },
    },
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

// PM2.5, binding: 24.8 in 2020, 23.6 in 2022, 23.5 in 2023: −1.3 since the baseline, −0.1 on the year before.
const PM = { ...indicator('pm', 1, 'binding', { kind: 'atMost', value: 25.2 }, 24.8), targetText: '≤25.2' };
// Parks, anticipatory: 12 in 2020, 12.6 in 2022 and 2023: +0.6 since the baseline, ±0 on the year before.
const PARK = indicator('park', 2, 'anticipatory', { kind: 'atLeast', value: 15 }, 12, { zh: 'm²', en: 'm²' });
// Wetlands, binding, no figure: no change either way.
const WET = indicator('wet', 3, 'binding', { kind: 'atLeast', value: 30 }, 'none', { zh: '%', en: '%' });
const DATA = plan([PM, PARK, WET], [...obs('pm', { 2021: 24.1, 2022: 23.6, 2023: 23.5 }), ...obs('park', { 2021: 12.3, 2022: 12.6, 2023: 12.6 })]);
const SITE = { site: { publisher: { zh: '生态环境局', en: 'Ecology Bureau' } } } as unknown as Pick<SiteData, 'site'>;
const MID = buildReport(DATA, 2023, '2024-03-01');
const FINAL = buildReport(DATA, 2025, '2026-03-01');
const ANNUAL = buildReport(DATA, 2022, '2023-03-01');
const nb = (s: string) => s.replaceAll('\u00a0', ' ');

describe('signed changes', () => {
  it('a fall with a minus sign, a rise with a plus, no change with ±, none with a dash', () => {
    expect(signedChange(-1.3, 'en')).toBe('−1.3');
    expect(signedChange(-1.3, 'zh')).toBe('−1.3');
    expect(signedChange(0.6, 'en')).toBe('+0.6');
    expect(signedChange(0.6, 'zh')).toBe('+0.6');
    expect(signedChange(0, 'en')).toBe('±0');
    expect(signedChange(undefined, 'en')).toBe('—');
  });

  it('groups thousands in English and keeps the decimals given', () => {
    expect(signedChange(-1234.5, 'en')).toBe('−1,234.5');
    expect(signedChange(20, 'en')).toBe('+20');
  });

  it("reads the report's own changes: 23.5 − 24.8 = −1.3, 12.6 − 12 = +0.6, 12.6 − 12.6 = ±0", () => {
    const rows = reportView(DATA, SITE, MID, 'en', { narrative: false }).table.rows;
    expect(rows.map((r) => [r.id, r.changeFromBaseline, r.changeFromPrevious])).toEqual([
      ['pm', '−1.3', '−0.1'],
      ['park', '+0.6', '±0'],
      ['wet', '—', '—'],
    ]);
  });
});

describe('sources', () => {
  it('lists each source once, in the order of the rows, by title, publisher and date', () => {
    const other = { title: 'Yearbook', publisher: 'Bureau', date: '2024-05-01', url: 'https://example.org/y' };
    const laterEdition = { ...SOURCE, date: '2023-03-01' };
    const rows = [{ source: SOURCE }, {}, { source: other }, { source: { ...SOURCE } }, { source: laterEdition }, { source: other }];
    expect(reportSources(rows)).toEqual([SOURCE, other, laterEdition]);
    expect(reportSources([{}, {}])).toEqual([]);
  });

  it('the page shows them with publisher and date', () => {
    expect(reportView(DATA, SITE, MID, 'en', { narrative: false }).sources).toEqual([{ title: 'Bulletin', detail: ', Bureau, 1 March 2022' }]);
    expect(reportView(DATA, SITE, MID, 'zh', { narrative: false }).sources).toEqual([{ title: 'Bulletin', detail: '，Bureau，2022年3月1日' }]);
  });
});

describe('the completion table', () => {
  it('a mid-term report lists the binding indicators, a final report every indicator', () => {
    expect(completionRows('mid-term', MID.rows).map((r) => r.indicator.id)).toEqual(['pm', 'wet']);
    expect(completionRows('final', FINAL.rows).map((r) => r.indicator.id)).toEqual(['pm', 'park', 'wet']);
  });

  it('an annual report has none; the mid-term one reads baseline, figure, change and target', () => {
    expect(reportView(DATA, SITE, ANNUAL, 'en', { narrative: false }).completion).toBeUndefined();
    const mid = reportView(DATA, SITE, MID, 'en', { narrative: false }).completion!;
    expect(mid.heading).toBe('Completion of binding indicators');
    expect(mid.rows.map((r) => [r.name, nb(r.baseline), nb(r.figure), r.changeFromBaseline])).toEqual([
      ['Indicator pm', '24.8 μg/m³', '23.5 μg/m³', '−1.3'],
      ['Indicator wet', 'none', 'no data', '—'],
    ]);
    const final = reportView(DATA, SITE, FINAL, 'zh', { narrative: false }).completion!;
    expect(final.heading).toBe('全部指标完成情况（终期评估）');
    expect(final.rows.map((r) => r.name)).toEqual(['指标pm', '指标park', '指标wet']);
  });
});

describe('the page', () => {
  it('title, PDF, sections (the narrative and the completion table only where there are)', () => {
    const mid = reportView(DATA, SITE, MID, 'en', { narrative: true });
    expect(mid.title).toBe('Assessment report 2023 (mid-term evaluation)');
    expect(mid.pdf).toBe('/test/reports/2023/report-2023-en.pdf');
    expect(reportPdfPath('eco', 2021, 'zh')).toBe('/eco/reports/2021/report-2021-zh.pdf');
    expect(mid.path).toBe('/test/reports/2023/');
    expect(mid.issuer).toBe('Ecology Bureau');
    expect(mid.sections.map((s) => s.id)).toEqual(['summary', 'narrative', 'completion', 'indicators', 'changes', 'projects', 'sources']);
    expect(reportView(DATA, SITE, ANNUAL, 'zh', { narrative: false }).sections.map((s) => s.id)).toEqual([
      'summary',
      'indicators',
      'changes',
      'projects',
      'sources',
    ]);
    expect(mid.summaryIntro).toBe('2 binding and 1 anticipatory indicators.');
  });

  it('column headings, and the same with a colon as card labels', () => {
    const en = reportView(DATA, SITE, MID, 'en', { narrative: false }).table.columns;
    expect(en[1]).toEqual({ heading: 'Value 2023', label: 'Value 2023: ' });
    expect(en[3]).toEqual({ heading: 'Change since 2020 baseline', label: 'Change since 2020 baseline: ' });
    const zh = reportView(DATA, SITE, MID, 'zh', { narrative: false }).table.columns;
    expect(zh.map((c) => c.heading).slice(1, 4)).toEqual(['2023年数值', '较上年', '较2020年基线']);
    expect(zh[2]!.label).toBe('较上年：');
  });

  it('table rows: the numbered name linking to the year on the indicator page, the figure, the target', () => {
    const [pm] = reportView(DATA, SITE, MID, 'en', { narrative: false }).table.rows;
    expect(pm!.anchor).toBe('indicator-pm');
    expect(pm!.href).toBe('/en/test/indicators/pm/#year-2023');
    expect(pm!.numberedName).toBe('(1) Indicator pm');
    expect(pm!.binding).toBe(true);
    expect(nb(pm!.figure)).toBe('23.5 μg/m³');
    expect(nb(pm!.target)).toBe('≤25.2 μg/m³');
    // A target the plan words (no number printed) is described.
    expect(reportView(DATA, SITE, MID, 'en', { narrative: false }).table.rows[1]!.target).toBe('At least 15');
    const zh = reportView(DATA, SITE, MID, 'zh', { narrative: false }).table.rows;
    expect(zh.map((r) => r.numberedName)).toEqual(['（1）指标pm', '（2）指标park', '（3）指标wet']);
    expect(zh[0]!.href).toBe('/test/indicators/pm/#year-2023');
  });
});

describe('the list of reports', () => {
  it('newest first, each with its title, date and counts; the newest publication dates the page', () => {
    const view = reportsIndexView({ ...DATA, reports: [] } as unknown as PlanData, [ANNUAL, MID], 'en');
    expect(view.reports.map((r) => [r.year, r.href, r.title, r.publishedText])).toEqual([
      [2023, '/en/test/reports/2023/', 'Assessment report 2023 (mid-term evaluation)', '1 March 2024'],
      [2022, '/en/test/reports/2022/', 'Assessment report 2022', '1 March 2023'],
    ]);
    expect(view.reports[1]!.caption).toBe('Assessment report 2022: Summary');
    expect(view.updated).toBe('2024-03-01');
  });

  it('names the years with figures but no published report', () => {
    // 2021, 2022 and 2023 have figures; only 2022's report is published.
    const reports = [{ status: 'published', year: 2022, published: '2023-03-01' }];
    expect(reportsIndexView({ ...DATA, reports } as PlanData, [ANNUAL], 'en').pending).toBe(
      "Years with published figures but no published assessment report yet: 2021 and 2023. Each indicator's figures and assessment are on the indicators pages.",
    );
    expect(reportsIndexView({ ...DATA, reports } as PlanData, [ANNUAL], 'zh').pending).toMatch(/^.*2021和2023/);
    expect(reportsIndexView({ ...DATA, reports: [], progress: [] } as unknown as PlanData, [], 'en').pending).toBeUndefined();
  });
});
