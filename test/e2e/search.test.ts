/**
 * Search in Chromium against the built Pagefind index: the regression set in
 * test/fixtures/search-queries.json must find its page in the top 3 for ≥ 90% of queries in each language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { requireBuild, ROOT } from '../helpers/dist.ts';
import { startStaticServer, type StaticServer } from '../helpers/server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { allResults, announcedCount, searchFor } from '../helpers/search.ts';

interface Query {
  lang: 'zh' | 'en';
  query: string;
  expect: string;
  why?: string;
}
const QUERIES = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/search-queries.json'), 'utf8')).queries as Query[];

requireBuild();
let server: StaticServer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pathOf = (url: string) => url.split('#')[0]!;
const matches = (url: string, expected: string) => (expected.includes('#') ? url === expected || url.startsWith(`${expected}`) : pathOf(url) === expected);

describe('search regression set', () => {
  it('has at least 20 queries per language', () => {
    expect(QUERIES.filter((q) => q.lang === 'zh').length).toBeGreaterThanOrEqual(20);
    expect(QUERIES.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(20);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: finds the expected page in the top 3 for at least 90% of queries`, async () => {
      const misses: string[] = [];
      const set = QUERIES.filter((q) => q.lang === lang);
      for (const q of set) {
        const top3 = (await searchFor(page, server.url, lang, q.query)).slice(0, 3);
        if (!top3.some((u) => matches(u, q.expect))) misses.push(`${q.query} → expected ${q.expect}, got ${top3.join(', ') || 'nothing'}`);
      }
      const recall = (set.length - misses.length) / set.length;
      console.log(
        `search ${lang}: top-3 recall ${(recall * 100).toFixed(1)}% (${set.length - misses.length}/${set.length})${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`,
      );
      expect(recall).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('search page', () => {
  it('says plainly when nothing matches, and suggests browsing', async () => {
    const results = await searchFor(page, server.url, 'en', 'xylophonequartz');
    expect(results).toEqual([]);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-status]').textContent()).toContain('Nothing matched “xylophonequartz”');
  });

  it('keeps the query in the URL and lands plan results on their section', async () => {
    await searchFor(page, server.url, 'zh', '黑臭水体');
    expect(page.url()).toContain('q=%E9%BB%91%E8%87%AD%E6%B0%B4%E4%BD%93');
    const results = await allResults(page);
    const chapters = results.filter((u) => u.startsWith('/eco-2021-2025/text/chapter-'));
    expect(chapters.length).toBeGreaterThan(0);
    for (const u of chapters) expect(u).toMatch(/^\/eco-2021-2025\/text\/chapter-\d\/#section-[a-z0-9-]+$/);
  });

  it('shows more results on request, and hides the button once all are shown', async () => {
    await searchFor(page, server.url, 'zh', '黑臭水体');
    const total = await announcedCount(page);
    expect(total).toBeGreaterThan(5);
    expect(await page.locator('.search-result').count()).toBe(5);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(true);
    expect(await allResults(page)).toHaveLength(total);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
  });

  it('works from the header search box with the keyboard', async () => {
    await page.goto(`${server.url}/en/eco-2021-2025/text/chapter-4/`);
    await page.focus('#header-q');
    await page.keyboard.type('wetland');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/search/?q=wetland');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone === 'wetland');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });

  it('filters by content type', async () => {
    await page.goto(`${server.url}/en/search/?q=water&type=indicator`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone === 'water');
    const hrefs = await page.$$eval('.search-result__title', (l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/en\/eco-2021-2025\/indicators\//);
  });

  it('uses the Chinese index on Chinese pages and the English one on English pages', async () => {
    const zh = await searchFor(page, server.url, 'zh', '饮用水');
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((u) => !u.startsWith('/en/'))).toBe(true);
    const en = await searchFor(page, server.url, 'en', 'drinking water');
    expect(en.every((u) => u.startsWith('/en/'))).toBe(true);
  });
});
