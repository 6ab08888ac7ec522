import { z } from 'astro/zod';
import { Localized, Slug } from './common.ts';

export const GlossaryTerm = z.strictObject({
  id: Slug,
  zh: z.string().min(1),
  /** The one English rendering used throughout the translation. */
  en: z.string().min(1),
  zhVariants: z.array(z.string().min(1)).optional(),
  /** Inflections of `en` (plural, -ed), not alternative translations. */
  enVariants: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});

export const GlossaryFile = z.strictObject({
  description: Localized,
  terms: z.array(GlossaryTerm),
});
export type GlossaryFile = z.infer<typeof GlossaryFile>;
