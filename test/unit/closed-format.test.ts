/**
 * Chapters and narratives are a closed format: every payload that could run code at build time or put
 * markup of its own into a page is refused with its file and line (expectations written by hand).
 */
import { describe, expect, it } from 'vitest';
import { checkClosedFormat } from '../../src/lib/content/closed-format.ts';
import { contentKind, contentLang } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/messages/problem.ts';

const FRONT = '---\nyear: 2026\n---\n\n\n';
/** Line 6 is the first line after the front matter. */
const narrative = (body: string) => checkClosedFormat('reports/zh/2026.mdx', FRONT + body, 'narrative');
const chapter = (body: string) =>
  checkClosedFormat('zh/chapter-1.mdx', `---\nchapter: 1\nlabel: 第一章\ntitle: 总则\nupdated: 2026-11-30\n---\n\n${body}`, 'chapter');
const lines = (problems: ReturnType<typeof narrative>) => problems.map((p) => p.line);

describe('closed content format: what passes', () => {
  it('accepts headings, emphasis, lists, tables, https and site links, and the components of each kind of file', () => {
    const body = [
      '<h2 id="section-1">第一节</h2>',
      '',
      '<strong>加强治理。</strong>正文*强调*与**加粗**，见[公报](https://www.example.gov.cn/a.html)和[本站](/plan/indicators/)、[上文](#section-1)。',
      '',
      '- 一',
      '- 二',
      '',
      '| 指标 | 数值 |',
      '|---|---|',
      '| 优良天数 | 96.7 |',
      '',
      '<p class="disclosure-option">信息公开选项：主动公开</p>',
      '',
      '<Box id="box-1" title="专栏1　重点工程">',
      '',
      '1. 建成<ProjectLink id="a-project">某工程</ProjectLink>。',
      '',
      '</Box>',
      '',
      '<IndicatorTable id="table-1" caption="表1　指标" headers="指标|2020年|2025年|指标属性" />',
    ].join('\n');
    expect(chapter(body).map(formatProblem)).toEqual([]);
    expect(narrative('见<IndicatorRef id="pm25">PM2.5浓度</IndicatorRef>。\n\nText\r\nwith Windows line ends.\n').map(formatProblem)).toEqual([]);
  });
});

describe('closed content format: code is refused before the build', () => {
  it('refuses import and export, naming the line and saying what to do', () => {
    const p = narrative("正文。\n\nimport fs from 'node:fs'\nimport cp from 'node:child_process'\n\nexport const x = 1\n");
    expect(lines(p)).toEqual([8, 11]);
    expect(p[0]!.message).toMatch(/^import and export lines are not allowed/);
    expect(p[0]!.messageZh).toMatch(/不能使用 import 或 export/);
  });
  it('refuses every {…} expression: in text, as a block, in an attribute value and as a spread', () => {
    const p = narrative(
      '家目录是{process.env.HOME}。\n\n{fs.writeFileSync("/tmp/x", "")}\n\n<strong>初步{统计}</strong>\n\n见<IndicatorRef id={"pm25"}>PM2.5</IndicatorRef>和<IndicatorRef id="pm25" {...props}>PM2.5</IndicatorRef>。\n',
    );
    expect(lines(p)).toEqual([6, 8, 10, 12, 12]);
    expect(p.slice(0, 3).every((x) => /^curly braces \{ \} are not allowed/.test(x.message))).toBe(true);
    expect(p[3]!.message).toMatch(/needs a value in quotes/);
    expect(p[4]!.message).toMatch(/must be written as name="value"/);
  });
});

