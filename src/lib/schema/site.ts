import { z } from 'astro/zod';
import { IsoDate, Localized } from './common.ts';

export const SiteFile = z.strictObject({
  siteName: Localized,
  shortName: Localized,
  planTitle: Localized,
  publisher: Localized,
  period: z.strictObject({
    start: z.number().int(),
    end: z.number().int(),
    baselineYear: z.number().int(),
  }),
  /** Date the plan was published, or null where the source does not say (the site then says so). */
  planPublished: IsoDate.nullable(),
  planPublishedNote: Localized,
  disclosure: Localized,
  summary: Localized,
  /** Date the site's general texts were last revised. */
  contentUpdated: IsoDate,
});
export type SiteFile = z.infer<typeof SiteFile>;
