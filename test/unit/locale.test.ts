/** The locale module: what each language writes differently, checked against hand-written expectations. */
import { describe, expect, it } from 'vitest';
import {
  bracketed,
  feedLanguage,
  formatDate,
  formatList,
  formatNumber,
  htmlLang,
  indicatorNumber,
  intlLocale,
  isOriginalLang,
  joinUnit,
  langAttr,
  langOfHtmlCode,
  langOfSegment,
  langSegment,
  labelled,
  numbered,
  ogLocale,
  pathPrefix,
} from '../../src/i18n/locale.ts';
import { localizedPath, langParams } from '../../src/lib/routing/routes.ts';

describe('the locale module', () => {
  it('names each language by the code each consumer expects', () => {
    expect([htmlLang('zh'), htmlLang('en')]).toEqual(['zh-CN', 'en']);
    expect([intlLocale('zh'), intlLocale('en')]).toEqual(['zh-CN', 'en-GB']);
    expect([ogLocale('zh'), ogLocale('en')]).toEqual(['zh_CN', 'en_GB']);
    expect([feedLanguage('zh'), feedLanguage('en')]).toEqual(['zh-cn', 'en']);
  });

  it('puts Chinese at the root and English under /en/', () => {
    expect([pathPrefix('zh'), pathPrefix('en')]).toEqual(['', '/en']);
    expect([langSegment('zh'), langSegment('en')]).toEqual([undefined, 'en']);
    expect([langOfSegment(undefined), langOfSegment('en'), langOfSegment('eco-2021-2025'), langOfSegment('')]).toEqual(['zh', 'en', 'zh', 'zh']);
    expect([localizedPath('zh', '/a/b/'), localizedPath('en', 'a/b/')]).toEqual(['/a/b/', '/en/a/b/']);
    expect(langParams()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }]);
  });

  it('reads the language of an HTML lang value', () => {
    expect(['zh-CN', 'zh', 'zh-Hans', 'ZH-cn', 'en', 'en-GB'].map(langOfHtmlCode)).toEqual(['zh', 'zh', 'zh', 'zh', 'en', 'en']);
  });

  it('marks text of another language than the page', () => {
    expect(langAttr('zh', 'en')).toBe('zh-CN');
    expect(langAttr('en', 'zh')).toBe('en');
    expect(langAttr('zh', 'zh')).toBeUndefined();
    expect(langAttr('en', 'en')).toBeUndefined();
    expect([isOriginalLang('zh'), isOriginalLang('en')]).toEqual([true, false]);
  });

  it('writes dates as each language does, and refuses what is not a date', () => {
    expect(formatDate('2026-11-30', 'zh')).toBe('2026年11月30日');
    expect(formatDate('2026-11-30', 'en')).toBe('30 November 2026');
    expect(formatDate('2021-01-05', 'zh')).toBe('2021年1月5日');
    expect(formatDate('2021-01-05', 'en')).toBe('5 January 2021');
    expect(() => formatDate('2026-02-30', 'zh')).toThrow(/Not an ISO date/);
    expect(() => formatDate('30/11/2026', 'en')).toThrow(/Not an ISO date/);
  });

  it('keeps the decimals a number was given and groups thousands as each language does', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'zh')).toBe('1234.5');
    expect(formatNumber(12345, 'zh')).toBe('12,345');
    expect(formatNumber(0.125, 'en')).toBe('0.13');
    expect(formatNumber(0.125, 'en', 3)).toBe('0.125');
    expect(formatNumber(-3, 'zh')).toBe('-3');
    expect(() => formatNumber(Number.NaN, 'en')).toThrow(/non-finite/);
  });

  it('joins lists with each language’s words', () => {
    expect(formatList(['2024', '2025', '2026'], 'zh')).toBe('2024、2025和2026');
    expect(formatList(['2024', '2025', '2026'], 'en')).toBe('2024, 2025 and 2026');
    expect(formatList(['2024'], 'en')).toBe('2024');
  });

  it('joins a number and its unit by one rule in both languages', () => {
    expect(joinUnit('24.1', 'μg/m³')).toBe('24.1\u00a0μg/m³');
    expect(joinUnit('60', '%')).toBe('60%');
    expect(joinUnit('875', '吨')).toBe('875吨');
    expect(joinUnit('3', '')).toBe('3');
  });

  it('numbers, brackets and labels as the plan prints them', () => {
    expect([indicatorNumber(1, 'zh'), indicatorNumber(1, 'en')]).toEqual(['（1）', '(1)']);
    expect(numbered(12, '森林覆盖率', 'zh')).toBe('（12）森林覆盖率');
    expect(numbered(12, 'Forest coverage', 'en')).toBe('(12) Forest coverage');
    expect(bracketed('森林覆盖率', '%', 'zh')).toBe('森林覆盖率（%）');
    expect(bracketed('Forest coverage', '%', 'en')).toBe('Forest coverage (%)');
    expect(bracketed('Forest coverage', '', 'en')).toBe('Forest coverage');
    expect(labelled('第三章', '积极应对气候变化', 'zh')).toBe('第三章\u3000积极应对气候变化');
    expect(labelled('Chapter 3', 'Climate Change', 'en')).toBe('Chapter 3: Climate Change');
  });
});
