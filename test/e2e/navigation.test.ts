/** Keyboard use, visible focus and the language switch, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { requireBuild } from '../helpers/dist.ts';
import { startStaticServer, type StaticServer } from '../helpers/server.ts';
import { launchChromium } from '../helpers/browser.ts';

requireBuild();
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('language switch', () => {
  it('lands on the same page and section in the other language', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/eco-2021-2025/text/chapter-5/#section-2-3`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/en/eco-2021-2025/text/chapter-5/#section-2-3');
    expect(await page.locator('#section-2-3').textContent()).toContain('(3)');
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/eco-2021-2025/text/chapter-5/#section-2-3');
    expect(new URL(page.url()).pathname).toBe('/eco-2021-2025/text/chapter-5/');
    await page.close();
  });

  it('still goes to the same page without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/about/`);
    await page.click('a[data-lang-switch]');
    expect(new URL(page.url()).pathname).toBe('/about/');
    await context.close();
  });
});

describe('keyboard', () => {
  for (const path of [
    '/',
    '/eco-2021-2025/',
    '/eco-2021-2025/text/chapter-2/',
    '/en/eco-2021-2025/text/chapter-3/',
    '/eco-2021-2025/indicators/',
    '/en/eco-2021-2025/projects/',
    '/en/search/',
  ]) {
    it(`${path}: Tab reaches every link and control, each with a visible focus indicator`, async () => {
      const page = await browser.newPage();
      await page.goto(server.url + path);
      const focusable = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')].filter(
            (e) => e.offsetParent !== null || e.getClientRects().length > 0,
          ).length,
      );
      const seen = new Set<string>();
      const invisible: string[] = [];
      for (let i = 0; i < focusable + 3; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          const path = [...document.querySelectorAll('*')].indexOf(el);
          return { key: `${el.tagName}#${path}`, visible, label: el.textContent?.trim().slice(0, 40) ?? '' };
        });
        if (!info) continue;
        seen.add(info.key);
        if (!info.visible) invisible.push(info.label);
      }
      await page.close();
      expect(invisible).toEqual([]);
      expect(seen.size).toBeGreaterThanOrEqual(focusable);
    });
  }

  it('offers a skip link as the first stop that moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/eco-2021-2025/text/chapter-1/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});
