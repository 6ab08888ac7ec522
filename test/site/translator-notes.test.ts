/**
 * Translator's notes (<TranslatorNote> in English chapters): shown in the chapter as a labelled note, never in the
 * Chinese text, and every note of a plan listed on its English glossary page with a link to its section.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, DIST_DEMO, htmlPages, loadPage, REAL_PLAN_CONTENT as ROOT_CONTENT, requireBuild } from '../helpers/dist.ts';
import { REAL_PLAN } from '../helpers/build.ts';
import { DIST_COUNTY, DIST_MULTI } from '../helpers/sites.ts';
import { en } from '../../src/i18n/en.ts';

const builds = [
  ['dist', DIST],
  ['dist-demo', DIST_DEMO],
  ['county fixture', DIST_COUNTY],
  ['three-plan fixture', DIST_MULTI],
] as const;

for (const [build, dist] of builds) {
  describe(`${build}: translator's notes`, () => {
    requireBuild(dist);
    const plans = htmlPages(dist)
      .filter((p) => /^\/en\/[^/]+\/glossary\/$/.test(p))
      .map((p) => p.split('/')[2]!);
    const chapters = (plan: string, lang: '' | '/en') => htmlPages(dist).filter((p) => p.startsWith(`${lang}/${plan}/text/chapter-`));

    it('shows each note in its English chapter with its label in words and as a note, and none in a Chinese chapter', () => {
      for (const plan of plans) {
        for (const p of chapters(plan, '/en')) {
          for (const note of loadPage(p, dist).querySelectorAll('.prose .translator-note')) {
            expect(note.getAttribute('role'), p).toBe('note');
            expect(note.querySelector('.translator-note__label')!.textContent, p).toBe(en['translatorNote.label']);
            expect(note.querySelector('.translator-note__body')!.textContent.trim().length, p).toBeGreaterThan(10);
          }
        }
        for (const p of chapters(plan, '')) expect(loadPage(p, dist).querySelector('.translator-note'), p).toBeNull();
      }
    });

    it('lists every note of the plan on its English glossary page, linked to a section of the chapter, and only there', () => {
      for (const plan of plans) {
        const notes = chapters(plan, '/en').flatMap((p) =>
          loadPage(p, dist)
            .querySelectorAll('.prose .translator-note')
            .map((n) => ({ page: p, text: n.querySelector('.translator-note__body')!.textContent.replace(/\s+/g, ' ').trim() })),
        );
        const glossary = loadPage(`/en/${plan}/glossary/`, dist);
        const items = glossary.querySelectorAll('ol.translator-notes > li');
        expect(items.length, plan).toBe(notes.length);
        expect(glossary.querySelector('h2#translator-notes') !== null, plan).toBe(notes.length > 0);
        items.forEach((li, k) => {
          const href = li.querySelector('a')!.getAttribute('href')!;
          const [page, anchor] = href.split('#');
          expect(page, plan).toBe(notes[k]!.page);
          if (anchor) expect(loadPage(page!, dist).getElementById(anchor), href).not.toBeNull();
          expect(
            li
              .querySelectorAll('p')
              .slice(1)
              .map((p) => p.textContent)
              .join(' '),
            href,
          ).toBe(notes[k]!.text);
        });
        expect(loadPage(`/${plan}/glossary/`, dist).querySelector('.translator-notes'), plan).toBeNull();
      }
    });
  });
}

describe("the real plan's notes", () => {
  requireBuild();
  const note = (chapter: number, words: string) =>
    loadPage(`/en/${REAL_PLAN}/text/chapter-${chapter}/`)
      .querySelectorAll('.translator-note')
      .find((n) => n.textContent.includes(words));

  it('notes the drafting note retained in the adopted text, in its section', () => {
    const zh = fs.readFileSync(path.join(ROOT_CONTENT, 'zh/chapter-5.mdx'), 'utf8');
    const sentence = zh.match(/建议补充[^。]*。/)![0];
    const found = note(5, sentence);
    expect(found).toBeDefined();
    expect(found!.textContent).toMatch(/drafting note/);
    // It stands in the section whose Chinese paragraph holds the sentence.
    const zhBefore = zh.slice(0, zh.indexOf(sentence));
    const section = [...zhBefore.matchAll(/<h[23] id="([^"]+)">/g)].pop()![1];
    const items = loadPage(`/en/${REAL_PLAN}/glossary/`).querySelectorAll('ol.translator-notes > li');
    expect(
      items.some((li) => li.querySelector('a')!.getAttribute('href') === `/en/${REAL_PLAN}/text/chapter-5/#${section}` && li.textContent.includes(sentence)),
    ).toBe(true);
  });

  it('notes the name the source writes 唐官帽山 and the translation reads with 大唐, where it stands', () => {
    const found = note(3, '唐官帽山');
    expect(found).toBeDefined();
    expect(found!.textContent).toContain('大唐');
    expect(found!.closest('.box')!.getAttribute('aria-labelledby')).toBe('box-1');
  });
});
