import { z } from 'astro/zod';
import { IsoDate, Localized, localized, PlanRef, plainText, Slug } from './common.ts';

/** Folder names at the top of the site that a plan id may not take. */
export const RESERVED_PLAN_IDS = ['en', 'zh', 'search', 'about', 'pagefind', '_astro', 'data', 'plans', '404', 'rss.xml', 'feed.xml'];

/** An http(s) address (licence deed, web page). */
const WebAddress = plainText('note').pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }));

/**
 * The licence under which the site publishes its data, translation and charts. Required: a licence is a legal
 * statement the publishing department makes, which the generator must not make for it (README: "The licence").
 */
export const Licence = z.strictObject(
  {
    /** Its full name in each language, as shown: "知识共享署名 4.0 国际许可协议（CC BY 4.0）". */
    name: Localized,
    /** Where its terms are published: "https://creativecommons.org/licenses/by/4.0/". */
    url: WebAddress,
    /** Its SPDX identifier, for machine-readable downloads (a data package's "licenses"): "CC-BY-4.0". */
    spdx: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, 'expected an SPDX licence identifier such as CC-BY-4.0').optional(),
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'state the licence the site publishes its data under: "licence": { "name": { "zh": …, "en": … }, "url": "https://…", "spdx": "…" } (see the README, e.g. CC BY 4.0)'
        : undefined,
  },
);
export type Licence = z.infer<typeof Licence>;

/** A telephone number as printed: digits, spaces, "+", "-", "/", brackets, an extension after 转 or "ext.". */
const Phone = plainText('label').regex(
  /^\+?[0-9(][0-9 ()\/-]*[0-9](?: ?(?:转|ext\. ?)[0-9]+)?$/,
  'expected a telephone number: digits, spaces, "+", "-", "/" and brackets only (an extension after 转 or "ext."), e.g. 010-12345678 or +86 10 1234 5678',
);

/** The web page markers of an official (government) site, each optional: shown in the footer and the About page when set. */
const OfficialMarkers = {
  /** 主办单位: the department the site belongs to. */
  sponsor: Localized.optional(),
  /** 承办单位: the department that runs and maintains it. */
  host: Localized.optional(),
  /** 网站标识码: the site identification code of the government website register (10 digits, or "bm" and 8 digits). */
  siteCode: z.string().trim().regex(/^(?:[0-9]{10}|bm[0-9]{8})$/, 'expected a site identification code (网站标识码) of 10 digits, or "bm" and 8 digits, e.g. 1100000001').optional(),
  /** ICP 备案号 as the MIIT filing system gives it; linked to its search site. */
  icp: z.string().trim().regex(/^\p{Script=Han}{1,2}ICP[备证][0-9]{4,12}号(?:-[0-9]{1,3})?$/u, 'expected an ICP filing number (ICP备案号) as issued, e.g. 京ICP备12345678号 or 京ICP备12345678号-1').optional(),
  /** 公安机关备案号 as issued; linked to its record on the public security filing site. */
  publicSecurity: z.string().trim().regex(/^\p{Script=Han}{1,2}公网安备 ?[0-9]{14}号$/u, 'expected a public security filing number (公安备案号) as issued: the province, 公网安备, 14 digits and 号, e.g. 京公网安备11010502000001号').optional(),
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
      email: z.email({ error: 'expected an e-mail address such as office@example.gov.cn' }).optional(),
    })
    .optional(),
  licence: Licence,
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
