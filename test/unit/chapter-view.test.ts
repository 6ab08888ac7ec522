/**
 * A plan chapter page's description (src/lib/views/chapter.ts): the chapter's first paragraph as plain text,
 * shortened by the one rule for descriptions; the notice for a chapter not yet translated. Worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { chapterDescription, chapterLink, chapterPage, contentsView, firstParagraph } from '../../src/lib/views/chapter.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import type { Chapter } from '../../src/lib/plan/chapters.ts';
import { periodOf } from '../../src/lib/plan/period.ts';

const PLAN = {
  id: 'p',
  period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
  plan: { shortName: { zh: '规划', en: 'Plan' }, indicatorTable: { zh: '表', en: 'Table' }, assigner: { zh: '省', en: 'province' } },
  indicators: { groups: [], indicators: [] },
  projects: { projects: [] },
} as unknown as PlanData;

const BODY = [
  '---',
  'chapter: 2',
  'title: General Requirements',
  '---',
  '',
  '<h2 id="section-1">Section 1</h2>',
  '',
  'The **district** has entered a critical stage.',
  '',
  'Second paragraph.',
].join('\n');

describe("a chapter page's description", () => {
  it('the first line of text: not front matter, not a tag, without bold marks', () => {
    expect(firstParagraph(BODY)).toBe('The district has entered a critical stage.');
    expect(firstParagraph('---\ntitle: x\n---\n')).toBe('');
    expect(chapterDescription(BODY, true, 'en', PLAN)).toBe('The district has entered a critical stage.');
  });

  it('a long first paragraph is cut after its last whole sentence that fits', () => {
    const long = `${'a'.repeat(90)} ${'b'.repeat(20)}. ${'c'.repeat(60)} ${'d'.repeat(30)}.`;
    expect(chapterDescription(`---\nchapter: 1\n---\n\n${long}\n`, true, 'en', PLAN)).toBe(`${'a'.repeat(90)} ${'b'.repeat(20)}.`);
  });

  it('a chapter not yet translated is described by the notice', () => {
    expect(chapterDescription(BODY, false, 'en', PLAN)).toBe(
      'The English translation of this chapter is not available yet. The original Chinese text is shown below.',
    );
  });
});

const src = (lang: 'zh' | 'en', label: string, title: string, updated: string) => ({ lang, label, title, updated });
const entry = (level: number, id: string, title: string) => ({ level, id, title });
const CHAPTERS = [
  {
    number: 1,
    slug: 'chapter-1',
    zh: src('zh', '第一章', '总体要求', '2026-11-30'),
    en: src('en', 'Chapter 1', 'General Requirements', '2026-12-01'),
    toc: {
      zh: [entry(2, 'section-1', '第一节　指导思想')],
      en: [entry(2, 'section-1', 'Section 1: Guiding Thought'), entry(3, 'box-1', 'Box 1'), entry(2, 'section-2', 'Section 2: Principles')],
    },
  },
  { number: 2, slug: 'chapter-2', zh: src('zh', '第二章', '保障措施', '2026-10-01'), toc: { zh: [entry(2, 'section-1', '第一节　组织领导')] } },
] as unknown as Chapter[];

describe('the table of contents', () => {
  it("each chapter with its sections (second-level entries only), in the reader's language where translated", () => {
    const view = contentsView(PLAN, CHAPTERS, 'en');
    expect(view.path).toBe('/p/text/');
    // The newest of the dates of the files shown: the English chapter 1 and the Chinese chapter 2.
    expect(view.updated).toBe('2026-12-01');
    expect(view.chapters).toEqual([
      {
        href: '/en/p/text/chapter-1/',
        heading: 'Chapter 1: General Requirements',
        translated: true,
        sections: [
          { href: '/en/p/text/chapter-1/#section-1', title: 'Section 1: Guiding Thought' },
          { href: '/en/p/text/chapter-1/#section-2', title: 'Section 2: Principles' },
        ],
      },
      {
        href: '/en/p/text/chapter-2/',
        heading: '第二章　保障措施',
        translated: false,
        lang: 'zh-CN',
        sections: [{ href: '/en/p/text/chapter-2/#section-1', title: '第一节　组织领导' }],
      },
    ]);
    expect(contentsView(PLAN, CHAPTERS, 'zh').updated).toBe('2026-11-30');
  });

  it('a chapter link in the original language needs no lang attribute', () => {
    expect(chapterLink(CHAPTERS[1]!, PLAN, 'zh')).toEqual({ href: '/p/text/chapter-2/', heading: '第二章　保障措施', translated: true });
  });
});

describe("a chapter's page", () => {
  const src = (lang: 'zh' | 'en', label: string, title: string, body = '') => ({ lang, label, title, body, updated: `2026-0${lang === 'zh' ? 3 : 4}-01` });
  const CH = [
    {
      number: 1,
      slug: 'chapter-1',
      zh: src('zh', '第一章', '规划背景'),
      en: src('en', 'Chapter 1', 'Background'),
      toc: { zh: [{ id: 'a', title: '一', level: 2 }], en: [{ id: 'a', title: 'One', level: 2 }] },
    },
    { number: 2, slug: 'chapter-2', zh: src('zh', '第二章', '总体要求', '组织实施。'), toc: { zh: [{ id: 'b', title: '二', level: 2 }] } },
  ] as unknown as Chapter[];
  it('shows the English where it exists, with the chapters before and after it', () => {
    const v = chapterPage(PLAN, CH, 1, 'en');
    expect([v.translated, v.shown.lang, v.heading, v.title, v.textLang, v.path, v.updated]).toEqual([
      true,
      'en',
      'Chapter 1: Background',
      'Chapter 1: Background',
      undefined,
      '/p/text/chapter-1/',
      '2026-04-01',
    ]);
    expect(v.toc.map((e) => e.title)).toEqual(['One']);
    expect([v.previous, v.next]).toEqual([undefined, { href: '/en/p/text/chapter-2/', label: 'Chapter 2' }]);
  });
  it('shows the Chinese original, marked as Chinese, while the English awaits translation', () => {
    const v = chapterPage(PLAN, CH, 2, 'en');
    expect([v.translated, v.shown.lang, v.heading, v.title, v.textLang, v.updated]).toEqual([
      false,
      'zh',
      '第二章　总体要求',
      'Chapter 2',
      'zh-CN',
      '2026-03-01',
    ]);
    expect(v.toc.map((e) => e.title)).toEqual(['二']);
    expect(v.previous).toEqual({ href: '/en/p/text/chapter-1/', label: 'Chapter 1: Background' });
    expect(chapterPage(PLAN, CH, 2, 'zh')).toMatchObject({ translated: true, title: '第二章　总体要求', textLang: undefined, contentsHref: '/p/text/' });
  });
});
