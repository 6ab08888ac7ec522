/** Links staff write to the site's own pages are checked against what the site builds (county fixture, by hand). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadSite } from '../../src/lib/data/load.ts';
import { isSitePath } from '../../src/lib/content/site-paths.ts';
import { planAnchors } from '../../src/lib/data/projects.ts';
import { collectProblems } from '../../src/lib/build/checks.ts';
import { formatProblem } from '../../src/lib/messages/problem.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

const f = siteFixture();
const site = loadSite(f.ctx).data!;
const anchorsOf = (id: string) => planAnchors(path.join(f.ctx.contentDir, 'plans', id));
const ok = (url: string) => isSitePath(url, site, anchorsOf);
const P = '/qingxi-2026-2030';

describe('links to the site’s own pages', () => {
  it.each([
    '/',
    '/en/',
    '/search/',
    '/en/about/',
    `${P}/`,
    `${P}/indicators/`,
    `${P}/indicators/pm25-concentration/`,
    `/en${P}/indicators/pm25-concentration/#year-2027`,
    `${P}/text/chapter-1/`,
    `${P}/text/chapter-2/#table-2-1`,
    `${P}/reports/2027/`,
    `${P}/reports/2027/report-2027-zh.pdf`,
    `${P}/data/observations.csv`,
    `${P}/data/indicators/cod-reduction.csv`,
    `${P}/glossary/`,
    `${P}/feed.xml`,
  ])('accepts %s', (url) => expect(ok(url)).toBe(true));

  it.each([
    `${P}/indicatorz/`,
    `${P}/indicators/pm10/`,
    `${P}/text/chapter-9/`,
    `${P}/text/chapter-1/#no-such-section`,
    `${P}/reports/2028/`,
    '/other-plan/',
    `${P}/indicators/pm25-concentration`,
    '/en/search',
    `${P}/projects/no-such-project/`,
  ])('refuses %s', (url) => expect(ok(url)).toBe(false));

  it('refuses a link to a missing page in a narrative, with file, line and the Chinese', () => {
    const g = siteFixture();
    const dir = g.at(`content/plans/${g.plan}/reports`);
    for (const lang of ['zh', 'en']) {
      fs.mkdirSync(path.join(dir, lang), { recursive: true });
      fs.writeFileSync(path.join(dir, lang, '2026.mdx'), `---\nyear: 2026\n---\n\n见[旧页面](${P}/indicatorz/)和[指标](${P}/indicators/)。\n`);
    }
    const problems = collectProblems(g.ctx).filter((p) => p.severity === 'error');
    expect(problems.map(formatProblem).join('\n')).toMatch(
      /reports\/zh\/2026\.mdx:5: no such page or section on this site.* \(found "\/qingxi-2026-2030\/indicatorz\/"\)/,
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]!.messageZh).toMatch(/^本网站没有这个页面或章节/);
  });
});
