/** The project registry against the plan's boxes, and the project, place and indicator pages that link them. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DEMO, htmlPages, loadPage, requireBuild, ROOT } from '../helpers/dist.ts';
import { noDataDist, REAL_PLAN } from '../helpers/build.ts';
import { DIST_COUNTY } from '../helpers/sites.ts';
import { parseBlocks } from '../../src/lib/plan/structure.ts';

requireBuild();
const registry = JSON.parse(fs.readFileSync(path.join(ROOT, `data/plans/${REAL_PLAN}/projects.json`), 'utf8'));
const places = JSON.parse(fs.readFileSync(path.join(ROOT, `data/plans/${REAL_PLAN}/places.json`), 'utf8')).places as { id: string }[];
// Categories of projects named in a box (专栏) carry the box's id; those named in the chapter text have none.
const boxOf = new Map<string, string | undefined>(registry.categories.map((c: { id: string; box?: string }) => [c.id, c.box]));
const inABox = (p: { category: string }) => boxOf.get(p.category) !== undefined;
const projects = registry.projects as {
  id: string;
  category: string;
  sourcePhrase: string;
  alsoNamedAs?: string[];
  goals: { text: { zh: string } }[];
  indicators: string[];
  places: string[];
}[];
const planText = fs.readFileSync(path.join(ROOT, 'test/fixtures/plan-source.zh.txt'), 'utf8');

/** Paragraphs of each box in the Chinese text, with tags removed. */
function boxParagraphs(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of [3, 4, 5]) {
    let box: string | undefined;
    for (const b of parseBlocks(fs.readFileSync(path.join(ROOT, `src/content/plans/${REAL_PLAN}/zh/chapter-${n}.mdx`), 'utf8'))) {
      if (b.kind === 'box') box = b.id;
      else if (b.kind === 'box-end') box = undefined;
      else if (box && b.kind === 'paragraph') out.set(box, [...(out.get(box) ?? []), b.text]);
    }
  }
  return out;
}

describe('project registry against boxes 专栏1–3', () => {
  const boxes = boxParagraphs();
  it('finds each box project’s own words in its box', () => {
    for (const p of projects.filter(inABox)) {
      const text = boxes.get(boxOf.get(p.category)!)!.join('');
      expect(text.includes(p.sourcePhrase), `${p.id}: ${p.sourcePhrase}`).toBe(true);
    }
  });

  it('registers projects for every line of every box, covering most of its words', () => {
    for (const [box, paragraphs] of boxes) {
      for (const para of paragraphs) {
        const lead = /^[^。]{2,12}。/.exec(para)?.[0] ?? ''; // the line's lead, e.g. 新能源产业。
        const body = para.slice(lead.length);
        const inBox = projects.filter((p) => boxOf.get(p.category) === box);
        // A project may be the whole line (its words are the lead), its goals then name what it delivers.
        const phrases = inBox
          .flatMap((p) => (lead.startsWith(p.sourcePhrase) ? p.goals.map((g) => g.text.zh) : [p.sourcePhrase]))
          .filter((ph) => body.includes(ph));
        expect(phrases.length, `${box}: ${para.slice(0, 20)}`).toBeGreaterThan(0);
        const covered = new Array(body.length).fill(false);
        for (const ph of phrases) {
          const at = body.indexOf(ph);
          for (let i = at; i < at + ph.length; i++) covered[i] = true;
        }
        const share = covered.filter(Boolean).length / body.length;
        expect(share, `${box}: ${para.slice(0, 20)} is only ${Math.round(share * 100)}% covered`).toBeGreaterThanOrEqual(0.5);
      }
    }
  });

  it('quotes only words that are in the plan', () => {
    for (const p of projects)
      for (const phrase of [p.sourcePhrase, ...(p.alsoNamedAs ?? [])]) expect(planText.includes(phrase), `${p.id}: ${phrase}`).toBe(true);
  });

  it('splits 专栏1’s new-energy line into its six projects', () => {
    const line = boxes.get('box-1')!.find((p) => p.startsWith('新能源产业'))!;
    expect(projects.filter((p) => line.includes(p.sourcePhrase)).length).toBeGreaterThanOrEqual(6);
  });
});

