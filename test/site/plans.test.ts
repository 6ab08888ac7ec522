/**
 * Plans as data: the generic behaviour of a site built from any plan folder, checked on the fixture sites
 * (test/helpers/sites.ts) with expectations from their hand-worked notes, not from the code.
 * - county (DIST_COUNTY): another county's plan in its second year, alone in its site;
 * - multi (DIST_MULTI): the demonstration's two plans and the county plan side by side;
 * - the continued indicator of the demonstration (dist-demo) across the 14th and 15th plans.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { DIST, DIST_DEMO, htmlPages, loadPage, requireBuild, ROOT, squash } from '../helpers/dist.ts';
import { BUILDS, COUNTY_PLAN, COUNTY_SRC, DIST_COUNTY, DIST_MULTI } from '../helpers/sites.ts';
import { brokenLinks, resolveLink } from '../helpers/links.ts';

requireBuild(DIST_COUNTY);
requireBuild(DIST_MULTI);

const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const LANGS = [
  { lang: 'zh', prefix: '' },
  { lang: 'en', prefix: '/en' },
] as const;

/** Every file under a folder. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

// ─── The county fixture's hand-worked statuses (test/fixtures/sites/county/EXPECTED.md, "Summary") ───

const YEARS = [2026, 2027, 2028, 2029, 2030];
const REPORTED = [2026, 2027];
const NOT_REPORTED = [2028, 2029, 2030];
/** "not yet reported" in EXPECTED.md is the status not-reported on the site. */
const STATUS_OF: Record<string, string> = {
  achieved: 'achieved',
  'on-track': 'on-track',
  'at-risk': 'at-risk',
  'off-track': 'off-track',
  'not-assessable': 'not-assessable',
  'not yet reported': 'not-reported',
};

function expectedStatuses(): Map<string, Record<number, string>> {
  const md = fs.readFileSync(path.join(COUNTY_SRC, 'EXPECTED.md'), 'utf8');
  const summary = md.slice(md.indexOf('## Summary'), md.indexOf('## Working'));
  const out = new Map<string, Record<number, string>>();
  for (const line of summary.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!id) continue;
    const byYear: Record<number, string> = {};
    YEARS.forEach((y, k) => {
      const status = STATUS_OF[cells[2 + k]!];
      if (!status) throw new Error(`EXPECTED.md: unknown status "${cells[2 + k]}" for ${id} ${y}`);
      byYear[y] = status;
    });
    out.set(id, byYear);
  }
  return out;
}

const EXPECTED = expectedStatuses();
const countyIndicators = json(path.join(COUNTY_SRC, 'data/plans', COUNTY_PLAN, 'indicators.json')).indicators as {
  id: string;
  attribute: 'binding' | 'anticipatory';
  target: { kind: string };
}[];
const LABELS = {
  zh: { 'not-reported': '尚未报告', verdicts: ['已实现', '未实现', '进展滞后', '存在风险'] },
  en: { 'not-reported': 'Not yet reported', verdicts: ['Achieved', 'Not achieved', 'Off track', 'At risk'] },
};

