/**
 * Spreadsheets as staff really save them from Excel and WPS on Windows. Each habit is either read as meant, with a
 * notice naming the file, the row and the column, or refused with the row, the column and what to write instead;
 * every message has its Chinese wording.
 */
import { describe, expect, it } from 'vitest';
import { readCsvFile, readNumber, readObservations, readIndicatorNumber, detectSeparator } from '../../src/lib/import/csv.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { formatProblem, type Problem } from '../../src/lib/messages/problem.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

// The county fixture plan (test/fixtures/sites/county): 6 indicators; 1 pm25-concentration 县城细颗粒物（PM2.5）平均浓度,
// 2 good-water-share 地表水考核断面水质优良比例 (%), 3 environmental-incidents 突发环境事件发生次数, 4 cod-reduction,
// 5 energy-intensity-reduction, 6 ecological-red-line-area (qualitative).
const indicators = loadSite(siteFixture().ctx).data!.current.indicators.indicators;
const HEAD = '序号,指标名称,数值,发布日期,来源名称,发布单位,来源日期';
const row = (n: string | number, value: string, name = '') => `${n},${name},${value},2028-03-15,环境质量公报,县生态环境局,2028-03-15`;
const read = (text: string) => readObservations('in.csv', text, indicators);
const lines = (problems: Problem[]) => problems.map(formatProblem);
const values = (text: string) => read(text).observations.map((o) => [o.row, o.observation.indicator, o.observation.value]);
/** Every message of the file has its Chinese wording. */
function chinese(problems: Problem[]) {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) expect(p.messageZh, p.message).toMatch(/\p{Script=Han}/u);
}

describe('encodings and files that are not spreadsheets', () => {
  it('reads UTF-16 (Excel\'s "Unicode text": tab-separated, with a byte-order mark), and says how', () => {
    const text = `${HEAD}\n${row(1, '24.1')}\n${row(2, '96.5')}\n`.replace(/,/g, '\t');
    const r = readCsvFile('u.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), indicators);
    expect(r.encoding).toBe('utf-16le');
    expect(r.observations.map((o) => [o.row, o.observation.indicator, o.observation.value])).toEqual([
      [2, 'pm25-concentration', 24.1],
      [3, 'good-water-share', 96.5],
    ]);
    expect(lines(r.problems)).toEqual(['  ⚠ u.csv:1: the columns are separated by tabs, not commas; the file was read that way']);
    expect(r.problems[0]!.messageZh).toBe('各列之间用制表符分隔（不是逗号），已按制表符读取');
  });

  it('refuses an old .xls workbook or other binary file renamed to .csv, saying what to do', () => {
    const xls = readCsvFile('old.csv', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0, 3, 0]), indicators);
    expect(lines(xls.problems)).toEqual([
      '  ✖ old.csv: this is an old Excel or WPS workbook (.xls, .et) renamed to .csv, not a CSV file: open it in Excel or WPS, save it as CSV (File → Save As → CSV UTF-8), then import the CSV',
    ]);
    const png = readCsvFile('img.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), indicators);
    expect(lines(png.problems)).toEqual([
      '  ✖ img.csv: this is not a CSV file but binary data (perhaps a workbook or a document renamed to .csv): open it in Excel or WPS, save it as CSV (File → Save As → CSV UTF-8), then import the CSV',
    ]);
    const xlsx = readCsvFile('new.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), indicators);
    expect(xlsx.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^this looks like an Excel workbook \(\.xlsx\)/)]);
    for (const r of [xls, png, xlsx]) chinese(r.problems);
  });
});

