/** Indicator pages in Chromium, on the demonstration build: charts draw from their tables' data, filters work, axe passes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST_DEMO, htmlPages, requireBuild } from '../helpers/dist.ts';
import { startStaticServer, type StaticServer } from '../helpers/server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { axeViolations, installAxe } from '../helpers/wcag.ts';

requireBuild(DIST_DEMO);
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer(DIST_DEMO);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('charts', () => {
  it('load Chart.js only near the chart and draw the table’s numbers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/en/eco-2021-2025/indicators/rural-sewage-treatment/`);
    await page.locator('#chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('figure[data-chart-ready="true"]');
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('figure[data-chart] canvas')!;
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
      return { inked, width: canvas.width };
    });
    expect(drawn.inked).toBeGreaterThan(1000);
    // The interactive chart took the place of the build-time one; in print the build-time one comes back.
    expect(await page.locator('figure[data-chart] .chart__svg').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure[data-chart] .chart__svg').isVisible()).toBe(true);
    expect(await page.locator('figure[data-chart] canvas').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('read with JavaScript off: every indicator page with a chart shows it, drawn at build time, in both languages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    const pages = htmlPages(DIST_DEMO).filter((p) => /\/indicators\/[a-z0-9-]+\/$/.test(p) && !p.endsWith('/methodology/'));
    let shown = 0;
    for (const p of pages) {
      await page.goto(`${server.url}${p}`);
      for (const svg of await page.locator('figure.chart .chart__svg > svg').all()) {
        const box = (await svg.boundingBox())!;
        // Visible, and within a 320 px screen.
        expect(box.width, p).toBeGreaterThan(250);
        expect(box.x + box.width, p).toBeLessThanOrEqual(320);
        shown++;
      }
      const figures = await page.locator('figure.chart').count();
      expect(await page.locator('figure.chart .chart__svg > svg').count(), p).toBe(figures);
    }
    expect(shown).toBeGreaterThan(60);
    await context.close();
  });

  it('does not load Chart.js on a text page', async () => {
    const page = await browser.newPage();
    const bytes: number[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') bytes.push((await r.body()).length);
    });
    await page.goto(`${server.url}/eco-2021-2025/text/chapter-1/`);
    await page.waitForLoadState('networkidle');
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThan(5_000);
    await page.close();
  });
});

describe('filters', () => {
  it('filter by group, status and attribute without reloading, and keep the choice in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/eco-2021-2025/indicators/`);
    const visible = () => page.locator('.indicator-card:visible').count();
    expect(await visible()).toBe(32);
    await page.selectOption('select[name=group]', 'ecology');
    expect(await visible()).toBe(3);
    await page.selectOption('select[name=group]', '');
    await page.selectOption('select[name=attribute]', 'binding');
    const binding = await visible();
    expect(binding).toBe(await page.locator('.indicator-card[data-attribute=binding]').count());
    await page.selectOption('select[name=status]', 'achieved');
    const both = await page.locator('.indicator-card[data-attribute=binding][data-status=achieved]').count();
    expect(await visible()).toBe(both);
    expect(page.url()).toContain('attribute=binding');
    expect(page.url()).toContain('status=achieved');
    expect(await page.locator('.filters__count').textContent()).toContain(String(both));
    await page.reload();
    expect(await visible()).toBe(both);
    await page.close();
  });

  it('show the full list without JavaScript, and no control that needs it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/eco-2021-2025/indicators/`);
    expect(await page.locator('.indicator-card:visible').count()).toBe(32);
    expect(await page.locator('form[data-indicator-filters]').isVisible()).toBe(false);
    // A control that needs JavaScript stays hidden without it.
    await page.goto(`${server.url}/en/eco-2021-2025/indicators/rural-sewage-treatment/`);
    expect(await page.locator('figure[data-chart] table').first().isVisible()).toBe(true);
    expect(await page.locator('[data-chart-download]').first().isVisible()).toBe(false);
    await page.goto(`${server.url}/search/`);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('project filters', () => {
  it('filter by box, status and place without reloading', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/eco-2021-2025/projects/`);
    const visible = () => page.locator('.project-card:visible').count();
    const total = await page.locator('.project-card').count();
    expect(await visible()).toBe(total);
    await page.selectOption('select[name=box]', 'box-2');
    expect(await visible()).toBe(await page.locator('.project-card[data-box=box-2]').count());
    await page.selectOption('select[name=box]', '');
    await page.selectOption('select[name=state]', 'delayed');
    const delayed = await page.locator('.project-card[data-state=delayed]').count();
    expect(delayed).toBeGreaterThan(0);
    expect(await visible()).toBe(delayed);
    await page.selectOption('select[name=state]', '');
    await page.selectOption('select[name=place]', 'rongshan-town');
    expect(await visible()).toBe(await page.locator('.project-card[data-place~="rongshan-town"]').count());
    expect(page.url()).toContain('place=rongshan-town');
    await page.close();
  });
});

// pages.test.ts runs axe on every kind of page as it loads; here, the pages with charts once Chart.js has drawn
// them (scrolled to the end, so every chart has replaced its build-time drawing).
describe('demonstration pages with their interactive charts pass axe', () => {
  for (const path of [
    '/eco-2021-2025/indicators/rural-sewage-treatment/',
    '/en/eco-2021-2025/indicators/nox-reduction/',
    '/en/eco-2021-2025/indicators/ecological-red-line-area/',
    '/en/eco-2021-2025/reports/2023/',
    '/eco-2021-2025/reports/2025/',
    '/eco-2026-2030/indicators/pm25-concentration/',
    '/en/eco-2026-2030/indicators/forest-coverage/',
    '/eco-2026-2030/reports/2026/',
  ]) {
    it(path, async () => {
      const context = await installAxe(await browser.newContext());
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300);
      const violations = await axeViolations(page);
      await context.close();
      expect(violations).toEqual([]);
    });
  }
});
