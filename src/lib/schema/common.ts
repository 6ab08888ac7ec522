import { z } from 'astro/zod';

/** Text in both site languages. Both are required: a missing translation is a build error. */
export const Localized = z.strictObject({
  zh: z.string().trim().min(1, 'Chinese text (zh) must not be empty'),
  en: z.string().trim().min(1, 'English text (en) must not be empty'),
});
export type Localized = z.infer<typeof Localized>;

/** ISO calendar date, e.g. 2024-03-31. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'not a real calendar date');

/** A stable ASCII identifier used in URLs and cross-references. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case ASCII letters, digits and hyphens, e.g. "pm25-concentration"');

/** A finite number written as a JSON number (not a string). Zod 4 numbers already reject NaN and Infinity. */
export const FiniteNumber = z.number({ error: 'expected a number written without quotes (NaN and Infinity are not numbers)' });

/** Where a published figure or status comes from. */
export const Source = z.strictObject({
  title: z.string().trim().min(1, 'source title must not be empty'),
  publisher: z.string().trim().min(1, 'source publisher must not be empty'),
  date: IsoDate,
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
});
export type Source = z.infer<typeof Source>;

/** A reference to a place in the plan text: "chapter-5#section-1-4" or "chapter-2" (whole chapter). */
export const PlanRef = z.string().regex(/^chapter-[1-9]\d*(?:#[a-z][a-z0-9-]*)?$/, 'expected a plan reference such as "chapter-5#section-1-4"');

/** Plain text only: data files can never carry markup into the page. */
export const PlainText = z.string().refine((s) => !/[<>]/.test(s), 'must be plain text without "<" or ">" (no HTML or scripts)');