describe('closed content format: markup not on the allow-list is refused', () => {
  const payloads: [string, RegExp][] = [
    ['<script>alert(1)</script>', /the element <script> is not allowed/],
    ['<iframe src="https://evil.example/"></iframe>', /the element <iframe> is not allowed/],
    ['<style>body</style>', /the element <style> is not allowed/],
    ['<style>body{display:none}</style>', /MDX does not parse/],
    ['<base href="https://evil.example/" />', /the element <base> is not allowed/],
    ['<img src="x" onerror="alert(1)" />', /the element <img> is not allowed/],
    ['<meta httpEquiv="refresh" content="0;url=https://evil.example/" />', /the element <meta> is not allowed/],
    ['<a href="javascript:alert(1)">点此</a>', /the element <a> is not allowed/],
    ['[点此](javascript:alert(1))', /links must start with https:\/\//],
    ['[点此](data:text/html,x)', /links must start with https:\/\//],
    ['[点此](//evil.example/)', /links must start with https:\/\//],
    ['![图](https://evil.example/x.png)', /images are not allowed/],
    ['<strong onClick="alert(1)">粗体</strong>', /the attribute onClick is not allowed on <strong>/],
    ['<h2 id="section-1" style="display:none">标题</h2>', /the attribute style is not allowed on <h2>/],
    ['<p class="demo-banner">伪装</p>', /the attribute class of <p> must be "disclosure-option"/],
    ['<Box id="box-1" title="专栏">x</Box>', /the element <Box> is not allowed here/],
    ['<IndicatorRef id="PM 2.5">x</IndicatorRef>', /the attribute id of <IndicatorRef> must be an id of lower-case/],
    ['<IndicatorRef>x</IndicatorRef>', /<IndicatorRef> needs the attribute id="…"/],
    ['`code`', /code spans/],
  ];
  it.each(payloads)('%s', (payload, expected) => {
    const p = narrative(`第一段。\n\n${payload}\n`);
    expect(p.length, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p[0]!.line).toBe(8);
    expect(p.map((x) => x.message).join('\n')).toMatch(expected);
    for (const x of p) expect(x.messageZh, x.message).toMatch(/\p{Script=Han}/u);
  });
  it('refuses a chapter component in a narrative and a narrative component in a chapter', () => {
    expect(chapter('<IndicatorRef id="pm25">x</IndicatorRef>\n')[0]!.message).toMatch(/<IndicatorRef> is not allowed here/);
    expect(chapter('<IndicatorTable id="table-1" caption="表1" headers={["a","b","c","d"]} />\n')[0]!.message).toMatch(/needs a value in quotes/);
  });

  it('refuses a language on the indicator table: it is written in the language of the chapter it stands in', () => {
    const p = chapter('<IndicatorTable lang="zh" id="table-1" caption="表1" headers="指标|2020年|2025年|指标属性" />\n');
    expect(p.map((x) => x.message)).toEqual(['the attribute lang is not allowed on <IndicatorTable> (allowed: id, caption, headers)']);
    expect(p.map((x) => x.messageZh)).toEqual(['<IndicatorTable> 不能带属性 lang（允许的属性：id, caption, headers）']);
  });
});

describe("closed content format: the translator's note", () => {
  const en = (body: string) =>
    checkClosedFormat('en/chapter-1.mdx', `---\nchapter: 1\nlabel: Chapter 1\ntitle: General\nupdated: 2026-11-30\n---\n\n${body}`, 'chapter', 'en');
  const messages = (p: ReturnType<typeof en>) => p.map((x) => `${x.line}: ${x.message}`);
  it('accepts <TranslatorNote> in an English chapter, on one line or over several, with text, emphasis and links', () => {
    expect(en('Text.\n\n<TranslatorNote>The source reads 某某; see <ProjectLink id="a-project">the project</ProjectLink>.</TranslatorNote>\n')).toEqual([]);
    expect(
      en(
        '<Box id="box-1" title="Box 1">\n\nText.\n\n<TranslatorNote>\n\nFirst, **bold** and [a link](https://www.example.gov.cn/).\n\n- a list item\n\n</TranslatorNote>\n\n</Box>\n',
      ),
    ).toEqual([]);
  });
  it('refuses it in a Chinese chapter, in a chapter of unknown language and in a narrative', () => {
    expect(messages(chapter('正文。\n\n<TranslatorNote>A note.</TranslatorNote>\n'))).toEqual([
      '10: <TranslatorNote> belongs in English chapters only: the Chinese text is the plan as adopted, word for word; delete the note here',
    ]);
    expect(checkClosedFormat('x.mdx', '<TranslatorNote>A note.</TranslatorNote>\n', 'chapter')).toHaveLength(1);
    expect(
      checkClosedFormat('reports/en/2026.mdx', '---\nyear: 2026\n---\n\n<TranslatorNote>A note.</TranslatorNote>\n', 'narrative', 'en')[0]!.message,
    ).toMatch(/the element <TranslatorNote> is not allowed here/);
  });
  it('refuses it inside a paragraph, with an attribute, empty, or holding anything but text', () => {
    expect(messages(en('Text <TranslatorNote>inline</TranslatorNote>.\n'))).toEqual([
      '8: write <TranslatorNote> on lines of its own, after the paragraph it explains, not inside a paragraph',
    ]);
    expect(messages(en('<TranslatorNote id="n-1">A note.</TranslatorNote>\n'))).toEqual(['8: the attribute id is not allowed on <TranslatorNote>']);
    expect(messages(en('<TranslatorNote> </TranslatorNote>\n'))).toEqual(['8: <TranslatorNote> is empty: write the note, or delete it']);
    expect(messages(en('<TranslatorNote>\n\n<h3 id="section-1-1">(1) A</h3>\n\n| a |\n|---|\n| b |\n\n</TranslatorNote>\n'))).toEqual([
      "10: a translator's note holds text only (paragraphs, lists, emphasis, links): <h3> is not allowed inside <TranslatorNote>",
      "12: a translator's note holds text only (paragraphs, lists, emphasis, links): table is not allowed inside <TranslatorNote>",
    ]);
  });
  it('says every refusal in Chinese too', () => {
    const problems = [
      ...chapter('<TranslatorNote>A note.</TranslatorNote>\n'),
      ...en(
        'Text <TranslatorNote>inline</TranslatorNote>.\n\n<TranslatorNote> </TranslatorNote>\n\n<TranslatorNote>\n\n<Box id="box-1" title="B">\n\nx\n\n</Box>\n\n</TranslatorNote>\n',
      ),
    ];
    expect(problems).toHaveLength(4);
    for (const x of problems) expect(x.messageZh, x.message).toMatch(/\p{Script=Han}/u);
    expect(problems[0]!.messageZh).toMatch(/只能用于英文章节/);
  });
});

describe('closed content format: invisible characters', () => {
  it('refuses a right-to-left override and a zero-width space, naming the line, column and code point', () => {
    const p = narrative('第一段。\n\n金额\u202E001\u202C元。\n\n零宽\u200B空格。\n');
    expect(p.map((x) => [x.line, x.message.slice(0, 73)])).toEqual([
      [8, 'contains an invisible or control character (U+202E, column 3): delete it;'],
      [10, 'contains an invisible or control character (U+200B, column 3): delete it;'],
    ]);
  });
});

describe('MDX that does not parse', () => {
  it('names the line', () => {
    const p = chapter('<h2 id="section-1">标题</h2\n\n正文。\n');
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toMatch(/^the tag <h2> is not closed/);
    expect(p[0]!.line).toBeGreaterThanOrEqual(8);
  });
});

describe('where content files belong', () => {
  it('knows chapters and narratives by their place, and nothing else', () => {
    expect(contentKind('plans/p/zh/chapter-3.mdx')).toBe('chapter');
    expect(contentKind('plans/p/reports/en/2026.mdx')).toBe('narrative');
    expect(contentKind('plans/p/notes.mdx')).toBeUndefined();
    expect(contentKind('other/zh/chapter-1.mdx')).toBeUndefined();
  });
  it('knows their language by their folder', () => {
    expect(contentLang('plans/p/zh/chapter-3.mdx')).toBe('zh');
    expect(contentLang('plans/p/en/chapter-3.mdx')).toBe('en');
    expect(contentLang('plans/p/reports/en/2026.mdx')).toBe('en');
    expect(contentLang('plans/p/fr/chapter-3.mdx')).toBeUndefined();
  });
});

describe('closed content format: the header and the review’s findings', () => {
  it('refuses unknown header fields (a layout would be imported), markup in a header value, and Markdown headings', () => {
    const p = checkClosedFormat(
      'zh/chapter-1.mdx',
      '---\nchapter: 1\nlabel: 第一章\ntitle: <img src=x onerror=alert(1)>\nupdated: 2026-11-30\nlayout: ../../Evil.astro\n---\n\n## main\n\n正文。\n',
      'chapter',
    );
    expect(p.map((x) => [x.line, x.message.slice(0, 40)])).toEqual([
      [4, 'the header field title must be plain tex'],
      [6, 'unknown field in the header: "layout" (a'],
      [9, 'write headings as <h2 id="…">…</h2> (or '],
    ]);
    for (const x of p) expect(x.messageZh, x.message).toMatch(/\p{Script=Han}/u);
    expect(narrative('').length).toBe(0);
    expect(checkClosedFormat('reports/zh/2026.mdx', '---\nyear: 2026\npublished: 2027-01-01\n---\n\nText.\n', 'narrative')[0]!.message).toMatch(
      /^unknown field in the header: "published" \(a narrative holds only year\)/,
    );
  });
  it('accepts an address or e-mail written in the text, but not a link to http: written as a link', () => {
    expect(narrative('详见 http://www.example.gov.cn 或来信 office@example.gov.cn。\n')).toEqual([]);
    expect(narrative('详见[网站](http://www.example.gov.cn)。\n')[0]!.message).toMatch(/^links must start with https:\/\//);
  });
  it('refuses Hangul fillers, which show as nothing', () => {
    expect(narrative('空\u3164白。\n')[0]!.message).toMatch(/U\+3164/);
  });
});

describe('every file under the content folder is checked', () => {
  it('refuses a symbolic link, whose files the content loader would follow unchecked', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { checkContentFiles } = await import('../../src/lib/content/files.ts');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    const outside = path.join(root, 'outside/zh');
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(outside, 'chapter-1.mdx'), "import fs from 'node:fs'\n");
    fs.mkdirSync(path.join(root, 'content/plans'), { recursive: true });
    fs.symlinkSync(path.join(root, 'outside'), path.join(root, 'content/plans/p'));
    const problems = checkContentFiles({ root, dataDir: path.join(root, 'data'), contentDir: path.join(root, 'content'), demo: false, today: '2026-12-02' });
    expect(problems.map((p) => [p.file, p.message.slice(0, 40)])).toEqual([['content/plans/p', 'symbolic links are not allowed in the co']]);
    expect(problems[0]!.messageZh).toMatch(/\p{Script=Han}/u);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('MDX slips get an instruction, not the parser’s words', () => {
  it.each([
    ['a<br>b', /^the tag <br> is not closed: write <br>…<\/br>, or <br \/> for an element without content such as <br \/>$/],
    ['<strong>粗体', /^the tag <strong> is not closed/],
    ['<!-- 给同事的备注 -->', /^HTML comments <!-- … --> are not allowed: delete the comment$/],
    ['PM2.5<25', /^a "<" directly before a letter or digit starts a tag/],
  ])('%s', (body, expected) => {
    const p = narrative(`${body}\n`);
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toMatch(expected);
    expect(p[0]!.message).not.toMatch(/\{\/\*/);
    expect(p[0]!.messageZh).not.toMatch(/Expected|Unexpected|note:/);
  });
});
