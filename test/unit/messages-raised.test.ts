/**
 * No message without its Chinese: problems raised by every part of the code that reports to staff (one or more
 * per module), printed as `npm run check` prints them. Each carries a code of the catalogue, and the Chinese line
 * is the message's own Chinese, never a stand-in such as "（见英文说明）".
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectProblems } from '../../src/lib/build/checks.ts';
import { checkClosedFormat } from '../../src/lib/content/closed-format.ts';
import { referenceProblems } from '../../src/lib/content/references.ts';
import type { Problem } from '../../src/lib/messages/problem.ts';
import { parseJsonText } from '../../src/lib/data/load-json.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { describeProblem } from '../../src/lib/data/print-problems.ts';
import { encodingProblems } from '../../src/lib/data/text-file.ts';
import { readObservations } from '../../src/lib/import/csv.ts';
import { hasCode } from '../../src/lib/messages/message.ts';
import { assemblePlan } from '../../src/lib/plan/chapters.ts';
import { checkNarratives } from '../../src/lib/reports/narratives.ts';
import { checkReportEntries } from '../../src/lib/reports/publication.ts';
import { localizedGaps } from '../../src/lib/plan/translation-coverage.ts';
import { siteFixture, TEST_SOURCE } from '../helpers/data-fixture.ts';

/** The Chinese line of a printed problem: the message's own, with Chinese characters. */
function expectChinese(p: Problem) {
  const printed = describeProblem(p);
  const zh = /\n {6}中文：(.*)\n {6}English: /.exec(printed)?.[1];
  expect(hasCode(p.code), `${p.code} is not in the catalogue`).toBe(true);
  expect(zh, printed).toBe(p.messageZh);
  expect(zh, printed).toMatch(/\p{Script=Han}/u);
  expect(zh, printed).not.toMatch(/见英文说明/);
}

const broken = () => {
  const f = siteFixture();
  // Schema issues of every kind: unknown key, wrong type, missing field, bad discriminator, union, too small,
  // a custom message and a refinement.
  f.edit('plan.json', (p) => {
    p.planTitle = 'x';
    p.period.baselineYear = '2025';
    delete p.shortName.en;
    p.period.midTerm = 2040;
  });
  f.edit('indicators.json', (d) => {
    d.indicators[0].target = { kind: 'atMostt', value: 1 };
    d.indicators[1].baseline = 'n/a';
    d.indicators[2].number = 0;
    d.indicators[3].id = 'PM 2.5';
    d.indicators[4].target.tolerance = -1;
  });
  f.edit('projects.json', (d) => {
    d.projects[0].places.push('nowhere');
    d.projects[1].statusHistory.push({ status: 'done', date: '2027-02-30', source: TEST_SOURCE });
  });
  f.write('progress/2028.json', { year: 2028, observations: [{ indicator: 'pm10', value: 1, published: '2029-03-01', source: TEST_SOURCE }] });
  f.write('assigned-targets.json', '{ "targets": [ } ');
  return f;
};

