import { describe, expect, it } from 'vitest';
import { chineseNumbers, cjkShare, inconsistentTerms, missingNumbers } from '../../src/lib/plan/translation.ts';

describe('translation checks', () => {
  it('accepts 万 and 亿 multiplied out, and month names', () => {
    expect(chineseNumbers('植树造林2万亩')[0]!.values).toEqual([2, 20000]);
    expect(missingNumbers('累计完成植树造林21.91万亩', 'a total of 219,100 mu')).toEqual([]);
    expect(missingNumbers('地区生产总值达338.6亿元', 'GDP reached CNY 33.86 billion')).toEqual([]);
    expect(missingNumbers('2020年3月出台', 'issued in March 2020')).toEqual([]);
  });

  it('reports a number that is missing or changed', () => {
    expect(missingNumbers('优良天数比例为96.7%，提升2个百分点', 'the share was 96.7%, up 3 points')).toEqual(['2']);
  });

  it('measures leftover Chinese', () => {
    expect(cjkShare('Jialing River (嘉陵江) flows south')).toBeLessThan(0.15);
    expect(cjkShare('嘉陵江生态廊道建设')).toBe(1);
  });

  it('flags a glossary term translated differently', () => {
    const glossary = [{ id: 'x', zh: '黑臭水体', en: 'black and odorous water' }];
    expect(inconsistentTerms('消除黑臭水体', 'eliminate black and odorous water bodies', glossary)).toEqual([]);
    expect(inconsistentTerms('消除黑臭水体', 'eliminate black and smelly water', glossary)).toHaveLength(1);
  });
});
