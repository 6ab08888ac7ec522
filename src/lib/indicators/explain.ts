/** One-sentence explanations of an assessment, naming the numbers, in either language. */
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { formatNumber } from '../format.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { PlanData } from '../data/load.ts';
import { planTranslations } from '../plan/vars.ts';
import type { Assessment } from './assess.ts';

/** "24.1 μg/m³", "96.7%", "24.1μg/m³" (no space in Chinese). */
export function withUnit(value: number, indicator: Indicator, lang: Lang): string {
  const unit = indicator.unit[lang];
  const n = formatNumber(value, lang);
  if (!unit) return n;
  return unit === '%' || lang === 'zh' ? `${n}${unit}` : `${n} ${unit}`;
}

/** A published value for display: the number with its unit, or the judgement of a qualitative target. */
export function displayValue(value: number | 'met' | 'not-met', indicator: Indicator, lang: Lang): string {
  return typeof value === 'number' ? withUnit(value, indicator, lang) : useTranslations(lang)(value === 'met' ? 'status.achieved' : 'status.not-achieved');
}

/** Puts a note such as "(latest figure: 2021)" before the sentence's final full stop. */
function beforeStop(sentence: string, note: string): string {
  return note ? sentence.replace(/([.。])$/, `${note}$1`) : sentence;
}

export function explain(a: Assessment, indicator: Indicator, lang: Lang, plan: PlanData): string {
  const t = planTranslations(lang, plan);
  const u = (v: number) => withUnit(v, indicator, lang);
  const b = a.basis;
  switch (b.kind) {
    case 'none':
      return t('explain.noData', { year: a.year });
    case 'not-reported':
      return t('explain.notReported', { year: a.year });
    case 'assigned-missing':
      return t('explain.notAssessable');
    case 'qualitative':
      return beforeStop(t(b.value === 'met' ? 'explain.qualitative.met' : 'explain.qualitative.not', { year: a.year }), b.valueYear !== a.year ? t('explain.latestFrom', { valueYear: b.valueYear }) : '');
    case 'cumulative':
      return t(a.status === 'achieved' ? 'explain.cumulative.met' : 'explain.cumulative.progress', { year: a.year, total: u(b.total), goal: u(b.goal), expected: u(Number(b.expected.toFixed(2))) });
    case 'numeric': {
      const vars = { year: a.year, value: u(b.value), goal: u(b.goal), expected: b.expected !== undefined ? u(Number(b.expected.toFixed(2))) : '', reference: b.reference !== undefined ? u(b.reference) : '', tolerance: b.tolerance !== undefined ? formatNumber(b.tolerance, lang) : '' };
      const suffix = b.valueYear !== a.year ? t('explain.latestFrom', { valueYear: b.valueYear }) : '';
      if (b.comparison === 'within') return beforeStop(t(a.status === 'achieved' ? 'explain.within.met' : 'explain.within.not', vars), suffix);
      const dir = b.comparison === 'atLeast' ? 'atLeast' : 'atMost';
      const which = a.status === 'achieved' ? 'met' : a.status === 'not-achieved' ? 'final' : 'behind';
      return beforeStop(t(`explain.${dir}.${which}`, vars), suffix);
    }
  }
}