describe('columns', () => {
  it('reads semicolon-separated files, and says so', () => {
    const r = read(`${HEAD}\n${row(1, '24.1')}\n`.replace(/,/g, ';'));
    expect(r.observations.map((o) => o.observation.value)).toEqual([24.1]);
    expect(lines(r.problems)).toEqual(['  ⚠ in.csv:1: the columns are separated by semicolons, not commas; the file was read that way']);
    chinese(r.problems);
    expect(detectSeparator('a,b;c\n1,2;3\n')).toBe(',');
    expect(detectSeparator('序号\t备注\n1\t"a, b, c"\n')).toBe('\t');
  });

  it('refuses a title row above the header row, saying which rows to delete', () => {
    const one = read(`2028年指标数据填报表,,,,,,\n${HEAD}\n${row(1, '24.1')}\n`);
    expect(lines(one.problems)).toEqual([
      '  ✖ in.csv:1: the header row must be the first row: delete row 1 (above the header row 2) (found "2028年指标数据填报表")',
    ]);
    expect(one.problems[0]!.messageZh).toBe('表头（列名）必须在第1行：请删除第1行（表头现在在第2行）');
    const two = read(`2028年指标数据填报表\n填报单位：县生态环境局\n${HEAD}\n${row(1, '24.1')}\n`);
    expect(lines(two.problems)).toEqual([
      '  ✖ in.csv:1: the header row must be the first row: delete rows 1–2 (above the header row 3) (found "2028年指标数据填报表")',
    ]);
    expect(two.problems[0]!.messageZh).toBe('表头（列名）必须在第1行：请删除第1—2行（表头现在在第3行）');
    expect(two.observations).toEqual([]);
  });

  it('refuses a header row repeated further down', () => {
    const r = read(`${HEAD}\n${row(1, '24.1')}\n${HEAD}\n${row(2, '96.5')}\n`);
    expect(lines(r.problems)).toEqual(['  ✖ in.csv:3: this row repeats the header row: delete row 3 (found "序号")']);
    chinese(r.problems);
  });

  it('refuses two columns for the same field, naming both', () => {
    const r = read('序号,数值,发布日期,来源名称,发布单位,来源日期,年度数值\n1,24.1,2028-03-15,公报,单位,2028-03-15,24.3\n');
    expect(lines(r.problems)).toEqual([
      '  ✖ in.csv:1 → column 7: two columns for 数值 (value): column 2 "数值" and column 7 "年度数值"; keep one and delete the other (found "年度数值")',
    ]);
    expect(r.problems[0]!.messageZh).toBe('有两列都是“数值”：第2列“数值”和第7列“年度数值”；请只保留一列，删除另一列');
    expect(r.observations).toEqual([]);
    // A Chinese and an English name column side by side are not two columns for the same thing.
    const both = read(
      `序号,name_zh,name_en,数值,发布日期,来源名称,发布单位,来源日期\n2,${indicators[1]!.name.zh},"${indicators[1]!.name.en}",96.5,2028-03-15,公报,单位,2028-03-15\n`,
    );
    expect(both.problems).toEqual([]);
    expect(both.observations.map((o) => o.observation.value)).toEqual([96.5]);
  });

  it('refuses a file with a header row and no data rows, or rows without a single value', () => {
    const header = read(`${HEAD}\n`);
    expect(lines(header.problems)).toEqual([
      '  ✖ in.csv:1: the file has a header row but no data rows: fill in the rows of the template, or check that this is the right file',
    ]);
    const blank = read(`${HEAD}\n1,${indicators[0]!.name.zh},,,,,\n2,,,,,,\n`);
    expect(lines(blank.problems)).toEqual(['  ✖ in.csv: none of the 2 rows has a value: fill in at least one row, or check that this is the right file']);
    const empty = read('\n');
    expect(lines(empty.problems)).toEqual(['  ✖ in.csv: the file is empty: save the filled-in spreadsheet as CSV again, then import it']);
    for (const r of [header, blank, empty]) chinese(r.problems);
  });
});

