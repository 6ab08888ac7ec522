/** Importing a year from a spreadsheet: encodings, headers, values, duplicates, corrections — and nothing half-written. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeCsv, mergeObservations, parseDate, parseNumber, readObservations } from '../../src/lib/import/csv.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { formatProblem } from '../../src/lib/messages/problem.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

// A small plan of its own (test/fixtures/sites/county): 1 pm25-concentration, 2 good-water-share (%), 4 cod-reduction, 6 a qualitative target.
const indicators = loadSite(siteFixture().ctx).data!.current.indicators.indicators;
const HEAD = '序号,数值,发布日期,来源名称,发布单位,来源日期,备注,英文备注';
const ROW = (n: string | number, v: string) => `${n},${v},2029-03-15,环境质量公报（测试）,测试单位,2029-03-15,,`;
const read = (text: string) => readObservations('in.csv', text, indicators);
const errors = (text: string) => read(text).problems.map(formatProblem).join('\n');

describe('decoding and parsing', () => {
  it('reads UTF-8 with and without BOM, and GBK/GB18030', () => {
    const text = `${HEAD}\n${ROW(1, '24.1')}\n`;
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8' });
    const gbk = decodeCsv(iconv.encode(text, 'gbk')) as { text: string; encoding: string };
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(text);
    expect(read(gbk.text).observations[0]!.observation.source.title).toBe('环境质量公报（测试）');
  });

  it('accepts thousands separators, a trailing %, and Excel dates', () => {
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('96.7%')).toBe(96.7);
    expect(parseNumber(' 24 ')).toBe(24);
    expect(parseNumber('24.1微克')).toBeUndefined();
    expect(parseDate('2025/3/5')).toBe('2025-03-05');
    expect(parseDate('2025年3月5日')).toBe('2025-03-05');
  });

  it('identifies indicators by number or id, with Chinese or English headers', () => {
    const en = read('number,value,published,source_title,source_publisher,source_date\n4,"1,234",2025-03-01,Report,Bureau,2025-03-01\n');
    expect(en.problems).toEqual([]);
    expect(en.observations[0]!.observation).toMatchObject({ indicator: 'cod-reduction', value: 1234 });
    const byId = read('指标标识,数值,发布日期,来源名称,发布单位,来源日期\ngood-water-share,64.1%,2025-03-01,公报,林业局,2025-03-01\n');
    expect(byId.observations[0]!.observation).toMatchObject({ indicator: 'good-water-share', value: 64.1 });
  });

  it('skips template rows left empty and reads qualitative judgements', () => {
    const r = read(`${HEAD}\n${ROW(1, '')}\n1,,,,,,,\n6,达到,2025-03-01,公报,单位,2025-03-01,,\n`);
    expect(r.skipped).toBe(1);
    expect(r.observations.map((o) => o.observation.value)).toEqual(['met']);
  });
});

describe('bad spreadsheets are rejected with the place and the reason', () => {
  it.each([
    [
      'a misspelled header',
      '序号,数植,发布日期,来源名称,发布单位,来源日期\n1,24,2025-03-01,a,b,2025-03-01\n',
      /in\.csv:1 → column 2: unknown column header.*\(found "数植"\)/,
    ],
    ['a missing required column', '序号,数值,发布日期,来源名称,来源日期\n1,24,2025-03-01,a,2025-03-01\n', /in\.csv:1: missing column: 发布单位/],
    [
      'an unknown indicator number',
      `${HEAD}\n${ROW(7, '5')}\n`,
      /in\.csv:2 → 序号: unknown indicator number: expected 1–6 as in the plan's table \(found "7"\)/,
    ],
    [
      'an unknown indicator id',
      '指标标识,数值,发布日期,来源名称,发布单位,来源日期\npm10,5,2025-03-01,a,b,2025-03-01\n',
      /in\.csv:2 → 指标标识: unknown indicator id .* \(found "pm10"\)/,
    ],
    ['a value with text in it', `${HEAD}\n${ROW(1, '约24.1')}\n`, /in\.csv:2 → 数值: the value must be a number .* \(found "约24.1"\)/],
    ['an empty required cell', `${HEAD}\n1,24.1,2029-03-15,,测试单位,2029-03-15,,\n`, /in\.csv:2 → 来源名称: required cell is empty/],
    [
      'duplicate rows',
      `${HEAD}\n${ROW(1, '24.1')}\n${ROW(1, '24.3')}\n`,
      /in\.csv:3 → 序号: duplicate row: indicator 1 \(pm25-concentration\) already appears on line 2/,
    ],
    [
      'a <script> in a note',
      `${HEAD}\n1,24.1,2025-03-15,公报,单位,2025-03-15,<script>alert(1)</script>,x\n`,
      /in\.csv:2 → 备注: must be plain text without "<" or ">"/,
    ],
    ['a bad date', `${HEAD}\n1,24.1,2025-13-45,公报,单位,2025-03-15,,\n`, /in\.csv:2 → 发布日期: expected a date/],
    ['text for a qualitative target', `${HEAD}\n${ROW(6, '良好')}\n`, /in\.csv:2 → 数值: indicator 6 has a qualitative target/],
    [
      'a line break kept inside a source title (Alt+Enter)',
      `${HEAD}\n1,24.1,2025-03-15,"环境质量\n公报",单位,2025-03-15,,\n`,
      /in\.csv:2 → 来源名称: contains an invisible or control character \(U\+000A, character 5\)/,
    ],
    [
      'a right-to-left override in a publisher',
      `${HEAD}\n1,24.1,2025-03-15,公报,单位\u202E,2025-03-15,,\n`,
      /in\.csv:2 → 发布单位: contains an invisible or control character \(U\+202E, character 3\)/,
    ],
    [
      'a 20,000-character source title',
      `${HEAD}\n1,24.1,2025-03-15,${'长'.repeat(20000)},单位,2025-03-15,,\n`,
      /in\.csv:2 → 来源名称: too long: at most 300 characters in this field \(sourceTitle\)/,
    ],
    [
      'a javascript: source address',
      '序号,数值,发布日期,来源名称,发布单位,来源日期,来源网址\n1,24.1,2025-03-15,公报,单位,2025-03-15,javascript:alert(1)\n',
      /in\.csv:2 → 来源网址: expected an http\(s\) URL/,
    ],
    ['a note in one language only', `${HEAD}\n1,24.1,2025-03-15,公报,单位,2025-03-15,只有中文,\n`, /in\.csv:2 → 英文备注: missing translation/],
  ])('rejects %s', (_name, text, pattern) => {
    expect(errors(text)).toMatch(pattern);
  });

  it('gives every import message in Chinese too', () => {
    const texts = [
      `${HEAD}\n1,24.1,2025-03-15,公报,单位\u202E,2025-03-15,<b>x</b>,${'x'.repeat(1001)}\n`,
      `序号,数植\n1,2\n`,
      `${HEAD}\n${ROW(7, '5')}\n`,
      `${HEAD}\n${ROW(1, '约24.1')}\n`,
      `${HEAD}\n${ROW(1, '24.1')}\n${ROW(1, '24.3')}\n`,
    ];
    for (const t of texts) for (const p of read(t).problems) expect(p.messageZh, p.message).toMatch(/\p{Script=Han}/u);
  });
});

describe('corrections', () => {
  const first = read(`${HEAD}\n${ROW(1, '24.1')}\n`).observations;
  const second = read(`${HEAD}\n${ROW(1, '23.9').replace(/2029-03-15/g, '2029-06-30')}\n`).observations;
  const existing = mergeObservations(undefined, 2024, first, { replace: false, file: 'data/progress/2024.json', csv: 'a.csv' }).data;

  it('refuses to overwrite a published value without --replace', () => {
    const r = mergeObservations(existing, 2024, second, { replace: false, file: 'data/progress/2024.json', csv: 'b.csv' });
    expect(r.problems.map(formatProblem).join()).toMatch(
      /b\.csv:2 → 数值: data\/progress\/2024\.json already has 24\.1 for pm25-concentration; to correct a published value run again with --replace/,
    );
  });

  it('with --replace keeps the old value in the revision history with the reason', () => {
    const r = mergeObservations(existing, 2024, second, {
      replace: true,
      reason: { zh: '监测数据复核', en: 'Monitoring data re-checked' },
      file: 'f',
      csv: 'b.csv',
    });
    expect(r.problems).toEqual([]);
    expect(r.data.observations[0]).toMatchObject({
      value: 23.9,
      published: '2029-06-30',
      revisions: [{ value: 24.1, published: '2029-03-15', reason: { en: 'Monitoring data re-checked' } }],
    });
  });
});

describe('cells that would be lost without a word', () => {
  it('refuse a row longer than the header (an unquoted 22,5 typed in Notepad), naming the row and column', () => {
    const m = errors(`${HEAD}\n1,22,5,2029-03-15,公报（测试）,测试单位,2029-03-15,,\n`);
    expect(m).toMatch(/in\.csv:2 → column 9: this row has 1 more cell\(s\) than the header row: a comma inside a number \(write 22\.5, not 22,5\)/);
  });
  it('refuse a value under a column with no heading (a merged heading cell)', () => {
    const m = errors(`序号,数值,,发布日期,来源名称,发布单位,来源日期\n1,24.1,24.3,2029-03-15,公报,单位,2029-03-15\n`);
    expect(m).toMatch(/in\.csv:2 → column 3: this cell is under a column without a heading .* \(found "24\.3"\)/);
    for (const p of read(`序号,数值,,发布日期,来源名称,发布单位,来源日期\n1,24.1,24.3,2029-03-15,公报,单位,2029-03-15\n`).problems)
      expect(p.messageZh).toMatch(/\p{Script=Han}/u);
  });
});

describe('a file the CSV parser cannot read', () => {
  it.each([
    ['an unclosed quotation mark', `${HEAD}\n1,24.1,2025-03-15,"公报,单位,2025-03-15,,\n`],
    ['a quotation mark inside an unquoted cell', `${HEAD}\n1,24.1,2025-03-15,公"报,单位,2025-03-15,,\n`],
  ])('%s: names the line and says what to do, in Chinese too', (_name, text) => {
    const p = read(text).problems;
    expect(p).toHaveLength(1);
    expect(formatProblem(p[0]!)).toMatch(/in\.csv:2: a quotation mark " is not paired on this line/);
    expect(p[0]!.messageZh).toMatch(/^这一行的英文双引号/);
  });
});
