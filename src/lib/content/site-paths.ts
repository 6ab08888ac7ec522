/**
 * Whether a link written by staff (`[text](/eco/indicators/pm25/)`) leads to a page or file this site builds, so
 * that a link to a missing page is refused by the check, not found later by the link test. The URL scheme is the
 * one in routes.ts; a site test holds this function to every page of the built fixture sites.
 */
import type { PlanData, SiteData } from '../data/load.ts';
import { publishedEntries } from '../reports/publication.ts';
import { reportPdfName } from '../reports/title.ts';
import { hasChart } from '../indicators/view.ts';

/** Pages and files of a plan that exist whatever its data (relative to /<plan>/). */
const PLAN_PAGES = [
  '',
  'text/',
  'indicators/',
  'indicators/methodology/',
  'projects/',
  'places/',
  'reports/',
  'data/',
  'glossary/',
  'feed.xml',
  'data/indicators.csv',
  'data/observations.csv',
  'data/dataset.json',
  'data/datapackage.json',
  'data/template.csv',
];
const SITE_PAGES = ['/', '/search/', '/about/'];

function planHas(plan: PlanData, anchors: Set<string>, sub: string, anchor: string | undefined): boolean {
  if (PLAN_PAGES.includes(sub)) return !anchor || sub !== 'text/';
  let m: RegExpExecArray | null;
  if ((m = /^text\/(chapter-\d+)\/$/.exec(sub))) return anchors.has(anchor ? `${m[1]}#${anchor}` : m[1]!);
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  if ((m = /^indicators\/([^/]+)\/$/.exec(sub))) return ids(plan.indicators.indicators).has(m[1]!);
  if ((m = /^data\/indicators\/([^/]+)\.(csv|json)$/.exec(sub))) return ids(plan.indicators.indicators).has(m[1]!);
  // Charts: downloads and embed pages of every indicator with a chart; share images of indicators and reports.
  const charted = new Set(plan.indicators.indicators.filter(hasChart).map((i) => i.id));
  if ((m = /^data\/charts\/(.+)-(zh|en)\.(svg|png)$/.exec(sub))) return charted.has(m[1]!);
  if ((m = /^embed\/([^/]+)\/$/.exec(sub))) return charted.has(m[1]!);
  if ((m = /^share\/indicator-(.+)-(zh|en)\.(svg|png)$/.exec(sub))) return ids(plan.indicators.indicators).has(m[1]!);
  if ((m = /^share\/report-(\d{4})-(zh|en)\.(svg|png)$/.exec(sub))) return publishedEntries(plan).some((r) => r.year === Number(m![1]));
  if ((m = /^projects\/([^/]+)\/$/.exec(sub))) return ids(plan.projects.projects).has(m[1]!);
  if ((m = /^places\/([^/]+)\/$/.exec(sub))) return ids(plan.projects.places).has(m[1]!);
  const years = publishedEntries(plan).map((r) => r.year);
  if ((m = /^reports\/(\d{4})\/$/.exec(sub))) return years.includes(Number(m[1]));
  if ((m = /^reports\/(\d{4})\/([^/]+)$/.exec(sub)))
    return years.includes(Number(m[1])) && ['zh', 'en'].some((l) => m![2] === reportPdfName(Number(m![1]), l as 'zh' | 'en'));
  return false;
}

/** `anchorsOf(planId)`: the plan's chapter ids and "chapter-N#anchor"s. */
export function isSitePath(url: string, site: SiteData, anchorsOf: (planId: string) => Set<string>): boolean {
  const [pathPart = '', anchor] = url.split('#');
  const p = pathPart.split('?')[0]!;
  const neutral = p === '/en/' ? '/' : p.startsWith('/en/') ? p.slice(3) : p;
  if (SITE_PAGES.includes(neutral)) return true;
  const m = /^\/([^/]+)\/(.*)$/.exec(neutral);
  const plan = m && site.plans.find((x) => x.id === m[1]);
  return !!plan && planHas(plan, anchorsOf(plan.id), m![2]!, anchor || undefined);
}
