/** Both languages: every page has its counterpart, linked by hreflang both ways, with the same section anchors. */
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, requireBuild } from '../helpers/dist.ts';

describe('bilingual pages', () => {
  requireBuild();
  // The 404 pages (/404.html, /en/404/) are served by the host for missing URLs and have no alternates.
  const pages = htmlPages().filter((p) => !p.endsWith('.html') && !p.endsWith('/404/'));
  const zhPages = pages.filter((p) => !p.startsWith('/en/'));
  const enPages = pages.filter((p) => p.startsWith('/en/'));

  it('pairs every Chinese page with an English one and vice versa', () => {
    expect(zhPages.length).toBeGreaterThanOrEqual(11);
    expect(enPages.map((p) => p.slice(3)).sort()).toEqual([...zhPages].sort());
  });

  it('declares html lang and reciprocal hreflang alternates', () => {
    for (const zhPath of zhPages) {
      const enPath = `/en${zhPath}`;
      const zh = loadPage(zhPath);
      const en = loadPage(enPath);
      expect(zh.querySelector('html')!.getAttribute('lang'), zhPath).toBe('zh-CN');
      expect(en.querySelector('html')!.getAttribute('lang'), enPath).toBe('en');
      const alt = (doc: typeof zh, code: string) => new URL(doc.querySelector(`link[rel=alternate][hreflang="${code}"]`)!.getAttribute('href')!).pathname;
      expect(alt(zh, 'en'), zhPath).toBe(enPath);
      expect(alt(en, 'zh-CN'), enPath).toBe(zhPath);
      expect(alt(zh, 'zh-CN')).toBe(zhPath);
      expect(alt(en, 'en')).toBe(enPath);
      const switcher = (doc: typeof zh) => doc.querySelector('a[data-lang-switch]')!.getAttribute('href');
      expect(switcher(zh)).toBe(enPath);
      expect(switcher(en)).toBe(zhPath);
    }
  });

  it('gives every plan section the same anchor in both languages', () => {
    for (let n = 1; n <= 8; n++) {
      const ids = (p: string) => loadPage(p).querySelectorAll('.prose [id]').map((e) => e.id).filter((id) => /^(section|box|table)-/.test(id));
      const zhIds = ids(`/plan/chapter-${n}/`);
      expect(zhIds.length, `chapter ${n}`).toBeGreaterThan(0);
      expect(ids(`/en/plan/chapter-${n}/`), `chapter ${n}`).toEqual(zhIds);
    }
  });

  it('shows no untranslated-chapter notice: every English chapter is translated', () => {
    for (let n = 1; n <= 8; n++) {
      const doc = loadPage(`/en/plan/chapter-${n}/`);
      expect(doc.querySelector('[data-fallback-notice]'), `chapter ${n}`).toBeNull();
      expect(doc.querySelector('.prose')!.getAttribute('lang'), `chapter ${n}`).toBeUndefined();
    }
  });

  it('links every table-of-contents entry to an anchor on the page', () => {
    for (const p of pages.filter((x) => x.includes('/plan/chapter-'))) {
      const doc = loadPage(p);
      for (const a of doc.querySelectorAll('.toc a')) {
        const id = a.getAttribute('href')!.slice(1);
        expect(doc.getElementById(id), `${p}#${id}`).not.toBeNull();
      }
    }
  });
});
