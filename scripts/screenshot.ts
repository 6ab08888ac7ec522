/**
 * Screenshots of built pages for a human look: phone (320 px / 390 px) and desktop widths.
 * Usage: node scripts/screenshot.ts <baseUrl> <outDir> <path> [path…]
 */
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const [base, out, ...paths] = process.argv.slice(2);
if (!base || !out || paths.length === 0) throw new Error('usage: screenshot.ts <baseUrl> <outDir> <path>…');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const width of [320, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 320 ? 640 : 900 } });
  for (const p of paths) {
    await page.goto(new URL(p, base).href);
    const name = `${p.replace(/[^a-z0-9]+/gi, '_')}_${width}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
    console.log(`${out}/${name}`);
  }
  await page.close();
}
await browser.close();
