import { z } from 'astro/zod';
import { IsoDate, Localized, localized, PlanRef, plainText, Slug } from './common.ts';
import { msg } from '../messages/message.ts';
import { catalogueIssue, schemaText } from '../messages/zod.ts';

/** Folder names at the top of the site that a plan id may not take. */
export const RESERVED_PLAN_IDS = ['en', 'zh', 'search', 'about', 'pagefind', '_astro', 'data', 'plans', '404', 'rss.xml', 'feed.xml'];

/** An http(s) address (licence deed, web page). */
const WebAddress = plainText('note').pipe(z.url({ protocol: /^https?$/, error: schemaText(msg('schema.url')) }));

/**
 * The licence under which the site publishes its data, translation and charts. Required: a licence is a legal
 * statement the publishing department makes, which the generator must not make for it (README: "The licence").
 */
const LICENCE_MISSING = schemaText(msg('schema.licenceMissing'));
export const Licence = z.strictObject(
  {
    /** Its full name in each language, as shown: "知识共享署名 4.0 国际许可协议（CC BY 4.0）". */
    name: Localized,
    /** Where its terms are published: "https://creativecommons.org/licenses/by/4.0/". */
    url: WebAddress,
    /** Its SPDX identifier, for machine-readable downloads (a data package's "licenses"): "CC-BY-4.0". */
    spdx: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, schemaText(msg('schema.spdx', { example: 'CC-BY-4.0' })))
      .optional(),
  },
  {
    error: (issue) => (issue.input === undefined ? LICENCE_MISSING : undefined),
  },
);
export type Licence = z.infer<typeof Licence>;

/** A telephone number as printed: digits, spaces, "+", "-", "/", brackets, an extension after 转 or "ext.". */
const Phone = plainText('label').regex(/^\+?[0-9(][0-9 ()\/-]*[0-9](?: ?(?:转|ext\. ?)[0-9]+)?$/, schemaText(msg('schema.phone')));

/** The web page markers of an official (government) site, each optional: shown in the footer and the About page when set. */
const OfficialMarkers = {
  /** 主办单位: the department the site belongs to. */
  sponsor: Localized.optional(),
  /** 承办单位: the department that runs and maintains it. */
  host: Localized.optional(),
  /** 网站标识码: the site identification code of the government website register (10 digits, or "bm" and 8 digits). */
  siteCode: z
    .string()
    .trim()
    .regex(/^(?:[0-9]{10}|bm[0-9]{8})$/, schemaText(msg('schema.siteCode')))
    .optional(),
  /** ICP 备案号 as the MIIT filing system gives it; linked to its search site. */
  icp: z
    .string()
    .trim()
    .regex(/^\p{Script=Han}{1,2}ICP[备证][0-9]{4,12}号(?:-[0-9]{1,3})?$/u, schemaText(msg('schema.icp')))
    .optional(),
  /** 公安机关备案号 as issued; linked to its record on the public security filing site. */
  publicSecurity: z
    .string()
    .trim()
    .regex(/^\p{Script=Han}{1,2}公网安备 ?[0-9]{14}号$/u, schemaText(msg('schema.publicSecurity')))
    .optional(),
};

/** data/site.json: the portal that publishes one or more plans. */
export const SiteFile = z.strictObject({
  siteName: Localized,
  shortName: Localized,
  /** The issuing department. */
  publisher: Localized,
  ...OfficialMarkers,
  contact: z
    .strictObject({
      address: localized('note').optional(),
      phone: Phone.optional(),
      email: z.email({ error: schemaText(msg('schema.email')) }).optional(),
    })
    .optional(),
  licence: Licence,
  disclosure: localized('note'),
  /** Plan ids (folders under data/plans/) in the order the site lists them. */
  plans: z
    .array(Slug.refine((id) => !RESERVED_PLAN_IDS.includes(id), schemaText(msg('schema.reservedPlanId', { ids: RESERVED_PLAN_IDS }))))
    .min(1, schemaText(msg('schema.noPlans'))),
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
    if (!(baselineYear < start && start <= end)) ctx.addIssue(catalogueIssue(msg('schema.periodOrder'), ['period']));
    if (midTerm !== undefined && (midTerm < start || midTerm > end))
      ctx.addIssue(catalogueIssue(msg('schema.midTermYear', { start, end }), ['period', 'midTerm']));
    if (p.published === null && !p.publishedNote) ctx.addIssue(catalogueIssue(msg('schema.publishedNote'), ['publishedNote']));
  });
export type PlanFile = z.infer<typeof PlanFile>;
