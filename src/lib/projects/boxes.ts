/** Titles of a plan's project boxes (declared in plan.json), read from the plan text itself. */
import type { Chapter } from '../plan/chapters.ts';

export function boxTitles(chapters: Chapter[], lang: 'zh' | 'en', boxIds: string[]): Map<string, { title: string; chapter: string }> {
  const out = new Map<string, { title: string; chapter: string }>();
  for (const c of chapters) {
    const toc = c.toc[lang] ?? c.toc.zh;
    for (const e of toc) if (boxIds.includes(e.id)) out.set(e.id, { title: e.title, chapter: c.slug });
  }
  return out;
}

/** Search filter and list key of a category: its box, or "chapter-text" for projects named in the chapters. */
export const CHAPTER_TEXT = 'chapter-text';
export const boxKey = (box: string | undefined) => box ?? CHAPTER_TEXT;
