/** Items of the RSS feed: published reports and yearly data updates, newest first. */
import type { Lang } from '../../i18n/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import type { PublishedReport } from '../reports/load.ts';
import { reportTitle } from '../reports/title.ts';
import { planHref } from '../routing/routes.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

export function feedItems(data: PlanData, reports: PublishedReport[], lang: Lang): FeedItem[] {
  const t = useTranslations(lang);
  const items: FeedItem[] = reports.map(({ report }) => {
    const title = reportTitle(report.year, report.kind, lang);
    return {
      title: t('feed.report', { title }),
      link: planHref(lang, data.id, `/reports/${report.year}/`),
      pubDate: new Date(report.published),
      description: title,
    };
  });
  for (const p of data.progress) {
    if (p.data.observations.length === 0) continue;
    const latest = p.data.observations.map((o) => o.published).reduce((a, b) => (b > a ? b : a));
    items.push({
      title: t('feed.data', { year: p.year, count: p.data.observations.length }),
      link: planHref(lang, data.id, '/indicators/'),
      pubDate: new Date(latest),
      description: t('feed.data', { year: p.year, count: p.data.observations.length }),
    });
  }
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
