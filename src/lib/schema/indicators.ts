import { z } from 'astro/zod';
import { FiniteNumber, Localized, localized, PlanRef, plainText, Slug, Source } from './common.ts';
import { msg } from '../messages/message.ts';
import { catalogueIssue, schemaText } from '../messages/zod.ts';

/**
 * The typed final-year target of an indicator. `kind` says how the target is judged;
 * the verbatim cell text of the plan's table is kept separately in `targetText`.
 */
export const Target = z.discriminatedUnion('kind', [
  /** The value must not exceed `value` (e.g. PM2.5 ≤ 25.2 μg/m³). */
  z.strictObject({ kind: z.literal('atMost'), value: FiniteNumber }),
  /** The value must reach at least `value` (e.g. ≥ 15 m², 42 %). */
  z.strictObject({ kind: z.literal('atLeast'), value: FiniteNumber }),
  /** The value must stay at `value` every year (e.g. keep at 100 %). */
  z.strictObject({ kind: z.literal('keepAt'), value: FiniteNumber }),
  /** 不降低: the value must not fall below the reference (the baseline, or the first observation if there is none). */
  z.strictObject({ kind: z.literal('noDecrease') }),
  /** 不增长: the value must not rise above the reference (baseline, or first observation). */
  z.strictObject({ kind: z.literal('noIncrease') }),
  /** 消除 / 基本消除: bring the value to zero, or to at most `tolerance` when `basically` is true. */
  z.strictObject({ kind: z.literal('eliminate'), basically: z.boolean(), tolerance: FiniteNumber.nonnegative(), toleranceNote: localized('note') }),
  /** An amount accumulated over the plan period. Yearly observations are that year's amount. */
  z.strictObject({ kind: z.literal('cumulative'), value: FiniteNumber.positive() }),
  /** A target a higher level (province, city) sets: judged only once that figure is recorded (assigned-targets.json). */
  z.strictObject({ kind: z.literal('assigned'), comparison: z.enum(['atLeast', 'atMost']) }),
  /** 保持稳定: stay within ± `tolerance` of the reference (baseline, or first observation). */
  z.strictObject({ kind: z.literal('remainStable'), tolerance: FiniteNumber.positive(), toleranceNote: localized('note') }),
  /** A qualitative requirement, judged met / not met by the responsible authority. */
  z.strictObject({ kind: z.literal('qualitative'), criteria: localized('note') }),
]);
export type Target = z.infer<typeof Target>;
export type TargetKind = Target['kind'];

/**
 * A topic a citizen asks about (air, water, soil, ecology, climate, …), declared per plan in the order the home
 * page shows them. Topics cut across the plan's own groups: an indicator has one group and one topic.
 */
export const IndicatorTopic = z.strictObject({
  id: Slug,
  name: Localized,
});
export type IndicatorTopic = z.infer<typeof IndicatorTopic>;

export const IndicatorGroup = z.strictObject({
  id: Slug,
  /** Numbering as printed in the plan's table, in each language: { "zh": "（一）", "en": "I." }. */
  label: localized('label'),
  name: Localized,
});

/**
 * What a figure of this indicator can plausibly be (src/lib/data/plausibility.ts). All optional: without it the
 * default rules apply (no negative value, a percentage at most 100, a year-on-year change up to 50%).
 */
export const Plausible = z
  .strictObject({
    /** The smallest possible figure; a value below 0 here allows negative figures (e.g. a reduction rate that can be negative). */
    min: FiniteNumber.optional(),
    /** The largest possible figure; above 100 here allows a percentage above 100 (e.g. a growth rate). */
    max: FiniteNumber.optional(),
    /** The year-on-year change, in % of the series' largest other figure, above which a figure is flagged (default 50). */
    maxChangePercent: FiniteNumber.positive().optional(),
  })
  .refine((p) => p.min === undefined || p.max === undefined || p.min < p.max, { error: schemaText(msg('schema.plausibleMinMax')), path: ['max'] });
export type Plausible = z.infer<typeof Plausible>;

