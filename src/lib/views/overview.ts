/**
 * A plan at a glance (src/components/PlanOverview.astro, on the plan's home and the site's home): its title and
 * summary, the answers by topic (homeView), the counts of statuses, the indicator groups and the chapters, in one
 * language. The component only maps these to markup. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import type { Chapter } from '../plan/chapters.ts';
import { chapterLink, type ChapterLinkView } from './chapter.ts';
import { planHref } from '../routes.ts';
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
