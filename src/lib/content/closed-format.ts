/**
 * Chapters and report narratives are written by staff in MDX, which could run code at build time
 * (`import`, `export`, `{…}`) and carry any HTML. Here they are a closed format: every file is parsed before
 * anything is built, and whatever is not on the allow-list below is refused with its file, line and what to
 * write instead. What passes contains no code and no element or attribute the site did not choose.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from '../messages/problem.ts';
import { codePoint, INVISIBLE_CHARACTER, textProblem, TEXT_LIMITS } from '../schema/common.ts';
import { TRANSLATOR_NOTE } from '../plan/structure.ts';
import { msg, texts, type Message } from '../messages/message.ts';

/** What an attribute may hold. Every value is a quoted string: `{…}` values and spreads are code. */
interface AttributeRule {
  required?: boolean;
  /** The value must match; a description of the expected form names it in messages. */
  pattern?: { re: RegExp; expected: Message };
}
type ElementRules = Record<string, Record<string, AttributeRule>>;

const ANCHOR = { re: /^[a-z][a-z0-9-]*$/, expected: msg('content.expectAnchor') };
const ID = { re: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, expected: msg('content.expectId') };

/** HTML elements staff may write, with the attributes each may carry. */
const HTML: ElementRules = {
  h2: { id: { required: true, pattern: ANCHOR } },
  h3: { id: { required: true, pattern: ANCHOR } },
  h4: { id: { required: true, pattern: ANCHOR } },
  /** The disclosure line printed at the end of a plan (信息公开选项). */
  p: { class: { pattern: { re: /^disclosure-option$/, expected: msg('content.expectOneOf', { values: ['disclosure-option'] }) } } },
  strong: {},
  em: {},
  sup: {},
  sub: {},
  br: {},
};

/** The site's own components, by the kind of file that may use them. */
export const COMPONENTS = {
  chapter: {
    Box: { id: { required: true, pattern: ID }, title: { required: true } },
    IndicatorTable: {
      id: { required: true, pattern: ANCHOR },
      caption: { required: true },
      headers: { required: true, pattern: { re: /^[^|]+(\|[^|]+){3}$/, expected: msg('content.expectHeaders') } },
    },
    ProjectLink: { id: { required: true, pattern: ID } },
    /** A translator's note, in English chapters only (LANGUAGE_ONLY): a block of its own, holding text only. */
    TranslatorNote: {},
  },
  narrative: {
    IndicatorRef: { id: { required: true, pattern: ID } },
  },
} satisfies Record<string, ElementRules>;
export type ContentKind = keyof typeof COMPONENTS;

/** Components that belong to some languages: a translator's note explains the translation, never the adopted text. */
const LANGUAGE_ONLY: Record<string, { langs: readonly (ContentLang | undefined)[]; message: Message }> = {
  TranslatorNote: { langs: ['en'], message: msg('content.translatorNoteInChinese') },
};
export type ContentLang = 'zh' | 'en';

/** A translator's note is a block of its own and holds text: paragraphs, lists, emphasis, links, project links. */
const NOTE = TRANSLATOR_NOTE;
const NOTE_MARKDOWN = new Set(['text', 'paragraph', 'strong', 'emphasis', 'delete', 'break', 'link', 'list', 'listItem']);
const NOTE_ELEMENTS = new Set(['strong', 'em', 'sup', 'sub', 'br', 'ProjectLink']);

/** The header fields of each kind of file (a header could otherwise name a layout, which MDX would import). */
const FRONT_MATTER: Record<ContentKind, RegExp> = {
  chapter: /^(chapter|label|title|updated)$/,
  narrative: /^year$/,
};

/** Markdown constructs allowed: text, headings, emphasis, lists, tables, quotations, links. */
const MARKDOWN = new Set([
  'root',
  'yaml',
  'text',
  'paragraph',
  'strong',
  'emphasis',
  'delete',
  'break',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'link',
]);

