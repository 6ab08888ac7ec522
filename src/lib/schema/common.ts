import { z } from 'astro/zod';

/**
 * One rule for every text field staff write, in the JSON files and through the CSV import alike: plain text,
 * trimmed, at most a sensible length for its kind of field, no markup, and no control or invisible formatting
 * characters (a right-to-left override or a zero-width space would make the published text differ from what a
 * reviewer reads in the diff). Line breaks count as control characters: every text field is one paragraph.
 */
export const TEXT_LIMITS = {
  /** Units, numbering, short labels: "μg/m³", "（一）", "省". */
  label: 60,
  /** Names and titles: an indicator, a project, a place, a plan, a publisher. */
  name: 200,
  /** Titles of sources, which cite whole documents. */
  sourceTitle: 300,
  /** Notes, reasons, criteria, addresses. */
  note: 1000,
  /** Definitions, descriptions, summaries. */
  text: 4000,
} as const;
export type TextKind = keyof typeof TEXT_LIMITS;

/** Control characters (line breaks and tabs included), invisible format characters (Unicode Cc, Cf, Zl, Zp) and the Hangul fillers, which show as nothing. */
export const INVISIBLE_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/u;

export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text rule without the length, for any string that reaches a page (attribute values in MDX too). */
export function textProblem(s: string): string | undefined {
  const invisible = INVISIBLE_CHARACTER.exec(s);
  if (invisible) {
    return `contains an invisible or control character (${codePoint(invisible[0])}, character ${invisible.index + 1}): delete it; line breaks, tabs, direction marks and zero-width spaces are not allowed`;
  }
  if (/[<>]/.test(s)) return 'must be plain text without "<" or ">" (no HTML or scripts)';
  return undefined;
}

/** A plain-text field of the given kind; `empty` is the message for an empty value, or null where empty is allowed. */
export function plainText(kind: TextKind, empty: string | null = 'must not be empty') {
  const max = TEXT_LIMITS[kind];
  const base = z.string().trim();
  return (empty === null ? base : base.min(1, empty))
    .max(max, `too long: at most ${max} characters in this field (${kind})`)
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** Text in both site languages. Both are required: a missing translation is a build error. */
export function localized(kind: TextKind) {
  return z.strictObject({
    zh: plainText(kind, 'Chinese text (zh) must not be empty'),
    en: plainText(kind, 'English text (en) must not be empty'),
  });
}
/** A name or title in both languages (the common case). */
export const Localized = localized('name');
export type Localized = z.infer<typeof Localized>;

/** ISO calendar date, e.g. 2024-03-31. */
export const IsoDate = z.string().superRefine((s, ctx) => {
  // One message per mistake: a date not written as YYYY-MM-DD is not also "not a real date".
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: 'expected a date written as YYYY-MM-DD' });
  else if (Number.isNaN(Date.parse(s)) || !new Date(s).toISOString().startsWith(s)) ctx.addIssue({ code: 'custom', message: 'not a real calendar date' });
});

/** A stable ASCII identifier used in URLs and cross-references. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case ASCII letters, digits and hyphens, e.g. "pm25-concentration"');

/** A finite number written as a JSON number (not a string). Zod 4 numbers already reject NaN and Infinity. */
export const FiniteNumber = z.number({ error: 'expected a number written without quotes (NaN and Infinity are not numbers)' });

/** Where a published figure or status comes from. */
export const Source = z.strictObject({
  title: plainText('sourceTitle', 'source title must not be empty'),
  publisher: plainText('name', 'source publisher must not be empty'),
  date: IsoDate,
  url: plainText('note').pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })).optional(),
});
export type Source = z.infer<typeof Source>;

/** A reference to a place in the plan text: "chapter-5#section-1-4" or "chapter-2" (whole chapter). */
export const PlanRef = z.string().regex(/^chapter-[1-9]\d*(?:#[a-z][a-z0-9-]*)?$/, 'expected a plan reference such as "chapter-5#section-1-4"');
