/**
 * Honest figures on the demonstration build: a cumulative target's figure for a year is its running total, on the
 * card, the indicator page, every report row and the CSV; every chart is an SVG in the static HTML, and in the PDFs.
 * The running totals are summed here from the progress files themselves, not by the code under test.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { DIST_DEMO, htmlPages, loadPage, requireBuild, ROOT, squash } from '../helpers/dist.ts';

const DEMO_DATA = path.join(ROOT, 'tmp/demo-site/data/plans');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

interface Version {
  value: number;
  published: string;
}
/** Every plan's cumulative indicators with each year's amount in all its versions. */
function cumulativeIndicators() {
  return fs.readdirSync(DEMO_DATA).flatMap((plan) => {
    const dir = path.join(DEMO_DATA, plan);
    const indicators = readJson(path.join(dir, 'indicators.json')).indicators.filter((i: { target: { kind: string } }) => i.target.kind === 'cumulative');
    const progress = fs.existsSync(path.join(dir, 'progress'))
      ? fs.readdirSync(path.join(dir, 'progress')).map((f) => readJson(path.join(dir, 'progress', f)))
      : [];
    const reports = fs.existsSync(path.join(dir, 'reports.json'))
      ? readJson(path.join(dir, 'reports.json')).reports.filter((r: { status: string }) => r.status === 'published')
      : [];
    return indicators.map((i: { id: string; number: number; unit: { zh: string } }) => {
      const years = new Map<number, Version[]>();
      for (const p of progress) {
        const o = p.observations.find((x: { indicator: string }) => x.indicator === i.id);
        if (o)
          years.set(p.year, [
            ...(o.revisions ?? []).map((r: Version) => ({ value: r.value, published: r.published })),
            { value: o.value, published: o.published },
          ]);
      }
      /** The running total through `year` of the amounts in force on `date` (all current versions without one). */
      const total = (year: number, date?: string) => {
        let sum = 0;
        for (const [y, versions] of years) {
          if (y > year) continue;
          const v = date ? versions.filter((x) => x.published <= date).at(-1) : versions.at(-1);
          if (v) sum += v.value;
        }
        return Math.round(sum * 1e6) / 1e6;
      };
      return { plan, id: i.id, unit: i.unit.zh, years: [...years.keys()].sort(), total, reports: reports as { year: number; published: string }[] };
    });
  });
}

describe('cumulative indicators on the demonstration build', () => {
  requireBuild(DIST_DEMO);
  const all = cumulativeIndicators();

  it('exist with figures in the demonstration data (the test has something to check)', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.every((c) => c.years.length > 0)).toBe(true);
  });

  it('show the running total as the latest figure on their card and in the year table of their page', () => {
    for (const c of all) {
      const last = c.years.at(-1)!;
      const total = c.total(last);
      expect(total, c.id).toBeLessThan(10000); // written without grouping in Chinese below
      const card = loadPage(`/${c.plan}/indicators/`, DIST_DEMO).querySelector(`.indicator-card:has(a[href$="/indicators/${c.id}/"])`)!;
      expect(squash(card.textContent), c.id).toContain(`截至${last}年累计${total}${c.unit}`);
      const row = loadPage(`/${c.plan}/indicators/${c.id}/`, DIST_DEMO).querySelector(`#year-${last}`)!;
      expect(squash(row.textContent), c.id).toContain(`累计${total}${c.unit}`);
      const en = loadPage(`/en/${c.plan}/indicators/${c.id}/`, DIST_DEMO).querySelector(`#year-${last} td`)!;
      expect(en.textContent, c.id).toMatch(new RegExp(`\\b${String(total).replace('.', '\\.')}\\s\\S+ in total`));
    }
  });

  it('show the running total as it stood on the report date in every report row, and the year-on-year change between totals', () => {
    let checked = 0;
    for (const c of all) {
      for (const r of c.reports) {
        if (!c.years.includes(r.year)) continue;
        const doc = loadPage(`/${c.plan}/reports/${r.year}/`, DIST_DEMO);
        const cell = doc.querySelector(`[data-report-table] tr[data-indicator="${c.id}"] [data-value]`)!;
        expect(squash(cell.textContent), `${c.id} ${r.year}`).toContain(`累计${c.total(r.year, r.published)}${c.unit}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('carry the running total in the per-indicator CSV, row for row the chart', () => {
    for (const c of all) {
      const rows: Record<string, string>[] = parse(fs.readFileSync(path.join(DIST_DEMO, c.plan, `data/indicators/${c.id}.csv`), 'utf8'), {
        columns: true,
        bom: true,
      });
      for (const y of c.years) {
        const row = rows.find((r) => Number(r.year) === y)!;
        expect(Number(row.cumulative_total), `${c.id} ${y}`).toBe(c.total(y));
        expect(Number(row.value), `${c.id} ${y}: the year's own amount`).toBe(Math.round((c.total(y) - c.total(y - 1)) * 1e6) / 1e6);
      }
      // The chart's table draws the same running totals.
      const table = loadPage(`/${c.plan}/indicators/${c.id}/`, DIST_DEMO).querySelector('[data-chart-table]')!;
      for (const y of c.years) {
        const tr = [...table.querySelectorAll('tbody tr')].find((t) => t.querySelector('th')!.textContent.trim() === String(y))!;
        expect(Number(tr.querySelector('[data-series="values"]')!.textContent.replace(/,/g, '')), `${c.id} ${y}`).toBe(c.total(y));
      }
    }
  });
});

