/**
 * The frame of every page (src/lib/views/layout.ts): the document title and the header, on a site of one plan and on
 * a portal of two, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { documentTitle, headerView, isPortal, searchPlan } from '../../src/lib/views/layout.ts';
import type { PlanData, SiteData } from '../../src/lib/data/load.ts';

const n = (en: string, zh: string) => ({ en, zh });
const river = { id: 'river', plan: { shortName: n('River plan', '河流规划') } } as unknown as PlanData;
const forest = { id: 'forest', plan: { shortName: n('Forest plan', '森林规划') } } as unknown as PlanData;
const site = (plans: PlanData[]) =>
  ({ site: { siteName: n('County plans online', '县规划公开'), shortName: n('County plans', '县规划') }, plans, current: plans[0] }) as unknown as SiteData;
const one = site([river]);
const portal = site([river, forest]);

describe('the document title', () => {
  it("is the site's name on the home page, else the page and the site; on a portal's plan page the plan too", () => {
    expect(documentTitle(one, river, false, 'zh', '首页', '/')).toBe('县规划公开');
    expect(documentTitle(one, river, true, 'en', 'Indicators', '/river/indicators/')).toBe('Indicators · County plans');
    expect(documentTitle(portal, forest, true, 'en', 'Indicators', '/forest/indicators/')).toBe('Indicators · Forest plan · County plans');
    expect(documentTitle(portal, river, false, 'zh', '关于', '/about/')).toBe('关于 · 县规划');
  });
});

describe('the header', () => {
  it('on a site of one plan: no plan line, search over the whole site, the current section marked', () => {
    const h = headerView(one, river, true, 'en', '/river/indicators/pm25/');
    expect([isPortal(one), h.portalPlan, h.searchPlan, h.searchForm, h.searchHref, h.homeHref]).toEqual([
      false,
      undefined,
      undefined,
      true,
      '/en/search/',
      '/en/',
    ]);
    expect(h.nav.map((i) => [i.href, i.current])).toEqual([
      ['/en/', false],
      ['/en/river/text/', false],
      ['/en/river/indicators/', true],
      ['/en/river/projects/', false],
      ['/en/river/reports/', false],
      ['/en/river/data/', false],
      ['/en/search/', false],
      ['/en/about/', false],
    ]);
    expect(h.nav[0]!.label).toBe('Home');
  });
  it("on a portal's plan page: the plan named and linked, search within it; the home page marks only Home", () => {
    const h = headerView(portal, forest, true, 'zh', '/forest/');
    expect(h.portalPlan).toEqual({ href: '/forest/', current: true, allHref: '/#other-plans' });
    expect(h.searchPlan).toBe('forest');
    expect(searchPlan(portal, forest, false)).toBeUndefined();
    expect(
      headerView(portal, river, false, 'zh', '/')
        .nav.filter((i) => i.current)
        .map((i) => i.href),
    ).toEqual(['/']);
  });
  it('has no second search form on the search page', () => {
    expect(headerView(one, river, false, 'zh', '/search/').searchForm).toBe(false);
  });
});
