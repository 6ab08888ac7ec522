/**
 * Build-time behaviour of the plan chapters, on fixture copies of the content:
 * untranslated chapters and bad content stop the build with precise messages.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildWithPlanFixture, REAL_PLAN } from '../helpers/build.ts';
import { loadPage } from '../helpers/dist.ts';
import { COUNTY_PLAN, DIST_COUNTY } from '../helpers/sites.ts';

describe('untranslated chapters', () => {
  // The build runs the same checks as `npm run check` (src/lib/build/checks.ts), translation coverage included:
  // a chapter without its English version is not published with a fallback, it stops the build.
  it('stop the build and name the chapter that has no English version', () => {
    const build = buildWithPlanFixture((dir) => fs.rmSync(path.join(dir, 'en/chapter-8.mdx')));
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      new RegExp(`plans/${REAL_PLAN}/en/chapter-8\\.mdx: missing translation: \\S*plans/${REAL_PLAN}/zh/chapter-8\\.mdx has no English version`),
    );
    expect(fs.existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
    build.remove();
  });

  it('show no untranslated-chapter notice where every chapter is translated', () => {
    for (const n of [1, 2]) {
      const translated = loadPage(`/en/${COUNTY_PLAN}/text/chapter-${n}/`, DIST_COUNTY);
      expect(translated.querySelector('[data-fallback-notice]')).toBeNull();
      expect(translated.querySelector('.prose')!.getAttribute('lang')).toBeUndefined();
    }
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
    build.remove();
  });

  it('names the section a translation lacks', () => {
    const build = buildWithPlanFixture((dir) => {
      const file = path.join(dir, 'en/chapter-6.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id="section-4"', 'id="section-9"'));
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('section "section-4" of');
    expect(build.output).toMatch(/en\/chapter-6\.mdx:\d+: section "section-9" does not exist in the Chinese original/);
    build.remove();
  });

  it('names the file and line of MDX that does not parse', () => {
    const build = buildWithPlanFixture((dir) => {
      const file = path.join(dir, 'zh/chapter-8.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<h2 id="section-2">', '<h2 id="section-2"'));
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/zh\/chapter-8\.mdx:\d+/);
    build.remove();
  });
});
