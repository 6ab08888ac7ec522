/**
 * Reports are published on purpose (reports.json), and report narratives that do not fit the data or are not
 * finished stop the build with a precise message.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSite } from '../../src/lib/data/load.ts';
import { checkNarratives } from '../../src/lib/reports/narratives.ts';
import { checkReportEntries, publishedEntries, unpublishedYears } from '../../src/lib/reports/publication.ts';
import { formatProblem, type Problem } from '../../src/lib/messages/problem.ts';
import type { ReportEntry } from '../../src/lib/schema/reports.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

// The county fixture plan (2026–2030) has figures for 2026 (the last first published 2027-05-20) and 2027 (the
// last 2028-05-20), none for 2028; its reports.json publishes 2026 on 2027-05-20 and 2027 on 2028-05-20.
const fixturePlan = loadSite(siteFixture().ctx).data!.current;
let dir = '';

function narratives(files: Record<string, string>): void {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
}

const doc = (year: number, body = 'Text.', header = '') => `---\nyear: ${year}\n${header}---\n\n${body}\n`;
/** The problems last listed by `messages` or `check`, to check their Chinese. */
let listed: Problem[] = [];
const list = (problems: Problem[]) => ((listed = problems), problems.map(formatProblem).join('\n'));
const messages = (reports: ReportEntry[] = fixturePlan.reports) => list(checkNarratives(dir, dir, { ...fixturePlan, reports }));
/** Every problem listed has its own Chinese text (from the message catalogue), not a stand-in. */
const allChinese = (_text: string) => listed.length > 0 && listed.every((p) => /\p{Script=Han}/u.test(p.messageZh));

describe('which reports are published', () => {
  const check = (reports: ReportEntry[], today = '2028-12-31') => list(checkReportEntries('reports.json', reports, fixturePlan, today));

  it('only those listed as published, oldest first; importing figures publishes nothing', () => {
    expect(publishedEntries(fixturePlan)).toEqual([
      { year: 2026, published: '2027-05-20' },
      { year: 2027, published: '2028-05-20' },
    ]);
    const drafts = { ...fixturePlan, reports: [{ year: 2027, status: 'draft' as const }] };
    expect(publishedEntries(drafts)).toEqual([]);
    expect(unpublishedYears(drafts)).toEqual([2026, 2027]);
    expect(unpublishedYears({ ...fixturePlan, reports: [] })).toEqual([2026, 2027]);
  });

  it('accepts the fixture as written and a draft for a year without figures', () => {
    expect(check(fixturePlan.reports)).toBe('');
    expect(check([{ year: 2028, status: 'draft' }])).toBe('');
  });

  it.each([
    [
      'a date after today',
      [{ year: 2027, status: 'published', published: '2029-01-10' }],
      /reports\[0\]\.published: the publication date is in the future \(today is 2028-12-31\)/,
    ],
    [
      'a year without figures',
      [{ year: 2028, status: 'published', published: '2028-12-01' }],
      /reports\[0\]\.status: there are no figures for 2028 .* so its report cannot be published/,
    ],
    [
      'a year outside the plan',
      [{ year: 2031, status: 'draft' }],
      /reports\[0\]\.year: the report year must be within the plan period 2026–2030 \(found 2031\)/,
    ],
    [
      'a year listed twice',
      [
        { year: 2026, status: 'draft' },
        { year: 2026, status: 'published', published: '2027-06-01' },
      ],
      /reports\[1\]\.year: this year is listed twice \(also reports\[0\]\)/,
    ],
  ] as [string, ReportEntry[], RegExp][])('refuses %s', (_what, reports, expected) => {
    const m = check(reports);
    expect(m).toMatch(expected);
    expect(allChinese(m)).toBe(true);
  });
});

describe('a report is never re-dated', () => {
  const errors = (reports: ReportEntry[]) => checkReportEntries('reports.json', reports, fixturePlan, '2028-12-31').filter((p) => p.severity === 'error');
  it('warns, without refusing, when figures of its year were published after its date', () => {
    const reports: ReportEntry[] = [{ year: 2026, status: 'published', published: '2027-01-01' }];
    expect(errors(reports)).toEqual([]);
    const m = checkReportEntries('reports.json', reports, fixturePlan, '2028-12-31').map(formatProblem).join('\n');
    expect(m).toMatch(
      /⚠ reports\.json → reports\[0\]\.published: the report is dated before some of the 2026 figures were published \(the last of them on 2027-05-20\)/,
    );
    expect(checkReportEntries('reports.json', reports, fixturePlan, '2028-12-31')[0]!.messageZh).toMatch(/^报告发布日期早于2026年部分数据的发布日期/);
  });
});

