/** Assessment reports: none in the real build (no data), five per language for the 14th plan in the demo build, frozen as published, with PDFs and feeds. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { DIST_DEMO, htmlPages, loadPage, requireBuild, ROOT } from '../helpers/dist.ts';
import { noDataDist, REAL_PLAN } from '../helpers/build.ts';

requireBuild();
requireBuild(DIST_DEMO);
const demoPage = (p: string) => loadPage(p, DIST_DEMO);

describe('the site before any figure is published', () => {
  const DIST = noDataDist();
  it('says plainly that no assessment has been published, and builds no empty report pages', () => {
    expect(loadPage(`/${REAL_PLAN}/reports/`, DIST).querySelector('[data-no-reports]')!.textContent).toContain('尚未发布任何评估报告');
    expect(loadPage(`/en/${REAL_PLAN}/reports/`, DIST).querySelector('[data-no-reports]')!.textContent).toContain(
      'No assessment report has been published yet',
    );
    expect(htmlPages(DIST).filter((p) => /\/reports\/\d{4}\//.test(p))).toEqual([]);
  });
  it('offers an RSS feed per plan and language, linked from every page', () => {
    for (const p of htmlPages(DIST)) {
      const lang = p.startsWith('/en/') ? '/en' : '';
      expect(loadPage(p, DIST).querySelector('link[type="application/rss+xml"]')?.getAttribute('href'), p).toBe(`${lang}/${REAL_PLAN}/feed.xml`);
    }
    const zh = fs.readFileSync(path.join(DIST, REAL_PLAN, 'feed.xml'), 'utf8');
    expect(zh).toContain('<rss');
    expect(zh).toContain('<language>zh-cn</language>');
    expect(zh).not.toContain('<item>');
    expect(fs.readFileSync(path.join(DIST, 'en', REAL_PLAN, 'feed.xml'), 'utf8')).toContain('<language>en</language>');
  });
});

describe('demonstration reports', () => {
  it('exist for 2021–2025 in both languages, with mid-term and final titles', () => {
    for (const y of [2021, 2022, 2023, 2024, 2025]) {
      expect(demoPage(`/${REAL_PLAN}/reports/${y}/`).querySelector('h1')).not.toBeNull();
      expect(demoPage(`/en/${REAL_PLAN}/reports/${y}/`).querySelector('h1')).not.toBeNull();
    }
    expect(demoPage(`/${REAL_PLAN}/reports/2023/`).querySelector('h1')!.textContent).toContain('中期评估');
    expect(demoPage(`/en/${REAL_PLAN}/reports/2025/`).querySelector('h1')!.textContent).toContain('final evaluation');
  });

  it('summarise the statuses of their own table, binding first, and warn of every binding indicator off track or not achieved', () => {
    // Each indicator's attribute read from the file the demonstration was built from (tmp/demo-site), not through the site's loader; the
    // counts then follow from the report table's rows, and the early warnings from the binding rows' statuses.
    const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'tmp/demo-site/data/plans', REAL_PLAN, 'indicators.json'), 'utf8')) as {
      indicators: { id: string; attribute: 'binding' | 'anticipatory' }[];
    };
    const attribute = new Map(file.indicators.map((i) => [i.id, i.attribute]));
    let warnedYears = 0;
    for (const y of [2021, 2022, 2023, 2024, 2025]) {
      const doc = demoPage(`/en/${REAL_PLAN}/reports/${y}/`);
      const heads = doc.querySelectorAll('#summary ~ .table-scroll thead th, [data-status-summary] thead th').map((th) => th.textContent);
      expect(heads.slice(1, 3)).toEqual(['Binding', 'Anticipatory']);
      const rows = doc
        .querySelectorAll('[data-report-table] tbody tr')
        .map((tr) => ({ id: tr.getAttribute('data-indicator')!, status: tr.getAttribute('data-status')! }));
      expect(rows).toHaveLength(32);
      const count = (a: string, status: string) => rows.filter((r) => attribute.get(r.id) === a && r.status === status).length;
      const summary = doc.querySelectorAll('[data-status-summary] tbody tr');
      expect(summary.length).toBeGreaterThan(0);
      for (const row of summary) {
        const status = row.getAttribute('data-status')!;
        expect(Number(row.querySelector('td[data-attribute=binding]')!.textContent), `${y} ${status}`).toBe(count('binding', status));
        expect(Number(row.querySelector('td[data-attribute=anticipatory]')!.textContent), `${y} ${status}`).toBe(count('anticipatory', status));
      }
      // A status that occurs has its row (the table of counts lists only those).
      for (const r of rows)
        expect(
          summary.some((s) => s.getAttribute('data-status') === r.status),
          `${y} ${r.status}`,
        ).toBe(true);
      const warned = rows.filter((r) => attribute.get(r.id) === 'binding' && ['off-track', 'not-achieved'].includes(r.status));
      expect(doc.querySelectorAll('[data-early-warning] li').length, `${y} early warnings`).toBe(warned.length);
      if (warned.length) warnedYears++;
    }
    // The demonstration's figures put at least one binding indicator off track in some year (so the warnings are seen).
    expect(warnedYears).toBeGreaterThan(0);
  });

  it('are frozen as published: a later correction is shown beside the value, never silently applied', () => {
    // rural-sewage-treatment 2022: 76.0 published 2023-03-15, corrected to 74.6 on 2023-09-30.
    const row = demoPage(`/en/${REAL_PLAN}/reports/2022/`).querySelector('[data-report-table] tr[data-indicator="rural-sewage-treatment"]')!;
    expect(row.querySelector('td[data-value]')!.textContent).toMatch(/^76%/);
    expect(row.querySelector('[data-revised-since]')!.textContent).toContain('corrected after publication to 74.6% (30 September 2023');
    expect(row.getAttribute('data-status')).toBe('on-track');
    // The indicator page shows the current, corrected value.
    expect(demoPage(`/en/${REAL_PLAN}/indicators/rural-sewage-treatment/`).querySelector('#year-2022')!.textContent).toContain('74.6%');
  });

  it('link each indicator row to the indicator page for that year, and anchor every section', () => {
    const doc = demoPage(`/${REAL_PLAN}/reports/2024/`);
    for (const a of doc.querySelectorAll('[data-report-table] tbody th a:not([data-permalink])'))
      expect(a.getAttribute('href')).toMatch(new RegExp(`^/${REAL_PLAN}/indicators/[a-z0-9-]+/#year-2024$`));
    for (const id of ['summary', 'indicators', 'changes', 'projects', 'sources']) expect(doc.getElementById(id), id).not.toBeNull();
    expect(demoPage(`/${REAL_PLAN}/reports/2023/`).getElementById('completion')).not.toBeNull();
    expect(demoPage(`/${REAL_PLAN}/reports/2023/`).querySelector('section[aria-labelledby="narrative"]')!.textContent).toContain('示例');
  });

  it('list delayed projects and draw charts for indicators whose status changed', () => {
    const doc = demoPage(`/en/${REAL_PLAN}/reports/2024/`);
    expect(doc.querySelectorAll('section[aria-labelledby="projects"] ul li').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('.report-change figure[data-chart]').length).toBeGreaterThan(0);
  });

  it('are in the feed', () => {
    const feed = fs.readFileSync(path.join(DIST_DEMO, 'en', REAL_PLAN, 'feed.xml'), 'utf8');
    expect(feed.match(/<item>/g)!.length).toBe(10); // 5 reports + 5 data updates
    expect(feed).toContain(`/en/${REAL_PLAN}/reports/2023/`);
    // A plan's feed speaks of that plan only.
    expect(feed).not.toContain('/eco-2026-2030/');
    const successor = fs.readFileSync(path.join(DIST_DEMO, 'eco-2026-2030/feed.xml'), 'utf8');
    // The 2027 report is a draft (demo/data/plans/eco-2026-2030/reports.json): its figures are in the feed, the report is not.
    expect(successor.match(/<item>/g)!.length).toBe(3); // 1 report (2026) + 2 data updates
    expect(successor).toContain('/eco-2026-2030/reports/2026/');
    expect(successor).not.toContain('/eco-2026-2030/reports/2027/');
    expect(successor).not.toContain(`/${REAL_PLAN}/`);
  });

  it('are rendered to PDF with the report title, at a sensible length', () => {
    for (const y of [2021, 2023, 2025]) {
      for (const lang of ['zh', 'en']) {
        const file = path.join(DIST_DEMO, REAL_PLAN, `reports/${y}/report-${y}-${lang}.pdf`);
        expect(fs.existsSync(file), file).toBe(true);
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
        expect(pages, file).toBeGreaterThanOrEqual(4);
        expect(pages, file).toBeLessThanOrEqual(40);
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        expect(text).toContain(lang === 'zh' ? `${y}年度评估报告` : `Assessmentreport${y}`);
        expect(text).toContain(lang === 'zh' ? '示例数据，非官方统计' : 'Demonstrationdata—notofficialstatistics');
      }
    }
  });
});
