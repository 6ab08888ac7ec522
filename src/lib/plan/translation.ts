/**
 * Checks that an English chapter faithfully mirrors its Chinese original:
 * same sections and paragraph counts, every Arabic number carried over,
 * glossary terms used consistently, the glossary's spelling convention kept, nothing left in Chinese.
 * The English of the plan's data files is held to the same glossary and spelling (`checkDataTranslation`).
 */
import { sectionsOf, parseBlocks, anchorsOf, type Section } from './structure.ts';
import { msg, texts, type Message, type MessageText } from '../messages/message.ts';

export interface GlossaryTerm {
  id: string;
  zh: string;
  en: string;
  /** Other Chinese spellings that mean the same term. */
  zhVariants?: string[];
  /** Other accepted English forms (plural, inflection, longer phrase). */
  enVariants?: string[];
  note?: string;
}

/**
 * One rule of the glossary's spelling convention: a word that begins with `avoid` is written with `use` instead
 * (`organis` → `organiz`). Words that begin with `use`, or with one of `except` (`organism`), are left alone.
 */
export interface SpellingRule {
  avoid: string;
  use: string;
  except?: string[];
}

/** A difference between a translation and its original: where, and its message in both languages (`message` is English). */
export interface TranslationProblem extends MessageText {
  section: string;
  paragraph?: number;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const EN_MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Arabic numbers in a Chinese paragraph, each with the values an English rendering may use. */
export function chineseNumbers(text: string): { raw: string; values: number[]; month?: string }[] {
  const out: { raw: string; values: number[]; month?: string }[] = [];
  for (const m of text.normalize('NFKC').matchAll(/(\d+(?:\.\d+)?)\s*([万亿月])?/g)) {
    const n = Number(m[1]);
    const values = [n];
    if (m[2] === '月' && Number.isInteger(n) && n >= 1 && n <= 12) {
      out.push({ raw: m[0], values, month: MONTHS[n - 1]! });
      continue;
    }
    if (m[2] && m[2] !== '月') values.push(n * MULTIPLIER[m[2]]!);
    out.push({ raw: m[0], values });
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Numeric values written in English text: "20,000", "33.86 billion", "96.7%". */
export function englishNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.normalize('NFKC').matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|billion))?/gi)) {
    const n = Number((m[1]! + (m[2] ?? '')).replace(/,/g, ''));
    out.push(n);
    if (m[3]) out.push(n * EN_MULTIPLIER[m[3].toLowerCase()]!);
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;

export function missingNumbers(zh: string, en: string): string[] {
  const have = englishNumbers(en);
  return chineseNumbers(zh)
    .filter(({ values, month }) => !values.some((v) => have.some((h) => close(v, h))) && !(month && en.includes(month)))
    .map(({ raw }) => raw);
}

export function cjkShare(text: string): number {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0) return 0;
  return (compact.match(CJK)?.length ?? 0) / compact.length;
}

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');

/** Glossary terms whose Chinese appears in `zh` but whose English does not appear in `en`. */
export function inconsistentTerms(zh: string, en: string, glossary: GlossaryTerm[]): GlossaryTerm[] {
  const enFolded = fold(en);
  return glossary.filter((t) => {
    const zhForms = [t.zh, ...(t.zhVariants ?? [])];
    if (!zhForms.some((z) => zh.includes(z))) return false;
    const enForms = [t.en, ...(t.enVariants ?? [])].map(fold);
    return !enForms.some((e) => enFolded.includes(e));
  });
}

/** Words of an English text that the spelling convention writes otherwise, each once, with the rule it breaks. */
export function misspelledWords(text: string, rules: SpellingRule[]): { word: string; rule: SpellingRule }[] {
  const out: { word: string; rule: SpellingRule }[] = [];
  const seen = new Set<string>();
  for (const [word] of text.normalize('NFKC').matchAll(/[A-Za-z]+/g)) {
    const w = word.toLowerCase();
    if (seen.has(w)) continue;
    const starts = (stem: string) => w.startsWith(stem.toLowerCase());
    const rule = rules.find((r) => starts(r.avoid) && !starts(r.use) && !(r.except ?? []).some(starts));
    if (!rule) continue;
    seen.add(w);
    out.push({ word, rule });
  }
  return out;
}

