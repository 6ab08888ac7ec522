import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import { planTranslations } from '../plan/vars.ts';
import { bracketed, formatNumber, isOriginalLang, joinUnit, numbered } from '../../i18n/locale.ts';
import type { Indicator, Target } from '../schema/indicators.ts';

/** A short, plain description of a typed target in either language. */
export function describeTarget(target: Target, lang: Lang, plan: PlanData): string {
  const t = planTranslations(lang, plan);
  const n = (v: number) => formatNumber(v, lang);
  switch (target.kind) {
    case 'atMost':
      return t('target.atMost', { value: n(target.value) });
    case 'atLeast':
      return t('target.atLeast', { value: n(target.value) });
    case 'keepAt':
      return t('target.keepAt', { value: n(target.value) });
    case 'noDecrease':
      return t('target.noDecrease');
    case 'noIncrease':
      return t('target.noIncrease');
    case 'eliminate':
      return t(target.basically ? 'target.basicallyEliminate' : 'target.eliminate');
    case 'cumulative':
      return t('target.cumulative', { value: n(target.value) });
    case 'assigned':
      return t('target.assigned');
    case 'remainStable':
      return t('target.remainStable');
    case 'qualitative':
      return t('target.qualitative', { criteria: target.criteria[lang] });
  }
}

/**
 * The target-year cell of the plan's indicator table. In the plan's own language, the plan's own words; in a
 * translation, numbers as printed and the worded targets translated.
 */
export function targetCell(indicator: Indicator, lang: Lang, plan: PlanData): string {
  return isOriginalLang(lang) || /^[≥≤<>]?\s*\d/.test(indicator.targetText) ? indicator.targetText : describeTarget(indicator.target, lang, plan);
}

/** The target cell with its unit where the plan prints a number ("≤25.2 μg/m³", "≥15平方米"); worded targets as they are. */
export function targetWithUnit(indicator: Indicator, lang: Lang, plan: PlanData): string {
  const cell = targetCell(indicator, lang, plan);
  return /^[≥≤<>]?\s*\d/.test(cell) ? joinUnit(cell, indicator.unit[lang]) : cell;
}

/** Indicator name with its unit, as printed in the plan's table: "（1）城区…浓度（μg/m³）" / "(1) Average … (μg/m³)". */
export function printedName(indicator: Indicator, lang: Lang): string {
  return bracketed(numbered(indicator.number, indicator.name[lang], lang), indicator.unit[lang], lang);
}