describe('a plan in progress is honest (county fixture, EXPECTED.md)', () => {
  it('has hand-worked statuses for all six indicators', () => {
    expect([...EXPECTED.keys()].sort()).toEqual(countyIndicators.map((i) => i.id).sort());
  });

  for (const { lang, prefix } of LANGS) {
    it(`${lang}: every indicator page shows the expected status for 2026 and 2027 and “not yet reported” for 2028–2030`, () => {
      for (const [id, byYear] of EXPECTED) {
        const doc = loadPage(`${prefix}/${COUNTY_PLAN}/indicators/${id}/`, DIST_COUNTY);
        for (const y of YEARS) {
          const row = doc.querySelector(`.status-by-year #year-${y}`);
          expect(row, `${id} ${y}`).not.toBeNull();
          const badges = row!.querySelectorAll('.status');
          expect(
            badges.map((b) => b.getAttribute('data-status')),
            `${id} ${y}`,
          ).toEqual([byYear[y]]);
        }
        for (const y of NOT_REPORTED) {
          const row = doc.querySelector(`#year-${y}`)!;
          const badge = row.querySelector('.status')!;
          expect(badge.classList.contains('status--not-reported'), `${id} ${y}`).toBe(true);
          expect(badge.textContent, `${id} ${y}`).toContain(LABELS[lang]['not-reported']);
          for (const verdict of LABELS[lang].verdicts) expect(row.textContent, `${id} ${y}: ${verdict}`).not.toContain(verdict);
        }
        // The headline badge is the latest published year's (2027), never a verdict on a later year.
        expect(doc.querySelector('h1 ~ p .status')!.getAttribute('data-status'), id).toBe(byYear[2027]);
      }
    });
  }

  it('does not call the PM2.5 target (met in 2026 and 2027) achieved or missed for the final year 2030', () => {
    const atMost = countyIndicators.find((i) => i.target.kind === 'atMost')!;
    expect(EXPECTED.get(atMost.id)![2027]).toBe('achieved');
    for (const { lang, prefix } of LANGS) {
      const doc = loadPage(`${prefix}/${COUNTY_PLAN}/indicators/${atMost.id}/`, DIST_COUNTY);
      const row = doc.querySelector('#year-2030')!;
      expect(row.querySelector('[data-status]')!.getAttribute('data-status')).toBe('not-reported');
      expect(row.querySelectorAll('.status--achieved, .status--not-achieved, [data-status=achieved], [data-status=not-achieved]')).toHaveLength(0);
      // No sentence about 2030 states a verdict either (2027's says the value is within the limit).
      const text = row.textContent;
      for (const verdict of [...LABELS[lang].verdicts, lang === 'zh' ? '未超过' : 'within the limit'])
        expect(text, `${lang} 2030: ${verdict}`).not.toContain(verdict);
      expect(doc.querySelector('#year-2027')!.textContent).toContain(lang === 'zh' ? '未超过' : 'within the limit');
    }
  });

  it('lists each indicator with its 2027 status, and counts them the same way on the list and the plan home', () => {
    const counts = new Map<string, number>();
    for (const ind of countyIndicators) {
      const status = EXPECTED.get(ind.id)![2027]!;
      counts.set(`${status} ${ind.attribute}`, (counts.get(`${status} ${ind.attribute}`) ?? 0) + 1);
    }
    for (const { prefix } of LANGS) {
      const list = loadPage(`${prefix}/${COUNTY_PLAN}/indicators/`, DIST_COUNTY);
      for (const ind of countyIndicators) {
        const card = list.querySelectorAll('.indicator-card').find((c) => c.querySelector(`a[href$="/indicators/${ind.id}/"]`));
        expect(card?.getAttribute('data-status'), ind.id).toBe(EXPECTED.get(ind.id)![2027]);
      }
      for (const page of [`${prefix}/${COUNTY_PLAN}/indicators/`, `${prefix}/${COUNTY_PLAN}/`, `${prefix}/`]) {
        const summary = loadPage(page, DIST_COUNTY).querySelector('[data-status-summary]')!;
        expect(summary.querySelector('caption')!.textContent, page).toContain('2027');
        const shown = new Map<string, number>();
        for (const row of summary.querySelectorAll('tbody tr')) {
          for (const attr of ['binding', 'anticipatory']) {
            const n = Number(row.querySelector(`td[data-attribute=${attr}]`)!.textContent);
            if (n) shown.set(`${row.getAttribute('data-status')} ${attr}`, n);
          }
        }
        expect(Object.fromEntries(shown), page).toEqual(Object.fromEntries(counts));
      }
    }
  });

  it('assesses each report year as the notes do, and publishes no report for a year without figures', () => {
    for (const { prefix } of LANGS) {
      for (const y of REPORTED) {
        const doc = loadPage(`${prefix}/${COUNTY_PLAN}/reports/${y}/`, DIST_COUNTY);
        for (const [id, byYear] of EXPECTED) {
          const row = doc.querySelector(`[data-report-table] tr[data-indicator="${id}"]`);
          expect(row?.getAttribute('data-status'), `${y} ${id}`).toBe(byYear[y]);
        }
      }
    }
    const reportPages = htmlPages(DIST_COUNTY).filter((p) => /\/reports\/\d{4}\/$/.test(p));
    expect(reportPages.sort()).toEqual(LANGS.flatMap(({ prefix }) => REPORTED.map((y) => `${prefix}/${COUNTY_PLAN}/reports/${y}/`)).sort());
  });
});