describe('every problem is printed with its own Chinese', () => {
  it('data files: schemas (Zod issues and the schemas’ own messages), cross-checks, progress, projects, plausibility', () => {
    const problems = loadSite(broken().ctx).problems;
    const codes = new Set(problems.map((p) => p.code));
    for (const code of [
      'zod.unrecognizedKeys',
      'zod.wrongType',
      'zod.missing',
      'zod.badDiscriminator',
      'zod.noAlternative',
      'zod.tooSmall',
      'schema.slug',
      'schema.dateNotReal',
      'zod.invalidValue',
      'file.invalidJson',
    ])
      expect(codes, code).toContain(code);
    for (const p of problems) expectChinese(p);
  });

  it('the data of a plan that loads: references, progress, plausibility, glossary, reports', () => {
    const f = siteFixture();
    f.write('progress/2028.json', {
      year: 2028,
      observations: [
        { indicator: 'pm10', value: 1, published: '2029-03-01', source: TEST_SOURCE },
        { indicator: 'pm25-concentration', value: 1e15, published: '2028-03-01', source: TEST_SOURCE },
      ],
    });
    f.edit('glossary.json', (g) => g.terms.push({ ...g.terms[0] }));
    f.edit('projects.json', (d) => d.projects[0].places.push('nowhere'));
    const problems = collectProblems(f.ctx);
    const codes = new Set(problems.map((p) => p.code));
    for (const code of ['progress.unknownIndicator', 'plausibility.tooLarge', 'plausibility.futureDate', 'glossary.duplicateId', 'projects.unknownPlace'])
      expect(codes, code).toContain(code);
    for (const p of problems) expectChinese(p);
  });

  it('reports.json and report narratives', () => {
    const plan = loadSite(siteFixture().ctx).data!.current;
    const entries = checkReportEntries(
      'reports.json',
      [
        { year: 2031, status: 'draft' },
        { year: 2027, status: 'published', published: '2029-01-01' },
      ],
      plan,
      '2028-12-31',
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'narratives-'));
    fs.mkdirSync(path.join(dir, 'zh'));
    fs.writeFileSync(path.join(dir, 'zh', 'report-2026.mdx'), '正文。\n');
    fs.writeFileSync(path.join(dir, 'zh', '2026.mdx'), '---\nyear: 2026\npublished: 2027-01-01\n---\n\n<h2 id="summary">摘要</h2>\n');
    const narratives = checkNarratives(dir, dir, plan);
    expect(entries.map((p) => p.code)).toEqual(['reports.yearOutsidePeriod', 'reports.futureDate']);
    expect(narratives.map((p) => p.code).sort()).toEqual([
      'narrative.fileName',
      'narrative.missingCounterpart',
      'narrative.publishedInHeader',
      'narrative.reservedAnchor',
    ]);
    for (const p of [...entries, ...narratives]) expectChinese(p);
  });

  it('chapters and narratives: the closed format, the structure, component references, encodings, pages', () => {
    const format = checkClosedFormat(
      'zh/chapter-1.mdx',
      '---\nchapter: 1\nlayout: x\n---\n\nimport X from "x"\n\n# 标题\n\n<div>x</div> {1+1} ![图](a.png) <Box id="b" title="t" style="x">x</Box>\n',
      'chapter',
      'zh',
    );
    const structure = assemblePlan([
      {
        lang: 'zh',
        file: 'zh/chapter-1.mdx',
        body: '<h2 id="a">甲</h2>\n\n<h2 id="a">乙</h2>\n\n<h2>丙</h2>\n',
        chapter: 1,
        label: '',
        title: '',
        updated: '',
      },
      { lang: 'en', file: 'en/chapter-3.mdx', body: '', chapter: 2, label: '', title: '', updated: '' },
    ]).problems;
    const plan = loadSite(siteFixture().ctx).data!.current;
    const references = referenceProblems('zh/chapter-2.mdx', '<ProjectLink id="nothing">x</ProjectLink>\n\n<Box id="zl-9" title="t">x</Box>\n', plan);
    const files = [
      ...encodingProblems('zh/chapter-1.mdx', { text: '', encoding: 'gb18030', bom: false }, 'content'),
      ...encodingProblems('data/site.json', { notText: 'xlsx' }, 'data'),
      ...parseJsonText('data/site.json', '{ "a": 1,, }').problems,
      ...localizedGaps('data/site.json', { name: { zh: '名称', en: '' } }),
    ];
    expect(format.map((p) => p.code)).toEqual([
      'content.headerUnknownField',
      'content.importExport',
      'content.markdownHeading',
      'content.elementNotAllowed',
      'content.curlyBraces',
      'content.image',
      'content.attributeNotAllowed',
    ]);
    expect(structure.map((p) => p.code).sort()).toEqual(['chapter.duplicateAnchor', 'chapter.noChineseOriginal', 'chapter.numberMismatch']);
    expect(references.map((p) => p.code)).toEqual(['mdx.unknownProject', 'mdx.undeclaredBox']);
    for (const p of [...format, ...structure, ...references, ...files]) expectChinese(p);
  });

  it('the spreadsheet import', () => {
    const plan = loadSite(siteFixture().ctx).data!.current;
    const read = (csv: string) => readObservations('in.csv', csv, plan.indicators.indicators).problems;
    const problems = [
      ...read('2025年数据\n序号,数值,发布日期,来源名称,发布单位,来源日期\n'),
      ...read(
        '序号,数值,发布日期,来源名称,发布单位,来源日期\n第1项,"22,5",2028-03-01,公报,统计局,2028-03-01\n99,1,2028/3/1,公报,统计局,2028-03-01\n2,１２,2028年3月1日,,统计局,2028-13-01\n',
      ),
    ];
    expect(problems.map((p) => p.code)).toEqual([
      'import.headerNotFirst',
      'import.decimalComma',
      'import.unknownNumber',
      'import.requiredEmpty',
      'import.date',
      'import.readAsNumber',
      'import.fullWidth',
    ]);
    for (const p of problems) expectChinese(p);
  });
});
