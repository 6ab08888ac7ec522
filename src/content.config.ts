import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { IsoDate, plainText } from './lib/schema/common.ts';
import { buildContext } from './lib/build/context.ts';

const { contentDir } = buildContext();

/** YAML turns 2026-11-30 into a Date; keep dates as ISO strings throughout the site. */
const DateField = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), IsoDate]);

/** Plan chapters: src/content/plans/<plan>/<lang>/chapter-<n>.mdx; ids "<plan>/<lang>/chapter-<n>". */
const plan = defineCollection({
  loader: glob({ pattern: '*/{zh,en}/chapter-*.mdx', base: `${contentDir}/plans` }),
  schema: z.strictObject({
    chapter: z.number().int().min(1),
    label: plainText('label'),
    title: plainText('name'),
    updated: DateField,
  }),
});

/** Report narratives written by staff: src/content/plans/<plan>/reports/<lang>/<year>.mdx; ids "<plan>/reports/<lang>/<year>". */
const reports = defineCollection({
  loader: glob({ pattern: '*/reports/{zh,en}/*.mdx', base: `${contentDir}/plans` }),
  // The publication state and date of a report are data (data/plans/<plan>/reports.json), not part of its text.
  schema: z.strictObject({ year: z.number().int() }),
});

export const collections = { plan, reports };