describe('project pages and links', () => {
  const pages = htmlPages();
  it('give every project a page in both languages', () => {
    for (const p of projects) {
      expect(pages).toContain(`/${REAL_PLAN}/projects/${p.id}/`);
      expect(pages).toContain(`/en/${REAL_PLAN}/projects/${p.id}/`);
    }
  });

  it('link project ↔ indicator ↔ plan ↔ place both ways', () => {
    for (const p of projects) {
      const doc = loadPage(`/en/${REAL_PLAN}/projects/${p.id}/`);
      const hrefs = doc.querySelectorAll('article a').map((a) => a.getAttribute('href'));
      for (const i of p.indicators) {
        expect(hrefs, p.id).toContain(`/en/${REAL_PLAN}/indicators/${i}/`);
        expect(
          loadPage(`/en/${REAL_PLAN}/indicators/${i}/`)
            .querySelectorAll('#projects ~ ul a')
            .map((a) => a.getAttribute('href')),
        ).toContain(`/en/${REAL_PLAN}/projects/${p.id}/`);
      }
      for (const pl of p.places) {
        expect(hrefs, p.id).toContain(`/en/${REAL_PLAN}/places/${pl}/`);
        expect(
          loadPage(`/en/${REAL_PLAN}/places/${pl}/`)
            .querySelectorAll('#projects ~ ul a')
            .map((a) => a.getAttribute('href')),
        ).toContain(`/en/${REAL_PLAN}/projects/${p.id}/`);
      }
      expect(
        hrefs.some((h) => h?.startsWith(`/en/${REAL_PLAN}/text/chapter-`)),
        p.id,
      ).toBe(true);
    }
    const placesPage = loadPage(`/${REAL_PLAN}/places/`);
    for (const pl of places) {
      expect(placesPage.getElementById(pl.id), pl.id).not.toBeNull();
      expect(loadPage(`/${REAL_PLAN}/places/${pl.id}/`).querySelector('h1')).not.toBeNull();
    }
  });

  it('link each box project from the plan’s boxes in both languages', () => {
    for (const lang of ['', '/en']) {
      const linked = new Set<string>();
      for (const n of [3, 4, 5])
        for (const a of loadPage(`${lang}/${REAL_PLAN}/text/chapter-${n}/`).querySelectorAll('.box a.project-link')) linked.add(a.getAttribute('href')!);
      for (const p of projects.filter(inABox)) expect(linked, `${lang} ${p.id}`).toContain(`${lang}/${REAL_PLAN}/projects/${p.id}/`);
    }
  });

  it('say “暂无进展信息 / No progress update published” when no update is published, never “as planned”', () => {
    const NO_DATA = noDataDist();
    const states = new Set(
      projects.map((p) =>
        loadPage(`/${REAL_PLAN}/projects/${p.id}/`, NO_DATA).querySelector('h1 ~ p [data-project-state]')!.getAttribute('data-project-state'),
      ),
    );
    expect(states).toEqual(new Set(['no-update']));
    const zhCounts = loadPage(`/${REAL_PLAN}/projects/`, NO_DATA).querySelector('[data-project-counts]')!.textContent;
    const enCounts = loadPage(`/en/${REAL_PLAN}/projects/`, NO_DATA).querySelector('[data-project-counts]')!.textContent;
    expect(zhCounts).toContain('暂无进展信息');
    expect(enCounts).toContain('No progress update published');
    expect(zhCounts).not.toContain('按计划');
    expect(enCounts).not.toMatch(/as planned/i);
  });
});

describe('demonstration project statuses', () => {
  requireBuild(DIST_DEMO);
  it('show every status, with dated, sourced timelines', () => {
    const states = new Set<string>();
    for (const p of projects) {
      const doc = loadPage(`/en/${REAL_PLAN}/projects/${p.id}/`, DIST_DEMO);
      states.add(doc.querySelector('h1 ~ p [data-project-state]')!.getAttribute('data-project-state')!);
      for (const li of doc.querySelectorAll('.timeline li')) expect(li.textContent).toMatch(/Source: .*Demonstration/);
    }
    expect([...states].sort()).toEqual(['cancelled', 'completed', 'delayed', 'in-progress', 'no-update', 'planned']);
  });

  it('count projects by status consistently with the list', () => {
    for (const [dist, list] of [
      [DIST_DEMO, `/${REAL_PLAN}/projects/`],
      [DIST_DEMO, '/en/eco-2026-2030/projects/'],
      [DIST_COUNTY, '/qingxi-2026-2030/projects/'],
    ] as const) {
      const doc = loadPage(list, dist);
      const counts = doc.querySelectorAll('[data-project-counts] li');
      expect(counts.length, list).toBeGreaterThan(0);
      let total = 0;
      for (const li of counts) {
        const state = li.getAttribute('data-state');
        const n = Number(li.querySelector('strong')!.textContent);
        total += n;
        expect(n, `${list} ${state}`).toBe(doc.querySelectorAll(`.project-card[data-state="${state}"]`).length);
      }
      expect(total, list).toBe(doc.querySelectorAll('.project-card').length);
    }
  });
});
