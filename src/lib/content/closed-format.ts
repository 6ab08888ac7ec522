/**
 * Chapters and report narratives are written by staff in MDX, which could run code at build time
 * (`import`, `export`, `{…}`) and carry any HTML. Here they are a closed format: every file is parsed before
 * anything is built, and whatever is not on the allow-list below is refused with its file, line and what to
 * write instead. What passes contains no code and no element or attribute the site did not choose.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from '../data/errors.ts';
import { codePoint, INVISIBLE_CHARACTER, textProblem, TEXT_LIMITS } from '../schema/common.ts';
import { TRANSLATOR_NOTE } from '../plan/structure.ts';

/** What an attribute may hold. Every value is a quoted string: `{…}` values and spreads are code. */
interface AttributeRule {
  required?: boolean;
  /** The value must match; a description of the expected form names it in messages. */
  pattern?: { re: RegExp; expected: string };
}
type ElementRules = Record<string, Record<string, AttributeRule>>;

const ANCHOR = { re: /^[a-z][a-z0-9-]*$/, expected: 'an anchor of lower-case ASCII letters, digits and hyphens, e.g. "section-1-2"' };
const ID = { re: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, expected: 'an id of lower-case ASCII letters, digits and hyphens, e.g. "pm25-concentration"' };

/** HTML elements staff may write, with the attributes each may carry. */
const HTML: ElementRules = {
  h2: { id: { required: true, pattern: ANCHOR } },
  h3: { id: { required: true, pattern: ANCHOR } },
  h4: { id: { required: true, pattern: ANCHOR } },
  /** The disclosure line printed at the end of a plan (信息公开选项). */
  p: { class: { pattern: { re: /^disclosure-option$/, expected: '"disclosure-option"' } } },
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
      headers: { required: true, pattern: { re: /^[^|]+(\|[^|]+){3}$/, expected: 'four column heads separated by "|", e.g. "指标|2020年|2025年|指标属性"' } },
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
const LANGUAGE_ONLY: Record<string, { langs: readonly (ContentLang | undefined)[]; message: string }> = {
  TranslatorNote: {
    langs: ['en'],
    message: '<TranslatorNote> belongs in English chapters only: the Chinese text is the plan as adopted, word for word; delete the note here',
  },
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
  'root', 'yaml', 'text', 'paragraph', 'strong', 'emphasis', 'delete', 'break', 'thematicBreak',
  'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'link',
]);

