/** Text from data files can never inject markup: it is escaped on the page, and links must be http(s). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { buildWithPlanFixture } from '../helpers/build.ts';
import { dataFixture } from '../helpers/data-fixture.ts';
import { dataPaths, loadData } from '../../src/lib/data/load.ts';
import { formatProblem } from '../../src/lib/data/errors.ts';

const SCRIPT = '<script>alert("injected")</script>';
const IMG = '<img src=x onerror=alert(1)>';

describe('markup in data', () => {
  it('comes out as inert text on the built pages', () => {
    const data = dataFixture();
    const ind = data.read('indicators.json');
    ind.indicators[0].definition.en = `Definition ${SCRIPT} ${IMG}`;
    ind.indicators[0].name.en = `PM2.5 ${SCRIPT}`;
    data.write('indicators.json', ind);
    const projects = data.read('projects.json');
    projects.projects[0].description.zh = `说明${SCRIPT}`;
    data.write('projects.json', projects);
    const build = buildWithPlanFixture(() => {}, { DATA_DIR: data.dir });
    expect(build.ok, build.output).toBe(true);
    const html = fs.readFileSync(path.join(build.outDir, `en/indicators/${ind.indicators[0].id}/index.html`), 'utf8');
    // Escaped in text; inside quoted attribute values (meta description) "<" is inert and quotes are escaped.
    expect(html).toContain('<p>Definition &lt;script&gt;alert(&quot;injected&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>');
    const doc = parse(html);
    expect(doc.querySelectorAll('script').every((s) => !s.textContent.includes('injected'))).toBe(true);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(doc.querySelector('meta[name=description]')!.getAttribute('content')).toContain(`${SCRIPT} ${IMG}`);
    expect(doc.querySelector('h1')!.textContent).toContain(SCRIPT);
    const project = fs.readFileSync(path.join(build.outDir, `projects/${projects.projects[0].id}/index.html`), 'utf8');
    expect(parse(project).querySelectorAll('script').every((s) => !s.textContent.includes('injected'))).toBe(true);
    expect(project).toContain('说明&lt;script&gt;');
  });

  it('rejects javascript: and other non-http links in sources', () => {
    const data = dataFixture();
    data.write('progress/2023.json', {
      year: 2023,
      observations: [{ indicator: 'pm25-concentration', value: 24, published: '2024-03-01', source: { title: 'x', publisher: 'y', date: '2024-03-01', url: 'javascript:alert(1)' } }],
    });
    const { problems } = loadData(dataPaths('/', 'real', data.dir));
    expect(problems.map(formatProblem).join('\n')).toMatch(/observations\[0\]\.source\.url: expected an http\(s\) URL \(found "javascript:alert\(1\)"\)/);
  });
});
