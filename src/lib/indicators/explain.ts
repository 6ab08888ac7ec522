/** One-sentence explanations of an assessment, naming the numbers, in either language. */
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { formatList, formatNumber, joinUnit } from '../../i18n/locale.ts';
import type { Indicator } from '../schema/indicators.ts';
import type { PlanData } from '../data/load.ts';
import { planTranslations } from '../plan/vars.ts';
import type { Assessment } from './assess.ts';

export function withUnit(value: number, indicator: Indicator, lang: Lang): string {
  return joinUnit(formatNumber(value, lang), indicator.unit[lang]);
}

/** A published value for display: the number with its unit, or the judgement of a qualitative target. */
export function displayValue(value: number | 'met' | 'not-met', indicator: Indicator, lang: Lang): string {
  return typeof value === 'number' ? withUnit(value, indicator, lang) : useTranslations(lang)(value === 'met' ? 'status.achieved' : 'status.not-achieved');
}

/** The figure for a year as a table shows it: a cumulative target's running total, with the year's own amount beside it. */
export function figureText(
  f: { figure: number | 'met' | 'not-met'; amount?: number | undefined; missing?: number[] | undefined },
  indicator: Indicator,
  lang: Lang,
): string {
  if (f.amount === undefined || typeof f.figure !== 'number') return displayValue(f.figure, indicator, lang);
  return useTranslations(lang)('figures.runningTotal', {
    total: withUnit(f.figure, indicator, lang),
    amount: withUnit(f.amount, indicator, lang),
    incomplete: incomplete(f.missing, lang),
  });
}

/** A running total that leaves out years whose amount is not published says so, naming them. */
function incomplete(missing: number[] | undefined, lang: Lang): string {
  return missing?.length ? useTranslations(lang)('figures.incomplete', { years: formatList(missing.map(String), lang) }) : '';
}

/** A value as its source published it: for a cumulative target, the year's own amount, said so. */
export function publishedValueText(value: number | 'met' | 'not-met', indicator: Indicator, lang: Lang): string {
  const shown = displayValue(value, indicator, lang);
  return indicator.target.kind === 'cumulative' ? useTranslations(lang)('figures.yearAmount', { amount: shown }) : shown;
}

/** The latest figure with its year: "24.8 μg/m³ (2025)", or "875 t in total by 2025 (160 t in 2025)". */
export function latestFigureText(
  f: { year: number; figure: number | 'met' | 'not-met'; amount?: number | undefined; missing?: number[] | undefined },
  indicator: Indicator,
  lang: Lang,
): string {
  const t = useTranslations(lang);
  if (f.amount === undefined || typeof f.figure !== 'number')
    return t('indicators.valueOfYear', { value: displayValue(f.figure, indicator, lang), year: f.year });
  return t('figures.latestRunningTotal', {
    total: withUnit(f.figure, indicator, lang),
    amount: withUnit(f.amount, indicator, lang),
    year: f.year,
    incomplete: incomplete(f.missing, lang),
  });
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
      return beforeStop(
        t(b.value === 'met' ? 'explain.qualitative.met' : 'explain.qualitative.not', { year: a.year }),
        b.valueYear !== a.year ? t('explain.latestFrom', { valueYear: b.valueYear }) : '',
      );
    case 'cumulative-incomplete':
      return t('explain.cumulative.incomplete', { year: a.year, missing: formatList(b.missing.map(String), lang) });
    case 'cumulative':
      return t(a.status === 'achieved' ? 'explain.cumulative.met' : 'explain.cumulative.progress', {
        year: a.year,
        total: u(b.total),
        goal: u(b.goal),
        expected: u(Number(b.expected.toFixed(2))),
      });
    case 'numeric': {
      const vars = {
        year: a.year,
        value: u(b.value),
        goal: u(b.goal),
        expected: b.expected !== undefined ? u(Number(b.expected.toFixed(2))) : '',
        reference: b.reference !== undefined ? u(b.reference) : '',
        tolerance: b.tolerance !== undefined ? formatNumber(b.tolerance, lang) : '',
      };
      const suffix = b.valueYear !== a.year ? t('explain.latestFrom', { valueYear: b.valueYear }) : '';
      if (b.comparison === 'within') return beforeStop(t(a.status === 'achieved' ? 'explain.within.met' : 'explain.within.not', vars), suffix);
      const dir = b.comparison === 'atLeast' ? 'atLeast' : 'atMost';
      const which = a.status === 'achieved' ? 'met' : a.status === 'not-achieved' ? 'final' : 'behind';
      return beforeStop(t(`explain.${dir}.${which}`, vars), suffix);
    }
  }
}
