import { z } from 'astro/zod';
import { localized, plainText, Slug } from './common.ts';

export const GlossaryTerm = z.strictObject({
  id: Slug,
  zh: plainText('name'),
  /** The one English rendering used throughout the translation. */
  en: plainText('name'),
  zhVariants: z.array(plainText('name')).optional(),
  /** Inflections of `en` (plural, -ed), not alternative translations. */
  enVariants: z.array(plainText('name')).optional(),
  note: plainText('note', null).optional(),
});

export const GlossaryFile = z.strictObject({
  description: localized('note'),
  terms: z.array(GlossaryTerm),
});
export type GlossaryFile = z.infer<typeof GlossaryFile>;