describe('report narratives', () => {
  it('accept a finished narrative of a published report', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '<h2 id="foreword">前言</h2>\n\n正文。'), 'en/2026.mdx': doc(2026, '<h2 id="foreword">Foreword</h2>\n\nText.') });
    expect(messages()).toBe('');
  });
  it('reject a narrative for a year with no data', () => {
    narratives({ 'zh/2028.mdx': doc(2028), 'en/2028.mdx': doc(2028) });
    expect(messages()).toMatch(/zh\/2028\.mdx → year: there is no data for 2028 yet .* \(found 2028\)/);
  });
  it('reject a narrative whose year is not in reports.json, and a publication date in its header', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '正文。', 'published: 2027-06-01\n'), 'en/2026.mdx': doc(2026) });
    const m = messages([]);
    expect(m).toMatch(/zh\/2026\.mdx: 2026 is not in the plan's reports\.json: add \{ "year": 2026, "status": "draft" \}/);
    expect(m).toMatch(/zh\/2026\.mdx → published: a report's publication date is not written in its narrative/);
    expect(allChinese(m)).toBe(true);
  });
  // An unknown <IndicatorRef id> is refused at its line with every component reference (component-refs.test.ts).
  it('reject a narrative without its translation', () => {
    narratives({ 'zh/2026.mdx': doc(2026), 'en/2027.mdx': doc(2027) });
    const m = messages();
    expect(m).toMatch(/en\/2026\.mdx: missing: the zh narrative for 2026 has no English counterpart/);
    expect(m).toMatch(/zh\/2027\.mdx: missing: the en narrative for 2027 has no Chinese counterpart/);
  });
});

describe("a published report's narrative is finished", () => {
  const zh = doc(2026, '<h2 id="foreword">前言</h2>\n\n（在此填写前言：本年度评估的依据和范围。）\n\n<h2 id="findings">主要发现</h2>\n\n正文。');
  const en = doc(2026, '<h2 id="foreword">Foreword</h2>\n\n(Write the foreword here: the basis and scope.)\n\n<h2 id="findings">Main findings</h2>\n\nText.');

  it('refuses placeholders left in, naming the line, but not in a draft', () => {
    narratives({ 'zh/2026.mdx': zh, 'en/2026.mdx': en });
    const m = messages();
    expect(m).toMatch(
      /zh\/2026\.mdx:7: the 2026 report is published but its narrative still has a placeholder: .* \(found "（在此填写前言：本年度评估的依据和范围。"\)/,
    );
    expect(m).toMatch(/en\/2026\.mdx:7: the 2026 report is published but its narrative still has a placeholder/);
    expect(allChinese(m)).toBe(true);
    expect(messages([{ year: 2026, status: 'draft' }])).toBe('');
  });
  it('refuses an English file with a paragraph left in Chinese, naming its line', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '正文。'), 'en/2026.mdx': doc(2026, 'The first paragraph is English.\n\n这是中文正文，没有翻译成英文。Text.') });
    expect(messages()).toMatch(
      /en\/2026\.mdx:7: the 2026 report is published but this paragraph of its English narrative is in Chinese: put the English translation here \(found "这是中文正文，没有翻译成英文。Text."\)/,
    );
  });
  it('accepts Chinese glosses in an English file', () => {
    narratives({
      'zh/2026.mdx': doc(2026, '正文。'),
      'en/2026.mdx': doc(2026, 'Water quality of the Sihezi River (泗河子) and the Nanhe River (南河) improved in the year under review.'),
    });
    expect(messages()).toBe('');
  });
  it('refuses sections that differ between the languages', () => {
    narratives({
      'zh/2026.mdx': doc(2026, '<h2 id="foreword">前言</h2>\n\n<h2 id="findings">主要发现</h2>'),
      'en/2026.mdx': doc(2026, '<h2 id="findings">Main findings</h2>\n\n<h2 id="foreword">Foreword</h2>'),
    });
    expect(messages()).toMatch(
      /en\/2026\.mdx: the 2026 report is published but its English narrative has other sections than the Chinese \(foreword, findings\): use the same anchors in the same order \(found "findings, foreword"\)/,
    );
  });
});

describe('report narrative text', () => {
  it('rejects anchors the report page uses', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '<h2 id="summary">前言</h2>'), 'en/2026.mdx': doc(2026, '<h2 id="summary">Foreword</h2>') });
    expect(messages()).toMatch(/zh\/2026\.mdx:5: the anchor "summary" is used by the report page itself/);
  });
});
