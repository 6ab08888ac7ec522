/**
 * Chinese inside a page in another language (a gloss such as "Yellow River (黄河)", a name or a note from the
 * data) is marked as Chinese, so that a screen reader reads it with a Chinese voice instead of spelling it out
 * in English. Run over each finished page after the build (src/integrations/chinese-spans.ts): every run of
 * Chinese characters in the text of the page's body is wrapped in <span lang="zh-CN">, unless it already stands
 * in an element whose lang is Chinese. Only text is changed: markup, attribute values, <title>, scripts (JSON
 * data included) and styles are left byte for byte as they were.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';

/**
 * Han ideographs, CJK symbols and punctuation (、。「」《》), enclosed CJK, CJK compatibility forms, full-width and
 * half-width forms (（），：).
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\u3200-\\u32FF\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
/** Between two Chinese characters a run also takes spaces, digits and general punctuation: 2030年度, “双碳”目标. */
const BETWEEN = '\\s\\d\\u00B7\\u2010-\\u2027\\u2030-\\u205E';
/** One Chinese character (the same set the runs are made of). */
export const CJK_CHARACTER = new RegExp(`[${CJK}]`, 'u');
const RUN = new RegExp(`[${CJK}](?:[${BETWEEN}]*[${CJK}])*`, 'gu');

/** Elements whose text is not page text, or cannot hold a <span>: left as they are. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'option', 'svg', 'math']);

/** Is a lang value Chinese (zh, zh-CN, zh-Hans…)? */
export const isChineseLang = (lang: string) => /^zh(-|$)/i.test(lang.trim());

/** Quotation marks around a run join it when they pair with one inside it: “双碳”目标, not “<span>双碳”目标</span>. */
const QUOTES: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
];
function withQuotes(text: string, start: number, end: number): [number, number] {
  for (const [open, close] of QUOTES) {
    const run = text.slice(start, end);
    const balance = run.split(open).length - run.split(close).length;
    if (balance < 0 && text[start - 1] === open) start--;
    else if (balance > 0 && text[end] === close) end++;
  }
  return [start, end];
}

export interface ChineseRuns {
  /** The page with its Chinese runs marked (the input itself when there were none). */
  html: string;
  /** How many spans were added. */
  spans: number;
}

/**
 * Marks the Chinese runs of one page. A page whose <html lang> is Chinese is returned unchanged; `lang` is the
 * code the spans get (the Chinese dictionary's HTML code).
 */
export function markChineseRuns(html: string, lang: string): ChineseRuns {
  if (!CJK_CHARACTER.test(html)) return { html, spans: 0 };
  const root = parse(html, { comment: true, blockTextElements: { script: true, style: true, noscript: true, textarea: true } });
  const page = root.querySelector('html');
  if (!page || isChineseLang(page.getAttribute('lang') ?? '')) return { html, spans: 0 };
  const body = page.querySelector('body');
  if (!body) return { html, spans: 0 };

  const edits: { start: number; end: number; text: string }[] = [];
  let spans = 0;
  const visit = (node: Node, chinese: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (chinese || !CJK_CHARACTER.test(node.rawText)) return;
      const [from, to] = node.range;
      const raw = html.slice(from, to);
      // The parser's positions are those of the source: checked, so that a misplaced edit can never be written.
      if (raw !== node.rawText)
        throw new Error(`markChineseRuns: the parser's position of a text node does not match the page (${JSON.stringify(node.rawText.slice(0, 40))})`);
      let marked = '';
      let last = 0;
      for (const m of raw.matchAll(RUN)) {
        const [quoted, end] = withQuotes(raw, m.index, m.index + m[0].length);
        const start = Math.max(quoted, last);
        marked += `${raw.slice(last, start)}<span lang="${lang}">${raw.slice(start, end)}</span>`;
        last = end;
        spans++;
      }
      edits.push({ start: from, end: to, text: marked + raw.slice(last) });
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (SKIPPED.has(el.rawTagName?.toLowerCase())) return;
    const own = el.getAttribute('lang');
    const inChinese = own === undefined ? chinese : isChineseLang(own);
    for (const child of el.childNodes) visit(child, inChinese);
  };
  visit(body, false);

  if (!edits.length) return { html, spans: 0 };
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { html: out + html.slice(at), spans };
}