// ─── Nothing of Lizhou in another county's site ───

const LIZHOU = ['利州', 'Lizhou', '广元', 'Guangyuan', 'eco-2021-2025', '表1', '专栏1', '32项'];

describe('the county site carries none of Lizhou’s words, numbers or URLs', () => {
  it('in any HTML, XML, CSV or JSON file it outputs', () => {
    const files = filesUnder(DIST_COUNTY).filter((f) => /\.(html|xml|csv|json)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const word of LIZHOU) if (text.includes(word)) found.push(`${path.relative(DIST_COUNTY, f)}: ${word}`);
    }
    expect(found).toEqual([]);
  });

  it('names its own indicator table, 表2-1 / Table 2-1', () => {
    const chapter = loadPage(`/${COUNTY_PLAN}/text/chapter-2/`, DIST_COUNTY);
    expect(chapter.querySelector('#table-2-1 caption')!.textContent).toMatch(/^表2-1/);
    expect(loadPage(`/en/${COUNTY_PLAN}/text/chapter-2/`, DIST_COUNTY).querySelector('#table-2-1 caption')!.textContent).toMatch(/^Table 2-1/);
    for (const [page, name] of [
      [`/${COUNTY_PLAN}/`, '表2-1'],
      [`/en/${COUNTY_PLAN}/`, 'Table 2-1'],
      [`/${COUNTY_PLAN}/indicators/pm25-concentration/`, '表2-1'],
      [`/en/${COUNTY_PLAN}/indicators/pm25-concentration/`, 'Table 2-1'],
    ] as const) {
      expect(loadPage(page, DIST_COUNTY).querySelector('main')!.textContent, page).toContain(name);
    }
    // Each row of the table links to its indicator.
    expect(chapter.querySelectorAll('#table-2-1 tbody th a').map((a) => a.getAttribute('href'))).toEqual(
      countyIndicators.map((i) => `/${COUNTY_PLAN}/indicators/${i.id}/`),
    );
  });

  it('shows no demonstration banner', () => {
    for (const p of htmlPages(DIST_COUNTY)) expect(loadPage(p, DIST_COUNTY).querySelector('[data-demo-banner]'), p).toBeNull();
  });

  it('renders its report PDFs under its own title and issuer', () => {
    for (const y of REPORTED) {
      for (const lang of ['zh', 'en'] as const) {
        const file = path.join(DIST_COUNTY, COUNTY_PLAN, 'reports', String(y), `report-${y}-${lang}.pdf`);
        expect(fs.existsSync(file), file).toBe(true);
        const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
        expect(text).toContain(squash(lang === 'zh' ? `清溪县“十五五”生态环境保护规划${y}年度评估报告` : `Assessment report ${y}`));
        expect(text).toContain(squash(lang === 'zh' ? '清溪县人民政府' : 'Qingxi County People’s Government'));
        for (const word of LIZHOU) expect(text.includes(squash(word)), `${file}: ${word}`).toBe(false);
      }
    }
  });
});

// ─── Three plans side by side ───

const MULTI_SRC = path.join(BUILDS, 'multi/src');
const MULTI_PLANS = json(path.join(MULTI_SRC, 'data/site.json')).plans as string[];

