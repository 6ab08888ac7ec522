/**
 * Renders every assessment report of every plan to PDF with headless Chromium (Debian's /usr/bin/chromium):
 * <dir>/<plan>/reports/<year>/report-<year>-<lang>.pdf. Usage: node scripts/build-pdf.ts [dist|dist-demo]
 */
import fs from 'node:fs';
import path from 'node:path';
import { startStaticServer } from './lib/static-server.ts';
import { launchChromium } from './lib/browser.ts';
import { localizedPath, planPath } from '../src/lib/routes.ts';
import { reportPdfName } from '../src/lib/reports/title.ts';

const dir = path.resolve(process.argv[2] ?? 'dist');
// Report pages are /<plan>/reports/<year>/ (Chinese) and /en/<plan>/reports/<year>/.
const reports = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'en' && fs.existsSync(path.join(dir, e.name, 'reports')))
  .flatMap((e) => fs.readdirSync(path.join(dir, e.name, 'reports')).filter((y) => /^\d{4}$/.test(y)).map((year) => ({ plan: e.name, year })));
if (reports.length === 0) {
  console.log(`build:pdf: ${path.relative(process.cwd(), dir)} has no reports (no yearly figures published), nothing to render.`);
  process.exit(0);
}
const started = Date.now();
const server = await startStaticServer(dir);
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  for (const { plan, year } of reports) {
    for (const lang of ['zh', 'en'] as const) {
      const page = await context.newPage();
      await page.goto(`${server.url}${localizedPath(lang, planPath(plan, `/reports/${year}/`))}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const out = path.join(dir, plan, 'reports', year, reportPdfName(Number(year), lang));
      await page.pdf({
        path: out,
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      });
      await page.close();
      console.log(`${path.relative(process.cwd(), out)} (${Math.round(fs.statSync(out).size / 1024)} KB)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`build:pdf: ${reports.length * 2} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
