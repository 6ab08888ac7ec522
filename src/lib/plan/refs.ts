/** Resolves plan references such as "chapter-5#section-1-4" to a chapter, anchor and readable label. */
import type { Chapter } from './chapters.ts';

export interface ResolvedRef {
  chapterSlug: string;
  anchor?: string;
  label: string;
}

/** Throws for a reference to a chapter or section that does not exist, so a bad link can never be built. */
export function resolvePlanRef(chapters: Chapter[], ref: string, lang: 'zh' | 'en'): ResolvedRef {
  const [slug, anchor] = ref.split('#') as [string, string | undefined];
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`Unknown plan chapter in reference "${ref}"`);
  const src = lang === 'en' ? (chapter.en ?? chapter.zh) : chapter.zh;
  const chapterLabel = lang === 'zh' ? chapter.zh.label : chapter.en ? chapter.en.label : `Chapter ${chapter.number}`;
  if (!anchor) return { chapterSlug: slug, label: lang === 'zh' ? `${src.label}　${src.title}` : `${chapterLabel}: ${src.title}` };
  if (!chapter.anchors.includes(anchor)) throw new Error(`Unknown section "${anchor}" in plan reference "${ref}"`);
  const toc = (lang === 'en' ? chapter.toc.en : undefined) ?? chapter.toc.zh;
  const entry = toc.find((e) => e.id === anchor);
  const title = entry?.title ?? (anchor === 'table-1' ? (lang === 'zh' ? '表1' : 'Table 1') : anchor);
  return { chapterSlug: slug, anchor, label: lang === 'zh' ? `${chapterLabel} · ${title}` : `${chapterLabel} · ${title}` };
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
