/** Reads the plan chapters through Astro and validates each plan's chapters once per build. */
import { getCollection } from 'astro:content';
import { DataError } from '../messages/problem.ts';
import { assemblePlan, type Chapter, type ChapterSource, type PlanLang } from './chapters.ts';
import { resolvePlanRef, type ResolvedRef } from './refs.ts';

const cache = new Map<string, Chapter[]>();

/** The chapters of one plan, both languages paired. */
export async function planChapters(planId: string): Promise<Chapter[]> {
  const hit = cache.get(planId);
  if (hit) return hit;
  const entries = (await getCollection('plan')).filter((e) => e.id.startsWith(`${planId}/`));
  const sources: ChapterSource[] = entries.map((e) => ({
    lang: e.id.split('/')[1] as PlanLang,
    file: e.filePath ?? `${e.id}.mdx`,
    body: e.body ?? '',
    chapter: e.data.chapter,
    label: e.data.label,
    title: e.data.title,
    updated: e.data.updated,
  }));
  const { chapters, problems } = assemblePlan(sources);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new DataError(errors);
  cache.set(planId, chapters);
  return chapters;
}

/** Resolves a plan's references ("chapter-5#section-1-4") for a page in `lang`, for PlanRefLink. */
export async function planRefResolver(planId: string, lang: PlanLang): Promise<(ref: string) => ResolvedRef> {
  const chapters = await planChapters(planId);
  return (ref) => resolvePlanRef(chapters, ref, lang);
}

/** The collection entry of a chapter in one language, for rendering. */
export async function chapterEntry(planId: string, lang: PlanLang, n: number) {
  const entries = await getCollection('plan');
  return entries.find((e) => e.id === `${planId}/${lang}/chapter-${n}`);
}