/** The glossary terms and spelling problems of one English text beside its Chinese original. */
function textProblems(zh: string, en: string, glossary: GlossaryTerm[], spelling: SpellingRule[]): Message[] {
  return [
    ...inconsistentTerms(zh, en, glossary).map((t) => msg('translation.glossaryTerm', { term: t.zh, rendering: t.en })),
    ...misspelledWords(en, spelling).map(({ word, rule }) => msg('translation.spelling', { word, use: rule.use, avoid: rule.avoid })),
  ];
}

/**
 * Holds the English of a data file to the glossary and the spelling convention: every {zh, en} pair anywhere in
 * the JSON value, its `en` translating each glossary term its `zh` contains. `path` is the JSON path of the `en`.
 */
export function checkDataTranslation(value: unknown, glossary: GlossaryTerm[], spelling: SpellingRule[] = []): ({ path: string } & MessageText)[] {
  const out: ({ path: string } & MessageText)[] = [];
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}[${i}]`));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.en === 'string') {
      for (const message of textProblems(typeof o.zh === 'string' ? o.zh : '', o.en, glossary, spelling))
        out.push({ path: p ? `${p}.en` : 'en', ...texts(message) });
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'en') walk(x, p ? `${p}.${k}` : k);
  };
  walk(value, '');
  return out;
}

export function plainLength(sections: Section[]): number {
  return sections.reduce((sum, s) => sum + s.title.length + s.paragraphs.join('').replace(/\s+/g, ' ').length, 0);
}

/** Compares an English chapter source with its Chinese original; `spelling` is the glossary's spelling convention. */
export function checkTranslation(zhSource: string, enSource: string, glossary: GlossaryTerm[], spelling: SpellingRule[] = []): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const zhBlocks = parseBlocks(zhSource);
  const enBlocks = parseBlocks(enSource);
  const zhAnchors = anchorsOf(zhBlocks).map((a) => a.id);
  const enAnchors = anchorsOf(enBlocks).map((a) => a.id);
  if (zhAnchors.join(' ') !== enAnchors.join(' ')) {
    problems.push({ section: '*', ...texts(msg('translation.anchorsDiffer', { original: zhAnchors, translation: enAnchors })) });
    return problems;
  }
  const zhSections = sectionsOf(zhBlocks);
  const enSections = sectionsOf(enBlocks);
  zhSections.forEach((zs, i) => {
    const es = enSections[i]!;
    if (zs.paragraphs.length !== es.paragraphs.length) {
      problems.push({ section: zs.id, ...texts(msg('translation.paragraphCount', { english: es.paragraphs.length, chinese: zs.paragraphs.length })) });
      return;
    }
    const pairs: [string, string, number | undefined][] = [
      [zs.title, es.title, undefined],
      ...zs.paragraphs.map((p, k) => [p, es.paragraphs[k]!, k + 1] as [string, string, number]),
    ];
    for (const [zh, en, k] of pairs) {
      const where = { section: zs.id, ...(k ? { paragraph: k } : {}) };
      if (!zh) continue;
      if (cjkShare(en) > 0.15) problems.push({ ...where, ...texts(msg('translation.stillChinese', { percent: Math.round(cjkShare(en) * 100) })) });
      const missing = missingNumbers(zh, en);
      if (missing.length) problems.push({ ...where, ...texts(msg('translation.missingNumbers', { numbers: missing })) });
      for (const message of textProblems(zh, en, glossary, spelling)) problems.push({ ...where, ...texts(message) });
    }
  });
  const ratio = plainLength(enSections) / plainLength(zhSections);
  if (ratio < 2.5) problems.push({ section: '*', ...texts(msg('translation.tooShort', { ratio: ratio.toFixed(2) })) });
  return problems;
}
