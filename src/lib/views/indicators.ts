/**
 * The indicator list's view (src/pages/[...lang]/[plan]/indicators/index.astro and its cards,
 * src/components/IndicatorCard.astro): the summary of statuses, the filters, the groups and each indicator's card,
 * in one language. The page and the card only map these to markup. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import type { Indicator } from '../schema/indicators.ts';
import { STATUSES, type Status } from '../indicators/assess.ts';
import { countStatuses, indicatorRows, latestReportYear, type IndicatorRow, type StatusCounts } from '../indicators/view.ts';
import { printedName, targetCell, targetWithUnit } from '../indicators/describe.ts';
import { explain, latestFigureText, withUnit } from '../indicators/explain.ts';
import { indicatorNumber } from '../../i18n/locale.ts';
import { latestDate } from './dates.ts';
import { planHref, planPath } from '../routing/routes.ts';
import { planTranslations } from '../plan/vars.ts';

export interface IndicatorCardView {
  id: string;
  group: string;
  status: Status;
  attribute: Indicator['attribute'];
  href: string;
  /** The number as the plan's table prints it: "（1）" / "(1)". */
  number: string;
  name: string;
  baseline: string;
  latest: string;
  target: string;
  explanation: string;
}

/** An indicator's card: its number and name, baseline, latest figure, target, status and the explanation of it. */
export function indicatorCard(row: IndicatorRow, plan: PlanData, lang: Lang): IndicatorCardView {
  const t = planTranslations(lang, plan);
  const { indicator, current } = row;
  const latest = row.values.at(-1);
  return {
    id: indicator.id,
    group: indicator.group,
    status: current.status,
    attribute: indicator.attribute,
    href: planHref(lang, plan.id, `/indicators/${indicator.id}/`),
    number: indicatorNumber(indicator.number, lang),
    name: indicator.name[lang],
    baseline: typeof indicator.baseline === 'number' ? withUnit(indicator.baseline, indicator, lang) : t('indicators.none'),
    latest: latest ? latestFigureText(latest, indicator, lang) : t('indicators.noValue'),
    target: targetWithUnit(indicator, lang, plan),
    explanation: explain(current, indicator, lang, plan),
  };
}

export interface StatusSummaryView {
  /** The latest year with a published figure; none before the first. */
  year?: number;
  binding: StatusCounts;
  anticipatory: StatusCounts;
  caption: string;
}

/** The counts of the current statuses, binding and anticipatory, and what they are of (the latest year with a figure). */
export function statusSummary(plan: PlanData, lang: Lang): StatusSummaryView {
  const t = planTranslations(lang, plan);
  const rows = indicatorRows(plan);
  const year = latestReportYear(plan);
  return {
    ...(year ? { year } : {}),
    binding: countStatuses(rows, 'binding'),
    anticipatory: countStatuses(rows, 'anticipatory'),
    caption: year ? t('indicators.summaryYear', { year }) : t('indicators.summary'),
  };
}

export interface IndicatorsView {
  title: string;
  intro: string;
  path: string;
  updated: string;
  /** The latest year with a published figure; none before the first. */
  year?: number;
  summary: { binding: StatusCounts; anticipatory: StatusCounts; caption: string };
  /** The statuses that occur, in the order of the statuses, each with its name. */
  statuses: { status: Status; label: string }[];
  groups: { id: string; name: string; heading: string; cards: IndicatorCardView[] }[];
}

export function indicatorsView(plan: PlanData, lang: Lang): IndicatorsView {
  const t = planTranslations(lang, plan);
  const rows = indicatorRows(plan);
  const { year, ...summary } = statusSummary(plan, lang);
  return {
    title: t('indicators.title'),
    intro: t('indicators.intro', { count: rows.length }),
    path: planPath(plan.id, '/indicators/'),
    updated: latestDate([plan.plan.contentUpdated, ...rows.flatMap((r) => r.values.map((v) => v.published))]),
    ...(year ? { year } : {}),
    summary,
    statuses: STATUSES.filter((s) => rows.some((r) => r.current.status === s)).map((status) => ({ status, label: t(`status.${status}`) })),
    groups: plan.indicators.groups.map((g) => ({
      id: g.id,
      name: g.name[lang],
      heading: t('indicators.groupHeading', { label: g.label[lang], name: g.name[lang] }),
      cards: rows.filter((r) => r.indicator.group === g.id).map((r) => indicatorCard(r, plan, lang)),
    })),
  };
}

export interface StatusRowView {
  status: Status;
  /** The binding count, then the anticipatory one; each a link to the list filtered to them where there is a list and a count. */
  cells: { attribute: Indicator['attribute']; count: number; href?: string; label: string }[];
}

/** The rows of the table of counts: the statuses that occur (in either column), in the order of the statuses. */
export function statusRows(counts: { binding: StatusCounts; anticipatory: StatusCounts }, plan: PlanData, lang: Lang, listHref?: string): StatusRowView[] {
  const t = planTranslations(lang, plan);
  return STATUSES.filter((s) => counts.binding[s] + counts.anticipatory[s] > 0).map((status) => ({
    status,
    cells: (['binding', 'anticipatory'] as const).map((attribute) => {
      const count = counts[attribute][status];
      const href = listHref && count > 0 ? `${listHref}?status=${status}&attribute=${attribute}` : undefined;
      return {
        attribute,
        count,
        ...(href ? { href } : {}),
        label: t('home.countLink', { count, attribute: t(`attribute.${attribute}`), status: t(`status.${status}`) }),
      };
    }),
  }));
}

export interface IndicatorTableGroupView {
  heading: string;
  rows: { href: string; name: string; baseline: string; target: string; attribute: string }[];
}

/**
 * The plan's indicator table as printed in a chapter: its words in the language of the chapter text (`textLang`),
 * its links to the indicator pages in the page's language (`pageLang`).
 */
export function indicatorTableGroups(plan: PlanData, textLang: Lang, pageLang: Lang): IndicatorTableGroupView[] {
  const t = planTranslations(textLang, plan);
  const { indicators } = plan;
  return indicators.groups.map((g) => ({
    heading: t('indicators.groupHeading', { label: g.label[textLang], name: g.name[textLang] }),
    rows: indicators.indicators
      .filter((i) => i.group === g.id)
      .map((i) => ({
        href: planHref(pageLang, plan.id, `/indicators/${i.id}/`),
        name: printedName(i, textLang),
        baseline: i.baselineText,
        target: targetCell(i, textLang, plan),
        attribute: t(`attribute.${i.attribute}`),
      })),
  }));
}
