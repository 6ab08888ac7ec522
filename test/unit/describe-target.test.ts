/**
 * The words for a target (src/lib/indicators/describe.ts): each kind in both languages, and the target cell of the
 * plan's table (the plan's own text in Chinese; in English, numbers as printed, worded targets translated), with
 * its unit where it is a number. Expectations written out from the dictionaries and the plan's table 表1.
 */
import { describe, expect, it } from 'vitest';
import { describeTarget, targetCell, targetWithUnit } from '../../src/lib/indicators/describe.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import type { Indicator, Target } from '../../src/lib/schema/indicators.ts';
import { periodOf } from '../../src/lib/plan/period.ts';

const n = (en: string, zh: string) => ({ en, zh });
const plan = {
  id: 'p',
  period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
  plan: { shortName: n('Plan', '规划'), indicatorTable: n('Table 1', '表1'), assigner: n('city', '市') },
  indicators: { groups: [], indicators: [] },
  projects: { projects: [] },
} as unknown as PlanData;

const both = (target: Target) => [describeTarget(target, 'zh', plan), describeTarget(target, 'en', plan)];

describe('describeTarget', () => {
  it("words each kind of target, numbers in the language's format", () => {
    expect(both({ kind: 'atMost', value: 25.2 } as Target)).toEqual(['不高于25.2', 'At most 25.2']);
    expect(both({ kind: 'atLeast', value: 12500 } as Target)).toEqual(['不低于12,500', 'At least 12,500']);
    expect(both({ kind: 'keepAt', value: 100 } as Target)).toEqual(['保持100', 'Keep at 100']);
    expect(both({ kind: 'noDecrease' } as Target)).toEqual(['不降低', 'No decrease']);
    expect(both({ kind: 'noIncrease' } as Target)).toEqual(['不增长', 'No increase']);
    expect(both({ kind: 'eliminate', basically: true } as Target)).toEqual(['基本消除', 'Basically eliminate']);
    expect(both({ kind: 'eliminate' } as Target)).toEqual(['消除', 'Eliminate']);
    expect(both({ kind: 'cumulative', value: 850 } as Target)).toEqual(['累计850', '850 in total']);
    expect(both({ kind: 'remainStable' } as Target)).toEqual(['保持稳定', 'Remain stable']);
    expect(both({ kind: 'qualitative', criteria: n('Complete the survey', '完成调查') } as Target)).toEqual(['完成调查', 'Complete the survey']);
  });
  it("names the body that assigns a target (the plan's assigner)", () => {
    expect(both({ kind: 'assigned' } as Target)).toEqual(['达到市定目标要求', 'Meet the target set by the city']);
  });
});

describe("the target cell of the plan's table", () => {
  // 表1 row 1: PM2.5 "≤25.2" μg/m³; row 7: 城市黑臭水体 "基本消除" (basically eliminate), no unit printed with it.
  const pm25 = { targetText: '≤25.2', target: { kind: 'atMost', value: 25.2 }, unit: n('μg/m³', '微克/立方米') } as unknown as Indicator;
  const blackOdorous = { targetText: '基本消除', target: { kind: 'eliminate', basically: true }, unit: n('%', '%') } as unknown as Indicator;
  it("keeps the plan's own text in Chinese and a printed number in English", () => {
    expect(targetCell(pm25, 'zh', plan)).toBe('≤25.2');
    expect(targetCell(pm25, 'en', plan)).toBe('≤25.2');
    expect(targetCell(blackOdorous, 'zh', plan)).toBe('基本消除');
    expect(targetCell(blackOdorous, 'en', plan)).toBe('Basically eliminate');
  });
  it('adds the unit to a number only (a Chinese unit without a space, a symbol after a no-break space)', () => {
    expect(targetWithUnit(pm25, 'zh', plan)).toBe('≤25.2微克/立方米');
    expect(targetWithUnit(pm25, 'en', plan)).toBe('≤25.2\u00a0μg/m³');
    expect(targetWithUnit(blackOdorous, 'en', plan)).toBe('Basically eliminate');
  });
});
