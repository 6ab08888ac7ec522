/**
 * English pages mark their Chinese as Chinese (src/integrations/chinese-spans.ts): no Chinese character is left in
 * the text of an English page outside an element whose lang is Chinese, so a screen reader never reads a gloss
 * such as 泗河子 with an English voice. The character set is written here on its own, wider than the build's.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { DIST, DIST_DEMO, htmlPages, loadPage, requireBuild } from '../helpers/dist.ts';
import { DIST_COUNTY, DIST_MULTI } from '../helpers/sites.ts';

/** Han (any block), CJK symbols and punctuation, Kangxi radicals, enclosed CJK, vertical and small forms, full- and half-width forms. */
const CHINESE = /[\p{Script=Han}\u2E80-\u2FDF\u3000-\u303F\u3200-\u33FF\uFE10-\uFE1F\uFE30-\uFE6F\uFF00-\uFFEF]/u;
/** Attributes that screen readers read out (accessible names and descriptions). */
const READ_ALOUD = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label'];
const chineseLang = (lang: string | undefined) => lang !== undefined && /^zh(-|$)/i.test(lang);

interface Found {
  text: string[];
  readAloud: string[];
  /** Other attributes (meta descriptions, data): not read aloud, counted. */
  other: string[];
}

function chineseOutsideChinese(page: string, dist: string): Found {
  const found: Found = { text: [], readAloud: [], other: [] };
  const walk = (node: Node, chinese: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (!chinese && CHINESE.test(node.text)) found.text.push(`${page}: <${(node.parentNode as HTMLElement).rawTagName}> ${node.text.trim().slice(0, 60)}`);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase();
    const lang = el.getAttribute('lang');
    const inChinese = lang === undefined ? chinese : chineseLang(lang);
    for (const [name, value] of Object.entries(el.attributes)) {
      if (inChinese || !CHINESE.test(value)) continue;
      (READ_ALOUD.includes(name.toLowerCase()) ? found.readAloud : found.other).push(`${page}: <${tag} ${name}="${value.slice(0, 60)}">`);
    }
    // Scripts are code or data, never read; JSON data is checked below to be intact.
    if (tag === 'script' || tag === 'style') return;
    for (const child of el.childNodes) walk(child, inChinese);
  };
  walk(loadPage(page, dist), false);
  return found;
}

const builds = [
  ['dist', DIST],
  ['dist-demo', DIST_DEMO],
  ['county fixture', DIST_COUNTY],
  ['three-plan fixture', DIST_MULTI],
] as const;

for (const [build, dist] of builds) {
  describe(`${build}: Chinese on English pages is marked as Chinese`, () => {
    requireBuild(dist);
    const english = htmlPages(dist, { embeds: true }).filter((p) => p.startsWith('/en/'));
    const found = english.map((p) => chineseOutsideChinese(p, dist));

    it('leaves no Chinese character in the text of an English page (the <title> included) outside an element with a Chinese lang', () => {
      expect(english.length).toBeGreaterThan(10);
      expect(found.flatMap((f) => f.text)).toEqual([]);
    });

    it('puts no Chinese in an attribute that is read aloud (aria-label, title, alt …)', () => {
      expect(found.flatMap((f) => f.readAloud)).toEqual([]);
    });

    it('leaves Chinese only in attributes that are never read aloud, such as the page description', () => {
      for (const other of found.flatMap((f) => f.other)) expect(other).toMatch(/: <meta content="/);
    });

    it('adds no marking where it is not needed: none inside Chinese elements, none on Chinese pages', () => {
      for (const p of english) expect(loadPage(p, dist).querySelectorAll('[lang^="zh"] span[lang="zh-CN"]').length, p).toBe(0);
      for (const p of htmlPages(dist)
        .filter((x) => !x.startsWith('/en/'))
        .slice(0, 60)) {
        expect(fs.readFileSync(p.endsWith('/') ? `${dist}${p}index.html` : `${dist}${p}`, 'utf8').includes('<span lang="zh-CN">'), p).toBe(false);
      }
    });

    it('keeps the JSON data in scripts intact', () => {
      for (const p of english) {
        for (const s of loadPage(p, dist).querySelectorAll('script[type="application/json"]')) {
          expect(() => JSON.parse(s.rawText), p).not.toThrow();
          expect(s.rawText, p).not.toContain('<span');
        }
      }
    });
  });
}

describe('the real plan: glosses in the English chapters', () => {
  requireBuild();
  it('marks the Chinese glosses of the chapters, e.g. a river named with its Chinese name', () => {
    const chapters = htmlPages().filter((p) => /^\/en\/[^/]+\/text\/chapter-\d+\/$/.test(p));
    const spans = chapters.flatMap((p) => loadPage(p).querySelectorAll('.prose span[lang="zh-CN"]'));
    expect(spans.length).toBeGreaterThan(50);
    for (const s of spans) expect(s.text).toMatch(CHINESE);
  });
});
