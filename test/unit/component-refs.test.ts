/**
 * Every component a chapter or narrative names points at what exists, checked before the build with the file and
 * the line, in both languages: a bad id would otherwise stop the build in the middle of rendering a page.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { collectProblems } from '../../src/lib/build/checks.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { referenceProblems } from '../../src/lib/content/references.ts';
import type { Problem } from '../../src/lib/messages/problem.ts';
import { siteFixture, type SiteFixture } from '../helpers/data-fixture.ts';

/** Rewrites a content file of the fixture plan (e.g. "zh/chapter-2.mdx"). */
function rewrite(f: SiteFixture, file: string, change: (text: string) => string): string {
  const full = f.at(`content/plans/${f.plan}/${file}`);
  fs.writeFileSync(full, change(fs.readFileSync(full, 'utf8')));
  return path.relative(f.root, full);
}

/** The errors of the whole check, as "file:line message / 中文". */
const errors = (f: SiteFixture) =>
  collectProblems(f.ctx)
    .filter((p) => p.severity === 'error')
    .map((p: Problem) => `${p.file}:${p.line} ${p.message} / ${p.messageZh}`);

describe('component references in chapters and narratives', () => {
  it('the fixture names only what exists', () => {
    expect(errors(siteFixture())).toEqual([]);
  });

  it('<ProjectLink id> in a chapter: a project of projects.json', () => {
    const f = siteFixture();
    const file = rewrite(f, 'zh/chapter-2.mdx', (t) => t.replace('<ProjectLink id="fengming-mine-restoration">', '<ProjectLink id="fengming-mine">'));
    expect(errors(f)).toEqual([
      `${file}:20 <ProjectLink id="fengming-mine">: no project with this id in the plan's projects.json; check the id, or add the project there first / <ProjectLink id="fengming-mine">：该规划的 projects.json 中没有这个工程标识；请核对标识，或先在 projects.json 中添加该工程`,
    ]);
  });

  it('<Box id> in a chapter: a box declared in plan.json', () => {
    const f = siteFixture();
    f.edit('plan.json', (plan) => (plan.boxes = []));
    f.edit('projects.json', (projects) => projects.categories.forEach((c: { box?: string }) => delete c.box));
    const problems = errors(f);
    expect(problems).toContain(
      `content/plans/${f.plan}/zh/chapter-2.mdx:22 <Box id="zl-1"> is not declared in the plan's plan.json: add { "id": "zl-1", "label": { "zh": …, "en": … } } to "boxes" / <Box id="zl-1"> 没有在该规划的 plan.json 中声明：请在 "boxes" 中加上 { "id": "zl-1", "label": { "zh": …, "en": … } }`,
    );
    expect(problems.filter((p) => /chapter-2\.mdx:22 <Box/.test(p))).toHaveLength(2); // the Chinese chapter and its translation
  });

  it('<IndicatorTable> carries no language: one written in a chapter is refused by the closed format, in both languages', () => {
    const f = siteFixture();
    const file = rewrite(f, 'en/chapter-2.mdx', (t) => t.replace('<IndicatorTable id=', '<IndicatorTable lang="zh" id='));
    expect(errors(f)).toEqual([
      `${file}:16 the attribute lang is not allowed on <IndicatorTable> (allowed: id, caption, headers) / <IndicatorTable> 不能带属性 lang（允许的属性：id, caption, headers）`,
    ]);
  });

  it('<IndicatorRef id> in a narrative: an indicator of indicators.json', () => {
    const plan = loadSite(siteFixture().ctx).data!.current;
    const source = '---\nyear: 2026\n---\n\n见<IndicatorRef id="pm25-concentration">PM2.5</IndicatorRef>和<IndicatorRef id="pm10">PM10</IndicatorRef>。\n';
    const problems = referenceProblems('reports/zh/2026.mdx', source, plan);
    expect(problems.map((p) => [p.line, p.value, p.code, p.message, p.messageZh])).toEqual([
      [
        5,
        'pm10',
        'mdx.unknownIndicator',
        `<IndicatorRef id="pm10">: no indicator with this id in the plan's indicators.json`,
        '<IndicatorRef id="pm10">：该规划的 indicators.json 中没有这个指标标识',
      ],
    ]);
  });

  it('is checked for a narrative file in the content folder too, before the build', () => {
    const f = siteFixture();
    const dir = f.at(`content/plans/${f.plan}/reports`);
    const body = (text: string) => `---\nyear: 2026\n---\n\n<h2 id="findings">${text}</h2>\n\n见<IndicatorRef id="pm10">PM10</IndicatorRef>。\n`;
    for (const lang of ['zh', 'en']) {
      fs.mkdirSync(path.join(dir, lang), { recursive: true });
      fs.writeFileSync(path.join(dir, lang, '2026.mdx'), body(lang === 'zh' ? '主要发现' : 'Findings'));
    }
    const problems = errors(f).filter((p) => /IndicatorRef/.test(p));
    expect(problems.map((p) => p.replace(/ \/ .*/, ''))).toEqual([
      `content/plans/${f.plan}/reports/en/2026.mdx:7 <IndicatorRef id="pm10">: no indicator with this id in the plan's indicators.json`,
      `content/plans/${f.plan}/reports/zh/2026.mdx:7 <IndicatorRef id="pm10">: no indicator with this id in the plan's indicators.json`,
    ]);
  });
});
