/** The demonstration build (synthetic data from demo/, two plans): every status, charts matching tables, banner everywhere. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DEMO, htmlPages, loadPage, requireBuild } from '../helpers/dist.ts';
import { STATUSES } from '../../src/lib/indicators/assess.ts';
import { formatNumber } from '../../src/i18n/locale.ts';

requireBuild(DIST_DEMO);
const pages = htmlPages(DIST_DEMO);
const page = (p: string) => loadPage(p, DIST_DEMO);
const PLANS = ['eco-2021-2025', 'eco-2026-2030'];
const ROOT_DEMO = path.join(import.meta.dirname, '../../demo');
const indicatorPages = pages.filter((p) => /^\/(en\/)?[a-z0-9-]+\/indicators\/[a-z0-9-]+\/$/.test(p) && !p.endsWith('/methodology/'));

describe('demonstration build', () => {
  it('labels every page as demonstration data in both languages, the embed pages too', () => {
    for (const p of htmlPages(DIST_DEMO, { embeds: true })) {
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

  it("draws each year's published figure, read from the progress files the build was given, and the plan's baseline", () => {
    // Independent of the site's code: the assembled demonstration files (tmp/demo-site) read as plain JSON. A year's
    // figure is the value published for it (corrections replace it); a cumulative target's is a running total,
    // checked in figures.test.ts.
    const data = path.join(ROOT_DEMO, '../tmp/demo-site/data/plans');
    let years = 0;
    for (const plan of PLANS) {
      const file = JSON.parse(fs.readFileSync(path.join(data, plan, 'indicators.json'), 'utf8')) as {
        indicators: { id: string; baseline: number | string; target: { kind: string } }[];
      };
      const progress = path.join(data, plan, 'progress');
      const published = new Map<string, number>();
      for (const f of fs.readdirSync(progress)) {
        const year = f.replace('.json', '');
        for (const o of (JSON.parse(fs.readFileSync(path.join(progress, f), 'utf8')) as { observations: { indicator: string; value: number }[] }).observations)
          published.set(`${o.indicator}|${year}`, o.value);
      }
      for (const indicator of file.indicators.filter((i) => i.target.kind !== 'cumulative')) {
        const figure = page(`/${plan}/indicators/${indicator.id}/`).querySelector('figure[data-chart]');
        if (!figure) continue;
        const chart = JSON.parse(figure.getAttribute('data-chart')!) as { labels: string[]; datasets: { key: string; data: (number | null)[] }[] };
        const values = chart.datasets.find((d) => d.key === 'values')!.data;
        chart.labels.forEach((year, i) => {
          const expected = published.get(`${indicator.id}|${year}`) ?? (i === 0 && typeof indicator.baseline === 'number' ? indicator.baseline : null);
          expect(values[i], `${plan} ${indicator.id} ${year}`).toBe(expected);
          if (expected !== null && i > 0) years++;
        });
      }
    }
    expect(years).toBeGreaterThanOrEqual(100);
  });

  it('builds the indicator pages of both plans', () => {
    for (const plan of PLANS) expect(indicatorPages.filter((p) => p.startsWith(`/${plan}/`)).length, plan).toBeGreaterThanOrEqual(10);
  });

  it('summarises the statuses of the cards it lists', () => {
    for (const p of PLANS.flatMap((plan) => [`/${plan}/indicators/`, `/en/${plan}/indicators/`])) {
      expect(page(p).querySelectorAll('[data-status-summary] tbody tr').length, p).toBeGreaterThan(0);
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
    const doc = page('/en/eco-2021-2025/indicators/rural-sewage-treatment/');
    expect(doc.querySelector('.revision')!.textContent).toMatch(/Corrected on \d+ \w+ \d{4}: previously 76%/);
  });

  it('publishes the demonstration figures in the downloads, labelled as such', () => {
    for (const [plan, years] of [
      ['eco-2021-2025', 5],
      ['eco-2026-2030', 2],
    ] as const) {
      const dataset = JSON.parse(fs.readFileSync(path.join(DIST_DEMO, plan, 'data/dataset.json'), 'utf8'));
      expect(dataset.demonstration, plan).toBe(true);
      expect(dataset.progress.length, plan).toBe(years);
      // Every CSV marks its rows as demonstration data (the last columns, MARK_COLUMNS in src/lib/downloads/tables.ts).
      for (const file of ['observations.csv', 'indicators.csv', 'indicators/pm25-concentration.csv']) {
        const [header, ...rows] = fs
          .readFileSync(path.join(DIST_DEMO, plan, 'data', file), 'utf8')
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        expect(header!.split(',').slice(-2), `${plan} ${file}`).toEqual(['demonstration', 'licence']);
        for (const row of rows) expect(row, `${plan} ${file}`).toMatch(/,yes,https:\/\/[^,]+$/);
      }
    }
  });

  it('publishes no reviewer\'s "confirmed" reason anywhere: pages, downloads, feeds, search index', () => {
    // The demonstration confirms three unusual figures (demo/data/plans/*/progress/*.json).
    const reasons = fs.readdirSync(path.join(ROOT_DEMO, 'data/plans')).flatMap((plan) => {
      const dir = path.join(ROOT_DEMO, 'data/plans', plan, 'progress');
      return fs
        .readdirSync(dir)
        .flatMap((f) =>
          JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).observations.flatMap((o: { confirmed?: { zh: string; en: string } }) =>
            o.confirmed ? [o.confirmed.zh, o.confirmed.en] : [],
          ),
        );
    });
    expect(reasons).toHaveLength(6);
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const leaks: string[] = [];
    for (const file of files(DIST_DEMO).filter((f) => /\.(html|json|csv|xml|txt)$/.test(f))) {
      const text = fs.readFileSync(file, 'utf8');
      if (/"confirmed"/.test(text) || reasons.some((r) => text.includes(r))) leaks.push(path.relative(DIST_DEMO, file));
    }
    expect(leaks).toEqual([]);
  });
});
