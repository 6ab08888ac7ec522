/**
 * Plausibility of figures and dates (src/lib/data/plausibility.ts): each rule on the county fixture — a figure that
 * trips it, one just inside it, the message in both languages — and the same rules at import, at the CSV's row and
 * column. The fixture's today is 2028-12-31; its figures (2026, 2027):
 *   1 pm25-concentration μg/m³, lower is better, baseline 32 (2025), target ≤ 30: 29.4, 28.9
 *   2 good-water-share %, higher is better, baseline 85.7, target ≥ 90: 87.0, 87.2
 *   3 environmental-incidents, baseline 2, no increase: 1, 3
 *   4 cod-reduction t, cumulative target 500 (yearly amounts): 90, 130
 *   5 energy-intensity-reduction %, assigned target, no baseline: 2.8, 5.9
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadSite } from '../../src/lib/data/load.ts';
import type { Problem } from '../../src/lib/messages/problem.ts';
import { PLAUSIBILITY_DEFAULTS, suggested, TOO_LARGE as TOO_LARGE_MESSAGE } from '../../src/lib/data/plausibility.ts';
import { render } from '../../src/lib/messages/message.ts';

const TOO_LARGE = render(TOO_LARGE_MESSAGE, 'en');
import { assess, pathValue } from '../../src/lib/indicators/assess.ts';
import { mergeObservations, readObservations } from '../../src/lib/import/csv.ts';
import { importPlausibility } from '../../src/lib/import/plausibility.ts';
import { publicObservation } from '../../src/lib/downloads/tables.ts';
import { Observation } from '../../src/lib/schema/progress.ts';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture, type SiteFixture } from '../helpers/data-fixture.ts';

const SOURCE = { title: 'Test fixture — synthetic', publisher: 'Test suite', date: '2028-06-01' };
const obs = (indicator: string, value: unknown, over: Record<string, unknown> = {}) => ({ indicator, value, published: '2028-06-01', source: SOURCE, ...over });
const CONFIRMED = { zh: '已对照来源核实。', en: 'Checked against the source.' };

function loaded(setup: (f: SiteFixture) => void) {
  const f = siteFixture();
  setup(f);
  return loadSite(f.ctx);
}
/** The problems at one file (by the end of its name) and JSON path. */
const at = (problems: Problem[], file: string, p: string) => problems.filter((x) => x.file.endsWith(file) && x.path === p);
/** The problems of a 2028 file holding the given observations, at observations[0] unless told. */
function in2028(observations: unknown[], edit?: (f: SiteFixture) => void, p = 'observations[0].value') {
  const r = loaded((f) => {
    edit?.(f);
    f.write('progress/2028.json', { year: 2028, observations });
  });
  return at(r.problems, 'progress/2028.json', p);
}
/** One problem: its severity, its English message (start) and its Chinese message (start). */
function expectOne(problems: Problem[], severity: Problem['severity'], en: string, zh: string) {
  expect(problems.map((p) => p.message)).toHaveLength(1);
  const [p] = problems;
  expect(p!.severity).toBe(severity);
  expect(p!.message.startsWith(en), p!.message).toBe(true);
  expect(p!.messageZh, p!.message).toMatch(/\p{Script=Han}/u);
  expect(p!.messageZh!.startsWith(zh), p!.messageZh).toBe(true);
}
const CONFIRM_EN = 'If the figure is right, give the reason in "confirmed" (in a spreadsheet, the columns 核实说明 and 英文核实说明)';
const CONFIRM_ZH = '如该数值无误，请在 "confirmed" 中写明理由（表格中为“核实说明”和“英文核实说明”两列）';

