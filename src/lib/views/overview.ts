/**
 * A plan at a glance (src/components/PlanOverview.astro, on the plan's home and the site's home): its title and
 * summary, the answers by topic (homeView), the counts of statuses, the indicator groups and the chapters, in one
 * language. The component only maps these to markup. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData, SiteData } from '../data/load.ts';
import { latestDate } from './dates.ts';
import { useTranslations } from '../../i18n/index.ts';
import { planPath } from '../routing/routes.ts';
import type { Chapter } from '../plan/chapters.ts';
import { chapterLink, type ChapterLinkView } from './chapter.ts';
import { planHref } from '../routing/routes.ts';
import { planTranslations } from '../plan/vars.ts';
import { homeView, type HomeView } from './home.ts';
import { statusSummary, type StatusSummaryView } from './indicators.ts';

export interface PlanOverviewView {
  title: string;
  href: string;
  summary: string;
  /** "2021–2025". */
  period: string;
  home: HomeView;
  /** Topics declared: the answers lead, and the plan's summary moves down beside its chapters. */
  hasTopics: boolean;
  statuses: StatusSummaryView;
  listHref: string;
  textHref: string;
  groups: { id: string; name: string; href: string; count: string }[];
  /** Each chapter's heading in this language, or in Chinese (with its lang attribute) where it is not translated. */
  chapters: ChapterLinkView[];
}

export function planOverview(plan: PlanData, chapters: Chapter[], lang: Lang): PlanOverviewView {
  const t = planTranslations(lang, plan);
  const { indicators } = plan;
  const home = homeView(plan, lang);
  const href = (path: string) => planHref(lang, plan.id, path);
  return {
    title: plan.plan.title[lang],
    href: href('/'),
    summary: plan.plan.summary[lang],
    period: t('home.periodValue', { start: plan.period.start, end: plan.period.end }),
    home,
    hasTopics: home.topics.length > 0,
    statuses: statusSummary(plan, lang),
    listHref: href('/indicators/'),
    textHref: href('/text/'),
    groups: indicators.groups.map((g) => ({
      id: g.id,
      name: g.name[lang],
      href: `${href('/indicators/')}?group=${g.id}`,
      count: t('home.indicatorCount', { count: indicators.indicators.filter((i) => i.group === g.id).length }),
    })),
    chapters: chapters.map((c) => chapterLink(c, plan, lang)),
  };
}

/** The newest date of what a plan's home shows: the plan's content and its chapters (as first written, in Chinese). */
const overviewUpdated = (plan: PlanData, chapters: Chapter[], also: string[] = []) =>
  latestDate([...also, plan.plan.contentUpdated, ...chapters.map((c) => c.zh.updated)]);

export interface PlanHomeView {
  title: string;
  description: string;
  path: string;
  updated: string;
  overview: PlanOverviewView;
}

/** A plan's home page. */
export function planHome(plan: PlanData, chapters: Chapter[], lang: Lang): PlanHomeView {
  return {
    title: plan.plan.shortName[lang],
    description: plan.plan.summary[lang],
    path: planPath(plan.id),
    updated: overviewUpdated(plan, chapters),
    overview: planOverview(plan, chapters, lang),
  };
}

export interface SiteHomeView {
  title: string;
  description: string;
  updated: string;
  /** The site's name, shown where it holds more than one plan (then the current plan is one of several). */
  siteName?: string;
  /** The heading level of the current plan's title: 1 alone, 2 under the site's name. */
  level: 1 | 2;
  overview: PlanOverviewView;
  /** The site's other plans, in the order of site.json. */
  others: { href: string; title: string; period: string; summary: string }[];
}

/** The site's home: the current plan at a glance and, where the site holds more, the others; `chapters` are the current plan's. */
export function siteHome(site: SiteData, chapters: Chapter[], lang: Lang): SiteHomeView {
  const t = useTranslations(lang);
  const current = site.current;
  const others = site.plans.filter((p) => p !== current);
  return {
    title: t('home.title'),
    description: current.plan.summary[lang],
    updated: overviewUpdated(current, chapters, [site.site.contentUpdated]),
    ...(others.length > 0 ? { siteName: site.site.siteName[lang] } : {}),
    level: others.length > 0 ? 2 : 1,
    overview: planOverview(current, chapters, lang),
    others: others.map((p) => ({
      href: planHref(lang, p.id),
      title: p.plan.title[lang],
      period: t('home.periodValue', { start: p.period.start, end: p.period.end }),
      summary: p.plan.summary[lang],
    })),
  };
}
