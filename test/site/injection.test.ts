/**
 * Text from data files can never inject markup: it is escaped on the pages, in the feeds and in the
 * downloads, and links must be http(s). Checked on a copy of the county fixture (generic behaviour).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { buildCopy, siteCopy } from '../helpers/build.ts';
import { htmlPages, pageFile, ROOT } from '../helpers/dist.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { buildContext } from '../../src/lib/build/context.ts';
import { formatProblem } from '../../src/lib/data/errors.ts';

const SCRIPT = '<script>alert("injected")</script>';
const IMG = '<img src=x onerror=alert(1)>';

describe('markup in data', () => {
  it('comes out as inert text on the built pages, in the feeds and in the downloads', () => {
    const copy = siteCopy('county');
    const plan = `plans/${copy.plan}`;
    const ind = copy.read(`${plan}/indicators.json`);
    const first = ind.indicators[0];
    first.definition.en = `Definition ${SCRIPT} ${IMG}`;
    first.name.en = `PM2.5 ${SCRIPT}`;
    copy.write(`${plan}/indicators.json`, ind);
    const projects = copy.read(`${plan}/projects.json`);
    projects.projects[0].description.zh = `说明${SCRIPT}`;
    copy.write(`${plan}/projects.json`, projects);
    const planFile = copy.read(`${plan}/plan.json`);
    planFile.title.zh = `清溪县规划${SCRIPT}`;
    planFile.shortName.en = `Qingxi ${IMG}`;
    copy.write(`${plan}/plan.json`, planFile);
    const site = copy.read('site.json');
    site.siteName.en = `Qingxi portal ${IMG}`;
    site.publisher.zh = `清溪县${SCRIPT}`;
    copy.write('site.json', site);
    const progress = copy.read(`${plan}/progress/2027.json`);
    progress.observations[0].source.title = `公报${SCRIPT}`;
    copy.write(`${plan}/progress/2027.json`, progress);

    const build = buildCopy(copy);
    expect(build.ok, build.output).toBe(true);
    const out = build.outDir;

    const html = fs.readFileSync(pageFile(`/en/${copy.plan}/indicators/${first.id}/`, out), 'utf8');
    // Escaped in text; inside quoted attribute values (meta description) "<" is inert and quotes are escaped.
    expect(html).toContain('<p>Definition &lt;script&gt;alert(&quot;injected&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>');
    const doc = parse(html);
    expect(doc.querySelector('meta[name=description]')!.getAttribute('content')).toContain(`${SCRIPT} ${IMG}`);
    expect(doc.querySelector('h1')!.textContent).toContain(SCRIPT);
    const project = fs.readFileSync(pageFile(`/${copy.plan}/projects/${projects.projects[0].id}/`, out), 'utf8');
    expect(project).toContain('说明&lt;script&gt;');

    // No page, in either language, carries an injected element or handler.
    for (const p of htmlPages(out)) {
      const page = parse(fs.readFileSync(pageFile(p, out), 'utf8'));
      expect(page.querySelectorAll('script').every((s) => !s.textContent.includes('injected')), p).toBe(true);
      expect(page.querySelectorAll('img'), p).toHaveLength(0);
      expect(page.querySelectorAll('[onerror]'), p).toHaveLength(0);
    }
    expect(fs.readFileSync(pageFile(`/${copy.plan}/`, out), 'utf8')).toContain('清溪县规划&lt;script&gt;');

    // Feeds are well-formed XML: the markup is escaped, never raw.
    for (const feed of [`${copy.plan}/feed.xml`, `en/${copy.plan}/feed.xml`]) {
      const xml = fs.readFileSync(path.join(out, feed), 'utf8');
      expect(xml, feed).not.toContain('<script>');
      expect(xml, feed).not.toContain('<img');
    }
    expect(fs.readFileSync(path.join(out, `en/${copy.plan}/feed.xml`), 'utf8')).toContain('<title>Qingxi &lt;img src=x onerror=alert(1)&gt;');
    // Downloads carry the text as data: JSON parses back to the same string, CSV quotes it.
    const dataset = JSON.parse(fs.readFileSync(path.join(out, copy.plan, 'data/dataset.json'), 'utf8'));
    expect(JSON.stringify(dataset)).toContain('alert(\\"injected\\")');
    expect(fs.readFileSync(path.join(out, copy.plan, 'data/indicators.csv'), 'utf8')).toContain('PM2.5 <script>alert(""injected"")</script>');
    copy.remove();
  });

  it('rejects javascript: and other non-http links in sources', () => {
    const copy = siteCopy('county');
    const file = `plans/${copy.plan}/progress/2027.json`;
    const progress = copy.read(file);
    progress.observations[0].source.url = 'javascript:alert(1)';
    copy.write(file, progress);
    const { problems } = loadSite(buildContext({ DATA_DIR: copy.dataDir, CONTENT_DIR: copy.contentDir }, ROOT));
    expect(problems.map(formatProblem).join('\n')).toMatch(/observations\[0\]\.source\.url: expected an http\(s\) URL \(found "javascript:alert\(1\)"\)/);
    copy.remove();
  });
});
