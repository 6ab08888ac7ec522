/**
 * The translator's notes of a plan (<TranslatorNote>…</TranslatorNote> in its English chapters), collected from
 * the chapters themselves for the plan's glossary page: each with the section it stands in and its text.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { plainTextOf } from '../content/closed-format.ts';
import type { Chapter, PlanLang } from './chapters.ts';
import { TRANSLATOR_NOTE } from './structure.ts';

export interface TranslatorNote {
  /** The anchor of the section or box the note stands in; undefined before the chapter's first heading. */
  anchor?: string;
  /** The note's paragraphs, as plain text. */
  paragraphs: string[];
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
}

const ANCHORED = /^(h[2-4]|Box)$/;
const idOf = (node: JsxNode) => {
  const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof id === 'string' ? id : undefined;
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The notes of one chapter (its MDX source, front matter or not), in order. */
export function translatorNotes(source: string): TranslatorNote[] {
  const notes: TranslatorNote[] = [];
  let anchor: string | undefined;
  const visit = (node: MdastNode) => {
    const jsx = node as unknown as JsxNode;
    if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
      if (jsx.name && ANCHORED.test(jsx.name)) anchor = idOf(jsx) ?? anchor;
      if (jsx.name === TRANSLATOR_NOTE) {
        const children = jsx.children ?? [];
        // A note on one line holds its text directly; over several lines, in paragraphs (and lists).
        const blocks = children.every((c) => c.type === 'paragraph' || c.type === 'list') ? children : [node];
        const paragraphs = blocks
          .flatMap((b) => (b.type === 'list' ? ((b as JsxNode).children ?? []) : [b]))
          .map((b) => squash(plainTextOf(b)))
          .filter(Boolean);
        notes.push({ ...(anchor ? { anchor } : {}), paragraphs });
        return;
      }
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(mdxToMdast(source.replace(/^\uFEFF/, '')));
  return notes;
}

export interface PlanTranslatorNote extends TranslatorNote {
  chapter: Chapter;
  /** The title of the section or box the note stands in, in the chapter's language. */
  section?: string;
}

/**
 * Every translator's note in a plan's chapters in `lang`, chapter by chapter. Notes belong to translations (the
 * closed format refuses them in the Chinese text as adopted), so in Chinese there are none.
 */
export function planTranslatorNotes(chapters: Chapter[], lang: PlanLang): PlanTranslatorNote[] {
  return chapters.flatMap((chapter) => {
    const src = chapter[lang];
    return src
      ? translatorNotes(src.body).map((note) => {
          const section = note.anchor ? chapter.titles[lang]?.[note.anchor] : undefined;
          return { ...note, chapter, ...(section ? { section } : {}) };
        })
      : [];
  });
}
