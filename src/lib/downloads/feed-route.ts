import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Lang } from '../../i18n/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { feedLanguage } from '../../i18n/locale.ts';
import { feedItems } from './feed.ts';

/** A plan's feed: its reports and yearly data updates. */
export function feedResponse(context: APIContext, lang: Lang) {
  const t = useTranslations(lang);
  const { plan, site, reports } = context.locals;
  return rss({
    title: t('feed.title', { site: [plan.plan.shortName[lang], site.site.shortName[lang]].join(' · ') }),
    description: t('feed.description'),
    site: context.site ?? 'http://localhost/',
    items: feedItems(plan, reports, lang),
    customData: `<language>${feedLanguage(lang)}</language>`,
  });
}
