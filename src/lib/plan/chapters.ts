/**
 * Assembles the plan from its chapter files and checks that both languages
 * share one structure: the same chapters and the same section anchors.
 */
import type { Problem } from '../messages/problem.ts';
import { ANCHOR_PATTERN, anchorsOf, anchorTitlesOf, parseBlocks, tocOf, type Block } from './structure.ts';
import { LANGS, useTranslations } from '../../i18n/index.ts';
import { labelled } from '../../i18n/locale.ts';
import { say } from '../messages/message.ts';

export type PlanLang = 'zh' | 'en';

export interface ChapterSource {
  lang: PlanLang;
  /** Path of the MDX file, relative to the project root. */
  file: string;
  body: string;
  chapter: number;
  label: string;
  title: string;
  updated: string;
}

export interface Chapter {
  number: number;
  slug: string;
  zh: ChapterSource;
  /** Missing while the chapter awaits translation: the English page then shows the Chinese text with a notice. */
  en?: ChapterSource;
  toc: { zh: ReturnType<typeof tocOf>; en?: ReturnType<typeof tocOf> };
  anchors: string[];
  /** Title of each anchor (section, box, table) per language. */
  titles: { zh: Record<string, string>; en?: Record<string, string> };
}

/** "第三章　积极…" / "Chapter 3: Actively…": the heading of a chapter file in its own language. */
export function chapterHeading(src: ChapterSource): string {
  return labelled(src.label, src.title, src.lang);
}

/** The chapter's heading for a reader of `lang`; an untranslated chapter is named by its number ("Chapter 3"). */
export function chapterTitle(chapter: Chapter, lang: PlanLang): string {
  const src = chapter[lang];
  return src ? chapterHeading(src) : useTranslations(lang)('plan.chapterNumber', { number: chapter.number });
}

export const chapterSlug = (n: number) => `chapter-${n}`;

function checkAnchors(src: ChapterSource, blocks: Block[], problems: Problem[]): string[] {
  const seen = new Map<string, number>();
  const ids: string[] = [];
  for (const { id, line } of anchorsOf(blocks)) {
    if (!ANCHOR_PATTERN.test(id)) {
      problems.push({ file: src.file, line, value: id, ...say('chapter.anchorPattern'), severity: 'error' });
    }
    if (seen.has(id)) {
      problems.push({ file: src.file, line, value: id, ...say('chapter.duplicateAnchor', { line: seen.get(id)! }), severity: 'error' });
    } else seen.set(id, line);
    ids.push(id);
  }
  for (const b of blocks) {
    if (b.kind === 'heading' && !b.id) problems.push({ file: src.file, line: b.line, ...say('chapter.headingNoId'), severity: 'error' });
  }
  return ids;
}

export function assemblePlan(sources: ChapterSource[]): { chapters: Chapter[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byLang: Record<PlanLang, Map<number, ChapterSource>> = { zh: new Map(), en: new Map() };
  // Chinese files before English ones, so that problems are listed in that order; a folder of another name is no language.
  for (const s of [...sources].sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang))) {
    const map = byLang[s.lang] as Map<number, ChapterSource> | undefined;
    if (map) {
      const expected = `${chapterSlug(s.chapter)}.mdx`;
      if (!s.file.endsWith(expected)) {
        problems.push({ file: s.file, path: 'chapter', value: s.chapter, ...say('chapter.numberMismatch', { expected }), severity: 'error' });
      }
      if (map.has(s.chapter)) {
        problems.push({
          file: s.file,
          path: 'chapter',
          value: s.chapter,
          ...say('chapter.definedTwice', { chapter: s.chapter, other: map.get(s.chapter)!.file }),
          severity: 'error',
        });
      }
      map.set(s.chapter, s);
    }
  }
  const { zh, en } = byLang;
  const numbers = [...zh.keys()].sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i + 1) problems.push({ file: zh.get(n)!.file, path: 'chapter', value: n, ...say('chapter.numberGap', { expected: i + 1 }), severity: 'error' });
  });
  for (const [n, s] of en) {
    if (!zh.has(n)) problems.push({ file: s.file, path: 'chapter', value: n, ...say('chapter.noChineseOriginal'), severity: 'error' });
  }
  const chapters: Chapter[] = numbers.map((n) => {
    const zhSrc = zh.get(n)!;
    const zhBlocks = parseBlocks(zhSrc.body);
    const anchors = checkAnchors(zhSrc, zhBlocks, problems);
    const enSrc = en.get(n);
    let enToc: ReturnType<typeof tocOf> | undefined;
    let enTitles: Record<string, string> | undefined;
    if (enSrc) {
      const enBlocks = parseBlocks(enSrc.body);
      const enAnchors = checkAnchors(enSrc, enBlocks, problems);
      const missing = anchors.filter((a) => !enAnchors.includes(a));
      const extra = enAnchors.filter((a) => !anchors.includes(a));
      for (const a of missing)
        problems.push({ file: enSrc.file, value: a, ...say('chapter.sectionMissing', { anchor: a, file: zhSrc.file }), severity: 'error' });
      for (const a of extra) {
        const line = anchorsOf(enBlocks).find((x) => x.id === a)?.line;
        problems.push({
          file: enSrc.file,
          ...(line ? { line } : {}),
          value: a,
          ...say('chapter.sectionExtra', { anchor: a, file: zhSrc.file }),
          severity: 'error',
        });
      }
      if (!missing.length && !extra.length && anchors.join() !== enAnchors.join()) {
        problems.push({ file: enSrc.file, ...say('chapter.sectionOrder', { file: zhSrc.file, expected: anchors }), severity: 'error' });
      }
      enToc = tocOf(enBlocks);
      enTitles = anchorTitlesOf(enBlocks);
    }
    return {
      number: n,
      slug: chapterSlug(n),
      zh: zhSrc,
      ...(enSrc ? { en: enSrc } : {}),
      toc: { zh: tocOf(zhBlocks), ...(enToc ? { en: enToc } : {}) },
      anchors,
      titles: { zh: anchorTitlesOf(zhBlocks), ...(enTitles ? { en: enTitles } : {}) },
    };
  });
  return { chapters, problems };
}
