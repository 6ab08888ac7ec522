/**
 * The texts that explain the assessment (the methodology page, src/pages/[...lang]/[plan]/indicators/methodology.astro,
 * and the list of terms, src/components/TermList.astro): the at-risk band as a percentage, the statuses' names the
 * rules quote, the meaning of each status shown, and the indicators judged with a margin. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import { AT_RISK_BAND, STATUSES, type Status } from '../indicators/assess.ts';
import { formatNumber } from '../../i18n/locale.ts';
import { planHref } from '../routing/routes.ts';
import { planTranslations } from '../plan/vars.ts';

/** The at-risk band (AT_RISK_BAND, a share of the distance from start to goal) as the texts quote it: "10%". */
export function atRiskBand(lang: Lang): string {
  return `${formatNumber(AT_RISK_BAND * 100, lang)}%`;
}

/** What the methodology's rules fill in: the name of each status, and the band. */
export function ruleVars(plan: PlanData, lang: Lang): Record<string, string> {
  const t = planTranslations(lang, plan);
  const s = (k: Status) => t(`status.${k}`);
  return {
    achieved: s('achieved'),
    onTrack: s('on-track'),
    atRisk: s('at-risk'),
    offTrack: s('off-track'),
    notAchieved: s('not-achieved'),
    notAssessable: s('not-assessable'),
    status: s('no-data'),
    notReported: s('not-reported'),
    band: atRiskBand(lang),
  };
}

/** The meaning of each status asked for, in the order of STATUSES. */
export function statusTerms(plan: PlanData, lang: Lang, statuses: readonly Status[] = STATUSES): { status: Status; meaning: string }[] {
  const t = planTranslations(lang, plan);
  return STATUSES.filter((s) => statuses.includes(s)).map((status) => ({ status, meaning: t(`terms.status.${status}`, { band: atRiskBand(lang) }) }));
}

/** The indicators judged with a margin (a target to eliminate or to keep stable), each with how it is judged. */
export function toleranceMargins(plan: PlanData, lang: Lang): { href: string; name: string; note: string }[] {
  return plan.indicators.indicators.flatMap((i) =>
    i.target.kind === 'eliminate' || i.target.kind === 'remainStable'
      ? [{ href: planHref(lang, plan.id, `/indicators/${i.id}/`), name: i.name[lang], note: i.target.toleranceNote[lang] }]
      : [],
  );
}
