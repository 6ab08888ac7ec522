import { z } from 'astro/zod';
import { localized, plainText, Slug } from './common.ts';
import { msg } from '../messages/message.ts';
import { schemaText } from '../messages/zod.ts';

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

/** The beginning of a word, in Latin letters: "organis", "color". */
const WordStart = plainText('label').pipe(z.string().regex(/^[A-Za-z]+$/, schemaText(msg('schema.wordStart'))));

/** One rule of the spelling convention: words beginning with `avoid` are written with `use` (`except` lists word beginnings left alone). */
export const SpellingRule = z.strictObject({
  avoid: WordStart,
  use: WordStart,
  except: z.array(WordStart).optional(),
});

export const GlossaryFile = z.strictObject({
  description: localized('note'),
  /** The spelling convention of the English text, held by the translation check (chapters and data files). */
  spelling: z
    .strictObject({
      description: localized('note'),
      rules: z.array(SpellingRule),
    })
    .optional(),
  terms: z.array(GlossaryTerm),
});
export type GlossaryFile = z.infer<typeof GlossaryFile>;