/** A link goes to https: or to a page of this site (a path or an anchor), never to another scheme. */
const SAFE_LINK = /^(https:\/\/[^\s]+|\/(?!\/)[^\s]*|#[^\s]+|\.{1,2}\/[^\s]*)$/;

/** What staff should write instead of each refused construct. */
const INSTEAD: Record<string, Message> = {
  mdxjsEsm: msg('content.importExport'),
  mdxFlowExpression: msg('content.curlyBraces'),
  mdxTextExpression: msg('content.curlyBraces'),
  image: msg('content.image'),
  html: msg('content.rawHtml'),
  code: msg('content.codeBlock'),
  inlineCode: msg('content.inlineCode'),
  definition: msg('content.referenceLink'),
  linkReference: msg('content.referenceLink'),
  imageReference: msg('content.imageReference'),
  footnoteDefinition: msg('content.footnote'),
  footnoteReference: msg('content.footnote'),
  heading: msg('content.markdownHeading'),
};

/** GitHub-flavoured Markdown turns an address written in the text into a link: allowed as it reads. */
function isAddressInText(node: MdastNode, url: string): boolean {
  const children = (node as { children?: { type: string; value?: string }[] }).children ?? [];
  const text = children.length === 1 && children[0]!.type === 'text' ? children[0]!.value : undefined;
  return text !== undefined && /^(https?:\/\/|mailto:)/.test(url) && (url === text || url === `mailto:${text}` || url === `http://${text}`);
}

/**
 * The parser's own words for the usual slips, turned into what to write instead (its hints, such as "use {/* … *\/}"
 * for a comment, would lead staff into a refused construct).
 */
export function parseErrorMessage(parser: string): Message {
  const text = parser.replace(/\s*\([\w:-]+\)$/, '').replace(/\s*\(note: [^)]*\)/, '');
  const unclosed = /^Expected a closing tag for `<([\w.-]+)>`/.exec(text);
  if (unclosed) return msg('content.tagNotClosed', { tag: unclosed[1]! });
  if (/^Unexpected character `!`/.test(text)) return msg('content.htmlComment');
  if (/^Unexpected character after `<`/.test(text)) return msg('content.lessThan');
  return msg('content.mdxParse', { parser: text });
}

/** Header lines `key: value`: only the fields of the kind of file, each plain text. */
function checkFrontMatter(source: string, kind: ContentKind, err: (line: number | undefined, message: Message, value?: unknown) => void) {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return;
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) continue;
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m) {
      err(i + 1, msg('content.headerLine'), line.slice(0, 60));
      continue;
    }
    if (!FRONT_MATTER[kind].test(m[1]!)) {
      err(i + 1, msg('content.headerUnknownField', { field: m[1]!, kind }), m[1]);
      continue;
    }
    const problem = textProblem(m[2]!) ?? (m[2]!.length > TEXT_LIMITS.name ? msg('text.tooLongAt', { max: TEXT_LIMITS.name }) : undefined);
    if (problem) err(i + 1, msg('content.headerField', { field: m[1]!, problem }), m[2]!.slice(0, 60));
  }
}

const lineOf = (node: MdastNode) => (node as { position?: { start: { line: number } } }).position?.start.line;

