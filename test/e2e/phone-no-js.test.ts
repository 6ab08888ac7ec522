/**
 * The demonstration build (two plans, figures, charts) in Chromium at phone size and without JavaScript:
 * no visible control that needs JavaScript, a compact header, and a way back to the contents of a long chapter.
 * DIST_DEMO_DIR runs it against another build of the demonstration site (an isolated `build:demo -- --out`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { DIST_DEMO, requireBuild } from '../helpers/dist.ts';
import { startStaticServer, type StaticServer } from '../helpers/server.ts';
import { launchChromium } from '../helpers/browser.ts';

const dist = process.env.DIST_DEMO_DIR ? path.resolve(process.env.DIST_DEMO_DIR) : DIST_DEMO;
requireBuild(dist);
const PLAN = 'eco-2021-2025';
const INDICATOR = 'pm25-concentration';
const PHONE = { width: 375, height: 844 };

let server: StaticServer;
let browser: Browser;
let noJs: BrowserContext;
beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchChromium();
  noJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
});
afterAll(async () => {
  await noJs?.close();
  await browser?.close();
  await server?.close();
});

async function open(context: BrowserContext, p: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.url + p);
  expect(response?.status(), p).toBe(200);
  return page;
}

/**
 * Visible controls that cannot work without JavaScript: a button that is not a form's submit button, and any
 * control (button, select, input) whose form would not take the reader to another page (no action, or this page).
 */
const deadControls = (page: Page) =>
  page.evaluate(() => {
    const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const here = location.pathname;
    return [
      ...document.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(
        'button, select, input:not([type=hidden]), textarea, [role=button]',
      ),
    ]
      .filter(shown)
      .filter((e) => {
        if (e instanceof HTMLButtonElement && e.type !== 'submit') return true;
        const form = 'form' in e ? e.form : null;
        const action = form?.getAttribute('action');
        return !form || !action || new URL(action, location.href).pathname === here;
      })
      .map((e) => `${e.tagName.toLowerCase()} “${(e.textContent || e.getAttribute('name') || '').trim().slice(0, 30)}”`);
  });

describe('no control that does nothing: without JavaScript, or on paper', () => {
  for (const p of [
    '/search/',
    '/en/search/',
    `/${PLAN}/indicators/${INDICATOR}/`,
    `/en/${PLAN}/indicators/${INDICATOR}/`,
    `/${PLAN}/indicators/`,
    `/en/${PLAN}/projects/`,
  ]) {
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      it(`${p} at ${viewport.width} px`, async () => {
        const page = await open(noJs, p);
        await page.setViewportSize(viewport);
        expect(await deadControls(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('the search page says that search needs JavaScript, and shows its form and no “more results” once the script runs', async () => {
    const page = await open(noJs, '/search/?q=');
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toMatch(/JavaScript/);
    await page.close();
    const withJs = await browser.newPage({ viewport: PHONE });
    await withJs.goto(`${server.url}/search/`);
    await withJs.waitForFunction(() => !document.querySelector<HTMLFormElement>('[data-search-form]')!.hidden);
    expect(await withJs.locator('[data-search-form] input[name=q]').isVisible()).toBe(true);
    expect(await withJs.locator('[data-search-more]').isVisible()).toBe(false);
    await withJs.close();
  });

  it('prints no button (an indicator page, its chart drawn)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/${PLAN}/indicators/${INDICATOR}/`);
    // Bring the chart into view so that its script runs and shows whatever buttons it has.
    await page.evaluate(() => document.querySelector('figure[data-chart]')?.scrollIntoView());
    await page.waitForSelector('figure[data-chart-ready="true"]', { timeout: 10_000 }).catch(() => undefined);
    const shown = () =>
      page.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0).map((b) => b.textContent?.trim()));
    expect((await shown()).length, 'buttons on screen').toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual([]);
    await page.close();
  });
});

describe('a compact header on a phone (375 × 844), without JavaScript', () => {
  for (const p of ['/', '/en/', `/${PLAN}/`, `/en/${PLAN}/indicators/`, `/${PLAN}/text/chapter-5/`, '/en/search/']) {
    it(`${p}: at most 140 px high, the navigation on one row, every target at least 24 px`, async () => {
      const page = await open(noJs, p);
      const m = await page.evaluate(() => {
        const header = document.querySelector<HTMLElement>('.site-header')!;
        const targets = [...header.querySelectorAll<HTMLElement>('a, button, input')].filter((e) => e.getClientRects().length > 0);
        const nav = [...header.querySelectorAll<HTMLElement>('.site-nav a')];
        return {
          height: header.getBoundingClientRect().height,
          navRows: new Set(nav.map((a) => Math.round(a.getBoundingClientRect().top))).size,
          navLinks: nav.length,
          small: targets
            .map((e) => ({ e, r: e.getBoundingClientRect() }))
            .filter(({ r }) => r.width < 24 || r.height < 24)
            .map(({ e, r }) => `${e.textContent?.trim()} ${Math.round(r.width)}×${Math.round(r.height)}`),
          overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
        };
      });
      await page.close();
      expect(m.height, 'header height (px)').toBeLessThanOrEqual(140);
      expect(m.navLinks).toBeGreaterThanOrEqual(6);
      expect(m.navRows).toBe(1);
      expect(m.small).toEqual([]);
      expect(m.overflow).toBe(false);
    });
  }

  it('Tab reaches every navigation link, scrolled into view, with a focus ring that is not cut off', async () => {
    const page = await open(noJs, `/${PLAN}/`);
    const total = await page.locator('.site-nav a').count();
    const seen: string[] = [];
    for (let i = 0; i < 30 && seen.length < total; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        if (!a.closest('.site-nav')) return null;
        const r = a.getBoundingClientRect();
        const list = a.closest('ul')!.getBoundingClientRect();
        const s = getComputedStyle(a);
        return {
          text: a.textContent!.trim(),
          inView: r.left >= list.left - 1 && r.right <= list.right + 1,
          ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && parseFloat(s.outlineOffset) <= 0,
        };
      });
      if (!f) continue;
      expect(f.inView, f.text).toBe(true);
      expect(f.ring, f.text).toBe(true);
      seen.push(f.text);
    }
    await page.close();
    expect(seen).toHaveLength(total);
  });
});

describe('a long chapter on a phone, without JavaScript', () => {
  for (const lang of ['', '/en']) {
    it(`${lang || '/'}: a link back to the chapter’s contents stays in view while reading, and is not printed`, async () => {
      const page = await open(noJs, `${lang}/${PLAN}/text/chapter-5/`);
      const link = page.locator('a[data-to-toc]');
      expect(await link.getAttribute('href')).toBe('#toc');
      expect(await page.locator('#toc').count()).toBe(1);
      const inView = () =>
        link.evaluate((a) => {
          const r = a.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
      // The chapter is many screens long: the link is in view at a third and at two thirds of it.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeGreaterThan(PHONE.height * 5);
      for (const at of [1 / 3, 2 / 3]) {
        await page.evaluate((y) => scrollTo(0, y), Math.round(height * at));
        expect(await inView(), `at ${Math.round(at * 100)}%`).toBe(true);
      }
      await link.click();
      expect(new URL(page.url()).hash).toBe('#toc');
      const tocTop = await page.locator('#toc').evaluate((e) => e.getBoundingClientRect().top);
      expect(Math.abs(tocTop)).toBeLessThan(40);
      await page.emulateMedia({ media: 'print' });
      expect(await link.isVisible()).toBe(false);
      await page.close();
    });
  }
});