describe('charts on the demonstration build', () => {
  requireBuild(DIST_DEMO);
  const indicatorPages = htmlPages(DIST_DEMO).filter((p) => /\/indicators\/[a-z0-9-]+\/$/.test(p) && !p.endsWith('/methodology/'));

  it('are in the static HTML of every indicator page with a chart, as an SVG image named by its title and description', () => {
    expect(indicatorPages.length).toBeGreaterThan(60);
    let charts = 0;
    for (const p of indicatorPages) {
      for (const figure of loadPage(p, DIST_DEMO).querySelectorAll('figure.chart')) {
        const svg = figure.querySelector('.chart__svg > svg[role="img"]');
        expect(svg, p).not.toBeNull();
        const [title, desc] = svg!
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => svg!.querySelector(`[id="${id}"]`));
        expect(title!.textContent.length, p).toBeGreaterThan(3);
        expect(desc!.textContent.length, p).toBeGreaterThan(3);
        charts++;
      }
    }
    expect(charts).toBeGreaterThan(60);
  });

  it("are printed into the report PDFs: each chart's drawing (its year labels) between its title and its table", () => {
    let checked = 0;
    for (const year of [2022, 2023, 2024, 2025]) {
      for (const [lang, prefix] of [
        ['zh', ''],
        ['en', '/en'],
      ] as const) {
        const doc = loadPage(`${prefix}/eco-2021-2025/reports/${year}/`, DIST_DEMO);
        const text = squash(
          execFileSync('pdftotext', [path.join(DIST_DEMO, `eco-2021-2025/reports/${year}/report-${year}-${lang}.pdf`), '-'], { encoding: 'utf8' }),
        );
        for (const figure of doc.querySelectorAll('figure.chart')) {
          const caption = squash(figure.querySelector('figcaption')!.textContent);
          const table = squash(figure.querySelector('caption')!.textContent);
          const start = text.indexOf(caption);
          expect(start, `${year} ${lang}: ${caption}`).toBeGreaterThanOrEqual(0);
          const end = text.indexOf(table, start + caption.length);
          expect(end, `${year} ${lang}: the table after its chart`).toBeGreaterThan(start);
          const between = text.slice(start + caption.length, end);
          // Without the chart the table would follow its title at once; the chart draws every year on its axis.
          for (const th of figure.querySelectorAll('[data-chart-table] tbody th'))
            expect(between, `${year} ${lang}: ${caption}`).toContain(th.textContent.trim());
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(4);
  });
});

describe('chart downloads on the demonstration build', () => {
  requireBuild(DIST_DEMO);

  it('exist for every indicator with figures, as SVG and PNG, with the title, the source, the licence and the mark drawn in', () => {
    let checked = 0;
    for (const plan of fs.readdirSync(DEMO_DATA)) {
      const dir = path.join(DEMO_DATA, plan);
      const site = readJson(path.join(ROOT, 'tmp/demo-site/data/site.json'));
      const indicators = readJson(path.join(dir, 'indicators.json')).indicators as { id: string; name: { zh: string; en: string }; target: { kind: string } }[];
      const progress = fs.readdirSync(path.join(dir, 'progress')).map((f) => readJson(path.join(dir, 'progress', f)));
      for (const i of indicators.filter((x) => x.target.kind !== 'qualitative')) {
        const observations = progress.flatMap((p) =>
          p.observations
            .filter((o: { indicator: string }) => o.indicator === i.id)
            .map((o: { source: { title: string } }) => ({ year: p.year as number, source: o.source })),
        );
        if (observations.length === 0) continue;
        const latest = observations.sort((a, b) => a.year - b.year).at(-1)!;
        for (const lang of ['zh', 'en'] as const) {
          const file = path.join(DIST_DEMO, plan, `data/charts/${i.id}-${lang}.svg`);
          const text = squash(
            parseHtml(fs.readFileSync(file, 'utf8'))
              .querySelectorAll('text')
              .map((t) => t.textContent)
              .join(''),
          );
          expect(text, file).toContain(squash(i.name[lang]));
          expect(text, file).toContain(squash(latest.source.title));
          expect(text, file).toContain(squash(site.licence.name[lang]));
          expect(text, file).toContain(squash(lang === 'zh' ? '示例数据，非官方统计' : 'Demonstration data — not official statistics'));
          const png = fs.readFileSync(file.replace(/\.svg$/, '.png'));
          expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
          expect(png.readUInt32BE(16), `${file}: width`).toBeGreaterThanOrEqual(1600);
          expect(png[25], `${file}: colour type 2, RGB without alpha (opaque on any background)`).toBe(2);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});
