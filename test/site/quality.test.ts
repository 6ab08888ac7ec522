/**
 * Static quality gates over every build (the real site, the demonstration, the county fixture and the
 * three-plan fixture): internal links and anchors resolve, every page has a unique title, a description,
 * a canonical URL and hreflang alternates, html-validate finds no errors, nothing is loaded from another
 * origin, and no page shows "undefined" or "NaN".
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { DIST as DIST_REAL, DIST_DEMO, htmlPages, loadPage as loadFrom, pageFile as fileIn, requireBuild } from '../helpers/dist.ts';
import { DIST_COUNTY, DIST_MULTI } from '../helpers/sites.ts';
import { brokenLinks, siteOrigin } from '../helpers/links.ts';

const BUILDS: [string, string][] = [
  ['dist', DIST_REAL],
  ['dist-demo', DIST_DEMO],
  ['county fixture', DIST_COUNTY],
  ['three-plan fixture', DIST_MULTI],
];

for (const [build, DIST] of BUILDS) {
  requireBuild(DIST);
  const pages = htmlPages(DIST);
  const loadPage = (p: string) => loadFrom(p, DIST);
  const pageFile = (p: string) => fileIn(p, DIST);
  const SITE = siteOrigin(DIST);

  describe(`${build}: links and anchors`, () => {
    it('resolve for every internal link on every page', () => {
      expect(pages.length).toBeGreaterThan(20);
      expect(brokenLinks(DIST)).toEqual([]);
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
        const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
        if (!/^https?:\/\//.test(canonical) || !canonical.startsWith(SITE)) problems.push(`${page}: no absolute canonical URL on ${SITE} (${canonical})`);
        else if (!page.endsWith('.html') && !page.endsWith('/404/') && new URL(canonical).pathname !== page)
          problems.push(`${page}: canonical URL is another page (${canonical})`);
        for (const code of ['zh-CN', 'en', 'x-default']) {
          if (!doc.querySelector(`link[rel=alternate][hreflang="${code}"]`)) problems.push(`${page}: no hreflang ${code}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("puts every page's content in its HTML: a main element with text, readable without JavaScript", () => {
      // The browser sweep (test/e2e/pages.test.ts) reads one page of each kind with JavaScript off; this holds every page.
      for (const page of pages) {
        const main = loadPage(page).querySelectorAll('main');
        expect(main, page).toHaveLength(1);
        expect(main[0]!.textContent.replace(/\s+/g, ' ').trim().length, page).toBeGreaterThan(30);
      }
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
        for (const r of report.results)
          for (const m of r.messages) if (m.severity === 2) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      expect(errors).toEqual([]);
    });
  });
}
