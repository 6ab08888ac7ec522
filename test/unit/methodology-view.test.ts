/**
 * The texts that explain the assessment (src/lib/views/methodology.ts): the at-risk band as the rules quote it, the
 * meaning of the statuses asked for in the order of the statuses, the indicators judged with a margin. By hand.
 */
import { describe, expect, it } from 'vitest';
import { atRiskBand, ruleVars, statusTerms, toleranceMargins } from '../../src/lib/views/methodology.ts';
import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';

const n = (en: string, zh: string) => ({ en, zh });
const indicator = (id: string, target: Target) =>
  ({
    number: 1,
    id,
    group: 'g',
    name: n(`Indicator ${id}`, `指标${id}`),
    unit: n('', ''),
    attribute: 'binding',
    baseline: 'none',
    target,
  }) as unknown as Indicator;
const PLAN = {
  id: 'p',
  period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
  plan: { shortName: n('Plan', '规划'), indicatorTable: n('Table', '表'), assigner: n('province', '省') },
  indicators: {
    groups: [],
    indicators: [
      indicator('odour', { kind: 'eliminate', basically: true, tolerance: 0.1, toleranceNote: n('At most 10% remain.', '剩余不超过10%。') }),
      indicator('pm', { kind: 'atMost', value: 25 }),
      indicator('red', { kind: 'remainStable', tolerance: 1, toleranceNote: n('Within 1 km².', '变化不超过1平方千米。') }),
    ],
  },
  projects: { projects: [] },
} as unknown as PlanData;

describe('the assessment explained', () => {
  it('the at-risk band (a tenth of the distance) reads 10% in both languages', () => {
    expect(atRiskBand('en')).toBe('10%');
    expect(atRiskBand('zh')).toBe('10%');
    expect(ruleVars(PLAN, 'en')).toMatchObject({ band: '10%', onTrack: 'On track', notReported: 'Not yet reported' });
    expect(ruleVars(PLAN, 'zh')).toMatchObject({ notReported: '尚未报告' });
  });

  it('the statuses asked for, in the order of the statuses, with the band filled in', () => {
    const terms = statusTerms(PLAN, 'en', ['off-track', 'at-risk']);
    expect(terms.map((s) => s.status)).toEqual(['at-risk', 'off-track']);
    expect(terms[0]!.meaning).toBe('Behind a steady pace, but by no more than 10% of the distance from the baseline to the target: it can still catch up.');
    expect(statusTerms(PLAN, 'zh')).toHaveLength(8);
  });

  it('only targets to eliminate or to keep stable have a margin', () => {
    expect(toleranceMargins(PLAN, 'en')).toEqual([
      { href: '/en/p/indicators/odour/', name: 'Indicator odour', note: 'At most 10% remain.' },
      { href: '/en/p/indicators/red/', name: 'Indicator red', note: 'Within 1 km².' },
    ]);
  });
});
