/**
 * The share image (og:image) of an indicator page and of a report page: what a link preview shows. Drawn from the
 * same figures as the pages (the figure for a year, figures.ts; the report's counts, reports/model.ts).
 */
import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import type { SiteFile } from '../schema/site.ts';
import type { IndicatorRow } from '../indicators/view.ts';
import type { Report } from '../reports/model.ts';
import { latestFigureText } from '../indicators/explain.ts';
import { reportTitle } from '../reports/title.ts';
import { formatDate } from '../../i18n/locale.ts';
import { latestDate } from './dates.ts';
import { planPath } from '../routing/routes.ts';
import { shareCardSvg, SHARE_SIZE } from '../charts/share.ts';
import { planPublisher } from '../site/publisher.ts';

export interface ShareContext {
  site: SiteFile;
  demo: boolean;
}

/** Where a share image lives: /<plan>/share/<name>-<lang>.svg and .png beside it. */
export function shareFile(planId: string, name: string, lang: Lang, ext: 'svg' | 'png'): string {
  return planPath(planId, `/share/${name}-${lang}.${ext}`);
}
export const indicatorShareName = (id: string) => `indicator-${id}`;
export const reportShareName = (year: number) => `report-${year}`;
export { SHARE_SIZE };

function common(plan: PlanData, lang: Lang, ctx: ShareContext, date: string) {
  const t = useTranslations(lang);
  return {
    context: `${ctx.site.shortName[lang]} · ${plan.plan.shortName[lang]}`,
    footer: t('share.footer', { publisher: planPublisher(plan, ctx.site.publisher)[lang], date: formatDate(date, lang) }),
    ...(ctx.demo ? { mark: t('demo.banner') } : {}),
  };
}

export function indicatorShareSvg(row: IndicatorRow, plan: PlanData, lang: Lang, ctx: ShareContext): string {
  const t = useTranslations(lang);
  const latest = row.values.at(-1);
  return shareCardSvg({
    ...common(plan, lang, ctx, latestDate([plan.plan.contentUpdated, ...row.values.map((v) => v.published)])),
    title: row.indicator.name[lang],
    figure: latest ? latestFigureText(latest, row.indicator, lang) : t('share.noFigures'),
    detail: t('share.status', { status: t(`status.${row.current.status}`), year: row.current.year }),
    ...(latest ? { source: t('share.source', { source: latest.source.title, publisher: latest.source.publisher }) } : {}),
  });
}

export function reportShareSvg(report: Report, plan: PlanData, lang: Lang, ctx: ShareContext): string {
  const t = useTranslations(lang);
  const binding = Object.values(report.counts.binding).reduce((a, b) => a + b, 0);
  return shareCardSvg({
    ...common(plan, lang, ctx, report.published),
    title: `${plan.plan.title[lang]} · ${reportTitle(report.year, report.kind, lang)}`,
    figure: t('share.binding', { total: binding, achieved: report.counts.binding.achieved }),
    detail: report.warnings.length ? t('share.warnings', { count: report.warnings.length }) : t('share.noWarnings'),
  });
}
