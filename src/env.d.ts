declare namespace App {
  interface Locals {
    site: import('./lib/data/load.ts').SiteData;
    /** The language of the page (from its /en/ prefix). */
    lang: import('./i18n/index.ts').Lang;
    /**
     * The language of the plan text being rendered (chapter components such as IndicatorTable write in it): the
     * page's, except where an English page shows a chapter not yet translated, in Chinese (set by that page).
     */
    textLang: import('./i18n/index.ts').Lang;
    /** The plan of the page; on the site's own pages (home, search, about) the current plan. */
    plan: import('./lib/data/load.ts').PlanData;
    /** False on the site's own pages. */
    inPlan: boolean;
    /** The plan's chapters (numbers, titles, sections and which languages each has). */
    chapters: import('./lib/plan/chapters.ts').Chapter[];
    /** Resolves a reference into the plan's text ("chapter-5#section-1-4") for a link in the page's language. */
    planRef: (ref: string) => import('./lib/plan/refs.ts').ResolvedRef;
    /** The plan's published reports, each with its model as of its publication date and its narratives. */
    reports: import('./lib/reports/load.ts').PublishedReport[];
  }
}
