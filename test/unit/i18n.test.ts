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

  it('refuses to render a placeholder without a value', () => {
    expect(useTranslations('en')('home.periodValue', { start: 2021, end: 2025 })).toBe('2021–2025');
    expect(() => useTranslations('zh')('home.periodValue', { start: 2021 })).toThrow(/needs a value for \{end\}/);
  });
});
