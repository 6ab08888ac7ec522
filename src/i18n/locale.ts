/**
 * How each language writes what is not a word: the codes it goes by (HTML, Intl, Open Graph, RSS, its URL prefix),
 * numbers, dates, lists, numbering, brackets and headings. Words and punctuation are in the dictionaries (zh.ts,
 * en.ts); between them, these are the only places a page's language changes what is written.
 *
 * Beside the dictionaries because it is the other half of the same decision. It imports no dictionary, so the
 * browser's chart script (src/browser/chart-render.ts) formats numbers by these rules without bundling the UI text.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The language of the site's root (/) and of pages whose path names none. */
export const DEFAULT_LANG: Lang = 'zh';

interface Locale {
  /** HTML lang and hreflang. Pagefind picks its search index by exactly this code. */
  html: string;
  /** Intl's locale. British English: the translation follows Oxford spelling (glossary.json). */
  intl: string;
  /** Thousands separators: English always (1,000); Chinese from five digits (1000, 10,000), as its statistics print them. */
  grouping: true | 'min2';
  /** Open Graph's og:locale (language_TERRITORY). */
  og: string;
  /** RSS <language>, from the RFC 1766 codes RSS names (lower case). */
  feed: string;
  /** The first path segment of the language's pages; Chinese, the default, lives at the root. */
  segment: string | undefined;
  /** Brackets around an aside: full-width in Chinese, with no space around them; a space before "(" in English. */
  open: string;
  close: string;
  /** An indicator's number as the plan's table prints it, and what separates it from the name. */
  number: (n: number | string) => string;
  numberGap: string;
  /** Between a heading's label and its title: an ideographic space ("第三章　…"), or a colon ("Chapter 3: …"). */
  labelGap: string;
  /** The language the plans are adopted in: their own words (table cells, project phrases) are in it. */
  original: boolean;
}

const LOCALES: Record<Lang, Locale> = {
  zh: {
    html: 'zh-CN',
    intl: 'zh-CN',
    grouping: 'min2',
    og: 'zh_CN',
    feed: 'zh-cn',
    segment: undefined,
    open: '（',
    close: '）',
    number: (n) => `（${n}）`,
    numberGap: '',
    labelGap: '\u3000',
    original: true,
  },
  en: {
    html: 'en',
    intl: 'en-GB',
    grouping: true,
    og: 'en_GB',
    feed: 'en',
    segment: 'en',
    open: ' (',
    close: ')',
    number: (n) => `(${n})`,
    numberGap: ' ',
    labelGap: ': ',
    original: false,
  },
};

/** HTML `lang` / hreflang code of a language. */
export const htmlLang = (lang: Lang): string => LOCALES[lang].html;

/** The locale Intl formats a language's numbers, dates and lists in. */
export const intlLocale = (lang: Lang): string => LOCALES[lang].intl;

/** `<meta property="og:locale">`. */
export const ogLocale = (lang: Lang): string => LOCALES[lang].og;

/** An RSS feed's `<language>`. */
export const feedLanguage = (lang: Lang): string => LOCALES[lang].feed;

/** What a path starts with in a language: "" for Chinese, "/en" for English. */
export const pathPrefix = (lang: Lang): string => (LOCALES[lang].segment ? `/${LOCALES[lang].segment}` : '');

/** The route parameter of a language's pages (`[...lang]`): none for Chinese, "en" for English. */
export const langSegment = (lang: Lang): string | undefined => LOCALES[lang].segment;

/** The language of a page from its first path segment ("en" → English; none or any other → Chinese, the default). */
export const langOfSegment = (segment: string | undefined): Lang => LANGS.find((l) => LOCALES[l].segment === segment) ?? DEFAULT_LANG;

/** The language of an HTML `lang` value ("zh-CN", "zh-Hans" → zh; "en", "en-GB" → en), for scripts reading the page. */
export function langOfHtmlCode(code: string): Lang {
  const primary = (c: string) => c.toLowerCase().split('-')[0];
  return LANGS.find((l) => primary(LOCALES[l].html) === primary(code)) ?? DEFAULT_LANG;
}

/** Whether readers of this language read the plan in the words it was adopted in (Chinese). */
export const isOriginalLang = (lang: Lang): boolean => LOCALES[lang].original;

/**
 * The `lang` attribute for text in `textLang` on a page in `pageLang`: its HTML code where they differ (Chinese
 * shown on an English page: "zh-CN"), none where the page's own `lang` already says it.
 */
export const langAttr = (textLang: Lang, pageLang: Lang): string | undefined => (textLang === pageLang ? undefined : htmlLang(textLang));

/**
 * "2026-11-30" → "2026年11月30日" / "30 November 2026". Throws on anything that is not a real date. (This module
 * also runs in the browser, for charts: its errors are plain, not from the message catalogue, which stays out of
 * the page's scripts. The check guarantees dates and numbers before anything is rendered.)
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== iso) throw new Error(`Not an ISO date: "${iso}"`);
  return new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * Formats a number for display without inventing precision: keeps the decimals
 * it was given (up to `maxDecimals`) and groups thousands as the language does.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot display a non-finite number: ${value}`);
  const decimals = Math.min(maxDecimals, (String(value).split('.')[1] ?? '').length);
  return new Intl.NumberFormat(intlLocale(lang), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: LOCALES[lang].grouping,
  }).format(value);
}

/** ["2024", "2025", "2026"] → "2024、2025和2026" / "2024, 2025 and 2026". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(items);
}

/**
 * A number and its unit, one rule in both languages (as SI writes it): a no-break space before a unit symbol
 * ("24.1 μg/m³", never broken across lines), none before %, ‰ or °, nor before a unit written in Chinese
 * characters ("875吨", "15.3平方米"). Shared with the browser's chart (src/browser/chart-render.ts).
 */
export function joinUnit(number: string, unit: string): string {
  if (!unit) return number;
  return /^[%‰°％\p{Script=Han}]/u.test(unit) ? `${number}${unit}` : `${number}\u00a0${unit}`;
}

/** An indicator's number as the plan's table prints it: "（1）" / "(1)". */
export const indicatorNumber = (n: number | string, lang: Lang): string => LOCALES[lang].number(n);

/** A numbered name: "（1）城区…浓度" / "(1) Average …". */
export const numbered = (n: number | string, name: string, lang: Lang): string => `${indicatorNumber(n, lang)}${LOCALES[lang].numberGap}${name}`;

/** Text with an aside in brackets: "名称（μg/m³）" / "Name (μg/m³)"; the text alone when there is no aside. */
export const bracketed = (text: string, aside: string | undefined, lang: Lang): string =>
  aside ? `${text}${LOCALES[lang].open}${aside}${LOCALES[lang].close}` : text;

/** A heading with its label: "第三章　积极应对…" / "Chapter 3: Actively …". */
export const labelled = (label: string, title: string, lang: Lang): string => `${label}${LOCALES[lang].labelGap}${title}`;
