import type { Lang } from '../i18n/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2026-11-30" → "2026年11月30日" / "30 November 2026". Throws on anything that is not a real date. (This module
 * also runs in the browser, for charts: its errors are plain, not from the message catalogue, which stays out of
 * the page's scripts. The check guarantees dates and numbers before anything is rendered.)
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: "${iso}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh' ? `${y}年${mo}月${d}日` : `${d} ${MONTHS[mo - 1]} ${y}`;
}

/**
 * Formats a number for display without inventing precision: keeps the decimals
 * it was given (up to `maxDecimals`) and groups thousands in English.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot display a non-finite number: ${value}`);
  const decimals = Math.min(maxDecimals, (String(value).split('.')[1] ?? '').length);
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: lang === 'en' ? true : 'min2',
  }).format(value);
}

/** ["2024", "2025", "2026"] → "2024、2025和2026" / "2024, 2025 and 2026". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { type: 'conjunction' }).format(items);
}

/**
 * A number and its unit, one rule in both languages (as SI writes it): a no-break space before a unit symbol
 * ("24.1 μg/m³", never broken across lines), none before %, ‰ or °, nor before a unit written in Chinese
 * characters ("875吨", "15.3平方米"). Shared with the browser's chart (src/scripts/chart-render.ts).
 */
export function joinUnit(number: string, unit: string): string {
  if (!unit) return number;
  return /^[%‰°％\p{Script=Han}]/u.test(unit) ? `${number}${unit}` : `${number}\u00a0${unit}`;
}