/** Links to this site's own pages (`/…`) in an MDX file, with their lines; none when the file does not parse. */
export function siteLinks(source: string): { url: string; line: number | undefined }[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { position: true });
  } catch {
    return [];
  }
  const out: { url: string; line: number | undefined }[] = [];
  const visit = (node: MdastNode) => {
    const url = (node as { url?: string }).url;
    if (node.type === 'link' && url?.startsWith('/') && !url.startsWith('//')) out.push({ url, line: lineOf(node) });
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/**
 * Problems of one MDX file (its whole source, front matter included), in the order they appear. `lang` is the
 * language of the file (its folder); a component of one language only is refused in a file of the other or of
 * unknown language.
 */
export function checkClosedFormat(file: string, source: string, kind: ContentKind, lang?: ContentLang): Problem[] {
  const problems: Problem[] = [];
  const err = (line: number | undefined, message: Message, value?: unknown) =>
    problems.push({ file, ...(line ? { line } : {}), ...(value !== undefined ? { value } : {}), ...texts(message), severity: 'error' });

  // Invisible characters first: they are not visible in a review of the file.
  source.split('\n').forEach((text, i) => {
    const m = INVISIBLE_CHARACTER.exec(text.replace(/\r$/, '').replace(/\t/g, ' '));
    if (m) err(i + 1, msg('content.invisibleCharacter', { char: codePoint(m[0]), column: m.index + 1 }));
  });

  checkFrontMatter(source, kind, err);
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { position: true });
  } catch (e) {
    const m = /^(\d+):(\d+): (.*)$/s.exec((e as Error).message);
    err(m ? Number(m[1]) : undefined, parseErrorMessage(m ? m[3]! : (e as Error).message));
    return problems;
  }

  const components: ElementRules = COMPONENTS[kind];
  const allowedNames = [...Object.keys(HTML).map((n) => `<${n}>`), ...Object.keys(components).map((n) => `<${n}>`)];
  const visit = (node: MdastNode, inNote: boolean) => {
    const line = lineOf(node);
    const type = node.type as string;
    const element = type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement' ? (node as unknown as JsxElement) : undefined;
    if (inNote && (element ? !NOTE_ELEMENTS.has(element.name ?? '') : !NOTE_MARKDOWN.has(type))) {
      const what = element ? `<${element.name ?? ''}>` : type;
      err(line, msg('content.noteHoldsText', { what }), what);
      return;
    }
    if (element) {
      checkElement(element, line, components, allowedNames, err);
      const only = element.name ? LANGUAGE_ONLY[element.name] : undefined;
      if (only && components[element.name!] && !only.langs.includes(lang)) err(line, only.message, element.name);
      if (element.name === NOTE && components[NOTE]) {
        if (type === 'mdxJsxTextElement') err(line, msg('content.noteInline'));
        if (!plainTextOf(node).trim()) err(line, msg('content.noteEmpty'));
      }
    } else if (type === 'link') {
      const url = (node as { url: string }).url;
      if (!SAFE_LINK.test(url) && !isAddressInText(node, url)) err(line, msg('content.unsafeLink'), url);
    } else if (!MARKDOWN.has(type)) {
      err(line, INSTEAD[type] ?? msg('content.otherNode', { type }), 'value' in node ? String((node as { value: unknown }).value).slice(0, 60) : undefined);
      return;
    }
    const opensNote = element?.name === NOTE;
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child, inNote || opensNote);
  };
  visit(tree, false);
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The text of a node and its descendants. */
export function plainTextOf(node: MdastNode): string {
  if ('value' in node && typeof (node as { value: unknown }).value === 'string' && node.type === 'text') return (node as { value: string }).value;
  if (node.type === 'break') return ' ';
  return ((node as { children?: MdastNode[] }).children ?? []).map(plainTextOf).join('');
}

interface JsxElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

function checkElement(
  node: JsxElement,
  line: number | undefined,
  components: ElementRules,
  allowedNames: string[],
  err: (line: number | undefined, message: Message, value?: unknown) => void,
) {
  const name = node.name ?? '';
  const rules = HTML[name] ?? components[name];
  if (!rules) {
    err(line, name ? msg('content.elementNotAllowed', { name, allowed: allowedNames }) : msg('content.fragment'), name || undefined);
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      err(line, msg('content.attributeCode', { element: name }), attribute.value);
      continue;
    }
    const rule = rules[attribute.name];
    if (!rule) {
      err(line, msg('content.attributeNotAllowed', { attribute: attribute.name, element: name, allowed: Object.keys(rules) }), attribute.name);
      continue;
    }
    seen.add(attribute.name);
    if (typeof attribute.value !== 'string') {
      err(line, msg('content.attributeNeedsQuotes', { attribute: attribute.name, element: name }));
      continue;
    }
    const problem =
      textProblem(attribute.value) ?? (attribute.value.length > TEXT_LIMITS.sourceTitle ? msg('text.tooLongAt', { max: TEXT_LIMITS.sourceTitle }) : undefined);
    const where = { attribute: attribute.name, element: name };
    if (problem) err(line, msg('content.attributeText', { ...where, problem }), attribute.value.slice(0, 60));
    else if (rule.pattern && !rule.pattern.re.test(attribute.value))
      err(line, msg('content.attributePattern', { ...where, expected: rule.pattern.expected }), attribute.value);
  }
  for (const [attribute, rule] of Object.entries(rules)) {
    if (rule.required && !seen.has(attribute)) err(line, msg('content.attributeRequired', { element: name, attribute }));
  }
}