describe('cells', () => {
  it('reads full-width digits, point and percent, with one notice per column naming the rows', () => {
    const r = read(`${HEAD}\n${row(1, '２４．１')}\n${row(2, '９７．８％')}\n${row(3, '2')}\n${row(4, '１，２３４')}\n`);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.observations.map((o) => o.observation.value)).toEqual([24.1, 97.8, 2, 1234]);
    expect(lines(r.problems)).toEqual([
      '  ⚠ in.csv:2 → 数值: full-width characters read as ordinary ones: "２４．１" → 24.1 (and in 2 more rows of this column: 3, 5) (found "２４．１")',
    ]);
    expect(r.problems[0]!.messageZh).toBe('全角字符已按半角读取：“２４．１” → 24.1（本列另有2行也这样处理：第3, 5行）');
    expect(readNumber('９７．８％')).toEqual({ value: 97.8, notice: 'full-width' });
  });

  it('reads full-width dates and numbers of indicators', () => {
    const r = read(`${HEAD}\n２,,96.5,２０２８年３月１５日,公报,单位,2028-03-15\n`);
    expect(r.observations.map((o) => [o.observation.indicator, o.observation.published])).toEqual([['good-water-share', '2028-03-15']]);
    expect(lines(r.problems)).toEqual([
      '  ⚠ in.csv:2 → 序号: full-width characters read as ordinary ones: "２" → 2 (found "２")',
      '  ⚠ in.csv:2 → 发布日期: full-width characters read as ordinary ones: "２０２８年３月１５日" → 2028-03-15 (found "２０２８年３月１５日")',
    ]);
    chinese(r.problems);
  });

  it('reads scientific notation as the number, with a notice to check it', () => {
    const r = read(`${HEAD}\n${row(4, '1.23E+03')}\n`);
    expect(r.observations.map((o) => o.observation.value)).toEqual([1230]);
    expect(lines(r.problems)).toEqual([
      '  ⚠ in.csv:2 → 数值: written in scientific notation: read "1.23E+03" as 1230; check that this is the exact figure (Excel shows long numbers this way and may round them), or format the column as Number (found "1.23E+03")',
    ]);
    expect(r.problems[0]!.messageZh).toBe(
      '数值是科学计数法：“1.23E+03”已按 1230 读取；请核对这是否是准确的数值（Excel这样显示较长的数字时可能四舍五入），或把这一列设置为“数值”格式',
    );
    const two = read(`${HEAD}\n${row(4, '1.23E+03')}\n${row(3, '2E+00')}\n`);
    expect(two.observations.map((o) => o.observation.value)).toEqual([1230, 2]);
    expect(lines(two.problems)).toEqual([
      '  ⚠ in.csv:2 → 数值: written in scientific notation: read "1.23E+03" as 1230 (and in 1 more row of this column: 3); check that this is the exact figure (Excel shows long numbers this way and may round them), or format the column as Number (found "1.23E+03")',
    ]);
    chinese(two.problems);
  });

  it('reads "第1项" in 序号 as the number, with a notice; refuses what is not a number, saying what to type', () => {
    const r = read(`${HEAD}\n${row('第1项', '24.1')}\n${row('（2）', '96.5')}\n${row('三', '1')}\n`);
    expect(values(`${HEAD}\n${row('第1项', '24.1')}\n${row('（2）', '96.5')}\n`)).toEqual([
      [2, 'pm25-concentration', 24.1],
      [3, 'good-water-share', 96.5],
    ]);
    expect(lines(r.problems)).toEqual([
      '  ✖ in.csv:4 → 序号: the indicator number must be written as digits only: a number from 1 to 6 as in the plan\'s table (found "三")',
      '  ⚠ in.csv:2 → 序号: read "第1项" as indicator number 1 (and in 1 more row of this column: 3): write the number only (found "第1项")',
    ]);
    expect(r.problems[1]!.messageZh).toBe('“第1项”已按序号1读取（本列另有1行也这样处理：第3行）；序号一栏只需填写数字');
    chinese(r.problems);
    expect(readIndicatorNumber('第 12 项')).toEqual({ value: 12, notice: 'decorated' });
    expect(readIndicatorNumber('12')).toEqual({ value: 12 });
  });

  it('refuses a decimal comma, suggesting the point, but reads a thousands grouping', () => {
    const r = read(`${HEAD}\n${row(1, '"22,5"')}\n${row(4, '"1,234"')}\n${row(3, '"1.234,5"')}\n`);
    expect(values(`${HEAD}\n${row(4, '"1,234"')}\n`)).toEqual([[2, 'cod-reduction', 1234]]);
    expect(lines(r.problems)).toEqual([
      '  ✖ in.csv:2 → 数值: a comma is not a decimal point: did you mean 22.5? write a point (.) for decimals; a comma may only group thousands, as in 1,234 (found "22,5")',
      '  ✖ in.csv:4 → 数值: a comma is not a decimal point: did you mean 1234.5? write a point (.) for decimals; a comma may only group thousands, as in 1,234 (found "1.234,5")',
    ]);
    expect(r.problems[0]!.messageZh).toBe('逗号不是小数点：您要填的是不是 22.5？小数请用英文句点“.”；逗号只能用作千位分隔符，例如 1,234');
    // It used to read 22,5 as 225.
    expect(readNumber('22,5').value).toBeUndefined();
    expect(readNumber('12,345,678.9')).toEqual({ value: 12345678.9 });
  });

  it('refuses a line break (Alt+Enter) in any cell, the value and dates included, naming the row and column', () => {
    const r = read(
      `${HEAD}\n1,,"24\n.1",2028-03-15,公报,单位,2028-03-15\n2,,96.5,"2028-03-\n15",公报,单位,2028-03-15\n"3\n",,1,2028-03-15,公报,单位,2028-03-15\n4,"化学需氧量\n重点工程减排量",5,2028-03-15,公报,单位,2028-03-15\n`,
    );
    expect(lines(r.problems)).toEqual([
      '  ✖ in.csv:2 → 数值: contains an invisible or control character (U+000A, character 3): delete it; line breaks, tabs, direction marks and zero-width spaces are not allowed (found "24\\n.1")',
      '  ✖ in.csv:3 → 发布日期: contains an invisible or control character (U+000A, character 9): delete it; line breaks, tabs, direction marks and zero-width spaces are not allowed (found "2028-03-\\n15")',
      '  ✖ in.csv:4 → 序号: contains an invisible or control character (U+000A, character 2): delete it; line breaks, tabs, direction marks and zero-width spaces are not allowed (found "3\\n")',
      '  ✖ in.csv:5 → 指标名称: contains an invisible or control character (U+000A, character 6): delete it; line breaks, tabs, direction marks and zero-width spaces are not allowed (found "化学需氧量\\n重点工程减排量")',
    ]);
    expect(r.observations).toEqual([]);
    chinese(r.problems);
  });

  it('refuses a 序号 and a 指标标识 that name different indicators, naming both', () => {
    const r = read(
      `序号,指标标识,数值,发布日期,来源名称,发布单位,来源日期\n3,pm25-concentration,5,2028-03-15,公报,单位,2028-03-15\n1,pm25-concentration,24.1,2028-03-15,公报,单位,2028-03-15\n`,
    );
    expect(lines(r.problems)).toEqual([
      '  ✖ in.csv:2 → 指标标识: 序号 3 is environmental-incidents (突发环境事件发生次数), but 指标标识 says pm25-concentration, which is number 1 (县城细颗粒物（PM2.5）平均浓度): correct one of them (found "pm25-concentration")',
    ]);
    expect(r.problems[0]!.messageZh).toBe(
      '序号3是 environmental-incidents（突发环境事件发生次数），但“指标标识”一栏写的是 pm25-concentration，即第1项（县城细颗粒物（PM2.5）平均浓度）：请改正其中一个',
    );
    expect(r.observations.map((o) => o.observation.indicator)).toEqual(['pm25-concentration']);
  });

  it("refuses a 序号 (or 指标标识) with another indicator's name, naming both", () => {
    const r = read(`${HEAD}\n${row(2, '24.1', '森林覆盖率')}\n${row(1, '24.1', '地表水考核断面水质优良比例')}\n${row(3, '1', '突发环境事件 发生次数')}\n`);
    expect(lines(r.problems)).toEqual([
      '  ✖ in.csv:2 → 指标名称: 序号 2 is 地表水考核断面水质优良比例, but the name column says 森林覆盖率: check which indicator this row is for, and correct the number or the name (found "森林覆盖率")',
      '  ✖ in.csv:3 → 指标名称: 序号 1 is 县城细颗粒物（PM2.5）平均浓度, but the name column says 地表水考核断面水质优良比例 (indicator 2, good-water-share): check which indicator this row is for, and correct the number or the name (found "地表水考核断面水质优良比例")',
    ]);
    expect(r.problems[0]!.messageZh).toBe('序号 2 是“地表水考核断面水质优良比例”，但“指标名称”一栏写的是“森林覆盖率”：请核对这一行是哪项指标，改正序号或名称');
    expect(r.problems[1]!.messageZh).toBe(
      '序号 1 是“县城细颗粒物（PM2.5）平均浓度”，但“指标名称”一栏写的是“地表水考核断面水质优良比例”（第2项指标的名称）：请核对这一行是哪项指标，改正序号或名称',
    );
    // A space inside the name is not a different name.
    expect(r.observations.map((o) => o.observation.indicator)).toEqual(['environmental-incidents']);
    const byId = read(
      `指标标识,指标名称,数值,发布日期,来源名称,发布单位,来源日期\ngood-water-share,Number of environmental emergencies,96.5,2028-03-15,公报,单位,2028-03-15\n`,
    );
    expect(lines(byId.problems)).toEqual([
      '  ✖ in.csv:2 → 指标名称: 指标标识 good-water-share is Share of assessed surface water sections with good water quality, but the name column says Number of environmental emergencies (indicator 3, environmental-incidents): check which indicator this row is for, and correct the number or the name (found "Number of environmental emergencies")',
    ]);
    chinese(byId.problems);
  });

  it('refuses a row with figures but neither 序号 nor 指标标识', () => {
    const r = read(`${HEAD}\n,,24.1,2028-03-15,公报,单位,2028-03-15\n`);
    expect(lines(r.problems)).toEqual([
      '  ✖ in.csv:2 → 序号: this row has figures but does not say which indicator they are for: fill in 序号 (1–6) or 指标标识 (found "")',
    ]);
    chinese(r.problems);
  });

  it('gives row numbers as Excel shows them, blank rows and cells with line breaks counted as one row each', () => {
    const r = read(`${HEAD}\n\n1,,24.1,2028-03-15,"公报\n（第二行）",单位,2028-03-15\n2,,约96,2028-03-15,公报,单位,2028-03-15\n`);
    expect(r.problems.map((p) => [p.line, p.path, p.severity])).toEqual([
      [3, '来源名称', 'error'],
      [4, '数值', 'error'],
    ]);
  });
});
