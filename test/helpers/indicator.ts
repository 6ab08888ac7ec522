import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';

/**
 * An indicator for a unit test: what a test names (its id, target and baseline, and whatever else it sets) over
 * neutral values for the rest (binding, a ton, a section of chapter 2). `baselineText` is the baseline as printed.
 */
export function testIndicator(fields: { id: string; target: Target; baseline: number | 'none' } & Partial<Indicator>): Indicator {
  return {
    number: 1,
    group: 'g',
    name: { zh: '测试', en: 'Test' },
    unit: { zh: '吨', en: 't' },
    attribute: 'binding',
    baselineText: String(fields.baseline),
    targetText: '—',
    definition: { zh: '测试', en: 'Test' },
    sections: ['chapter-2#section-4'],
    ...fields,
  };
}
