/**
 * Every page of the built site in real Chromium, both languages: loads without console
 * errors or failed requests, passes axe (WCAG 2.0/2.1/2.2 A and AA) with zero violations,
 * reflows at 320 px and at 200% text size without horizontal scrolling; one page of each kind also passes axe at
 * 320 px and is readable without JavaScript (see below for why that is enough).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, DIST_DEMO, htmlPages, isEmbed, requireBuild } from '../helpers/dist.ts';
import { buildCounty, DIST_COUNTY } from '../helpers/sites.ts';
import { startStaticServer, type StaticServer } from '../helpers/server.ts';
import { launchChromium } from '../helpers/browser.ts';

import { axeViolations, installAxe } from '../helpers/wcag.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Records the page's console errors and warnings, script errors, failed requests and HTTP errors; returns how to stop. */
function watch(page: Page, path: string, problems: string[]): () => void {
  const handlers = {
    console: (m: ConsoleMessage) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${path} console ${m.type()}: ${m.text()}`);
    },
    pageerror: (e: Error) => problems.push(`${path} page error: ${e.message}`),
    requestfailed: (r: Request) => problems.push(`${path} request failed: ${r.url()} ${r.failure()?.errorText}`),
    response: (r: Response) => {
      const expected404 = path.includes('404') && new URL(r.url()).pathname === path;
      if (r.status() >= 400 && !expected404) problems.push(`${path} HTTP ${r.status()}: ${r.url()}`);
    },
  };
  page.on('console', handlers.console).on('pageerror', handlers.pageerror).on('requestfailed', handlers.requestfailed).on('response', handlers.response);
  return () =>
    void page
      .off('console', handlers.console)
      .off('pageerror', handlers.pageerror)
      .off('requestfailed', handlers.requestfailed)
      .off('response', handlers.response);
}

/**
 * Open pages reused from test to test, one per test running at once: opening a page took longer here (0.38 s) than
 * loading and checking one. Each use is watched for `path` into `problems` (when given) and unwatched whatever
 * happens; then the page goes to about:blank (what the last page still loads is cancelled there, unwatched) and back
 * to the context's width. A page that cannot get there (it crashed) is closed rather than reused.
 */
function pagePool(context: () => BrowserContext, width: number, height: number) {
  const free: Page[] = [];
  return async <T>(path: string, problems: string[] | undefined, use: (page: Page) => Promise<T>): Promise<T> => {
    const page = free.pop() ?? (await context().newPage());
    const unwatch = problems ? watch(page, path, problems) : () => {};
    try {
      return await use(page);
    } finally {
      unwatch();
      try {
        await page.goto('about:blank');
        await page.setViewportSize({ width, height });
        free.push(page);
      } catch {
        await page.close().catch(() => {});
      }
    }
  };
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/**
 * One page of each kind (per plan and language): "/en/<plan>/indicators/<id>/" stands for every indicator page.
 * The fixture builds share their templates with the real site, whose every page is checked.
 */
function onePerKind(pages: string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((p) => {
    const parts = p.split('/');
    const at = parts[1] === 'en' ? 2 : 1;
    // <plan>/<section>/<item>/ → the item is the variable part; each report (annual, mid-term, final) and the methodology are their own kind.
    const variable = (x: string, i: number) => i === at + 2 && x && x !== 'methodology' && parts[at + 1] !== 'reports';
    const key = parts.map((x, i) => (variable(x, i) ? '*' : x)).join('/');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// Every page of the real site; one page of each kind of the demonstration build (figures, charts, statuses and
// reports of two plans) and of the county fixture (another county's plan in progress; built by the site
// project's global setup, or here if missing).
//
// Every page: loads cleanly, axe at 1280 px, no horizontal scrolling at 200% text and at 320 px.
// One page of each kind (per build, plan and language), besides: axe again on a fresh load at 320 px, and the
// main content without JavaScript. Most axe rules do not depend on the width; those that do are rules on what is
// laid out differently on a phone: target-size (links and buttons wrap and stack), scrollable-region-focusable
// (tables that scroll only when narrow), color-contrast where text moves over other backgrounds, and every rule on
// an element shown only at one width (axe skips what is hidden). Which of these apply is decided by the page's
// template and its kind of content, which is what one page of each kind covers; the horizontal-scroll (reflow)
// check, which depends on each page's own text and tables, stays on every page. Readability without JavaScript
// is the template's too: the text is in the HTML, which test/site/quality.test.ts checks on every page.
// Two pages are checked at once (maxConcurrency of the e2e project): on two cores Chromium lays out one page
// while axe runs on the other.
if (!fs.existsSync(path.join(DIST_COUNTY, 'index.html'))) buildCounty();
for (const [name, dist, every] of [
  ['dist', DIST, true],
  ['dist-demo', DIST_DEMO, false],
  ['the county fixture', DIST_COUNTY, false],
] as const) {
  requireBuild(dist);
  // Embed pages are all alike: one of each language per build.
  const embeds = onePerKind(htmlPages(dist, { embeds: true }).filter(isEmbed));
  const kinds = new Set(onePerKind(htmlPages(dist, { embeds: true })));
  const pages = every ? [...htmlPages(dist), ...embeds] : [...kinds];
  let server: StaticServer;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let withoutJs: BrowserContext;
  const withDesktopPage = pagePool(() => desktop, 1280, 900);
  const withPhonePage = pagePool(() => phone, 320, 640);
  const withPageWithoutJs = pagePool(() => withoutJs, 1280, 900);
  describe.concurrent(`${every ? 'every page' : 'each kind of page'} of ${name} in Chromium`, () => {
    beforeAll(async () => {
      server = await startStaticServer(dist);
      desktop = await installAxe(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
      phone = await installAxe(await browser.newContext({ viewport: { width: 320, height: 640 } }));
      withoutJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    });
    afterAll(async () => {
      // Close the browser's connections first: the server waits for open connections before it closes.
      await desktop?.close();
      await phone?.close();
      await withoutJs?.close();
      await server?.close();
    });

    it('covers both languages: each Chinese page with its English one', ({ expect }) => {
      expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(11);
      // The Chinese 404 page is /404.html, where servers look for it; the English one is an ordinary page.
      const english = (p: string) => (p === '/404.html' ? '/en/404/' : `/en${p}`);
      for (const p of pages.filter((x) => !x.startsWith('/en/'))) expect(pages, p).toContain(english(p));
      if (every) for (const kind of kinds) expect(pages, kind).toContain(kind);
    });

    for (const path of pages) {
      const kind = kinds.has(path);
      const title = kind
        ? `${path}: loads cleanly, zero axe violations at 1280 and 320 px, reflows at 320 px and 200% text, readable without JavaScript`
        : `${path}: loads cleanly, zero axe violations, reflows at 320 px and 200% text`;
      it(title, async ({ expect }) => {
        const problems: string[] = [];
        const { violations, zoomOk, narrowOk } = await withDesktopPage(path, problems, async (page) => {
          await page.goto(server.url + path, { waitUntil: 'load' });
          const violations = await axeViolations(page);
          // Browser text zoom to 200% doubles the root font size (ours is 112.5%); set through the CSSOM, which the CSP allows.
          await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%', 'important'));
          const zoomOk = await noHorizontalScroll(page);
          await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
          await page.setViewportSize({ width: 320, height: 640 });
          const narrowOk = await noHorizontalScroll(page);
          return { violations, zoomOk, narrowOk };
        });
        expect(problems).toEqual([]);
        expect(violations).toEqual([]);
        expect(zoomOk, 'horizontal scroll at 200% text').toBe(true);
        expect(narrowOk, 'horizontal scroll at 320 px').toBe(true);
        if (!kind) return;

        const { narrowViolations, loadedNarrowOk } = await withPhonePage(path, problems, async (narrow) => {
          await narrow.goto(server.url + path, { waitUntil: 'load' });
          const narrowViolations = await axeViolations(narrow);
          const loadedNarrowOk = await noHorizontalScroll(narrow);
          return { narrowViolations, loadedNarrowOk };
        });
        const text = await withPageWithoutJs(path, undefined, async (noJs) => {
          await noJs.goto(server.url + path);
          return noJs.locator('main').innerText();
        });
        expect(problems, 'at 320 px').toEqual([]);
        expect(narrowViolations, 'axe at 320 px').toEqual([]);
        expect(loadedNarrowOk, 'horizontal scroll loaded at 320 px').toBe(true);
        expect(text.trim().length, 'main content readable without JavaScript').toBeGreaterThan(30);
      });
    }
  });
}
