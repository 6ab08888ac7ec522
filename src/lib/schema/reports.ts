import { z } from 'astro/zod';
import { IsoDate } from './common.ts';
import { msg } from '../messages/message.ts';
import { schemaText } from '../messages/zod.ts';

/**
 * data/plans/<id>/reports.json: which yearly reports staff have published, and on what date. A report is
 * published on purpose: importing a year's figures never publishes it, and its date is only the one written here.
 */
export const ReportEntry = z.discriminatedUnion(
  'status',
  [
    /** Being written: nothing of it is on the site. */
    z.strictObject({ year: z.number().int(), status: z.literal('draft') }),
    /** On the site, with the figures as they stood on `published`. */
    z.strictObject({ year: z.number().int(), status: z.literal('published'), published: IsoDate }),
  ],
  { error: schemaText(msg('schema.reportStatus')) },
);
export type ReportEntry = z.infer<typeof ReportEntry>;

export const ReportsFile = z.strictObject({ reports: z.array(ReportEntry) });
export type ReportsFile = z.infer<typeof ReportsFile>;
