import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Lang } from '../../i18n/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { feedLanguage } from '../../i18n/locale.ts';
import { planData, siteData } from '../data/load.ts';
import { publishedReports } from '../reports/load.ts';
import { feedItems } from './feed.ts';

/** A plan's feed: its reports and yearly data updates. */
export async function feedResponse(context: APIContext, lang: Lang) {
  const t = useTranslations(lang);
  const plan = planData(context.params.plan!);
  return rss({
    title: t('feed.title', { site: [plan.plan.shortName[lang], siteData().site.shortName[lang]].join(' · ') }),
    description: t('feed.description'),
    site: context.site ?? 'http://localhost/',
    items: feedItems(plan, await publishedReports(plan), lang),
    customData: `<language>${feedLanguage(lang)}</language>`,
  });
}
