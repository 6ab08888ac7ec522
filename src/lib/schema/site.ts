import { z } from 'astro/zod';
import { IsoDate, Localized, localized, PlanRef, plainText, Slug } from './common.ts';

/** Folder names at the top of the site that a plan id may not take. */
export const RESERVED_PLAN_IDS = ['en', 'zh', 'search', 'about', 'pagefind', '_astro', 'data', 'plans', '404', 'rss.xml', 'feed.xml'];

/** data/site.json: the portal that publishes one or more plans. */
export const SiteFile = z.strictObject({
  siteName: Localized,
  shortName: Localized,
  /** The issuing department. */
  publisher: Localized,
  contact: z
    .strictObject({
      address: localized('note').optional(),
      phone: plainText('label').optional(),
      email: z.email({ error: 'expected an e-mail address such as office@example.gov.cn' }).optional(),
    })
    .optional(),
  disclosure: localized('note'),
  /** Plan ids (folders under data/plans/) in the order the site lists them. */
  plans: z.array(Slug.refine((id) => !RESERVED_PLAN_IDS.includes(id), `this id is reserved for the site's own pages (${RESERVED_PLAN_IDS.join(', ')})`)).min(1, 'list at least one plan'),
  /** The plan the home page leads with. */
  currentPlan: Slug,
  /** Date the site's general texts were last revised. */
  contentUpdated: IsoDate,
});
export type SiteFile = z.infer<typeof SiteFile>;

/** data/plans/<id>/plan.json: one plan's identity, period and its own names for its parts. */
export const PlanFile = z
  .strictObject({
    title: Localized,
    shortName: Localized,
    /** Who issued the plan, where it is not the site's publisher. */
    issuer: Localized.optional(),
    period: z.strictObject({
      baselineYear: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
      /** The year of the mid-term evaluation; the middle year when omitted. */
      midTerm: z.number().int().optional(),
    }),
    /** Date the plan was published, or null where the source does not say (the site then says so). */
    published: IsoDate.nullable(),
    publishedNote: localized('note').optional(),
    summary: localized('text'),
    /** The plan's own name for its indicator table, as printed in the plan. */
    indicatorTable: Localized,
    /** The plan's project boxes (专栏) in the order they appear; each must exist as <Box id="…"> in a chapter. */
    boxes: z.array(z.strictObject({ id: Slug, label: Localized })).default([]),
    /** Who sets the targets the plan leaves to a higher level (省 / province, 市 / city). */
    assigner: localized('label'),
    /** Where the plan requires its evaluation, as a plan reference ("chapter-N#anchor"). */
    evaluationSection: PlanRef.optional(),
    /** Example search words taken from this plan. */
    searchExamples: localized('note').optional(),
    /** Date the plan's texts on the site were last revised. */
    contentUpdated: IsoDate,
  })
  .superRefine((p, ctx) => {
    const { baselineYear, start, end, midTerm } = p.period;
    if (!(baselineYear < start && start <= end)) ctx.addIssue({ code: 'custom', path: ['period'], message: 'the period must satisfy baselineYear < start ≤ end' });
    if (midTerm !== undefined && (midTerm < start || midTerm > end)) ctx.addIssue({ code: 'custom', path: ['period', 'midTerm'], message: `the mid-term year must be within ${start}–${end}` });
    if (p.published === null && !p.publishedNote) ctx.addIssue({ code: 'custom', path: ['publishedNote'], message: 'when "published" is null, say why in "publishedNote"' });
  });
export type PlanFile = z.infer<typeof PlanFile>;
