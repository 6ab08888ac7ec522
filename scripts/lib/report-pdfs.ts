/**
 * Renders every assessment report of a build to PDF with headless Chromium (Debian's /usr/bin/chromium):
 * <dir>/<plan>/reports/<year>/report-<year>-<lang>.pdf, beside the report pages that link to them.
 * Called by the build (scripts/build.ts --pdf) on its staging folder, before the build is published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startStaticServer } from './static-server.ts';
import { launchChromium } from './browser.ts';
import { localizedPath, planPath } from '../../src/lib/routing/routes.ts';
import { reportPdfName } from '../../src/lib/reports/title.ts';

/** Renders the PDFs and returns how many were written. */
export async function renderReportPdfs(dir: string): Promise<number> {
  // Report pages are /<plan>/reports/<year>/ (Chinese) and /en/<plan>/reports/<year>/.
  const reports = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'en' && fs.existsSync(path.join(dir, e.name, 'reports')))
    .flatMap((e) =>
      fs
        .readdirSync(path.join(dir, e.name, 'reports'))
        .filter((y) => /^\d{4}$/.test(y))
        .map((year) => ({ plan: e.name, year })),
    );
  if (reports.length === 0) return 0;
  const server = await startStaticServer(dir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    for (const { plan, year } of reports) {
      for (const lang of ['zh', 'en'] as const) {
        const page = await context.newPage();
        await page.goto(`${server.url}${localizedPath(lang, planPath(plan, `/reports/${year}/`))}`, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        await page.pdf({
          path: path.join(dir, plan, 'reports', year, reportPdfName(Number(year), lang)),
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate:
            '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
          margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
        });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return reports.length * 2;
}
