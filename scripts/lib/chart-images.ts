/**
 * Rasterizes every chart download and share image of a build (<plan>/data/charts/*.svg and <plan>/share/*.svg,
 * drawn at build time by src/lib/views/chart.ts and share.ts) to a PNG beside it, with headless Chromium: the same
 * fonts and rendering as the report PDFs, at the picture's own size (1600 or 1200 px wide), on its opaque background.
 * Called by the build (--pdf) on its staging folder, before the build is published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.ts';

/** Renders the PNGs and returns how many were written. */
export async function renderChartImages(dir: string): Promise<number> {
  // Each plan's chart downloads (data/charts/) and share images (share/).
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => ['data/charts', 'share'].map((sub) => path.join(dir, e.name, sub)))
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) =>
      fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.svg'))
        .map((f) => path.join(folder, f)),
    );
  if (files.length === 0) return 0;
  const browser = await launchChromium();
  try {
    // Two pages at once: encoding a large PNG keeps one core busy.
    const queue = [...files];
    const worker = async () => {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      for (let file = queue.shift(); file; file = queue.shift()) {
        // The SVG alone on a page (no network, no script): its width and height attributes set the picture's size.
        await page.setContent(`<!doctype html><html><body style="margin:0">${fs.readFileSync(file, 'utf8')}</body></html>`);
        await page
          .locator('svg')
          .first()
          .screenshot({ path: file.replace(/\.svg$/, '.png') });
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
  }
  return files.length;
}
