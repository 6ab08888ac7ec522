/**
 * The home page answers (src/lib/views/home.ts, PlanOverview): topics in the data's order, one sentence per headline
 * indicator with its figure, a trend line drawn at build time, a link to the indicator; then the status counts, each
 * a link to the filtered list, with what the terms mean one tap away; then the chapters. On the real site (no
 * figures yet) it says so and gives baseline and target.
 *
 * Reads dist-demo/ and dist/ (built by `npm test`); HOME_TEST_DEMO / HOME_TEST_REAL point it at other builds.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { DIST, DIST_DEMO, ROOT, REAL_PLAN, loadPage, pageFile, requireBuild, squash } from '../helpers/dist.ts';
import { formatNumber } from '../../src/i18n/locale.ts';
import { STATUSES } from '../../src/lib/indicators/assess.ts';

const DEMO = process.env.HOME_TEST_DEMO ? path.resolve(process.env.HOME_TEST_DEMO) : DIST_DEMO;
const REAL = process.env.HOME_TEST_REAL ? path.resolve(process.env.HOME_TEST_REAL) : DIST;
requireBuild(DEMO);
requireBuild(REAL);

const LANGS = [
  { lang: 'zh', prefix: '' },
  { lang: 'en', prefix: '/en' },
] as const;
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const DEMO_PLAN: string = readJson(path.join(ROOT, 'demo/data/site.json')).currentPlan;

interface IndicatorData {
  id: string;
  topic?: string;
  headline?: boolean;
  target: { kind: string };
  name: { zh: string; en: string };
}
interface TopicsFile {
  topics?: { id: string; name: { zh: string; en: string } }[];
  indicators: IndicatorData[];
}
/** A plan's indicators file: the demo's own plan folder, or the real plan's (the demo reuses it). */
const indicatorsOf = (plan: string): TopicsFile => {
  const demo = path.join(ROOT, 'demo/data/plans', plan, 'indicators.json');
  return readJson(fs.existsSync(demo) ? demo : path.join(ROOT, 'data/plans', plan, 'indicators.json'));
};
/** Each indicator's published values by year, from the demo's progress files. */
function demoValues(plan: string): Map<string, { year: number; value: number | string }[]> {
  const dir = path.join(ROOT, 'demo/data/plans', plan, 'progress');
  const out = new Map<string, { year: number; value: number | string }[]>();
  for (const f of fs.readdirSync(dir).sort()) {
    const { year, observations } = readJson(path.join(dir, f)) as { year: number; observations: { indicator: string; value: number | string }[] };
    for (const o of observations) out.set(o.indicator, [...(out.get(o.indicator) ?? []), { year, value: o.value }]);
  }
  return out;
}
const text = (e: HTMLElement) => e.textContent.replace(/\s+/g, ' ').trim();
const before = (a: HTMLElement, b: HTMLElement) => a.range[0] < b.range[0];

