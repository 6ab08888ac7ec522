/**
 * Reads the block structure of a plan chapter written in MDX.
 *
 * A chapter body is a sequence of blocks separated by blank lines:
 * `<h2 id="section-1">…</h2>` / `<h3 id="section-1-2">…</h3>` headings,
 * `<Box id="box-1" title="…">` … `</Box>` project boxes,
 * `<IndicatorTable id="table-1" … />`, other single-line JSX, and paragraphs.
 * Section anchors are written explicitly so that both languages share them.
 * A translator's note (`<TranslatorNote>…</TranslatorNote>`, English only) is a block of its own, which belongs
 * to no section: it is not part of the translation of the text.
 */

/** The component of a translator's note. */
export const TRANSLATOR_NOTE = 'TranslatorNote';

export type Block =
  | { kind: 'heading'; level: 2 | 3; id: string; text: string; line: number }
  | { kind: 'box'; id: string; title: string; line: number }
  | { kind: 'box-end'; line: number }
  | { kind: 'table'; id: string; caption: string; line: number }
  | { kind: 'element'; id?: string; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'note'; text: string; line: number };

export interface Section {
  /** `intro` for the text before the first heading. */
  id: string;
  level: 1 | 2 | 3;
  title: string;
  /** Paragraphs directly in this section (not in its subsections). */
  paragraphs: string[];
  line: number;
}

export const ANCHOR_PATTERN = /^[a-z][a-z0-9-]*$/;

const HEADING = /^<h([23]) id="([^"]*)">(.*)<\/h\1>$/;
const BOX = /^<Box id="([^"]*)" title="([^"]*)">$/;
const TABLE = /^<IndicatorTable\b[^>]*\bid="([^"]*)"/;
const ELEMENT = /^<([a-zA-Z]+)(?:\s[^>]*?)?(?:id="([^"]*)")?[^>]*>/;
/** Paragraphs may start with inline markup such as a bold lead sentence. */
const INLINE_START = /^<(strong|em|b|i|a|span|abbr|ProjectLink)\b/;
const NOTE_START = new RegExp(`^<${TRANSLATOR_NOTE}\\b`);
const NOTE_END = new RegExp(`</${TRANSLATOR_NOTE}>$`);

/** Splits MDX source (frontmatter included or not) into blocks, keeping source line numbers. */
export function parseBlocks(source: string): Block[] {
  // Files saved on Windows (CRLF) and Astro's entry bodies (which keep a byte-order mark) read the same.
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    start = end === -1 ? 0 : end + 1;
  }
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let bufferLine = 0;
  /** Inside a note written over several blocks (blank lines between <TranslatorNote> and its end). */
  let inNote = false;
  const flush = () => {
    if (buffer.length === 0) return;
    const text = buffer.join('\n').trim();
    const line = bufferLine;
    buffer = [];
    let m: RegExpMatchArray | null;
    if (inNote || NOTE_START.test(text)) {
      blocks.push({ kind: 'note', text: stripInline(text), line });
      inNote = !NOTE_END.test(text);
    } else if ((m = text.match(HEADING))) {
      blocks.push({ kind: 'heading', level: Number(m[1]) as 2 | 3, id: m[2]!, text: stripInline(m[3]!), line });
    } else if ((m = text.match(BOX))) {
      blocks.push({ kind: 'box', id: m[1]!, title: m[2]!, line });
    } else if (text === '</Box>') {
      blocks.push({ kind: 'box-end', line });
    } else if ((m = text.match(TABLE))) {
      blocks.push({ kind: 'table', id: m[1]!, caption: text.match(/\bcaption="([^"]*)"/)?.[1] ?? '', line });
    } else if (text.startsWith('<') && !INLINE_START.test(text) && (m = text.match(ELEMENT))) {
      const id = text.match(/\bid="([^"]*)"/)?.[1];
      blocks.push({ kind: 'element', ...(id ? { id } : {}), text: stripInline(text), line });
    } else {
      blocks.push({ kind: 'paragraph', text: stripInline(text), line });
    }
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
    } else {
      if (buffer.length === 0) bufferLine = i + 1;
      buffer.push(line);
    }
  }
  flush();
  return blocks;
}

/** Plain text of a block: Markdown emphasis, links and tags removed. */
export function stripInline(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .trim();
}

/** Every element id written in the chapter, in order. */
export function anchorsOf(blocks: Block[]): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  for (const b of blocks) {
    if ('id' in b && b.id !== undefined) out.push({ id: b.id, line: b.line });
  }
  return out;
}

/** Groups paragraphs under the heading (or box) they follow. */
export function sectionsOf(blocks: Block[]): Section[] {
  const sections: Section[] = [{ id: 'intro', level: 1, title: '', paragraphs: [], line: 1 }];
  for (const b of blocks) {
    const last = sections[sections.length - 1]!;
    if (b.kind === 'heading') sections.push({ id: b.id, level: b.level, title: b.text, paragraphs: [], line: b.line });
    else if (b.kind === 'box') sections.push({ id: b.id, level: 2, title: b.title, paragraphs: [], line: b.line });
    else if (b.kind === 'paragraph') last.paragraphs.push(b.text);
    else if (b.kind === 'element' && b.text) last.paragraphs.push(b.text);
  }
  return sections;
}

/** The title of every anchored block (headings, boxes, tables), for links that name what they point to. */
export function anchorTitlesOf(blocks: Block[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of blocks) {
    if (b.kind === 'heading') out[b.id] = b.text;
    else if (b.kind === 'box') out[b.id] = b.title;
    else if (b.kind === 'table') out[b.id] = b.caption;
  }
  return out;
}

/** Entries for an on-page table of contents: level-2 and level-3 headings and boxes. */
export function tocOf(blocks: Block[]): { id: string; level: 2 | 3; title: string }[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'heading') return [{ id: b.id, level: b.level, title: b.text }];
    if (b.kind === 'box') return [{ id: b.id, level: 2 as const, title: b.title }];
    return [];
  });
}
