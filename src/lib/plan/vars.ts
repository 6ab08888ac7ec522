/** The placeholders a plan fills in UI strings: its years, its own names for its parts, its counts. */
import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import { periodVars } from './period.ts';

export function planVars(plan: PlanData, lang: Lang): Record<string, string | number> {
  return {
    ...periodVars(plan.period),
    plan: plan.plan.shortName[lang],
    table: plan.plan.indicatorTable[lang],
    assigner: plan.plan.assigner[lang],
    indicatorCount: plan.indicators.indicators.length,
    groupCount: plan.indicators.groups.length,
    projectCount: plan.projects.projects.length,
  };
}

/** A translator whose strings may name the plan's years, table, assigner and counts. */
export function planTranslations(lang: Lang, plan: PlanData) {
  return useTranslations(lang, planVars(plan, lang));
}
