/** Driving the search page in Chromium. */
import type { Page } from 'playwright-core';

/** Result URLs (path + hash) shown first for a query on the search page of a language; `params` adds filters (type, plan). */
export async function searchFor(p: Page, base: string, lang: 'zh' | 'en', query: string, params: Record<string, string> = {}): Promise<string[]> {
  const qs = new URLSearchParams({ q: query, ...params });
  await p.goto(`${base}${lang === 'en' ? '/en' : ''}/search/?${qs}`);
  await p.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone === q, query, { timeout: 15_000 });
  return shownResults(p);
}

export function shownResults(p: Page): Promise<string[]> {
  return p.$$eval('.search-result__title', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
  );
}

/** Presses “more results” until every result is shown; returns them all. */
export async function allResults(p: Page): Promise<string[]> {
  for (let i = 0; i < 50 && (await p.locator('[data-search-more]').isVisible()); i++) {
    const shown = await p.locator('.search-result').count();
    await p.click('[data-search-more]');
    await p.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown, { timeout: 15_000 });
  }
  return shownResults(p);
}

/** The result count the search page announces (0 when nothing matched). */
export async function announcedCount(p: Page): Promise<number> {
  const text = (await p.locator('[data-search-status]').textContent()) ?? '';
  const m = /(\d+)\D*$/.exec(text.split('·').at(-1) ?? '');
  return text.includes('·') && m ? Number(m[1]) : 0;
}