/**
 * What the plan's data knows about how an indicator's figures are produced (all optional; shown on the
 * indicator's page and carried into its downloads). Never invented: leave out what no source says.
 */
export const IndicatorMetadata = z.strictObject({
  /** Who provides the figures (data provider): "区生态环境局". */
  provider: Localized.optional(),
  /** How the figure is measured or calculated. */
  method: localized('text').optional(),
  /** How often a figure is published: "每年" / "Yearly". */
  frequency: localized('label').optional(),
  /** Whom to ask about the figures (a department, an office; no personal data). */
  contact: localized('note').optional(),
});
export type IndicatorMetadata = z.infer<typeof IndicatorMetadata>;

export const Indicator = z.strictObject({
  number: z.number().int().min(1),
  id: Slug,
  /** One of the groups declared at the top of the file. */
  group: Slug,
  name: Localized,
  /** Unit as printed (zh) and in English; empty strings when the table gives none. */
  unit: z.strictObject({ zh: plainText('label', null), en: plainText('label', null) }),
  attribute: z.enum(['binding', 'anticipatory']),
  /** Whether a higher or a lower value is better; omitted where neither applies. */
  direction: z.enum(['higher', 'lower']).optional(),
  /** The baseline-year figure, or "none" where the table shows "/" or "--". */
  baseline: z.union([FiniteNumber, z.literal('none')]),
  /** The baseline-year and target-year cells of the plan's table, verbatim. */
  baselineText: plainText('label'),
  targetText: plainText('label'),
  target: Target,
  definition: localized('text'),
  /** Plan passages that discuss this indicator. */
  sections: z.array(PlanRef).min(1),
  /** The same measure in an earlier plan: its page then shows the whole series. */
  continues: z.strictObject({ plan: Slug, indicator: Slug }).optional(),
  /** The range of plausible figures and the year-on-year change that needs no confirmation (optional). */
  plausible: Plausible.optional(),
  /** Data provider, method, frequency and contact, where the plan's data knows them (optional). */
  metadata: IndicatorMetadata.optional(),
  /** One of the topics declared at the top of the file (required on every indicator once the file declares topics). */
  topic: Slug.optional(),
  /** True for the few indicators the home page reads out under their topic. */
  headline: z.boolean().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorsFile = z
  .strictObject({
    /** Empty while a new plan is being entered. */
    groups: z.array(IndicatorGroup),
    /** Optional: without topics the home page reads out no figures and lists the groups instead. */
    topics: z.array(IndicatorTopic).optional(),
    indicators: z.array(Indicator),
  })
  .superRefine((file, ctx) => {
    // Topics: unique, and once declared, named by every indicator; a headline indicator needs one.
    const topics = file.topics ?? [];
    const declared = new Set<string>();
    topics.forEach((t, k) => {
      if (declared.has(t.id)) ctx.addIssue(catalogueIssue(msg('schema.duplicateTopic'), ['topics', k, 'id']));
      declared.add(t.id);
    });
    const list = [...declared];
    file.indicators.forEach((ind, k) => {
      if (ind.topic === undefined) {
        if (topics.length > 0) ctx.addIssue(catalogueIssue(msg('schema.topicRequired', { topics: list }), ['indicators', k, 'topic']));
        else if (ind.headline) ctx.addIssue(catalogueIssue(msg('schema.headlineNeedsTopic'), ['indicators', k, 'headline']));
      } else if (!declared.has(ind.topic)) {
        const m = topics.length > 0 ? msg('schema.unknownTopic', { topics: list }) : msg('schema.unknownTopicNoneDeclared');
        ctx.addIssue(catalogueIssue(m, ['indicators', k, 'topic']));
      }
    });
  });
export type IndicatorsFile = z.infer<typeof IndicatorsFile>;

/** The figure behind an assigned target, recorded when the higher level publishes it. */
export const AssignedTargetsFile = z.strictObject({
  targets: z.array(
    z.strictObject({
      indicator: Slug,
      value: FiniteNumber,
      note: localized('note').optional(),
      source: Source,
    }),
  ),
});
export type AssignedTargetsFile = z.infer<typeof AssignedTargetsFile>;
