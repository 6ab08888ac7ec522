import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Lang } from '../i18n/index.ts';
import { useTranslations } from '../i18n/index.ts';
import { siteData } from './data/load.ts';
import { publishedReports } from './reports/load.ts';
import { feedItems } from './feed.ts';

export async function feedResponse(context: APIContext, lang: Lang) {
  const t = useTranslations(lang);
  const data = siteData();
  return rss({
    title: t('feed.title', { site: data.site.shortName[lang] }),
    description: t('feed.description'),
    site: context.site ?? 'http://localhost/',
    items: feedItems(data, await publishedReports(), lang),
    customData: `<language>${lang === 'zh' ? 'zh-cn' : 'en'}</language>`,
  });
}
