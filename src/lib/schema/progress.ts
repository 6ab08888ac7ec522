import { z } from 'astro/zod';
import { FiniteNumber, IsoDate, localized, Slug, Source } from './common.ts';
import { msg } from '../messages/message.ts';
import { schemaText } from '../messages/zod.ts';

/** A number for numeric targets; the recorded judgement for qualitative ones. */
const NEITHER = schemaText(msg('schema.observedValue'));
export const ObservedValue = z.union([FiniteNumber, z.enum(['met', 'not-met'])], { error: (issue) => (issue.input === undefined ? undefined : NEITHER) });
export type ObservedValue = z.infer<typeof ObservedValue>;

/** An earlier published value that was later corrected. */
export const Revision = z.strictObject({
  value: ObservedValue,
  /** When this earlier value was published. */
  published: IsoDate,
  source: Source,
  /** Why it was replaced by the next value. */
  reason: localized('note'),
});
export type Revision = z.infer<typeof Revision>;

export const Observation = z.strictObject({
  indicator: Slug,
  /** The value now in force. For cumulative targets: the amount achieved in this year alone. */
  value: ObservedValue,
  /** When the value now in force was published. */
  published: IsoDate,
  source: Source,
  note: localized('note').optional(),
  /**
   * Why an unusual figure is right (it differs from the rest of the series beyond the plausibility rules, and was
   * checked against its source): stops the warning or lifts the refusal. For reviewers only: never shown on the public
   * site or in its downloads (what the public should know goes in `note`).
   */
  confirmed: localized('note').optional(),
  /** Earlier values of this observation, oldest first. */
  revisions: z.array(Revision).default([]),
});
export type Observation = z.infer<typeof Observation>;

export const ProgressFile = z.strictObject({
  year: z.number().int(),
  observations: z.array(Observation),
});
export type ProgressFile = z.infer<typeof ProgressFile>;
