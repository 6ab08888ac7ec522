/** Reading the built site in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const DIST_DEMO = path.join(ROOT, 'dist-demo');

/** A chromeless page made to be framed by other sites (/<plan>/embed/<id>/): no header, footer or navigation. */
export const isEmbed = (sitePath: string) => /^\/(en\/)?[^/]+\/embed\//.test(sitePath);

/**
 * Every HTML file under a build folder, as site paths ("/plan/chapter-1/", "/404.html"): the site's pages, and with
 * `embeds` the embed pages too (those laid out as the site's pages are checked without them).
 */
export function htmlPages(dist = DIST, { embeds = false }: { embeds?: boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === 'pagefind' || e.name === '_astro') continue;
        walk(full);
      } else if (e.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.filter((p) => embeds || !isEmbed(p)).sort();
}

export function pageFile(sitePath: string, dist = DIST): string {
  return path.join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

const cache = new Map<string, HTMLElement>();
export function loadPage(sitePath: string, dist = DIST): HTMLElement {
  const file = pageFile(sitePath, dist);
  let doc = cache.get(file);
  if (!doc) {
    doc = parse(fs.readFileSync(file, 'utf8'));
    cache.set(file, doc);
  }
  return doc;
}

/** NFKC-normalised text with all white space removed, for word-for-word comparisons. */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export function requireBuild(dist = DIST): void {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${path.relative(ROOT, dist)}/ has not been built: run the README's test command (it builds first).`);
  }
}

/** The real site's current plan (data/site.json): where fidelity and translation tests read the real text. */
export const REAL_PLAN: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/site.json'), 'utf8')).currentPlan;
export const REAL_PLAN_DATA = path.join(ROOT, 'data/plans', REAL_PLAN);
export const REAL_PLAN_CONTENT = path.join(ROOT, 'src/content/plans', REAL_PLAN);
