/**
 * The views of the about page, the data page and the footer (src/lib/views/site-pages.ts), worked out by hand from
 * the small site below: a portal of two plans, one issued by the portal's publisher and one by another body.
 */
import { describe, expect, it } from 'vitest';
import { aboutView, dataPageView, footerView } from '../../src/lib/views/site-pages.ts';
import type { PlanData, SiteData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';

const n = (en: string, zh: string) => ({ en, zh });
const obs = (published: string) => ({ indicator: 'a', value: 1, published, source: { title: 's', publisher: 'p', date: published }, revisions: [] });

const river = {
  id: 'river',
  period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
  plan: {
    title: n('River plan', '河流规划'),
    shortName: n('River', '河流'),
    indicatorTable: n('Table 1', '表1'),
    assigner: n('the city', '市'),
    contentUpdated: '2026-03-01',
    published: '2022-05-09',
  },
  indicators: { groups: [], indicators: [] },
  projects: { projects: [] },
  progress: [
    { year: 2022, data: { observations: [obs('2023-04-30'), obs('2026-07-15')] } },
    { year: 2023, data: { observations: [obs('2024-04-30')] } },
  ],
} as unknown as PlanData;
const forest = {
  id: 'forest',
  period: periodOf({ baselineYear: 2025, start: 2026, end: 2030 }),
  plan: {
    title: n('Forest plan', '森林规划'),
    shortName: n('Forest', '森林'),
    indicatorTable: n('Table 1', '表1'),
    assigner: n('the city', '市'),
    contentUpdated: '2026-11-20',
    issuer: n('Forestry Bureau', '林业局'),
    publishedNote: n('To be published', '待公布'),
  },
  indicators: { groups: [], indicators: [] },
  projects: { projects: [] },
  progress: [],
} as unknown as PlanData;
const site = {
  site: {
    publisher: n('County Bureau', '县局'),
    disclosure: n('Published under the rules.', '依规公开。'),
    licence: { name: n('CC BY 4.0', '署名 4.0'), url: 'https://creativecommons.org/licenses/by/4.0/' },
    contact: { phone: '0839-1234567' },
  },
  plans: [river, forest],
  current: forest,
  demo: false,
} as unknown as SiteData;

describe('the footer', () => {
  it("dates the page in words, credits the plan's issuer on its pages and the site's publisher elsewhere", () => {
    const onForest = footerView(site, forest, true, 'en', '2026-11-20');
    expect(onForest.updated).toEqual({ iso: '2026-11-20', text: '20 November 2026' });
    expect(onForest.publisher).toBe('Forestry Bureau');
    expect(onForest.glossaryHref).toBe('/en/forest/glossary/');
    expect(onForest.aboutHref).toBe('/en/about/');
    expect(onForest.licence).toEqual({ url: 'https://creativecommons.org/licenses/by/4.0/', name: 'CC BY 4.0' });
    // The site's home shows the current plan's links but the portal's publisher.
    expect(footerView(site, forest, false, 'zh', '2026-11-20')).toMatchObject({
      updated: { text: '2026年11月20日' },
      publisher: '县局',
      glossaryHref: '/forest/glossary/',
    });
    expect(footerView(site, river, true, 'zh', '2026-03-01').publisher).toBe('县局');
  });
  it('names only the markers site.json sets', () => {
    const f = footerView(site, river, true, 'en', '2026-03-01');
    expect(f.organisations).toEqual([]);
    expect(f.filings).toEqual([]);
    expect(f.contact.map((m) => m.text)).toEqual(['0839-1234567']);
  });
});

describe('the about page', () => {
  it('gives each plan its period, publication date or note, and a citation without an address on a local build', () => {
    const v = aboutView(site, 'zh', undefined);
    expect([v.title, v.publisher, v.disclosure]).toEqual(['关于', '县局', '依规公开。']);
    expect(v.plans).toEqual([
      {
        id: 'river',
        title: '河流规划',
        issuer: undefined,
        period: '2021—2025年',
        published: { iso: '2022-05-09', text: '2022年5月9日' },
        publishedNote: undefined,
        citation: '县局：《河流规划》，2021—2025年。',
      },
      {
        id: 'forest',
        title: '森林规划',
        issuer: '林业局',
        period: '2026—2030年',
        published: undefined,
        publishedNote: '待公布',
        citation: '林业局：《森林规划》，2026—2030年。',
      },
    ]);
  });
  it("gives the plan's full address in the citation where the site has a public one", () => {
    expect(aboutView(site, 'en', 'https://plans.example.gov.cn/').plans[1]!.citation).toBe(
      'Forestry Bureau. Forest plan, 2026–2030. Online: https://plans.example.gov.cn/en/forest/',
    );
  });
});

describe("a plan's data page", () => {
  it('is dated by the newest of its text and its figures, lists its four files and the columns of three tables', () => {
    const v = dataPageView(site, river, 'en');
    expect(v.updated).toBe('2026-07-15');
    expect(v.hasObservations).toBe(true);
    expect(v.files.map((f) => f.href)).toEqual([
      '/river/data/indicators.csv',
      '/river/data/observations.csv',
      '/river/data/dataset.json',
      '/river/data/datapackage.json',
    ]);
    expect(v.template).toBe('/river/data/template.csv');
    expect(v.dictionary.map((d) => d.file)).toEqual([
      'indicators.csv',
      'observations.csv',
      'indicators/<indicator id>.csv (one table per indicator, row for row its chart)',
    ]);
    expect(v.dictionary[1]!.columns.find((c) => c.name === 'year')).toEqual({ name: 'year', meaning: 'Year the figure refers to' });
    expect(v.licence.name).toBe('CC BY 4.0');
  });
  it('without figures is dated by its text, credits its issuer, and says it has no figures', () => {
    const v = dataPageView(site, forest, 'zh');
    expect([v.updated, v.hasObservations]).toEqual(['2026-11-20', false]);
    expect(v.licence.before + v.licence.name + v.licence.after).toContain('林业局');
  });
});