interface PlanFiles {
  id: string;
  chapters: string[];
  indicators: string[];
  projects: string[];
  places: string[];
  /** Years whose report is published in reports.json. */
  reportYears: number[];
  /** Years with figures whose report is not published. */
  pendingYears: number[];
}
function planFiles(id: string): PlanFiles {
  const data = path.join(MULTI_SRC, 'data/plans', id);
  const progress = path.join(data, 'progress');
  const withFigures = fs.existsSync(progress)
    ? fs
        .readdirSync(progress)
        .filter((f) => /^\d{4}\.json$/.test(f) && json(path.join(progress, f)).observations.length > 0)
        .map((f) => Number(f.slice(0, 4)))
    : [];
  const reportsFile = path.join(data, 'reports.json');
  const published = fs.existsSync(reportsFile)
    ? json(reportsFile)
        .reports.filter((r: { status: string }) => r.status === 'published')
        .map((r: { year: number }) => r.year)
    : [];
  return {
    id,
    chapters: fs
      .readdirSync(path.join(MULTI_SRC, 'content/plans', id, 'zh'))
      .filter((f) => /^chapter-\d+\.mdx$/.test(f))
      .map((f) => f.replace('.mdx', '')),
    indicators: json(path.join(data, 'indicators.json')).indicators.map((i: { id: string }) => i.id),
    projects: json(path.join(data, 'projects.json')).projects.map((p: { id: string }) => p.id),
    places: json(path.join(data, 'places.json')).places.map((p: { id: string }) => p.id),
    reportYears: published,
    pendingYears: withFigures.filter((y) => !published.includes(y)),
  };
}

/** Which plan a site path belongs to (undefined: a page of the site itself). */
const planOfPath = (p: string) => MULTI_PLANS.find((id) => p.startsWith(`/${id}/`) || p.startsWith(`/en/${id}/`));

