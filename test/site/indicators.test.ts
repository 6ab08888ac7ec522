/** Indicator pages, table 表1 and downloads in the real build (no published figures yet). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { htmlPages, loadPage as load, requireBuild, ROOT, squash } from '../helpers/dist.ts';
import { noDataDist, REAL_PLAN } from '../helpers/build.ts';
import { COUNTY_PLAN, COUNTY_SRC, DIST_COUNTY } from '../helpers/sites.ts';

requireBuild();
// What the public site looks like before any figure is published (dist/ itself while the data is empty).
const DIST = noDataDist();
const loadPage = (p: string) => load(p, DIST);
const indicators = JSON.parse(fs.readFileSync(path.join(ROOT, `data/plans/${REAL_PLAN}/indicators.json`), 'utf8')).indicators as {
  number: number;
  id: string;
  baselineText: string;
  targetText: string;
  attribute: string;
  name: { zh: string };
  unit: { zh: string };
}[];

/** Table 表1 as printed in the source text: rows of [name, 2020, 2025, attribute]. */
function sourceTable(): string[][] {
  const lines = fs.readFileSync(path.join(ROOT, 'test/fixtures/plan-source.zh.txt'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('表1'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('第三章'));
  const cells = lines
    .slice(start + 1, end)
    .map((l) => l.trim())
    .filter(Boolean);
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i++) {
    if (/^（\d+）/.test(cells[i]!)) rows.push(cells.slice(i, i + 4));
  }
  return rows;
}

describe('indicator data against table 表1', () => {
  const rows = sourceTable();
  it('has all 32 indicators, in table order', () => {
    expect(rows).toHaveLength(32);
    expect(indicators.map((i) => i.number)).toEqual(rows.map((_, k) => k + 1));
  });

  it('keeps every baseline, target and attribute cell verbatim', () => {
    indicators.forEach((ind, k) => {
      const [name, base, target, attr] = rows[k]!;
      expect(squash(`（${ind.number}）${ind.name.zh}${ind.unit.zh ? `（${ind.unit.zh}）` : ''}`), `row ${k + 1}`).toBe(squash(name!));
      expect(ind.baselineText, `row ${k + 1}`).toBe(base);
      expect(ind.targetText, `row ${k + 1}`).toBe(target);
      expect(ind.attribute === 'binding' ? '约束性' : '预期性', `row ${k + 1}`).toBe(attr);
    });
  });

  it('renders table 表1 from the data with the seed cell text, each row linked to its indicator page', () => {
    const table = loadPage(`/${REAL_PLAN}/text/chapter-2/`).querySelector('#table-1')!;
    const bodyRows = table.querySelectorAll('tbody tr').filter((r) => r.querySelectorAll('td').length === 3);
    expect(bodyRows).toHaveLength(32);
    bodyRows.forEach((r, k) => {
      const cells = [r.querySelector('th')!.textContent, ...r.querySelectorAll('td').map((c) => c.textContent)];
      expect(cells.map(squash), `row ${k + 1}`).toEqual(rows[k]!.map(squash));
      expect(r.querySelector('th a')!.getAttribute('href')).toBe(`/${REAL_PLAN}/indicators/${indicators[k]!.id}/`);
    });
    const enLinks = loadPage(`/en/${REAL_PLAN}/text/chapter-2/`)
      .querySelectorAll('#table-1 tbody th a')
      .map((a) => a.getAttribute('href'));
    expect(enLinks).toEqual(indicators.map((i) => `/en/${REAL_PLAN}/indicators/${i.id}/`));
  });

  it("heads each group with the data's own label and name in each language (（一） in Chinese, I. in English)", () => {
    const groups = JSON.parse(fs.readFileSync(path.join(ROOT, `data/plans/${REAL_PLAN}/indicators.json`), 'utf8')).groups as {
      id: string;
      label: { zh: string; en: string };
      name: { zh: string; en: string };
    }[];
    const heads = (lang: '' | '/en') =>
      loadPage(`${lang}/${REAL_PLAN}/text/chapter-2/`)
        .querySelectorAll('#table-1 .indicator-table__group th')
        .map((th) => th.textContent);
    expect(heads('')).toEqual(groups.map((g) => `${g.label.zh}${g.name.zh}`));
    expect(heads('/en')).toEqual(groups.map((g) => `${g.label.en} ${g.name.en}`));
    expect(heads('/en')[0]).toMatch(/^I\. /);
    for (const lang of ['', '/en'] as const) {
      const h2 = loadPage(`${lang}/${REAL_PLAN}/indicators/`)
        .querySelectorAll('.indicator-group h2')
        .map((h) => h.textContent);
      expect(h2, lang).toEqual(heads(lang));
    }
  });
});

describe('indicator pages (no figures published)', () => {
  const pages = htmlPages(DIST);
  it('exist for all 32 indicators in both languages', () => {
    for (const ind of indicators) {
      expect(pages).toContain(`/${REAL_PLAN}/indicators/${ind.id}/`);
      expect(pages).toContain(`/en/${REAL_PLAN}/indicators/${ind.id}/`);
    }
  });

  it('say plainly that no data has been published, and show baseline and target', () => {
    const doc = loadPage(`/${REAL_PLAN}/indicators/pm25-concentration/`);
    expect(doc.querySelector('.lead')!.textContent).toContain('尚未公布数据');
    expect(doc.textContent).toContain('24.8\u00a0μg/m³');
    expect(doc.textContent).toContain('25.2');
    const statuses = new Set(
      pages
        .filter((p) => new RegExp(`^/(en/)?${REAL_PLAN}/indicators/[a-z0-9-]+/$`).test(p) && !p.endsWith('methodology/'))
        .map((p) => loadPage(p).querySelector('h1 ~ p .status')!.getAttribute('data-status')),
    );
    expect(statuses).toEqual(new Set(['no-data', 'not-assessable']));
  });

  it('show no demonstration banner anywhere', () => {
    for (const p of pages) expect(loadPage(p).querySelector('[data-demo-banner]'), p).toBeNull();
  });

  it('mark binding indicators and never show status by colour alone (here and on the county fixture, which has figures)', () => {
    const county = JSON.parse(fs.readFileSync(path.join(COUNTY_SRC, 'data/plans', COUNTY_PLAN, 'indicators.json'), 'utf8')).indicators as {
      attribute: string;
    }[];
    for (const [list, all] of [
      [loadPage(`/en/${REAL_PLAN}/indicators/`), indicators],
      [load(`/en/${COUNTY_PLAN}/indicators/`, DIST_COUNTY), county],
    ] as const) {
      const binding = list.querySelectorAll('.indicator-card[data-attribute=binding]');
      expect(binding.length).toBe(all.filter((i) => i.attribute === 'binding').length);
      for (const card of binding) expect(card.querySelector('.binding-mark')!.textContent).toContain('Binding');
      const badges = list.querySelectorAll('.status');
      expect(badges.length).toBeGreaterThan(0);
      for (const badge of badges) {
        expect(badge.querySelector('.status__icon')!.textContent.trim()).not.toBe('');
        expect(badge.textContent.trim().length).toBeGreaterThan(2);
      }
    }
  });
});

describe('downloads', () => {
  it('offers the whole dataset as CSV (UTF-8 with BOM) and JSON', () => {
    const csv = fs.readFileSync(path.join(DIST, REAL_PLAN, 'data/indicators.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(33);
    expect(lines[1]).toContain('城区细颗粒物（PM2.5）平均浓度');
    const observations = fs
      .readFileSync(path.join(DIST, REAL_PLAN, 'data/observations.csv'), 'utf8')
      .slice(1)
      .trim()
      .split('\r\n');
    expect(observations).toHaveLength(1); // header only: nothing published yet
    const dataset = JSON.parse(fs.readFileSync(path.join(DIST, REAL_PLAN, 'data/dataset.json'), 'utf8'));
    expect(dataset.demonstration).toBe(false);
    expect(dataset.indicators).toHaveLength(32);
    for (const ind of indicators) {
      expect(fs.existsSync(path.join(DIST, REAL_PLAN, `data/indicators/${ind.id}.csv`))).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(DIST, REAL_PLAN, `data/indicators/${ind.id}.json`), 'utf8')).indicator.id).toBe(ind.id);
    }
  });
});
