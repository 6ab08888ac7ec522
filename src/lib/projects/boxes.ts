/** Titles of the plan's project boxes, read from the plan text itself (not from the UI dictionary). */
import type { Chapter } from '../plan/chapters.ts';

export function boxTitles(chapters: Chapter[], lang: 'zh' | 'en'): Map<string, { title: string; chapter: string }> {
  const out = new Map<string, { title: string; chapter: string }>();
  for (const c of chapters) {
    const toc = (lang === 'en' ? c.toc.en : undefined) ?? c.toc.zh;
    for (const e of toc) if (e.id.startsWith('box-') && !e.id.slice(4).includes('-')) out.set(e.id, { title: e.title, chapter: c.slug });
  }
  return out;
}
