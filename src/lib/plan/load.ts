/** Reads the plan collection through Astro and validates it once per build. */
import { getCollection } from 'astro:content';
import { DataError } from '../data/errors.ts';
import { assemblePlan, type Chapter, type ChapterSource, type PlanLang } from './chapters.ts';

let cached: Chapter[] | undefined;

export async function planChapters(): Promise<Chapter[]> {
  if (cached) return cached;
  const entries = await getCollection('plan');
  const sources: ChapterSource[] = entries.map((e) => ({
    lang: e.id.split('/')[0] as PlanLang,
    file: e.filePath ?? `src/content/plan/${e.id}.mdx`,
    body: e.body ?? '',
    chapter: e.data.chapter,
    label: e.data.label,
    title: e.data.title,
    updated: e.data.updated,
  }));
  const { chapters, problems } = assemblePlan(sources);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new DataError(errors);
  cached = chapters;
  return chapters;
}

/** The collection entry of a chapter in one language, for rendering. */
export async function chapterEntry(lang: PlanLang, n: number) {
  const entries = await getCollection('plan');
  return entries.find((e) => e.id === `${lang}/chapter-${n}`);
}