describe('three plans side by side (three-plan fixture)', () => {
  const pages = htmlPages(DIST_MULTI);
  const plans = MULTI_PLANS.map(planFiles);

  it('lists the demonstration’s two plans and the county plan', () => {
    expect(MULTI_PLANS).toEqual(['eco-2021-2025', 'eco-2026-2030', COUNTY_PLAN]);
    for (const p of plans) {
      expect(p.chapters.length, p.id).toBeGreaterThan(1);
      expect(p.indicators.length, p.id).toBeGreaterThan(1);
      expect(p.reportYears.length, p.id).toBeGreaterThan(0);
    }
    // The successor plan's 2027 report is a draft (demo/data/plans/eco-2026-2030/reports.json): figures, no report.
    expect(plans.find((p) => p.id === 'eco-2026-2030')!.pendingYears).toEqual([2027]);
  });

  for (const plan of MULTI_PLANS) {
    it(`${plan}: every page and download exists in both languages`, () => {
      const p = planFiles(plan);
      const missing: string[] = [];
      for (const { prefix } of LANGS) {
        const expected = [
          '/',
          '/text/',
          ...p.chapters.map((c) => `/text/${c}/`),
          '/indicators/',
          '/indicators/methodology/',
          ...p.indicators.map((i) => `/indicators/${i}/`),
          '/projects/',
          ...p.projects.map((i) => `/projects/${i}/`),
          '/places/',
          ...p.places.map((i) => `/places/${i}/`),
          '/reports/',
          ...p.reportYears.map((y) => `/reports/${y}/`),
          '/data/',
          '/glossary/',
        ];
        for (const e of expected) if (!pages.includes(`${prefix}/${plan}${e}`)) missing.push(`${prefix}/${plan}${e}`);
        // A year whose report is not published has figures on the site but no report page; the reports page says so.
        for (const y of p.pendingYears) expect(pages, `${prefix}/${plan}/reports/${y}/`).not.toContain(`${prefix}/${plan}/reports/${y}/`);
        const pending = loadPage(`${prefix}/${plan}/reports/`, DIST_MULTI).querySelector('[data-pending-reports]');
        if (p.pendingYears.length) expect(pending?.textContent, plan).toContain(String(p.pendingYears.at(-1)));
        else expect(pending, plan).toBeNull();
        if (!fs.existsSync(path.join(DIST_MULTI, prefix, plan, 'feed.xml'))) missing.push(`${prefix}/${plan}/feed.xml`);
        for (const y of p.reportYears) {
          const pdf = path.join(DIST_MULTI, plan, 'reports', String(y), `report-${y}-${prefix ? 'en' : 'zh'}.pdf`);
          if (!fs.existsSync(pdf)) missing.push(path.relative(DIST_MULTI, pdf));
        }
      }
      for (const f of [
        'indicators.csv',
        'observations.csv',
        'dataset.json',
        'template.csv',
        ...p.indicators.flatMap((i) => [`indicators/${i}.csv`, `indicators/${i}.json`]),
      ]) {
        if (!fs.existsSync(path.join(DIST_MULTI, plan, 'data', f))) missing.push(`/${plan}/data/${f}`);
      }
      expect(missing).toEqual([]);
      // Each plan's downloads and feed are its own.
      expect(json(path.join(DIST_MULTI, plan, 'data/dataset.json')).indicators.map((i: { id: string }) => i.id)).toEqual(p.indicators);
      for (const feed of [path.join(DIST_MULTI, plan, 'feed.xml'), path.join(DIST_MULTI, 'en', plan, 'feed.xml')]) {
        const links = [...fs.readFileSync(feed, 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname).filter((l) => l !== '/');
        expect(links.length, feed).toBeGreaterThan(0);
        for (const l of links) expect(planOfPath(l), `${feed}: ${l}`).toBe(plan);
      }
    });
  }

  it('has no broken internal link or anchor anywhere in the build', () => {
    expect(brokenLinks(DIST_MULTI)).toEqual([]);
  });

  it('keeps the links inside a plan’s main content inside that plan (but for the continued series and the successor notice)', () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const page of pages.filter(planOfPath)) {
      const plan = planOfPath(page)!;
      const main = loadPage(page, DIST_MULTI).querySelector('main')!;
      for (const a of main.querySelectorAll('a[href]')) {
        const target = resolveLink(DIST_MULTI, page, a.getAttribute('href')!);
        if (!target) continue;
        checked++;
        const other = planOfPath(target.path);
        if (!other || other === plan) continue;
        const inSeries = a.closest('section[aria-labelledby="series"]') !== null;
        const successorNotice =
          /\/indicators\/[a-z0-9-]+\/$/.test(page) && a.parentNode?.classList?.contains('notice') && /\/indicators\/[a-z0-9-]+\/$/.test(target.path);
        if (!inSeries && !successorNotice) leaks.push(`${page} → ${a.getAttribute('href')}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(leaks).toEqual([]);
  });

  it('shows nothing of Lizhou in the main content of the county plan’s pages, and names the county as its issuer', () => {
    const countyPages = pages.filter((p) => planOfPath(p) === COUNTY_PLAN);
    expect(countyPages.length).toBeGreaterThan(30);
    for (const p of countyPages) {
      const doc = loadPage(p, DIST_MULTI);
      const main = doc.querySelector('main')!.toString();
      for (const word of ['利州', 'Lizhou', '广元', 'Guangyuan']) expect(main.includes(word), `${p}: ${word}`).toBe(false);
      const footer = doc.querySelector('.site-footer')!.textContent;
      expect(footer, p).toContain(p.startsWith('/en/') ? 'Qingxi County People’s Government' : '清溪县人民政府');
      for (const word of ['利州', 'Lizhou']) expect(footer.includes(`: ${word}`) || footer.includes(`：${word}`), `${p} footer: ${word}`).toBe(false);
    }
  });

  it('offers a plan filter on the search page listing the three plans', () => {
    for (const { prefix } of LANGS) {
      const select = loadPage(`${prefix}/search/`, DIST_MULTI).querySelector('form[data-search-form] select[name=plan]');
      expect(select, prefix).not.toBeNull();
      expect(select!.querySelectorAll('option').map((o) => o.getAttribute('value'))).toEqual(['', ...MULTI_PLANS]);
    }
  });

  it('tags the main content of every plan page with its plan for search, and no site page', () => {
    for (const p of pages) {
      const main = loadPage(p, DIST_MULTI).querySelector('main')!;
      const tags = main.querySelectorAll('[data-pagefind-filter^="plan:"]');
      const plan = planOfPath(p);
      if (!plan) {
        expect(tags, p).toHaveLength(0);
        continue;
      }
      expect(
        tags.map((t) => t.getAttribute('data-pagefind-filter')),
        p,
      ).toEqual([`plan:${plan}`]);
      expect(tags[0]!.hasAttribute('hidden'), p).toBe(true);
      expect(tags[0]!.parentNode, p).toBe(main);
    }
  });

  it('switches language to the same page of the same plan', () => {
    for (const p of pages.filter(planOfPath)) {
      const other = p.startsWith('/en/') ? p.slice(3) : `/en${p}`;
      expect(loadPage(p, DIST_MULTI).querySelector('a[data-lang-switch]')!.getAttribute('href'), p).toBe(other);
      expect(pages, p).toContain(other);
    }
  });

  it('searches within the plan being read from the header, and leads the navigation to that plan', () => {
    for (const plan of MULTI_PLANS) {
      for (const { prefix } of LANGS) {
        const doc = loadPage(`${prefix}/${plan}/indicators/`, DIST_MULTI);
        expect(doc.querySelector('.header-search input[name=plan]')?.getAttribute('value')).toBe(plan);
        expect(doc.querySelector('.site-header__plan a')!.getAttribute('href')).toBe(`${prefix}/${plan}/`);
        const nav = doc.querySelectorAll('.site-nav a').map((a) => a.getAttribute('href')!);
        for (const section of ['text', 'indicators', 'projects', 'reports', 'data'])
          expect(nav, `${plan} ${section}`).toContain(`${prefix}/${plan}/${section}/`);
      }
    }
  });
});

// ─── A site of one plan is not a portal of one ───

describe('a single-plan site does not look like a portal of one', () => {
  const single: [string, string][] = [
    ['dist', DIST],
    ['county fixture', DIST_COUNTY],
  ];
  for (const [name, dist] of single) {
    it(`${name}: no “other plans” section, no plan filter, no plan bar`, () => {
      requireBuild(dist);
      for (const { prefix } of LANGS) {
        const home = loadPage(`${prefix}/`, dist);
        expect(home.getElementById('other-plans'), prefix).toBeNull();
        expect(home.querySelector('main')!.textContent, prefix).not.toMatch(/其他规划|Other plans/);
        expect(home.querySelectorAll('main h1'), prefix).toHaveLength(1);
        const search = loadPage(`${prefix}/search/`, dist);
        expect(search.querySelector('select[name=plan]'), prefix).toBeNull();
      }
      for (const p of htmlPages(dist)) {
        const doc = loadPage(p, dist);
        expect(doc.querySelector('.site-header__plan'), p).toBeNull();
        expect(doc.querySelector('.header-search input[name=plan]'), p).toBeNull();
        expect(doc.querySelector('main [data-pagefind-filter^="plan:"]'), p).toBeNull();
      }
    });
  }

  it('three-plan fixture: the home lists the other plans, search filters by plan, every page has the plan bar', () => {
    for (const { prefix } of LANGS) {
      const home = loadPage(`${prefix}/`, DIST_MULTI);
      const current = json(path.join(MULTI_SRC, 'data/site.json')).currentPlan as string;
      const others = home
        .querySelectorAll('#other-plans ~ ul a, section[aria-labelledby="other-plans"] .plan-list > li > a')
        .map((a) => a.getAttribute('href'));
      expect([...new Set(others)].sort(), prefix).toEqual(
        MULTI_PLANS.filter((p) => p !== current)
          .map((p) => `${prefix}/${p}/`)
          .sort(),
      );
      expect(home.getElementById('other-plans')!.textContent).toBe(prefix ? 'Other plans' : '其他规划');
      expect(loadPage(`${prefix}/search/`, DIST_MULTI).querySelector('select[name=plan]')).not.toBeNull();
    }
    for (const p of htmlPages(DIST_MULTI)) expect(loadPage(p, DIST_MULTI).querySelector('.site-header__plan'), p).not.toBeNull();
  });
});

// ─── An indicator continued from one plan to the next (dist-demo) ───

describe('the continued indicator (PM2.5, 14th → 15th plan, demonstration)', () => {
  requireBuild(DIST_DEMO);
  const demo = path.join(ROOT, 'demo/data/plans');
  const real = path.join(ROOT, 'data/plans');
  const current = (o: { value: number; revisions?: { value: number }[] }) => o.revisions?.at(-1)?.value ?? o.value;
  /** A plan's published figures for one indicator, from its progress files (demo/), by year. */
  const figures = (plan: string, id: string) => {
    const out = new Map<number, number>();
    const dir = path.join(demo, plan, 'progress');
    for (const f of fs.readdirSync(dir).filter((x) => /^\d{4}\.json$/.test(x))) {
      const o = json(path.join(dir, f)).observations.find((x: { indicator: string }) => x.indicator === id);
      if (o) out.set(Number(f.slice(0, 4)), current(o));
    }
    return out;
  };
  const before = {
    plan: 'eco-2021-2025',
    indicator: json(path.join(real, 'eco-2021-2025/indicators.json')).indicators.find((i: { id: string }) => i.id === 'pm25-concentration'),
  };
  const after = {
    plan: 'eco-2026-2030',
    indicator: json(path.join(demo, 'eco-2026-2030/indicators.json')).indicators.find((i: { id: string }) => i.id === 'pm25-concentration'),
  };

  it('is declared as continuing the 14th plan’s indicator', () => {
    expect(after.indicator.continues).toEqual({ plan: 'eco-2021-2025', indicator: 'pm25-concentration' });
  });

  for (const { lang, prefix } of LANGS) {
    it(`${lang}: lists 2020–2030 with each plan’s own figures, and targets only in each plan’s final year`, () => {
      const doc = loadPage(`${prefix}/eco-2026-2030/indicators/pm25-concentration/`, DIST_DEMO);
      const section = doc.querySelector('section[aria-labelledby="series"]');
      expect(section, 'series section').not.toBeNull();
      expect(section!.querySelector('#series')).not.toBeNull();
      const rows = section!.querySelectorAll('table.series-table tbody tr');
      const year = (r: HTMLElement) => Number(/^\d{4}/.exec(squash(r.querySelector('th')!.textContent))![0]);
      expect(rows.map(year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
      const earlier = figures('eco-2021-2025', 'pm25-concentration');
      const later = figures('eco-2026-2030', 'pm25-concentration');
      expect([...earlier.keys()].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
      expect([...later.keys()].sort()).toEqual([2026, 2027]);
      const num = (s: string) => Number.parseFloat(squash(s).replace(/,/g, ''));
      for (const r of rows) {
        const y = year(r);
        const [planCell, valueCell, targetCell] = r.querySelectorAll('td');
        const owner = y <= 2025 ? before.plan : after.plan;
        expect(planCell!.querySelector('a')!.getAttribute('href'), `${y}`).toBe(`${prefix}/${owner}/indicators/pm25-concentration/`);
        const expected = y === 2020 ? before.indicator.baseline : (earlier.get(y) ?? later.get(y));
        if (expected === undefined) {
          expect(y, 'years without figures').toBeGreaterThanOrEqual(2028);
          expect(Number.isNaN(num(valueCell!.textContent)), `${y}: ${valueCell!.textContent}`).toBe(true);
        } else {
          expect(num(valueCell!.textContent), `${y}`).toBe(expected);
        }
        const target = squash(targetCell!.textContent);
        if (y === 2025) expect(num(target)).toBe(before.indicator.target.value);
        else if (y === 2030) expect(num(target)).toBe(after.indicator.target.value);
        else expect(target, `${y} target`).toBe('');
      }
    });

    it(`${lang}: the 14th plan’s page links to its successor`, () => {
      const doc = loadPage(`${prefix}/eco-2021-2025/indicators/pm25-concentration/`, DIST_DEMO);
      const links = doc.querySelectorAll('main p.notice a').map((a) => a.getAttribute('href'));
      expect(links).toContain(`${prefix}/eco-2026-2030/indicators/pm25-concentration/`);
      // The earlier plan keeps its own assessment: no whole-series section there.
      expect(doc.querySelector('section[aria-labelledby="series"]')).toBeNull();
    });
  }

  it('shows the whole series only for continued indicators', () => {
    const continued = new Set(
      json(path.join(demo, 'eco-2026-2030/indicators.json'))
        .indicators.filter((i: { continues?: unknown }) => i.continues)
        .map((i: { id: string }) => i.id),
    );
    expect([...continued].sort()).toEqual(['forest-coverage', 'pm25-concentration']);
    for (const p of htmlPages(DIST_DEMO).filter((x) => /^\/(en\/)?eco-2026-2030\/indicators\/[a-z0-9-]+\/$/.test(x) && !x.endsWith('/methodology/'))) {
      const id = p.split('/').at(-2)!;
      expect(loadPage(p, DIST_DEMO).getElementById('series') !== null, p).toBe(continued.has(id));
    }
  });
});
