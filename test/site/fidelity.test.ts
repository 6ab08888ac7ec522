/**
 * Word-for-word fidelity: every non-empty line of the plan's source text appears,
 * after NFKC normalisation and with white space removed, in the built Chinese pages.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadPage, requireBuild, ROOT, squash } from '../helpers/dist.ts';
import { REAL_PLAN } from '../helpers/build.ts';

const sourceLines = fs.readFileSync(path.join(ROOT, 'test/fixtures/plan-source.zh.txt'), 'utf8').split('\n').map(squash).filter(Boolean);

describe('Chinese plan text', () => {
  requireBuild();
  // The chapter heading and body; navigation, table of contents and pager are left out.
  const chapterText = Array.from({ length: 8 }, (_, i) => {
    const doc = loadPage(`/${REAL_PLAN}/text/chapter-${i + 1}/`);
    return squash(doc.querySelector('h1')!.textContent + doc.querySelector('.prose')!.textContent);
  });
  const allText = chapterText.join('');

  it('keeps a copy of the source (343 non-empty lines)', () => {
    expect(sourceLines).toHaveLength(343);
  });

  it('renders bold lead sentences as markup, never as literal asterisks', () => {
    expect(allText).not.toContain('**');
    expect(loadPage(`/${REAL_PLAN}/text/chapter-1/`).querySelector('.prose p strong')!.textContent).toBe('大气环境质量总体改善。');
  });

  it('publishes every line of the source text word for word', () => {
    const missing = sourceLines.filter((line) => !allText.includes(line));
    expect(missing, `lines missing from the built chapters:\n${missing.join('\n')}`).toEqual([]);
  });

  it('keeps the order of the source text', () => {
    let from = 0;
    // Short lines (table cells such as "100") recur; order is checked on paragraphs.
    for (const line of sourceLines.filter((l) => l.length >= 20)) {
      const at = allText.indexOf(line, from);
      expect(at, `out of order: ${line.slice(0, 30)}`).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('renders typography improvements (m³) without changing wording', () => {
    expect(loadPage(`/${REAL_PLAN}/text/chapter-2/`).querySelector('#table-1')!.textContent).toContain('μg/m³');
  });
});
