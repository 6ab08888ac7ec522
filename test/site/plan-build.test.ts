/**
 * Build-time behaviour of the plan chapters, on fixture copies of the content:
 * the English fallback for an untranslated chapter, and build errors for bad content.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { buildWithPlanFixture, REAL_PLAN } from '../helpers/build.ts';

const read = (outDir: string, p: string) => parse(fs.readFileSync(path.join(outDir, p, 'index.html'), 'utf8'));

describe('English fallback', () => {
  it('shows a notice and the Chinese text (lang="zh-CN") where a chapter is not translated, and no notice where it is', () => {
    const build = buildWithPlanFixture((dir) => fs.rmSync(path.join(dir, 'en/chapter-8.mdx')));
    expect(build.ok, build.output).toBe(true);
    const fallback = read(build.outDir, `en/${REAL_PLAN}/text/chapter-8`);
    expect(fallback.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(fallback.querySelector('[data-fallback-notice]')!.textContent).toContain('has not been translated yet');
    const prose = fallback.querySelector('.prose')!;
    expect(prose.getAttribute('lang')).toBe('zh-CN');
    expect(prose.textContent).toContain('进一步完善和落实生态环境保护目标责任制');
    expect(fallback.querySelector('h1')!.getAttribute('lang')).toBe('zh-CN');
    // Anchors stay the same, so the language switch still lands on the section.
    expect(prose.querySelector('#section-3')).not.toBeNull();

    const translated = read(build.outDir, `en/${REAL_PLAN}/text/chapter-7`);
    expect(translated.querySelector('[data-fallback-notice]')).toBeNull();
    expect(translated.querySelector('.prose')!.getAttribute('lang')).toBeUndefined();
  });
});

describe('bad plan content fails the build', () => {
  it('names the file, line and anchor of a duplicate section anchor', () => {
    const build = buildWithPlanFixture((dir) => {
      const file = path.join(dir, 'zh/chapter-6.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id="section-2"', 'id="section-1"'));
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/zh\/chapter-6\.mdx:\d+: duplicate section anchor \(first used on line \d+\) \(found "section-1"\)/);
  });

  it('names the section a translation lacks', () => {
    const build = buildWithPlanFixture((dir) => {
      const file = path.join(dir, 'en/chapter-6.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id="section-4"', 'id="section-9"'));
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('section "section-4" of');
    expect(build.output).toMatch(/en\/chapter-6\.mdx:\d+: section "section-9" does not exist in the Chinese original/);
  });

  it('names the file and line of MDX that does not parse', () => {
    const build = buildWithPlanFixture((dir) => {
      const file = path.join(dir, 'zh/chapter-8.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<h2 id="section-2">', '<h2 id="section-2"'));
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/zh\/chapter-8\.mdx:\d+/);
  });
});
