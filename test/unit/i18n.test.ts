import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { useTranslations } from '../../src/i18n/index.ts';

/** The placeholders a string uses (a language may use one twice). */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('UI dictionaries', () => {
  it('have the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
  });

  it('use Chinese punctuation next to Chinese text: no ASCII : , ; ? ! ( ) beside a CJK character', () => {
    const cjk = '[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef“”‘’—…·]';
    const ascii = '[:,;?!()]';
    const beside = new RegExp(`${cjk}\\s*${ascii}|${ascii}\\s*${cjk}`, 'u');
    // Placeholders and web addresses stand for Latin text; punctuation between Latin words (PM2.5 (μg/m³)) is fine.
    const refused = (s: string) => beside.test(s.replace(/https?:\/\/\S+/g, 'x').replace(/\{\w+\}/g, 'x'));
    expect(
      Object.entries(zh)
        .filter(([, value]) => refused(value))
        .map(([key, value]) => `${key}: ${value}`),
    ).toEqual([]);
    // The rule itself.
    for (const bad of ['本页更新于: ', '来源(示例)', '是否达标?', '甲,乙', '说明; 另见']) expect(refused(bad), bad).toBe(true);
    for (const fine of ['本页更新于：', 'PM2.5 (μg/m³)', '{name}: {value}', '见 https://example.org/a,b', '{publisher}：《{title}》'])
      expect(refused(fine), fine).toBe(false);
  });

  it('refuses to render a placeholder without a value', () => {
    expect(useTranslations('en')('home.periodValue', { start: 2021, end: 2025 })).toBe('2021–2025');
    expect(() => useTranslations('zh')('home.periodValue', { start: 2021 })).toThrow(/needs a value for \{end\}/);
  });
});
