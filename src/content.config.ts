import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { IsoDate } from './lib/schema/common.ts';

/** YAML turns 2026-11-30 into a Date; keep dates as ISO strings throughout the site. */
const DateField = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), IsoDate]);

/** Plan chapters: src/content/plan/<lang>/chapter-<n>.mdx (PLAN_CONTENT_DIR points tests at fixture chapters). */
const plan = defineCollection({
  loader: glob({ pattern: '{zh,en}/chapter-*.mdx', base: process.env.PLAN_CONTENT_DIR ?? './src/content/plan' }),
  schema: z.strictObject({
    chapter: z.number().int().min(1),
    label: z.string().min(1),
    title: z.string().min(1),
    updated: DateField,
  }),
});

/** Report narratives written by staff: src/content/reports/<lang>/<year>.mdx (REPORTS_CONTENT_DIR for the demo build). */
const reports = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: process.env.REPORTS_CONTENT_DIR ?? (process.env.SITE_DATASET === 'demo' ? './test/fixtures/demo/reports' : './src/content/reports') }),
  schema: z.strictObject({
    year: z.number().int(),
    /** Publication date: the report shows the figures as they stood on this day. */
    published: DateField,
  }),
});

export const collections = { plan, reports };
