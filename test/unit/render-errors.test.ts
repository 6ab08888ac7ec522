/**
 * What can only fail while pages are rendered fails as an Astro error: Astro shows its message and its hint, both
 * in Chinese and English from the message catalogue, instead of a bare Error and a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { resolvePlanRef } from '../../src/lib/plan/refs.ts';
import { assemblePlan } from '../../src/lib/plan/chapters.ts';
import { dataCompleteDate } from '../../src/lib/reports/model.ts';
import { latestDate } from '../../src/lib/views/dates.ts';
import { DataError } from '../../src/lib/messages/problem.ts';
import { say } from '../../src/lib/messages/message.ts';
import { RenderError } from '../../src/lib/messages/render-error.ts';

const SOURCE = '---\nchapter: 1\n---\n\n<h2 id="section-1">第一节</h2>\n\n正文。\n';
const { chapters } = assemblePlan([{ lang: 'zh', file: 'zh/chapter-1.mdx', body: SOURCE, chapter: 1, label: '第一章', title: '总则', updated: '2026-01-01' }]);

/** The error a call throws. */
function thrown(f: () => unknown): RenderError {
  try {
    f();
  } catch (e) {
    return e as RenderError;
  }
  throw new Error('nothing was thrown');
}

describe('render-time failures', () => {
  it('a plan reference to a missing chapter or section: an Astro error with its hint, in both languages', () => {
    const e = thrown(() => resolvePlanRef(chapters, 'chapter-9', 'zh'));
    expect(e).toBeInstanceOf(AstroError);
    expect(e.detail.code).toBe('render.unknownChapterRef');
    expect(e.message).toBe('规划原文位置“chapter-9”中的章不存在\nUnknown plan chapter in reference "chapter-9"');
    expect(e.hint).toMatch(/^请运行 npm run check（或 npx plan-check）.*\nRun npm run check/s);
    expect(thrown(() => resolvePlanRef(chapters, 'chapter-1#section-9', 'en')).message).toBe(
      '规划原文位置“chapter-1#section-9”中的节“section-9”不存在\nUnknown section "section-9" in plan reference "chapter-1#section-9"',
    );
    expect(resolvePlanRef(chapters, 'chapter-1#section-1', 'zh').anchor).toBe('section-1');
  });

  it('a report of a year without figures, and no dates at all', () => {
    expect(thrown(() => dataCompleteDate({ progress: [] }, 2027)).message).toBe('2027年没有数据\nNo figures for 2027');
    expect(thrown(() => latestDate([]))).toBeInstanceOf(AstroError);
  });

  it('data that reached the build with errors lists every problem in both languages', () => {
    const problem = { file: 'data/plans/p/plan.json', path: 'period', ...say('schema.periodOrder'), severity: 'error' as const };
    const e = new DataError([problem]);
    expect(e).toBeInstanceOf(AstroError);
    expect(e.message).toBe(
      '网站无法生成，原因如下：\n  ✖ data/plans/p/plan.json → period：规划期应满足：基线年 < 起始年 ≤ 终止年\n' +
        'The site cannot be built because of these problems:\n  ✖ data/plans/p/plan.json → period: the period must satisfy baselineYear < start ≤ end',
    );
    expect(e.hint).toMatch(/npm run check/);
  });
});
