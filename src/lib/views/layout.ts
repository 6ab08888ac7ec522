/**
 * What every page's frame shows: the document title, and the header (the site's name, the search form, the plan
 * being read where the site holds several, the navigation with the current section marked). Nothing here renders HTML.
 */
import type { Lang, UiKey } from '../../i18n/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { PlanData, SiteData } from '../data/load.ts';
import { NAV_ITEMS } from '../routing/navigation.ts';
import { localizedPath, planHref, planPath } from '../routing/routes.ts';

/** A portal of several plans names the plan being read (in titles and the header) and lets search stay within it. */
export const isPortal = (site: SiteData): boolean => site.plans.length > 1;

/** On a portal's plan pages, the plan that search looks in from the header, and under which the page is indexed. */
export const searchPlan = (site: SiteData, plan: PlanData, inPlan: boolean): string | undefined => (inPlan && isPortal(site) ? plan.id : undefined);

/** The document title: the site's name on the home page; elsewhere the page, the plan (on a portal's plan pages) and the site. */
export function documentTitle(site: SiteData, plan: PlanData, inPlan: boolean, lang: Lang, title: string, path: string): string {
  if (path === '/') return site.site.siteName[lang];
  return [title, ...(inPlan && isPortal(site) ? [plan.plan.shortName[lang]] : []), site.site.shortName[lang]].join(' · ');
}

/** The header of a page at the language-neutral `path`. */
export function headerView(site: SiteData, plan: PlanData, inPlan: boolean, lang: Lang, path: string) {
  const t = useTranslations(lang);
  const portal = isPortal(site);
  return {
    homeHref: localizedPath(lang, '/'),
    searchHref: localizedPath(lang, '/search/'),
    // The search page has its own form (shown once its script runs); a second one in the header would only reload it.
    searchForm: path !== '/search/',
    /** On a portal's plan page, the header's search looks in that plan. */
    searchPlan: searchPlan(site, plan, inPlan),
    /** On a portal, the plan being read (on the site's own pages, the current plan) and the link to all plans. */
    portalPlan: portal ? { href: planHref(lang, plan.id), current: path === planPath(plan.id), allHref: `${localizedPath(lang, '/')}#other-plans` } : undefined,
    nav: NAV_ITEMS.map((item) => {
      const target = item.scope === 'plan' ? planPath(plan.id, item.href) : item.href;
      return { label: t(item.key as UiKey), href: localizedPath(lang, target), current: target === '/' ? path === '/' : path.startsWith(target) };
    }),
  };
}
