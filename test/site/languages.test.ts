/** Both languages: every page has its counterpart, linked by hreflang both ways, with the same section anchors. */
import { describe, expect, it } from 'vitest';
import { DIST, DIST_DEMO, htmlPages, loadPage, requireBuild } from '../helpers/dist.ts';
import { REAL_PLAN } from '../helpers/build.ts';
import { DIST_COUNTY, DIST_MULTI } from '../helpers/sites.ts';

for (const [build, dist] of [
  ['dist', DIST],
  ['dist-demo', DIST_DEMO],
  ['county fixture', DIST_COUNTY],
  ['three-plan fixture', DIST_MULTI],
] as const) {
  describe(`${build}: bilingual pages`, () => {
    requireBuild(dist);
    // The 404 pages (/404.html, /en/404/) are served by the host for missing URLs and have no alternates.
    const pages = htmlPages(dist).filter((p) => !p.endsWith('.html') && !p.endsWith('/404/'));
    const zhPages = pages.filter((p) => !p.startsWith('/en/'));
    const enPages = pages.filter((p) => p.startsWith('/en/'));

    it('pairs every Chinese page with an English one and vice versa', () => {
      expect(zhPages.length).toBeGreaterThanOrEqual(11);
      expect(enPages.map((p) => p.slice(3)).sort()).toEqual([...zhPages].sort());
    });

    it('declares html lang and reciprocal hreflang alternates, and switches language to the same page', () => {
      for (const zhPath of zhPages) {
        const enPath = `/en${zhPath}`;
        const zh = loadPage(zhPath, dist);
        const en = loadPage(enPath, dist);
        expect(zh.querySelector('html')!.getAttribute('lang'), zhPath).toBe('zh-CN');
        expect(en.querySelector('html')!.getAttribute('lang'), enPath).toBe('en');
        const alt = (doc: typeof zh, code: string) => new URL(doc.querySelector(`link[rel=alternate][hreflang="${code}"]`)!.getAttribute('href')!).pathname;
        expect(alt(zh, 'en'), zhPath).toBe(enPath);
        expect(alt(en, 'zh-CN'), enPath).toBe(zhPath);
        expect(alt(zh, 'zh-CN')).toBe(zhPath);
        expect(alt(en, 'en')).toBe(enPath);
        const switcher = (doc: typeof zh) => doc.querySelector('a[data-lang-switch]')!.getAttribute('href');
        expect(switcher(zh), zhPath).toBe(enPath);
        expect(switcher(en), enPath).toBe(zhPath);
      }
    });
  });
}

describe('the real plan in both languages', () => {
  requireBuild();
  const chapter = (lang: '' | '/en', n: number) => `${lang}/${REAL_PLAN}/text/chapter-${n}/`;

  it('gives every plan section the same anchor in both languages', () => {
    for (let n = 1; n <= 8; n++) {
      const ids = (p: string) =>
        loadPage(p)
          .querySelectorAll('.prose [id]')
          .map((e) => e.id)
          .filter((id) => /^(section|box|table)-/.test(id));
      const zhIds = ids(chapter('', n));
      expect(zhIds.length, `chapter ${n}`).toBeGreaterThan(0);
      expect(ids(chapter('/en', n)), `chapter ${n}`).toEqual(zhIds);
    }
  });

  it('shows no untranslated-chapter notice: every English chapter is translated', () => {
    for (let n = 1; n <= 8; n++) {
      const doc = loadPage(chapter('/en', n));
      expect(doc.querySelector('[data-fallback-notice]'), `chapter ${n}`).toBeNull();
      expect(doc.querySelector('.prose')!.getAttribute('lang'), `chapter ${n}`).toBeUndefined();
    }
  });

  it('links every table-of-contents entry to an anchor on the page', () => {
    const chapters = htmlPages().filter((x) => x.includes(`/${REAL_PLAN}/text/chapter-`));
    expect(chapters).toHaveLength(16);
    for (const p of chapters) {
      const doc = loadPage(p);
      const links = doc.querySelectorAll('.toc a');
      expect(links.length, p).toBeGreaterThan(0);
      for (const a of links) {
        const id = a.getAttribute('href')!.slice(1);
        expect(doc.getElementById(id), `${p}#${id}`).not.toBeNull();
      }
    }
  });

  it('lists the eight chapters on the contents page, in both languages', () => {
    for (const lang of ['', '/en'] as const) {
      const hrefs = loadPage(`${lang}/${REAL_PLAN}/text/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      for (let n = 1; n <= 8; n++) expect(hrefs, `${lang} chapter ${n}`).toContain(chapter(lang, n));
    }
  });
});
