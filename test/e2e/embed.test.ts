/**
 * Embeds: a newsroom's page (another origin) frames an indicator's embed page, served by nginx with
 * deploy/nginx.conf and the generated header snippets; the same page cannot frame an ordinary page of the site.
 * Skipped only where nginx is not installed (.ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { DIST_DEMO, loadPage, requireBuild } from '../helpers/dist.ts';
import { nginxBinary, startNginx, type Nginx } from '../helpers/nginx.ts';
import { launchChromium } from '../helpers/browser.ts';

const PLAN = 'eco-2021-2025';
const INDICATOR = 'cod-reduction';

describe.skipIf(!nginxBinary())('embedding', () => {
  requireBuild(DIST_DEMO);
  let site: Nginx;
  let newsroom: http.Server;
  let newsroomUrl: string;
  let browser: Browser;
  beforeAll(async () => {
    site = await startNginx(DIST_DEMO);
    // Another origin (another port): a page framing the site's embed page and, beside it, an ordinary page.
    newsroom = http.createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Newsroom</title>
        <iframe name="embed" src="${site.url}/${PLAN}/embed/${INDICATOR}/" width="600" height="700"></iframe>
        <iframe name="ordinary" src="${site.url}/${PLAN}/indicators/${INDICATOR}/" width="600" height="700"></iframe>`);
    });
    await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
    newsroomUrl = `http://localhost:${(newsroom.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => newsroom?.close(resolve));
    await site?.stop();
  });

  it('shows the embed page inside an iframe of another origin, and refuses to be framed everywhere else', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await page.goto(newsroomUrl);
    await page.waitForTimeout(1500);
    const embed = page.frame({ name: 'embed' })!;
    expect(new URL(embed.url()).pathname).toBe(`/${PLAN}/embed/${INDICATOR}/`);
    // The chart is shown inside the frame: drawn at build time, or by then replaced by the interactive one.
    expect(await embed.locator('figure.chart').isVisible()).toBe(true);
    expect(await embed.locator('figure.chart .chart__svg svg').count()).toBe(1);
    const ordinary = page.frame({ name: 'ordinary' })!;
    // A refused frame shows Chromium's error page, with none of the site's content.
    expect(ordinary.url()).toMatch(/^chrome-error:/);
    expect(await ordinary.locator('.indicator-page').count()).toBe(0);
    expect(blocked.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
    await page.close();
  });

  it('shows its embed code on the indicator page, pointing at the embed page', () => {
    // The code is shown as text: its markup is escaped in the page.
    const shown = loadPage(`/en/${PLAN}/indicators/${INDICATOR}/`, DIST_DEMO).querySelector('[data-embed-code]')!.innerHTML;
    const code = shown
      .replace(/<\/?code>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(code).toMatch(new RegExp(`^<iframe src="[^"]*/en/${PLAN}/embed/${INDICATOR}/" title="[^"]+"`));
  });
});
