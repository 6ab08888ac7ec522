import { useTranslations, type Lang } from '../../i18n/index.ts';
import { formatNumber } from '../format.ts';
import type { Indicator, Target } from '../schema/indicators.ts';

/** A short, plain description of a typed target in either language. */
export function describeTarget(target: Target, lang: Lang): string {
  const t = useTranslations(lang);
  const n = (v: number) => formatNumber(v, lang);
  switch (target.kind) {
    case 'atMost': return t('target.atMost', { value: n(target.value) });
    case 'atLeast': return t('target.atLeast', { value: n(target.value) });
    case 'keepAt': return t('target.keepAt', { value: n(target.value) });
    case 'noDecrease': return t('target.noDecrease');
    case 'noIncrease': return t('target.noIncrease');
    case 'eliminate': return t(target.basically ? 'target.basicallyEliminate' : 'target.eliminate');
    case 'cumulative': return t('target.cumulative', { value: n(target.value) });
    case 'provincial': return t('target.provincial');
    case 'remainStable': return t('target.remainStable');
    case 'qualitative': return t('target.qualitative', { criteria: target.criteria[lang] });
  }
}

/**
 * The 2025 cell of table 表1. Chinese shows the plan's own words; English shows
 * numbers as printed and translates the worded targets.
 */
export function targetCell(indicator: Indicator, lang: Lang): string {
  if (lang === 'zh') return indicator.targetText;
  return /^[≥≤<>]?\s*\d/.test(indicator.targetText) ? indicator.targetText : describeTarget(indicator.target, lang);
}

/** Indicator name with its unit, as printed in table 表1: "（1）城区…浓度（μg/m³）" / "(1) Average … (μg/m³)". */
export function printedName(indicator: Indicator, lang: Lang): string {
  const unit = indicator.unit[lang];
  return lang === 'zh'
    ? `（${indicator.number}）${indicator.name.zh}${unit ? `（${unit}）` : ''}`
    : `(${indicator.number}) ${indicator.name.en}${unit ? ` (${unit})` : ''}`;
}
