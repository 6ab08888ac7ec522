import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { anchorsOf, parseBlocks, sectionsOf, tocOf } from '../../src/lib/plan/structure.ts';
import { assemblePlan, chapterHeading, chapterTitle, type ChapterSource } from '../../src/lib/plan/chapters.ts';
import { resolvePlanRef } from '../../src/lib/plan/refs.ts';
import { planTranslatorNotes, translatorNotes } from '../../src/lib/plan/notes.ts';
import { REAL_PLAN_CONTENT } from '../helpers/dist.ts';

const SAMPLE = `---
chapter: 1
label: 第一章
title: 示例
updated: 2026-11-30
---

引言段落。

<h2 id="section-1">第一节　甲</h2>

**第一段。**正文。

第二段。

<h3 id="section-1-1">（一）乙</h3>

第三段。

<Box id="box-1" title="专栏1　丙">

**项目。**内容。

</Box>
`;

const source = (lang: 'zh' | 'en', body: string, chapter = 1): ChapterSource => ({
  lang,
  file: `src/content/plan/${lang}/chapter-${chapter}.mdx`,
  body,
  chapter,
  label: 'x',
  title: 'y',
  updated: '2026-11-30',
});

describe('chapter structure', () => {
  it('reads headings, boxes and paragraphs with their lines', () => {
    const blocks = parseBlocks(SAMPLE);
    expect(anchorsOf(blocks)).toEqual([
      { id: 'section-1', line: 10 },
      { id: 'section-1-1', line: 16 },
      { id: 'box-1', line: 20 },
    ]);
    expect(sectionsOf(blocks).map((s) => [s.id, s.paragraphs.length])).toEqual([
      ['intro', 1],
      ['section-1', 2],
      ['section-1-1', 1],
      ['box-1', 1],
    ]);
    expect(sectionsOf(blocks)[1]!.paragraphs[0]).toBe('第一段。正文。');
    expect(tocOf(blocks).map((e) => `${e.level}:${e.id}`)).toEqual(['2:section-1', '3:section-1-1', '2:box-1']);
  });

  it("keeps translator's notes out of the sections, anchors and contents, on one line or over several", () => {
    const en = SAMPLE.replace('第一节　甲', 'Section 1: A')
      .replace('第二段。\n', '第二段。\n\n<TranslatorNote>A note on one line.</TranslatorNote>\n')
      .replace('**项目。**内容。\n', '**项目。**内容。\n\n<TranslatorNote>\n\nA note, first paragraph.\n\n<h3 id="n">x</h3>\n\n</TranslatorNote>\n');
    const blocks = parseBlocks(en);
    expect(blocks.filter((b) => b.kind === 'note').map((b) => b.text)).toEqual(['A note on one line.', '', 'A note, first paragraph.', 'x', '']);
    expect(anchorsOf(blocks).map((a) => a.id)).toEqual(['section-1', 'section-1-1', 'box-1']);
    expect(sectionsOf(blocks).map((s) => [s.id, s.paragraphs.length])).toEqual(sectionsOf(parseBlocks(SAMPLE)).map((s) => [s.id, s.paragraphs.length]));
    expect(tocOf(blocks)).toHaveLength(3);
    expect(assemblePlan([source('zh', SAMPLE), source('en', en)]).problems).toEqual([]);
  });

  it("collects the translator's notes of a chapter with the section or box they stand in", () => {
    const en = [
      'Intro.',
      '<TranslatorNote>Before any heading.</TranslatorNote>',
      '<h2 id="section-1">Section 1: A</h2>',
      'Text.',
      '<TranslatorNote>The source reads 甲; the translation takes it as **乙**.</TranslatorNote>',
      '<Box id="box-1" title="Box 1: C">',
      '**Project.** Text.',
      '<TranslatorNote>\n\nFirst paragraph,\nover two lines.\n\nSecond, with [a link](https://www.example.gov.cn/).\n\n</TranslatorNote>',
      '</Box>',
    ].join('\n\n');
    expect(translatorNotes(en)).toEqual([
      { paragraphs: ['Before any heading.'] },
      { anchor: 'section-1', paragraphs: ['The source reads 甲; the translation takes it as 乙.'] },
      { anchor: 'box-1', paragraphs: ['First paragraph, over two lines.', 'Second, with a link.'] },
    ]);
    const zh = ['引言。', '<h2 id="section-1">第一节　甲</h2>', '正文。', '<Box id="box-1" title="专栏1　丙">', '**项目。**内容。', '</Box>'].join('\n\n');
    const { chapters } = assemblePlan([source('zh', zh), source('en', en)]);
    expect(planTranslatorNotes(chapters, 'en').map((n) => [n.chapter.number, n.anchor, n.section])).toEqual([
      [1, undefined, undefined],
      [1, 'section-1', 'Section 1: A'],
      [1, 'box-1', 'Box 1: C'],
    ]);
    expect(planTranslatorNotes(chapters, 'zh')).toEqual([]);
  });

  it('accepts matching languages', () => {
    const en = SAMPLE.replace('第一节　甲', 'Section 1: A');
    expect(assemblePlan([source('zh', SAMPLE), source('en', en)]).problems).toEqual([]);
  });

  it('reports a duplicate anchor with file and line', () => {
    const bad = SAMPLE.replace('id="section-1-1"', 'id="section-1"');
    const { problems } = assemblePlan([source('zh', bad)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/content/plan/zh/chapter-1.mdx', line: 16, value: 'section-1' });
    expect(problems[0]!.message).toContain('duplicate section anchor (first used on line 10)');
  });

  it('reports a non-ASCII anchor', () => {
    const bad = SAMPLE.replace('id="section-1"', 'id="第一节"');
    expect(assemblePlan([source('zh', bad)]).problems[0]!.message).toContain('lower-case ASCII');
  });

  it('reports a translation whose sections differ from the Chinese', () => {
    const en = SAMPLE.replace('<h3 id="section-1-1">（一）乙</h3>', '<h3 id="section-1-2">(1) B</h3>');
    const messages = assemblePlan([source('zh', SAMPLE), source('en', en)]).problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain('src/content/plan/en/chapter-1.mdx: section "section-1-1" of src/content/plan/zh/chapter-1.mdx is missing from the translation');
    expect(messages).toContain(
      'src/content/plan/en/chapter-1.mdx: section "section-1-2" does not exist in the Chinese original src/content/plan/zh/chapter-1.mdx',
    );
  });

  it('reports gaps in chapter numbering and orphan translations', () => {
    const messages = assemblePlan([source('zh', SAMPLE, 1), source('zh', SAMPLE, 3), source('en', SAMPLE, 4)]).problems.map((p) => p.message);
    expect(messages).toContain('chapters must be numbered 1, 2, 3 … without gaps (expected 2)');
    expect(messages).toContain('English chapter has no Chinese original');
  });

  it("names chapters and sections in the reader's language, an untranslated chapter by its number", () => {
    const named = (lang: 'zh' | 'en', body: string, chapter: number, label: string, title: string) => ({ ...source(lang, body, chapter), label, title });
    const en = SAMPLE.replace('第一节　甲', 'Section 1: A');
    const { chapters, problems } = assemblePlan([
      named('en', en, 1, 'Chapter 1', 'Example'),
      named('zh', SAMPLE, 1, '第一章', '示例'),
      named('zh', SAMPLE.replace(/chapter: 1/, 'chapter: 2'), 2, '第二章', '其二'),
    ]);
    expect(problems).toEqual([]);
    const [one, two] = chapters as [(typeof chapters)[number], (typeof chapters)[number]];
    expect(chapterHeading(one.zh)).toBe('第一章\u3000示例');
    expect(chapterHeading(one.en!)).toBe('Chapter 1: Example');
    expect([chapterTitle(one, 'zh'), chapterTitle(one, 'en'), chapterTitle(two, 'zh'), chapterTitle(two, 'en')]).toEqual([
      '第一章\u3000示例',
      'Chapter 1: Example',
      '第二章\u3000其二',
      'Chapter 2',
    ]);
    expect(resolvePlanRef(chapters, 'chapter-1#section-1', 'zh').label).toBe('第一章 · 第一节\u3000甲');
    expect(resolvePlanRef(chapters, 'chapter-1#section-1', 'en').label).toBe('Chapter 1 · Section 1: A');
    // Untranslated: the chapter by its number, the section by its Chinese title.
    expect(resolvePlanRef(chapters, 'chapter-2#section-1', 'en')).toEqual({
      chapterSlug: 'chapter-2',
      anchor: 'section-1',
      label: 'Chapter 2 · 第一节\u3000甲',
    });
    expect(resolvePlanRef(chapters, 'chapter-2', 'en')).toEqual({ chapterSlug: 'chapter-2', label: 'Chapter 2' });
    expect(() => resolvePlanRef(chapters, 'chapter-3', 'en')).toThrow(/Unknown plan chapter/);
  });

  it('finds the real plan well-formed: 8 chapters, same anchors in both languages', () => {
    const sources: ChapterSource[] = [];
    for (const lang of ['zh', 'en'] as const) {
      for (let n = 1; n <= 8; n++) {
        const file = path.join(REAL_PLAN_CONTENT, `${lang}/chapter-${n}.mdx`);
        if (fs.existsSync(file)) sources.push(source(lang, fs.readFileSync(file, 'utf8'), n));
      }
    }
    const { chapters, problems } = assemblePlan(sources);
    expect(problems).toEqual([]);
    expect(chapters).toHaveLength(8);
    expect(chapters.reduce((n, c) => n + c.anchors.length, 0)).toBeGreaterThan(50);
  });
});
