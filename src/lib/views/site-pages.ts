/**
 * The views of the site's own pages and of the footer every page carries: the about page
 * (src/pages/[...lang]/about.astro), a plan's data page (src/pages/[...lang]/[plan]/data.astro) and the footer
 * (src/components/SiteFooter.astro). Dates come formatted, markers and licence words ready; nothing here renders HTML.
 */
import type { Lang, UiKey } from '../../i18n/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/locale.ts';
import type { PlanData, SiteData } from '../data/load.ts';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, SERIES_COLUMNS } from '../downloads/tables.ts';
import { planTranslations } from '../plan/vars.ts';
import { localizedPath, planHref, planPath } from '../routing/routes.ts';
import { licenceStatementParts } from '../site/licence.ts';
import { contactMarkers, filingMarkers, organisationMarkers, publicAddress, type Marker } from '../site/official.ts';
import { dataUpdated } from './dates.ts';
import { planPublisher } from '../site/publisher.ts';

/** A date as `<time>` shows it: the ISO date for the attribute, the words for the reader. */
export interface DateText {
  iso: string;
  text: string;
}
export const dateText = (iso: string, lang: Lang): DateText => ({ iso, text: formatDate(iso, lang) });

/** The footer: last update, publisher, the official markers site.json sets (no label without its value), licence, links. */
export function footerView(site: SiteData, plan: PlanData, inPlan: boolean, lang: Lang, updated: string) {
  return {
    updated: dateText(updated, lang),
    publisher: (inPlan ? planPublisher(plan, site.site.publisher) : site.site.publisher)[lang],
    organisations: organisationMarkers(site.site, lang),
    contact: contactMarkers(site.site, lang),
    filings: filingMarkers(site.site),
    licence: { url: site.site.licence.url, name: site.site.licence.name[lang] },
    aboutHref: localizedPath(lang, '/about/'),
    glossaryHref: planHref(lang, plan.id, '/glossary/'),
  };
}

/** The about page: the site's publisher and markers, each plan with its period, publication date and how to cite it. */
export function aboutView(site: SiteData, lang: Lang, siteAddress: URL | string | undefined) {
  const t = useTranslations(lang);
  // A citation gives the plan's address only where the site has a public one (SITE_URL); a local build has none.
  const address = publicAddress(siteAddress);
  const markers: Marker[] = [...organisationMarkers(site.site, lang), ...contactMarkers(site.site, lang), ...filingMarkers(site.site)];
  return {
    title: t('about.title'),
    publisher: site.site.publisher[lang],
    disclosure: site.site.disclosure[lang],
    markers,
    licence: licenceStatementParts(site.site.licence, site.site.publisher, lang),
    plans: site.plans.map((p) => {
      const period = t('home.periodValue', { start: p.period.start, end: p.period.end });
      const cite = { publisher: planPublisher(p, site.site.publisher)[lang], title: p.plan.title[lang], period };
      return {
        id: p.id,
        title: p.plan.title[lang],
        issuer: p.plan.issuer?.[lang],
        period,
        published: p.plan.published ? dateText(p.plan.published, lang) : undefined,
        publishedNote: p.plan.publishedNote?.[lang],
        citation: address ? t('about.citeTextUrl', { ...cite, url: new URL(localizedPath(lang, planPath(p.id)), address).href }) : t('about.citeText', cite),
      };
    }),
  };
}

/** A plan's data page: its files, the date of its newest text or figure, the licence, and each column's meaning. */
export function dataPageView(site: SiteData, plan: PlanData, lang: Lang) {
  const t = planTranslations(lang, plan);
  const file = (name: string) => planPath(plan.id, `/data/${name}`);
  const columns = (cols: readonly string[]) => cols.map((name) => ({ name, meaning: t(`column.${name}` as UiKey) }));
  return {
    title: t('data.title'),
    intro: t('data.intro'),
    updated: dataUpdated(plan),
    hasObservations: plan.progress.some((p) => p.data.observations.length > 0),
    files: [
      { href: file('indicators.csv'), label: t('data.indicatorsCsv') },
      { href: file('observations.csv'), label: t('data.observationsCsv') },
      { href: file('dataset.json'), label: t('data.datasetJson') },
      { href: file('datapackage.json'), label: t('data.datapackage') },
    ],
    template: file('template.csv'),
    licence: licenceStatementParts(site.site.licence, planPublisher(plan, site.site.publisher), lang),
    dictionary: [
      { file: 'indicators.csv', columns: columns(INDICATOR_COLUMNS) },
      { file: 'observations.csv', columns: columns(OBSERVATION_COLUMNS) },
      { file: t('data.seriesFile'), columns: columns(SERIES_COLUMNS) },
    ],
  };
}
