/**
 * Static quality gates over the built site: internal links and anchors resolve,
 * every page has a unique title, a description, a canonical URL and hreflang alternates,
 * html-validate finds no errors, nothing is loaded from another origin, and no page shows
 * "undefined" or "NaN".
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { DIST as DIST_REAL, DIST_DEMO, htmlPages, loadPage as loadFrom, pageFile as fileIn, requireBuild } from '../helpers/dist.ts';

const SITE = 'https://eco-plan.lizhou.example';

for (const DIST of [DIST_REAL, DIST_DEMO]) {
requireBuild(DIST);
const pages = htmlPages(DIST);
const loadPage = (p: string) => loadFrom(p, DIST);
const pageFile = (p: string) => fileIn(p, DIST);
const build = path.basename(DIST);

function resolveTarget(DIST: string, from: string, href: string): { file?: string; path: string; hash: string } | undefined {
  const url = new URL(href, `http://site${from}`);
  if (url.host !== 'site') return undefined;
  let p = decodeURIComponent(url.pathname);
  const file = path.join(DIST, p);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return { file, path: p, hash: url.hash.slice(1) };
  if (!p.endsWith('/')) p += '/';
  const index = fileIn(p, DIST);
  return { ...(fs.existsSync(index) ? { file: index } : {}), path: p, hash: url.hash.slice(1) };
}

describe(`${build}: links and anchors`, () => {
  it('resolve for every internal link on every page', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const doc = loadPage(page);
      for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const href = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(mailto:|tel:)/.test(href)) continue;
        if (/^https?:/.test(href) && !href.startsWith(SITE)) continue;
        const target = resolveTarget(DIST, page, href.startsWith(SITE) ? href.slice(SITE.length) || '/' : href);
        if (!target) continue;
        if (!target.file) {
          broken.push(`${page} → ${href} (no such page)`);
          continue;
        }
        if (target.hash && target.file.endsWith('.html')) {
          const targetDoc = target.file === pageFile(page) ? doc : loadPage(target.path.endsWith('/') ? target.path : target.path);
          if (!targetDoc.getElementById(target.hash)) broken.push(`${page} → ${href} (no element with id "${target.hash}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe(`${build}: page metadata`, () => {
  it('gives every page a unique title, a description, a canonical URL and hreflang alternates', () => {
    const titles = new Map<string, string>();
    const problems: string[] = [];
    for (const page of pages) {
      const doc = loadPage(page);
      const title = doc.querySelector('title')?.textContent.trim() ?? '';
      if (!title) problems.push(`${page}: no <title>`);
      if (titles.has(title)) problems.push(`${page}: same title as ${titles.get(title)}: "${title}"`);
      titles.set(title, page);
      const description = doc.querySelector('meta[name=description]')?.getAttribute('content') ?? '';
      if (description.trim().length < 10) problems.push(`${page}: missing or too short meta description`);
      if (!doc.querySelector('link[rel=canonical]')?.getAttribute('href')?.startsWith('https://')) problems.push(`${page}: no absolute canonical URL`);
      for (const code of ['zh-CN', 'en', 'x-default']) {
        if (!doc.querySelector(`link[rel=alternate][hreflang="${code}"]`)) problems.push(`${page}: no hreflang ${code}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never renders undefined, NaN or [object Object]', () => {
    for (const page of pages) {
      const text = loadPage(page).textContent;
      expect(text, page).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
    }
  });

  it('loads nothing from another origin', () => {
    for (const page of pages) {
      const html = fs.readFileSync(pageFile(page), 'utf8');
      const external = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="(https?:\/\/[^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((u) => !u.startsWith(SITE));
      expect(external, page).toEqual([]);
    }
  });
});

describe(`${build}: HTML validity`, () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it('html-validate reports no errors on any page', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(pageFile(page));
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
}
