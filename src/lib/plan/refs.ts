/** Resolves plan references such as "chapter-5#section-1-4" to a chapter, anchor and readable label. */
import { chapterTitle, type Chapter } from './chapters.ts';
import { msg } from '../messages/message.ts';
import { renderError } from '../messages/render-error.ts';

export interface ResolvedRef {
  chapterSlug: string;
  anchor?: string;
  label: string;
}

/** Throws for a reference to a chapter or section that does not exist, so a bad link can never be built. */
export function resolvePlanRef(chapters: Chapter[], ref: string, lang: 'zh' | 'en'): ResolvedRef {
  const [slug, anchor] = ref.split('#') as [string, string | undefined];
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) throw renderError(msg('render.unknownChapterRef', { ref }));
  if (!anchor) return { chapterSlug: slug, label: chapterTitle(chapter, lang) };
  if (!chapter.anchors.includes(anchor)) throw renderError(msg('render.unknownSectionRef', { anchor, ref }));
  // An untranslated chapter is named by its number; its sections keep their Chinese titles.
  const chapterLabel = chapter[lang]?.label ?? chapterTitle(chapter, lang);
  const title = chapter.titles[lang]?.[anchor] ?? chapter.titles.zh[anchor] ?? anchor;
  return { chapterSlug: slug, anchor, label: `${chapterLabel} · ${title}` };
}

/** Every "chapter-N#anchor" reference that does not resolve. */
export function unresolvedRefs(chapters: Chapter[], refs: string[]): string[] {
  return refs.filter((r) => {
    try {
      resolvePlanRef(chapters, r, 'zh');
      return false;
    } catch {
      return true;
    }
  });
}
