/**
 * A plan chapter page's description (src/lib/views/chapter.ts): the chapter's first paragraph as plain text,
 * shortened by the one rule for descriptions; the notice for a chapter not yet translated. Worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { chapterDescription, firstParagraph } from '../../src/lib/views/chapter.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/period.ts';

const PLAN = {
  id: 'p', period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
  plan: { shortName: { zh: '规划', en: 'Plan' }, indicatorTable: { zh: '表', en: 'Table' }, assigner: { zh: '省', en: 'province' } },
  indicators: { groups: [], indicators: [] }, projects: { projects: [] },
} as unknown as PlanData;

const BODY = ['---', 'chapter: 2', 'title: General Requirements', '---', '', '<h2 id="section-1">Section 1</h2>', '', 'The **district** has entered a critical stage.', '', 'Second paragraph.'].join('\n');

describe('a chapter page\'s description', () => {
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
    expect(chapterDescription(BODY, false, 'en', PLAN)).toBe('The English translation of this chapter is not available yet. The original Chinese text is shown below.');
  });
});