describe('the fixture as it is', () => {
  it('has one warning only: 5.9 after 2.8 for the reduction (no baseline), not 2.8 before it', () => {
    const r = loaded(() => {});
    expect(r.data).toBeDefined();
    const warnings = r.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => `${p.file.replace(/.*progress\//, '')} ${p.path}`)).toEqual(['2027.json observations[4].value']);
    // 2.8 alone suggests 2.8; 5.9 is 3.1 away (> 50% of 2.8 = 1.4) and above 2.8 + 1.4.
    expect(warnings[0]!.message).toBe(
      `unusual change: 5.9, where the neighbouring figures (2026: 2.8) suggest about 2.8; it differs by more than 50% of the largest other figure (2.8) and lies outside the range of the other figures (2.8 to 2.8); check it against its source (a typing mistake?). ${CONFIRM_EN}`,
    );
  });
});

describe('figures too large to be real, and no non-finite number anywhere', () => {
  it('refuses 10^15 and accepts the largest number below it as not absurd', () => {
    expectOne(in2028([obs('pm25-concentration', 1e15)]), 'error', TOO_LARGE, '数值过大，不可能是真实数据（达到10的15次方）');
    // 999,999,999,999,999 is not "too large", but it is far more than 5 × 32 (the largest figure it is compared with).
    const below = in2028([obs('pm25-concentration', 999_999_999_999_999)]);
    expect(below.map((p) => p.message)).not.toContain(TOO_LARGE);
    expectOne(
      below,
      'error',
      "at least 5 times the largest of this indicator's baseline, target and other figures (32): check the figure (extra or missing digits?).",
      '达到该指标基线值、目标值和其他数值中最大值（32）的5倍以上：请核对该数值',
    );
  });

  it('refuses 1e308 in two years of a cumulative indicator: the running total (Infinity) never reaches a page', () => {
    const r = loaded((f) => {
      for (const year of [2026, 2027])
        f.edit(`progress/${year}.json`, (d) => {
          d.observations[3].value = 1e308;
        });
    });
    expect(r.data).toBeUndefined();
    for (const file of ['2026.json', '2027.json']) expect(at(r.problems, file, 'observations[3].value').map((p) => p.message)).toEqual([TOO_LARGE]);
  });

  it('keeps every sum and path finite for figures just below the ceiling', () => {
    const f = siteFixture();
    const plan = loadSite(f.ctx).data!.current;
    const cod = plan.indicators.indicators.find((i) => i.id === 'cod-reduction')!;
    const big = PLAUSIBILITY_DEFAULTS.ceiling - 1;
    const observations = plan.period.years.map((year) => ({ year, observation: Observation.parse(obs('cod-reduction', big)) }));
    const a = assess(cod, 2030, observations, { period: plan.period });
    expect(a.basis.kind === 'cumulative' && Number.isFinite(a.basis.total)).toBe(true);
    expect(Number.isFinite(pathValue(-big, 2025, big, 2030, 2030))).toBe(true);
  });

  it("holds the indicator's own numbers and the assigned figures to the same limits", () => {
    const r = loaded((f) => {
      f.edit('indicators.json', (d) => {
        d.indicators[0].baseline = 1e308;
        d.indicators[1].baseline = 101;
      });
      f.write('assigned-targets.json', { targets: [{ indicator: 'energy-intensity-reduction', value: 150, source: { ...SOURCE, date: '2029-01-01' } }] });
    });
    expect(at(r.problems, 'indicators.json', 'indicators[0].baseline').map((p) => p.message)).toEqual([TOO_LARGE]);
    expectOne(
      at(r.problems, 'indicators.json', 'indicators[1].baseline'),
      'error',
      'a percentage cannot be more than 100: check for an extra digit.',
      '百分比不能大于100：请检查是否多打了数字',
    );
    expectOne(at(r.problems, 'assigned-targets.json', 'targets[0].value'), 'error', 'a percentage cannot be more than 100', '百分比不能大于100');
    expectOne(
      at(r.problems, 'assigned-targets.json', 'targets[0].source.date'),
      'error',
      'a date in the future (today is 2028-12-31)',
      '日期晚于今天（2028-12-31）',
    );
  });
});

