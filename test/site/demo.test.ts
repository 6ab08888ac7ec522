/** The demonstration build (synthetic data from test/fixtures/demo): every status, charts matching tables, banner everywhere. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DEMO, htmlPages, loadPage, requireBuild } from '../helpers/dist.ts';
import { STATUSES } from '../../src/lib/indicators/assess.ts';
import { formatNumber } from '../../src/lib/format.ts';

requireBuild(DIST_DEMO);
const pages = htmlPages(DIST_DEMO);
const page = (p: string) => loadPage(p, DIST_DEMO);
const indicatorPages = pages.filter((p) => /^\/(en\/)?indicators\/[a-z0-9-]+\/$/.test(p) && !p.endsWith('/methodology/'));

describe('demonstration build', () => {
  it('labels every page as demonstration data in both languages', () => {
    for (const p of pages) {
      const banner = page(p).querySelector('[data-demo-banner]');
      expect(banner, p).not.toBeNull();
      expect(banner!.textContent).toContain('示例数据，非官方统计');
      expect(banner!.textContent).toContain('Demonstration data — not official statistics');
    }
  });

  it('shows every status at least once', () => {
    const seen = new Set<string>();
    for (const p of indicatorPages) for (const s of page(p).querySelectorAll('[data-status]')) seen.add(s.getAttribute('data-status')!);
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });

  it('draws charts whose tables hold exactly the chart data', () => {
    let charts = 0;
    for (const p of indicatorPages) {
      const lang = p.startsWith('/en/') ? 'en' : 'zh';
      for (const figure of page(p).querySelectorAll('figure[data-chart]')) {
        charts++;
        const chart = JSON.parse(figure.getAttribute('data-chart')!) as { labels: string[]; datasets: { key: string; data: (number | null)[] }[] };
        const rows = figure.querySelectorAll('tbody tr');
        expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(chart.labels);
        for (const ds of chart.datasets) {
          const cells = rows.map((r) => r.querySelector(`td[data-series="${ds.key}"]`)!.textContent);
          expect(cells, `${p} ${ds.key}`).toEqual(ds.data.map((v) => (v === null ? '—' : formatNumber(v, lang))));
        }
      }
    }
    expect(charts).toBeGreaterThanOrEqual(60);
  });

  it('summarises the statuses of the cards it lists', () => {
    for (const p of ['/indicators/', '/en/indicators/']) {
      const doc = page(p);
      for (const row of doc.querySelectorAll('[data-status-summary] tbody tr')) {
        const status = row.getAttribute('data-status');
        for (const attr of ['binding', 'anticipatory']) {
          const count = Number(row.querySelector(`td[data-attribute=${attr}]`)!.textContent);
          expect(count, `${p} ${status} ${attr}`).toBe(doc.querySelectorAll(`.indicator-card[data-status="${status}"][data-attribute="${attr}"]`).length);
        }
      }
    }
  });

  it('shows corrections with their date and reason', () => {
    const doc = page('/en/indicators/rural-sewage-treatment/');
    expect(doc.querySelector('.revision')!.textContent).toMatch(/Corrected on \d+ \w+ \d{4}: previously 76%/);
  });

  it('publishes the demonstration figures in the downloads, labelled as such', () => {
    const dataset = JSON.parse(fs.readFileSync(path.join(DIST_DEMO, 'data/dataset.json'), 'utf8'));
    expect(dataset.demonstration).toBe(true);
    expect(dataset.progress.length).toBe(5);
    const csv = fs.readFileSync(path.join(DIST_DEMO, 'data/observations.csv'), 'utf8');
    expect(csv).toContain('Demonstration');
  });
});