/** A link goes to https: or to a page of this site (a path or an anchor), never to another scheme. */
const SAFE_LINK = /^(https:\/\/[^\s]+|\/(?!\/)[^\s]*|#[^\s]+|\.{1,2}\/[^\s]*)$/;

/** What staff should write instead of each refused construct. */
const INSTEAD: Record<string, string> = {
  mdxjsEsm: 'import and export lines are not allowed: the text can use the site\'s components without importing them; delete the line',
  mdxFlowExpression: 'curly braces { } are not allowed in text (MDX reads them as code); use other brackets such as （ ） or 【 】',
  mdxTextExpression: 'curly braces { } are not allowed in text (MDX reads them as code); use other brackets such as （ ） or 【 】',
  image: 'images are not allowed in the text; describe the figure in words or ask for it to be added to the site',
  html: 'raw HTML is not allowed; write the text in Markdown',
  code: 'code blocks are not allowed in the text; write plain paragraphs',
  inlineCode: 'code spans (`…`) are not allowed in the text; write the words plainly',
  definition: 'reference-style links are not allowed; write the link in place as [text](https://…)',
  linkReference: 'reference-style links are not allowed; write the link in place as [text](https://…)',
  imageReference: 'images are not allowed in the text',
  footnoteDefinition: 'footnotes are not supported; write the note as a sentence',
  footnoteReference: 'footnotes are not supported; write the note as a sentence',
  heading: 'write headings as <h2 id="…">…</h2> (or h3, h4), so that both languages share the section\'s anchor',
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
export function parseErrorMessage(parser: string): string {
  const text = parser.replace(/\s*\([\w:-]+\)$/, '').replace(/\s*\(note: [^)]*\)/, '');
  const unclosed = /^Expected a closing tag for `<([\w.-]+)>`/.exec(text);
  if (unclosed) return `the tag <${unclosed[1]}> is not closed: write <${unclosed[1]}>…</${unclosed[1]}>, or <${unclosed[1]} /> for an element without content such as <br />`;
  if (/^Unexpected character `!`/.test(text)) return 'HTML comments <!-- … --> are not allowed: delete the comment';
  if (/^Unexpected character after `<`/.test(text)) return 'a "<" directly before a letter or digit starts a tag: write it in words ("less than", 低于) or put a space after it';
  return `MDX does not parse: ${text}`;
}

/** Header lines `key: value`: only the fields of the kind of file, each plain text. */
function checkFrontMatter(source: string, kind: ContentKind, err: (line: number | undefined, message: string, value?: unknown) => void) {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return;
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) continue;
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m) {
      err(i + 1, 'the header (between the --- lines) holds one field per line, written as name: value', line.slice(0, 60));
      continue;
    }
    if (!FRONT_MATTER[kind].test(m[1]!)) {
      err(i + 1, `unknown field in the header: "${m[1]}" (a ${kind === 'chapter' ? 'chapter holds chapter, label, title and updated' : 'narrative holds only year'})`, m[1]);
      continue;
    }
    const problem = textProblem(m[2]!) ?? (m[2]!.length > TEXT_LIMITS.name ? `too long: at most ${TEXT_LIMITS.name} characters` : undefined);
    if (problem) err(i + 1, `the header field ${m[1]} ${problem}`, m[2]!.slice(0, 60));
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
  const err = (line: number | undefined, message: string, value?: unknown) =>
    problems.push({ file, ...(line ? { line } : {}), ...(value !== undefined ? { value } : {}), message, severity: 'error' });

  // Invisible characters first: they are not visible in a review of the file.
  source.split('\n').forEach((text, i) => {
    const m = INVISIBLE_CHARACTER.exec(text.replace(/\r$/, '').replace(/\t/g, ' '));
    if (m) err(i + 1, `contains an invisible or control character (${codePoint(m[0])}, column ${m.index + 1}): delete it; direction marks and zero-width spaces would make the published text differ from what a reviewer reads`);
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
  const allowedNames = [...Object.keys(HTML).map((n) => `<${n}>`), ...Object.keys(components).map((n) => `<${n}>`)].join(' ');
  const visit = (node: MdastNode, inNote: boolean) => {
    const line = lineOf(node);
    const type = node.type as string;
    const element = type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement' ? (node as unknown as JsxElement) : undefined;
    if (inNote && (element ? !NOTE_ELEMENTS.has(element.name ?? '') : !NOTE_MARKDOWN.has(type))) {
      const what = element ? `<${element.name ?? ''}>` : type;
      err(line, `a translator's note holds text only (paragraphs, lists, emphasis, links): ${what} is not allowed inside <${NOTE}>`, what);
      return;
    }
    if (element) {
      checkElement(element, line, components, allowedNames, err);
      const only = element.name ? LANGUAGE_ONLY[element.name] : undefined;
      if (only && components[element.name!] && !only.langs.includes(lang)) err(line, only.message, element.name);
      if (element.name === NOTE && components[NOTE]) {
        if (type === 'mdxJsxTextElement') err(line, `write <${NOTE}> on lines of its own, after the paragraph it explains, not inside a paragraph`);
        if (!plainTextOf(node).trim()) err(line, `<${NOTE}> is empty: write the note, or delete it`);
      }
    } else if (type === 'link') {
      const url = (node as { url: string }).url;
      if (!SAFE_LINK.test(url) && !isAddressInText(node, url)) err(line, 'links must start with https:// or point to a page of this site (/…, #…); other addresses (javascript:, data:, http:, mailto:) are not allowed', url);
    } else if (!MARKDOWN.has(type)) {
      err(line, INSTEAD[type] ?? `this kind of content (${type}) is not allowed; write headings, paragraphs, lists, tables and links`, 'value' in node ? String((node as { value: unknown }).value).slice(0, 60) : undefined);
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
  allowedNames: string,
  err: (line: number | undefined, message: string, value?: unknown) => void,
) {
  const name = node.name ?? '';
  const rules = HTML[name] ?? components[name];
  if (!rules) {
    err(line, name ? `the element <${name}> is not allowed here; allowed: ${allowedNames}, and Markdown for the rest` : 'fragments <>…</> are not allowed; write the text without them', name || undefined);
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      err(line, `attributes must be written as name="value"; {…} is code and not allowed (in <${name}>)`, attribute.value);
      continue;
    }
    const rule = rules[attribute.name];
    if (!rule) {
      const allowed = Object.keys(rules);
      err(line, `the attribute ${attribute.name} is not allowed on <${name}>${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`, attribute.name);
      continue;
    }
    seen.add(attribute.name);
    if (typeof attribute.value !== 'string') {
      err(line, `the attribute ${attribute.name} of <${name}> needs a value in quotes, e.g. ${attribute.name}="…" ({…} is code and not allowed)`);
      continue;
    }
    const problem = textProblem(attribute.value) ?? (attribute.value.length > TEXT_LIMITS.sourceTitle ? `too long: at most ${TEXT_LIMITS.sourceTitle} characters` : undefined);
    if (problem) err(line, `the attribute ${attribute.name} of <${name}> ${problem}`, attribute.value.slice(0, 60));
    else if (rule.pattern && !rule.pattern.re.test(attribute.value)) err(line, `the attribute ${attribute.name} of <${name}> must be ${rule.pattern.expected}`, attribute.value);
  }
  for (const [attribute, rule] of Object.entries(rules)) {
    if (rule.required && !seen.has(attribute)) err(line, `<${name}> needs the attribute ${attribute}="…"`);
  }
}