describe('the range an indicator declares, and the default limits', () => {
  const declare = (id: string, plausible: Record<string, number>) => (f: SiteFixture) =>
    f.edit('indicators.json', (d) => {
      d.indicators.find((i: { id: string }) => i.id === id).plausible = plausible;
    });

  it('refuses a figure below the declared minimum; accepts the minimum itself', () => {
    expectOne(
      in2028([obs('good-water-share', 49.9)], declare('good-water-share', { min: 50 })),
      'error',
      'below the plausible minimum declared for this indicator in indicators.json (50): check the figure. If the figure is right, change "plausible" there',
      '低于 indicators.json 中为该指标声明的合理最小值（50）：请核对该数值',
    );
    // 50: within the range, 37.4 from the 87.4 that 87 and 87.2 suggest (less than half of 87.2): nothing to say.
    expect(in2028([obs('good-water-share', 50)], declare('good-water-share', { min: 50 }))).toEqual([]);
  });

  it('refuses a figure above the declared maximum, saying what was meant', () => {
    expectOne(
      in2028([obs('pm25-concentration', 289)], declare('pm25-concentration', { max: 100 })),
      'error',
      'above the plausible maximum declared for this indicator in indicators.json (100): did you mean 28.9? If the figure is right, change "plausible" there',
      '高于 indicators.json 中为该指标声明的合理最大值（100）：是否应为 28.9？',
    );
    expect(in2028([obs('pm25-concentration', 100)], declare('pm25-concentration', { max: 100 })).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a negative figure by default (a stray minus sign) and accepts one the indicator declares possible', () => {
    expectOne(
      in2028([obs('pm25-concentration', -24.1)]),
      'error',
      'cannot be negative: did you mean 24.1? If this indicator can be below 0, declare "plausible": { "min": … } for it in indicators.json',
      '不能为负数：是否应为 24.1（多了负号）？',
    );
    expect(in2028([obs('pm25-concentration', 0)]).filter((p) => p.severity === 'error')).toEqual([]);
    expectOne(in2028([obs('energy-intensity-reduction', -3.2)]), 'error', 'cannot be negative: did you mean 3.2?', '不能为负数：是否应为 3.2');
    expect(
      in2028([obs('energy-intensity-reduction', -3.2)], declare('energy-intensity-reduction', { min: -100 })).filter((p) => p.severity === 'error'),
    ).toEqual([]);
  });

  it('refuses a percentage over 100, saying what was meant when a decimal point slipped', () => {
    expectOne(
      in2028([obs('good-water-share', 872)]),
      'error',
      'a percentage cannot be more than 100: did you mean 87.2? If this indicator can exceed 100 %, declare "plausible": { "max": … }',
      '百分比不能大于100：是否应为 87.2？',
    );
    expect(in2028([obs('good-water-share', 100)])).toEqual([]);
    expect(in2028([obs('good-water-share', 120)], declare('good-water-share', { max: 150 })).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a declaration whose minimum is not below its maximum, and one on a qualitative target', () => {
    const r = loaded((f) =>
      f.edit('indicators.json', (d) => {
        d.indicators[0].plausible = { min: 10, max: 10 };
      }),
    );
    expectOne(
      at(r.problems, 'indicators.json', 'indicators[0].plausible.max'),
      'error',
      'the plausible "min" must be less than "max"',
      '"plausible" 中的 "min" 必须小于 "max"',
    );
    expect(
      at(
        loaded((f) =>
          f.edit('indicators.json', (d) => {
            d.indicators[0].plausible = { min: 10, max: 10.1 };
          }),
        ).problems,
        'indicators.json',
        'indicators[0].plausible.max',
      ),
    ).toEqual([]);
    const q = loaded((f) =>
      f.edit('indicators.json', (d) => {
        d.indicators[5].plausible = { min: 0 };
      }),
    );
    expectOne(
      at(q.problems, 'indicators.json', 'indicators[5].plausible'),
      'error',
      'a qualitative target has no figures to bound: remove "plausible"',
      '定性目标没有数值',
    );
  });
});

describe('improbable figures: refused unless confirmed', () => {
  it('a decimal comma read as thousands: 225 for 22.5 μg/m³', () => {
    // The largest of baseline 32, target 30, 29.4 and 28.9 is 32: 225 ≥ 5 × 32; moved one place towards 28.9 it is 22.5.
    expectOne(
      in2028([obs('pm25-concentration', 225)]),
      'error',
      `at least 5 times the largest of this indicator's baseline, target and other figures (32): did you mean 22.5? ${CONFIRM_EN}`,
      `达到该指标基线值、目标值和其他数值中最大值（32）的5倍以上：是否应为 22.5？${CONFIRM_ZH}`,
    );
    expect(in2028([obs('pm25-concentration', 159.9)]).filter((p) => p.severity === 'error')).toEqual([]);
    expect(in2028([obs('pm25-concentration', 225, { confirmed: CONFIRMED })])).toEqual([]);
  });

  it('a percentage written as a fraction: 0.872 for 87.2 %', () => {
    expectOne(
      in2028([obs('good-water-share', 0.872)]),
      'error',
      `looks like a percentage written as a fraction (the baseline and earlier figures are at least 85.7): did you mean 87.2? ${CONFIRM_EN}`,
      '似乎把百分比写成了小数（基线值和此前各年数值都不小于 85.7）：是否应为 87.2？',
    );
    expect(in2028([obs('good-water-share', 0.872, { confirmed: CONFIRMED })])).toEqual([]);
  });

  it('a figure at most a fifth of the smallest earlier one', () => {
    // The smallest of baseline 32, 29.4 and 28.9 is 28.9: 2.25 × 5 ≤ 28.9; 5.8 × 5 = 29 is not.
    expectOne(
      in2028([obs('pm25-concentration', 2.25)]),
      'error',
      `at most 1/5 of the smallest of this indicator's baseline and earlier figures (28.9): did you mean 22.5? ${CONFIRM_EN}`,
      '不到该指标基线值和此前各年数值中最小值（28.9）的1/5：是否应为 22.5？',
    );
    expect(in2028([obs('pm25-concentration', 5.8)]).filter((p) => p.severity === 'error')).toEqual([]);
    expectOne(
      in2028([obs('good-water-share', 17.1)]),
      'error',
      "at most 1/5 of the smallest of this indicator's baseline and earlier figures (85.7): check the figure (extra or missing digits?).",
      '不到该指标基线值和此前各年数值中最小值（85.7）的1/5：请核对该数值',
    );
    expect(in2028([obs('good-water-share', 17.2)]).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('an absurd yearly amount: 99,999,999 t against a target of 500 t; small amounts are never improbable', () => {
    expectOne(
      in2028([obs('cod-reduction', 99_999_999)]),
      'error',
      "at least 5 times the largest of this indicator's baseline, target and other figures (500): check the figure (extra or missing digits?).",
      '达到该指标基线值、目标值和其他数值中最大值（500）的5倍以上',
    );
    expect(in2028([obs('cod-reduction', 2499)]).filter((p) => p.severity === 'error')).toEqual([]);
    expect(in2028([obs('cod-reduction', 1)]).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('0 where higher is better and the baseline is above 0; not for amounts, nor where lower is better', () => {
    expectOne(
      in2028([obs('good-water-share', 0)]),
      'error',
      `0 is not plausible here: the baseline is 85.7 and higher is better (an empty cell or a formula read as 0?); leave the row empty if no figure was published. ${CONFIRM_EN}`,
      '0不合理：该指标基线值为85.7，且越高越好',
    );
    expect(in2028([obs('good-water-share', 0, { confirmed: CONFIRMED })])).toEqual([]);
    // A year without any reduction is no error (it is an unusual change from 90 and 130: a warning).
    expect(in2028([obs('cod-reduction', 0)]).filter((p) => p.severity === 'error')).toEqual([]);
    expect(in2028([obs('environmental-incidents', 0)]).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('unusual changes: a warning, against the whole series', () => {
  it('flags a figure far from what its neighbours suggest and outside the range of the others', () => {
    // 29.4 (2026) and 28.9 (2027) suggest 28.4 for 2028; the largest other figure is 32 (baseline), half of it 16:
    // 48.1 is 19.7 from 28.4 and above 32 + 16 = 48; 48 is not.
    expectOne(
      in2028([obs('pm25-concentration', 48.1)]),
      'warning',
      `unusual change: 48.1, where the neighbouring figures (2026: 29.4; 2027: 28.9) suggest about 28.4; it differs by more than 50% of the largest other figure (32) and lies outside the range of the other figures (28.9 to 32); check it against its source (a typing mistake?). ${CONFIRM_EN}`,
      `变化异常：48.1，而相邻年份的数值（2026: 29.4; 2027: 28.9）显示应约为28.4；差距超过其他数值中最大值（32）的50%，且超出其他数值的范围（28.9至32）`,
    );
    expect(in2028([obs('pm25-concentration', 48)])).toEqual([]);
  });

  it('takes the indicator\'s own threshold, and is silenced by "confirmed"', () => {
    expect(
      in2028([obs('pm25-concentration', 48.1)], (f) =>
        f.edit('indicators.json', (d) => {
          d.indicators[0].plausible = { maxChangePercent: 100 };
        }),
      ),
    ).toEqual([]);
    expect(in2028([obs('pm25-concentration', 48.1, { confirmed: CONFIRMED })])).toEqual([]);
    const r = loaded((f) =>
      f.edit('progress/2027.json', (d) => {
        d.observations[4].confirmed = CONFIRMED;
      }),
    );
    expect(r.problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  it('flags the outlier, not the figure after it (the previous-year rule flagged both)', () => {
    const r = loaded((f) => {
      f.edit('progress/2027.json', (d) => {
        d.observations[0].value = 60;
      });
      f.write('progress/2028.json', { year: 2028, observations: [obs('pm25-concentration', 28.5)] });
    });
    // 60: 29.4 and 28.5 suggest 28.95, 31.05 away (> 16) and above 32 + 16. 28.5: within the others' range.
    expect(at(r.problems, '2027.json', 'observations[0].value').map((p) => p.severity)).toEqual(['warning']);
    expect(at(r.problems, '2028.json', 'observations[0].value')).toEqual([]);
    expect(at(r.problems, '2026.json', 'observations[0].value')).toEqual([]);
  });

  it('does not flag the ends of a steady trend', () => {
    const r = loaded((f) => f.write('progress/2028.json', { year: 2028, observations: [obs('energy-intensity-reduction', 9)] }));
    // 2.8, 5.9, 9: each is what the line through the other two suggests.
    expect(r.problems.filter((p) => p.severity === 'warning')).toEqual([]);
    expect(
      suggested(2026, [
        { year: 2027, value: 5.9 },
        { year: 2028, value: 9 },
      ])!.value,
    ).toBeCloseTo(2.8, 9);
    expect(
      suggested(2027, [
        { year: 2026, value: 2.8 },
        { year: 2028, value: 9 },
      ])!.value,
    ).toBeCloseTo(5.9, 9);
  });
});

describe('dates', () => {
  it('refuses a publication date after today and accepts today', () => {
    expectOne(
      in2028([obs('pm25-concentration', 28.5, { published: '2029-01-01' })], undefined, 'observations[0].published'),
      'error',
      'a date in the future (today is 2028-12-31): nothing can be published, dated or updated after today; check the year and the month',
      '日期晚于今天（2028-12-31）：数值、来源和进展都不能在今天之后发布或记录',
    );
    const today = { published: '2028-12-31', source: { ...SOURCE, date: '2028-12-31' } };
    const r = loaded((f) => f.write('progress/2028.json', { year: 2028, observations: [obs('pm25-concentration', 28.5, today)] }));
    expect(r.problems.filter((p) => p.file.endsWith('2028.json'))).toEqual([]);
  });

  it("refuses a source dated after today, and a source dated after the figure's publication", () => {
    expectOne(
      in2028(
        [obs('pm25-concentration', 28.5, { published: '2028-12-01', source: { ...SOURCE, date: '2029-01-01' } })],
        undefined,
        'observations[0].source.date',
      ),
      'error',
      'a date in the future (today is 2028-12-31)',
      '日期晚于今天（2028-12-31）',
    );
    expectOne(
      in2028([obs('pm25-concentration', 28.5, { source: { ...SOURCE, date: '2028-06-02' } })], undefined, 'observations[0].source.date'),
      'error',
      "the source is dated after the figure's publication date (2028-06-01): a figure cannot be published before the document it comes from",
      '来源日期晚于该数值的发布日期（2028-06-01）',
    );
    expect(in2028([obs('pm25-concentration', 28.5, { source: { ...SOURCE, date: '2028-06-01' } })], undefined, 'observations[0].source.date')).toEqual([]);
  });

  it('holds an earlier value (revision) to the same rules', () => {
    const revised = obs('pm25-concentration', 28.5, {
      revisions: [{ value: -28.6, published: '2028-05-01', source: { ...SOURCE, date: '2029-01-01' }, reason: { zh: '更正', en: 'Corrected' } }],
    });
    const r = loaded((f) => f.write('progress/2028.json', { year: 2028, observations: [revised] }));
    expectOne(at(r.problems, '2028.json', 'observations[0].revisions[0].source.date'), 'error', 'a date in the future (today is 2028-12-31)', '日期晚于今天');
    expectOne(
      at(r.problems, '2028.json', 'observations[0].revisions[0].value'),
      'error',
      'cannot be negative: did you mean 28.6?',
      '不能为负数：是否应为 28.6',
    );
  });

  it('refuses a project status update dated after today', () => {
    const r = loaded((f) =>
      f.edit('projects.json', (d) => {
        d.projects[0].statusHistory[0].date = '2029-01-01';
      }),
    );
    expectOne(
      at(r.problems, 'projects.json', 'projects[0].statusHistory[0].date'),
      'error',
      'a date in the future (today is 2028-12-31)',
      '日期晚于今天（2028-12-31）',
    );
    const ok = loaded((f) =>
      f.edit('projects.json', (d) => {
        d.projects[0].statusHistory[0].date = '2028-12-31';
      }),
    );
    expect(at(ok.problems, 'projects.json', 'projects[0].statusHistory[0].date')).toEqual([]);
  });
});

describe('"confirmed" in the data', () => {
  it('needs both languages and is spelt exactly', () => {
    expect(Observation.safeParse(obs('pm25-concentration', 225, { confirmed: CONFIRMED })).success).toBe(true);
    expect(Observation.safeParse(obs('pm25-concentration', 225, { confirmed: { zh: '已核实', en: '' } })).success).toBe(false);
    expect(Observation.safeParse(obs('pm25-concentration', 225, { confirm: CONFIRMED })).success).toBe(false);
  });

  it('is never published: the downloads leave it out, and no page reads it', () => {
    const o = Observation.parse(obs('pm25-concentration', 225, { confirmed: CONFIRMED, note: { zh: '备注', en: 'Note' } }));
    expect(publicObservation(o)).toEqual({
      indicator: 'pm25-concentration',
      value: 225,
      published: '2028-06-01',
      source: SOURCE,
      note: { zh: '备注', en: 'Note' },
      revisions: [],
    });
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const readers = [...files(path.join(ROOT, 'src/pages')), ...files(path.join(ROOT, 'src/components'))].filter((f) =>
      /\bconfirmed\b/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(readers).toEqual([]);
  });
});

describe('the same rules at import, at the row and column of the spreadsheet', () => {
  const HEAD = '序号,数值,发布日期,来源名称,发布单位,来源日期,备注,英文备注,核实说明,英文核实说明';
  const row = (n: number, value: string, over: { published?: string; sourceDate?: string; confirmed?: [string, string] } = {}) =>
    `${n},${value},${over.published ?? '2028-06-01'},公报,单位,${over.sourceDate ?? '2028-06-01'},,,${over.confirmed?.[0] ?? ''},${over.confirmed?.[1] ?? ''}`;

  function imported(rows: string[]) {
    const f = siteFixture();
    const plan = loadSite(f.ctx).data!.current;
    const read = readObservations('in.csv', `${HEAD}\n${rows.join('\n')}\n`, plan.indicators.indicators);
    const merged = mergeObservations(undefined, 2028, read.observations, { replace: false, file: 'progress/2028.json', csv: 'in.csv' });
    const options = { indicators: plan.indicators.indicators, period: plan.period, today: f.ctx.today };
    return { f, read, merged, problems: [...read.problems, ...importPlausibility('in.csv', read.observations, merged.data, plan.progress, options)] };
  }
  const where = (p: Problem) => `${p.file}:${p.line} → ${p.path}`;

  it('gives each finding at its row and column, with the message of the check', () => {
    const r = imported([
      row(1, '225'),
      row(2, '0.872'),
      row(4, '"99,999,999"'),
      row(5, '-3.2', { sourceDate: '2029-01-01' }),
      row(3, '2', { published: '2029-01-01', sourceDate: '2028-12-01' }),
    ]);
    expect(r.problems.map((p) => `${where(p)} ${p.severity} ${p.message.split(/[:(]/)[0]!.trim()}`).sort()).toEqual([
      "in.csv:2 → 数值 error at least 5 times the largest of this indicator's baseline, target and other figures",
      'in.csv:3 → 数值 error looks like a percentage written as a fraction',
      "in.csv:4 → 数值 error at least 5 times the largest of this indicator's baseline, target and other figures",
      'in.csv:5 → 数值 error cannot be negative',
      'in.csv:5 → 来源日期 error a date in the future',
      'in.csv:6 → 发布日期 error a date in the future',
    ]);
    // The check says the same of the same figures written as the year's file.
    r.f.write('progress/2028.json', r.merged.data);
    const checked = loadSite(r.f.ctx).problems.filter((p) => p.file.endsWith('progress/2028.json'));
    expect(checked.map((p) => p.message).sort()).toEqual(r.problems.map((p) => p.message).sort());
    for (const p of r.problems) expect(p.messageZh, p.message).toMatch(/\p{Script=Han}/u);
  });

  it('warns of an unusual change at its row, and takes 核实说明 as "confirmed"', () => {
    const warned = imported([row(1, '48.1')]);
    expect(warned.problems.map((p) => `${where(p)} ${p.severity}`)).toEqual(['in.csv:2 → 数值 warning']);
    expect(warned.problems[0]!.message).toMatch(/^unusual change: 48\.1, where the neighbouring figures \(2026: 29\.4; 2027: 28\.9\) suggest about 28\.4/);
    const confirmed = imported([row(1, '48.1', { confirmed: ['已对照来源核实', 'Checked against the source'] })]);
    expect(confirmed.problems).toEqual([]);
    expect(confirmed.merged.data.observations[0]!.confirmed).toEqual({ zh: '已对照来源核实', en: 'Checked against the source' });
  });

  it('needs the reason in both languages', () => {
    const r = imported([row(1, '225', { confirmed: ['已核实', ''] })]);
    const p = r.problems.find((x) => x.path === '英文核实说明')!;
    expect(where(p)).toBe('in.csv:2 → 英文核实说明');
    expect(p.messageZh).toBe('缺少翻译：核实说明须同时填写中文和英文');
  });

  it('refuses a number too long to hold (310 digits) as too large, not as "not a number"', () => {
    const r = imported([row(1, '9'.repeat(310))]);
    expect(r.problems.map((p) => `${where(p)} ${p.message}`)).toEqual([`in.csv:2 → 数值 ${TOO_LARGE}`]);
  });
});