describe('demonstration home page', () => {
  const data = indicatorsOf(DEMO_PLAN);
  const values = demoValues(DEMO_PLAN);
  const headlines = data.indicators.filter((i) => i.headline);
  const topics = (data.topics ?? []).filter((t) => headlines.some((i) => i.topic === t.id));

  it('the demonstration plan declares topics and headline indicators (otherwise there is nothing to test)', () => {
    expect(topics.length).toBeGreaterThanOrEqual(3);
    expect(headlines.length).toBeGreaterThanOrEqual(5);
  });

  for (const { lang, prefix } of LANGS) {
    const doc = () => loadPage(`${prefix}/`, DEMO);

    it(`${lang}: leads with the topics, in the data's order, then the counts, then the chapters`, () => {
      const shown = doc().querySelectorAll('[data-topics] [data-topic]');
      expect(shown.map((s) => s.getAttribute('data-topic'))).toEqual(topics.map((t) => t.id));
      expect(shown.map((s) => text(s.querySelector('.topic__title')!))).toEqual(topics.map((t) => t.name[lang]));
      const [answers, counts, chapters] = ['[data-topics]', '[data-status-summary]', '.chapter-list'].map((s) => doc().querySelector(s)!);
      expect(before(answers!, counts!) && before(counts!, chapters!)).toBe(true);
    });

    it(`${lang}: reads out every headline indicator in one sentence with its latest figure, a trend line and a link`, () => {
      for (const ind of headlines) {
        const item = doc().querySelector(`[data-topic="${ind.topic}"] [data-headline="${ind.id}"]`);
        expect(item, ind.id).not.toBeNull();
        const sentence = text(item!.querySelector('[data-headline-sentence]')!);
        const series = values.get(ind.id) ?? [];
        const latest = series.at(-1);
        if (latest && typeof latest.value === 'number') {
          // The running total for a cumulative target, the year's value otherwise (worked out here from the progress files).
          const figure = ind.target.kind === 'cumulative' ? series.reduce((s, v) => s + (v.value as number), 0) : latest.value;
          expect(squash(sentence), ind.id).toContain(squash(formatNumber(figure, lang)));
          expect(sentence, ind.id).toContain(String(latest.year));
        }
        expect(sentence, ind.id).toMatch(lang === 'zh' ? /。$/ : /\.$/);
        const link = item!.querySelector('a')!;
        expect(link.getAttribute('href'), ind.id).toBe(`${prefix}/${DEMO_PLAN}/indicators/${ind.id}/`);
        expect(text(link)).toBe(ind.name[lang]);
        expect(fs.existsSync(pageFile(link.getAttribute('href')!, DEMO)), ind.id).toBe(true);
        if (series.filter((v) => typeof v.value === 'number').length > 0) {
          const svg = item!.querySelector('[data-sparkline] svg');
          expect(svg, ind.id).not.toBeNull();
          expect(svg!.getAttribute('role')).toBe('img');
          expect(svg!.getAttribute('aria-label'), ind.id).toContain(ind.name[lang]);
          expect(svg!.querySelector('polyline'), ind.id).not.toBeNull();
        }
      }
    });

    it(`${lang}: explains the statuses and attributes beside the counts, and links each count to the filtered list`, () => {
      const details = doc().querySelector('details[data-explain]')!;
      expect(details.querySelector('summary')).not.toBeNull();
      expect(details.querySelector('a[href$="/indicators/methodology/#terms"]')).not.toBeNull();
      for (const row of doc().querySelectorAll('[data-status-summary] tbody tr')) {
        const status = row.getAttribute('data-status')!;
        expect(details.querySelector(`.status--${status}`), status).not.toBeNull();
        for (const attribute of ['binding', 'anticipatory']) {
          const cell = row.querySelector(`td[data-attribute=${attribute}]`)!;
          const link = cell.querySelector('a');
          if (Number(text(cell)) === 0) expect(link, `${status} ${attribute}`).toBeNull();
          else expect(link!.getAttribute('href')).toBe(`${prefix}/${DEMO_PLAN}/indicators/?status=${status}&attribute=${attribute}`);
        }
      }
    });
  }

  it('reads PM2.5 and the cumulative reduction as worked out by hand', () => {
    // demo/data/plans/eco-2026-2030: PM2.5 baseline 23.4 (2025), 23.6 in 2027: +0.2 / 23.4 = +0.85% → 0.9%; at most 24.
    // Nitrogen oxides: 95 (2026) + 70 (2027) = 165 t of 400 t → 41%.
    const zh = loadPage('/', DEMO);
    const en = loadPage('/en/', DEMO);
    const s = (doc: HTMLElement, id: string) => text(doc.querySelector(`[data-headline="${id}"] [data-headline-sentence]`)!).replaceAll('\u00a0', ' ');
    expect(s(zh, 'pm25-concentration')).toBe('2027年为23.6 μg/m³，比2025年上升0.9%（越低越好），达到目标（不高于24 μg/m³）。');
    expect(s(en, 'pm25-concentration')).toBe('2027: 23.6 μg/m³, 0.9% higher than in 2025 (lower is better), within the target of at most 24 μg/m³.');
    expect(s(zh, 'nox-reduction')).toBe('截至2027年累计165吨（当年70吨），已完成2030年累计目标400吨的41%。');
    expect(s(en, 'nox-reduction')).toBe('165 t in total by 2027 (70 t in 2027), 41% of the target of 400 t in total by 2030.');
  });

  it('the methodology page holds an anchor for each attribute and status the explanations link to', () => {
    for (const { prefix } of LANGS) {
      const doc = loadPage(`${prefix}/${DEMO_PLAN}/indicators/methodology/`, DEMO);
      for (const id of ['terms', 'attribute-binding', 'attribute-anticipatory', ...STATUSES.map((s) => `status-${s}`)])
        expect(doc.getElementById(id), `${prefix} #${id}`).not.toBeNull();
    }
  });
});

describe('real site home page (no figures published)', () => {
  const data = indicatorsOf(REAL_PLAN);
  for (const { lang, prefix } of LANGS) {
    it(`${lang}: says plainly that no figures are published yet, with baseline and target for each headline indicator`, () => {
      const doc = loadPage(`${prefix}/`, REAL);
      expect(doc.querySelector('[data-no-figures]'), lang).not.toBeNull();
      const items = doc.querySelectorAll('[data-headline]');
      expect(items.map((i) => i.getAttribute('data-headline'))).toEqual(
        (data.topics ?? []).flatMap((t) => data.indicators.filter((i) => i.headline && i.topic === t.id).map((i) => i.id)),
      );
      for (const item of items) {
        expect(text(item.querySelector('[data-headline-sentence]')!), item.getAttribute('data-headline')!).toMatch(
          lang === 'zh' ? /^尚未公布数据。/ : /^No figures published yet\. /,
        );
        expect(item.querySelector('svg'), item.getAttribute('data-headline')!).toBeNull();
      }
      const pm = text(doc.querySelector('[data-headline="pm25-concentration"] [data-headline-sentence]')!).replaceAll('\u00a0', ' ');
      expect(pm).toBe(
        lang === 'zh'
          ? '尚未公布数据。2020年为24.8 μg/m³；2025年目标：不高于25.2 μg/m³。'
          : 'No figures published yet. 2020: 24.8 μg/m³; target for 2025: at most 25.2 μg/m³.',
      );
    });
  }
});
