/**
 * Three plans side by side in Chromium (the three-plan fixture, test/helpers/sites.ts): search filtered by
 * plan, search from a plan's header, and axe (WCAG 2.2 AA) with reflow at 320 px on the pages a portal adds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../helpers/server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { axeViolations, installAxe } from '../helpers/wcag.ts';
import { allResults, announcedCount, searchFor } from '../helpers/search.ts';
import { buildMulti, BUILDS, COUNTY_PLAN, DIST_MULTI } from '../helpers/sites.ts';

const PLANS = ['eco-2021-2025', 'eco-2026-2030', COUNTY_PLAN];
const planOf = (url: string) => PLANS.find((id) => url.startsWith(`/${id}/`) || url.startsWith(`/en/${id}/`));

let server: StaticServer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  // Built by the site project's global setup; built here when the browser tests run on their own.
  if (!fs.existsSync(path.join(DIST_MULTI, 'index.html'))) buildMulti();
  server = await startStaticServer(DIST_MULTI);
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Which plans' Chinese text and data hold a word (the source of the three-plan fixture). */
function plansWithWord(word: string): string[] {
  const src = path.join(BUILDS, 'multi/src');
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return PLANS.filter((id) =>
    [...files(path.join(src, 'content/plans', id, 'zh')), ...files(path.join(src, 'data/plans', id)).filter((f) => f.endsWith('.json'))].some((f) =>
      fs.readFileSync(f, 'utf8').includes(word),
    ),
  );
}

describe('search across three plans', () => {
  it('黑臭水体 filtered to one plan returns only that plan’s results', async () => {
    const holders = plansWithWord('黑臭水体');
    expect(holders).toEqual(['eco-2021-2025']);
    for (const plan of PLANS) {
      await searchFor(page, server.url, 'zh', '黑臭水体', { plan });
      expect(await page.locator('select[name=plan]').inputValue()).toBe(plan);
      expect(page.url()).toContain(`plan=${plan}`);
      const results = await allResults(page);
      expect(results.length, plan).toBe(await announcedCount(page));
      for (const u of results) expect(planOf(u), `${plan}: ${u}`).toBe(plan);
      if (holders.includes(plan)) expect(results.length, plan).toBeGreaterThan(0);
      else expect(results, plan).toEqual([]);
    }
  });

  it('a word in every plan (污水处理) finds all three unfiltered, and only the chosen plan when filtered', async () => {
    expect(plansWithWord('污水处理')).toEqual(PLANS);
    await searchFor(page, server.url, 'zh', '污水处理');
    const all = await allResults(page);
    expect(new Set(all.map(planOf).filter(Boolean))).toEqual(new Set(PLANS));
    const perPlan = new Map<string, number>();
    for (const plan of PLANS) {
      await searchFor(page, server.url, 'zh', '污水处理', { plan });
      const results = await allResults(page);
      expect(results.length, plan).toBeGreaterThan(0);
      for (const u of results) expect(planOf(u), `${plan}: ${u}`).toBe(plan);
      perPlan.set(plan, results.length);
    }
    // The filter narrows the same result set: together the plans' results are the unfiltered plan results.
    expect([...perPlan.values()].reduce((a, b) => a + b, 0)).toBe(all.filter(planOf).length);
  });

  it('also filters in English (wetland: the two Lizhou plans, not the county)', async () => {
    await searchFor(page, server.url, 'en', 'wetland');
    const all = await allResults(page);
    expect(all.every((u) => u.startsWith('/en/'))).toBe(true);
    expect(new Set(all.map(planOf).filter(Boolean)).size).toBeGreaterThan(1);
    await searchFor(page, server.url, 'en', 'wetland', { plan: 'eco-2026-2030' });
    const filtered = await allResults(page);
    expect(filtered.length).toBeGreaterThan(0);
    for (const u of filtered) expect(u.startsWith('/en/eco-2026-2030/'), u).toBe(true);
  });

  it('searches the plan being read from its header search box, and the choice can be undone', async () => {
    await page.goto(`${server.url}/${COUNTY_PLAN}/text/chapter-1/`);
    await page.fill('#header-q', '污水处理');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/search/?q=*&plan=${COUNTY_PLAN}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone === '污水处理');
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const u of results) expect(planOf(u), u).toBe(COUNTY_PLAN);
    await page.selectOption('select[name=plan]', '');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone === '污水处理');
    expect(page.url()).not.toContain('plan=');
    expect(new Set((await allResults(page)).map(planOf).filter(Boolean)).size).toBe(3);
  });
});

// Every kind of page of the county and demonstration builds goes through axe in pages.test.ts; here, the pages a
// portal of three plans adds to them: the site's home listing the plans, a plan's home beside the others (its header
// names the plan being read), the search page with a plan filter and the pages of an indicator that continues from
// one plan into the next — at both widths, both languages, scrolled to the end.
describe('the pages a three-plan site adds pass axe and reflow at 320 px', () => {
  const kinds = [
    '/',
    '/eco-2021-2025/',
    `/${COUNTY_PLAN}/`,
    '/search/?q=%E6%B1%A1%E6%B0%B4%E5%A4%84%E7%90%86',
    // An indicator continued from one plan into the next: its page in the later plan draws both plans' series (a
    // second chart and a table with a column per plan), the earlier plan's page says where it continues.
    '/eco-2026-2030/indicators/pm25-concentration/',
    '/eco-2021-2025/indicators/pm25-concentration/',
  ];
  for (const prefix of ['', '/en']) {
    for (const kind of kinds) {
      const url = `${prefix}${kind}`;
      for (const width of [1280, 320]) {
        it(`${url} at ${width} px`, async () => {
          const context = await installAxe(await browser.newContext({ viewport: { width, height: 800 } }));
          const p = await context.newPage();
          const errors: string[] = [];
          p.on('pageerror', (e) => errors.push(e.message));
          p.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
          await p.goto(server.url + url, { waitUntil: 'load' });
          if (kind.startsWith('/search/'))
            await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone !== undefined);
          await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await p.waitForTimeout(300);
          const violations = await axeViolations(p);
          const reflows = await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
          await context.close();
          expect(errors).toEqual([]);
          expect(violations).toEqual([]);
          expect(reflows, 'no horizontal scrolling').toBe(true);
        });
      }
    }
  }
});
