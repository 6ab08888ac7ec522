/**
 * The complete English translation: for every chapter, the same sections and paragraph counts as the Chinese,
 * at least 2.5× the characters, no paragraph left in Chinese, every Arabic number carried over,
 * and every glossary term translated as the glossary says.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkTranslation, plainLength } from '../../src/lib/plan/translation.ts';
import { parseBlocks, sectionsOf } from '../../src/lib/plan/structure.ts';
import { GlossaryFile } from '../../src/lib/schema/glossary.ts';
import { REAL_PLAN_CONTENT, REAL_PLAN_DATA } from '../helpers/dist.ts';

const glossary = GlossaryFile.parse(JSON.parse(fs.readFileSync(path.join(REAL_PLAN_DATA, 'glossary.json'), 'utf8')));
const read = (lang: string, n: number) => fs.readFileSync(path.join(REAL_PLAN_CONTENT, `${lang}/chapter-${n}.mdx`), 'utf8');

describe('English translation', () => {
  it('has a glossary of recurring terms', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(100);
  });

  for (let n = 1; n <= 8; n++) {
    it(`chapter ${n} mirrors the Chinese completely and consistently`, () => {
      const problems = checkTranslation(read('zh', n), read('en', n), glossary.terms);
      expect(problems.map((p) => `${p.section}${p.paragraph ? ` ¶${p.paragraph}` : ''}: ${p.message}`)).toEqual([]);
      const ratio = plainLength(sectionsOf(parseBlocks(read('en', n)))) / plainLength(sectionsOf(parseBlocks(read('zh', n))));
      expect(ratio).toBeGreaterThanOrEqual(2.5);
    });
  }

  it('catches an omitted paragraph, a changed number and an inconsistent term', () => {
    const zh = read('zh', 8);
    const en = read('en', 8);
    const dropped = en.replace(/\n\n[^\n<]+\n\n(<h2 id="section-2">)/, '\n\n$1');
    expect(
      checkTranslation(zh, dropped, glossary.terms)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/paragraphs in English/);
    expect(
      checkTranslation(zh, en.replace(/2023/g, '2024'), glossary.terms)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/misses numbers from the Chinese: 2023/);
    expect(
      checkTranslation(read('zh', 1), read('en', 1).replaceAll('14th Five-Year', 'Fourteenth FYP'), glossary.terms)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/glossary term 十四五/);
    expect(
      checkTranslation(
        read('zh', 1),
        read('en', 1).replace(/<h2 id="section-1">[^<]+<\/h2>/, '<h2 id="section-1">第一节　“十三五”生态环境保护成效</h2>'),
        glossary.terms,
      )
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/still largely Chinese/);
  });
});
