import { z } from 'astro/zod';
import { msg, type Message } from '../messages/message.ts';
import { catalogueIssue, schemaText } from '../messages/zod.ts';

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
export function textProblem(s: string): Message | undefined {
  const invisible = INVISIBLE_CHARACTER.exec(s);
  if (invisible) return msg('text.invisibleCharacter', { char: codePoint(invisible[0]), position: invisible.index + 1 });
  if (/[<>]/.test(s)) return msg('text.markup');
  return undefined;
}

/** A plain-text field of the given kind; `empty` is the message for an empty value, or null where empty is allowed. */
export function plainText(kind: TextKind, empty: Message | null = msg('text.empty')) {
  const max = TEXT_LIMITS[kind];
  const base = z.string().trim();
  return (empty === null ? base : base.min(1, schemaText(empty))).max(max, schemaText(msg('text.tooLong', { max, kind }))).superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue(catalogueIssue(problem));
  });
}

/** Text in both site languages. Both are required: a missing translation is a build error. */
export function localized(kind: TextKind) {
  return z.strictObject({
    zh: plainText(kind, msg('text.zhEmpty')),
    en: plainText(kind, msg('text.enEmpty')),
  });
}
/** A name or title in both languages (the common case). */
export const Localized = localized('name');
export type Localized = z.infer<typeof Localized>;

/** ISO calendar date, e.g. 2024-03-31. */
export const IsoDate = z.string().superRefine((s, ctx) => {
  // One message per mistake: a date not written as YYYY-MM-DD is not also "not a real date".
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue(catalogueIssue(msg('schema.dateFormat')));
  else if (Number.isNaN(Date.parse(s)) || !new Date(s).toISOString().startsWith(s)) ctx.addIssue(catalogueIssue(msg('schema.dateNotReal')));
});

/** A stable ASCII identifier used in URLs and cross-references. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaText(msg('schema.slug')));

/**
 * A finite number written as a JSON number (not a string). Zod 4 numbers already reject NaN and Infinity. Only a
 * value of another type is told to drop its quotes: a missing number is "required", and a number out of range
 * (`.positive()`) says so, from the general messages.
 */
const NOT_A_NUMBER = schemaText(msg('schema.number'));
export const FiniteNumber = z.number({ error: (issue) => (issue.code === 'invalid_type' && issue.input !== undefined ? NOT_A_NUMBER : undefined) });

/** Where a published figure or status comes from. */
export const Source = z.strictObject({
  title: plainText('sourceTitle', msg('text.sourceTitleEmpty')),
  publisher: plainText('name', msg('text.sourcePublisherEmpty')),
  date: IsoDate,
  url: plainText('note')
    .pipe(z.url({ protocol: /^https?$/, error: schemaText(msg('schema.url')) }))
    .optional(),
});
export type Source = z.infer<typeof Source>;

/** A reference to a place in the plan text: "chapter-5#section-1-4" or "chapter-2" (whole chapter). */
export const PlanRef = z.string().regex(/^chapter-[1-9]\d*(?:#[a-z][a-z0-9-]*)?$/, schemaText(msg('schema.planRef')));
