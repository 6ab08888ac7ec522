/** Bad data is caught with a message naming the file, the JSON path, the bad value and what was expected. */
import { describe, expect, it } from 'vitest';
import { dataPaths, loadData } from '../../src/lib/data/load.ts';
import { formatProblem } from '../../src/lib/data/errors.ts';
import { dataFixture, DEMO_SOURCE } from '../helpers/data-fixture.ts';

function problemsFor(setup: (f: ReturnType<typeof dataFixture>) => void): string[] {
  const f = dataFixture();
  setup(f);
  const { problems } = loadData(dataPaths('/', 'real', f.dir));
  return problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p).replace(f.dir, 'data'));
}

const obs = (over: Record<string, unknown> = {}) => ({ indicator: 'pm25-concentration', value: 24.1, published: '2024-03-01', source: DEMO_SOURCE, ...over });

describe('progress files', () => {
  it('accepts a valid file', () => {
    expect(problemsFor((f) => f.write('progress/2023.json', { year: 2023, observations: [obs()] }))).toEqual([]);
  });

  it.each([
    ['unknown indicator id', { year: 2023, observations: [obs({ indicator: 'pm10' })] }, '2023.json', /data\/progress\/2023\.json → observations\[0\]\.indicator: unknown indicator id .* \(found "pm10"\)/],
    ['duplicate observation', { year: 2023, observations: [obs(), obs({ value: 25 })] }, '2023.json', /observations\[1\]\.indicator: duplicate observation: this indicator already has a value for 2023 at observations\[0\] \(found "pm25-concentration"\)/],
    ['text for a numeric target', { year: 2023, observations: [obs({ value: 'met' })] }, '2023.json', /observations\[0\]\.value: indicator pm25-concentration has a numeric target: expected a number \(found "met"\)/],
    ['a number for a qualitative target', { year: 2023, observations: [obs({ indicator: 'ecological-red-line-area', value: 1 })] }, '2023.json', /observations\[0\]\.value: indicator ecological-red-line-area has a qualitative target: expected "met" or "not-met" \(found 1\)/],
    ['a string number', { year: 2023, observations: [obs({ value: '24.1' })] }, '2023.json', /observations\[0\]\.value: expected a number written without quotes.* \(found "24.1"\)/],
    ['a year outside the plan period', { year: 2026, observations: [] }, '2026.json', /data\/progress\/2026\.json → year: the reporting year must be within the plan period 2021–2025 \(found 2026\)/],
    ['a year not matching the file name', { year: 2022, observations: [] }, '2023.json', /→ year: the year does not match the file name \(expected 2023\) \(found 2022\)/],
    ['a missing source', { year: 2023, observations: [{ indicator: 'pm25-concentration', value: 24.1, published: '2024-03-01' }] }, '2023.json', /observations\[0\]\.source: .* \(found \(missing\)\)/],
    ['an empty source publisher', { year: 2023, observations: [obs({ source: { ...DEMO_SOURCE, publisher: ' ' } })] }, '2023.json', /observations\[0\]\.source\.publisher: source publisher must not be empty/],
    ['a percentage over 100', { year: 2023, observations: [obs({ indicator: 'good-air-days', value: 101 })] }, '2023.json', /a percentage must be between 0 and 100 \(found 101\)/],
    ['an impossible date', { year: 2023, observations: [obs({ published: '2024-02-30' })] }, '2023.json', /observations\[0\]\.published: not a real calendar date \(found "2024-02-30"\)/],
    ['a figure published before its year', { year: 2023, observations: [obs({ published: '2022-12-01' })] }, '2023.json', /a 2023 figure cannot have been published before 2023/],
    ['a correction dated before the original', { year: 2023, observations: [obs({ published: '2024-01-01', revisions: [{ value: 20, published: '2024-02-01', source: DEMO_SOURCE, reason: { zh: '更正', en: 'Corrected' } }] })] }, '2023.json', /a correction must be published after the value it replaces \(2024-02-01\)/],
  ])('rejects %s', (_name, content, file, pattern) => {
    const problems = problemsFor((f) => f.write(`progress/${file}`, content));
    expect(problems.join('\n')).toMatch(pattern);
  });

  it('rejects NaN and Infinity (not JSON) with the line number', () => {
    const problems = problemsFor((f) => f.write('progress/2023.json', '{\n  "year": 2023,\n  "observations": [\n    { "indicator": "pm25-concentration", "value": NaN }\n  ]\n}\n'));
    expect(problems.join('\n')).toMatch(/data\/progress\/2023\.json:4: not valid JSON/);
  });
});

describe('indicators file', () => {
  it('rejects a missing English name and unit', () => {
    const problems = problemsFor((f) => {
      const ind = f.read('indicators.json');
      ind.indicators[0].name.en = '';
      delete ind.indicators[1].unit.en;
      f.write('indicators.json', ind);
    });
    expect(problems.join('\n')).toMatch(/indicators\.json → indicators\[0\]\.name\.en: English text \(en\) must not be empty \(found ""\)/);
    expect(problems.join('\n')).toMatch(/indicators\.json → indicators\[1\]\.unit\.en: .* \(found \(missing\)\)/);
  });

  it('rejects an unknown target kind and a target value given as text', () => {
    const problems = problemsFor((f) => {
      const ind = f.read('indicators.json');
      ind.indicators[0].target = { kind: 'below', value: 25.2 };
      ind.indicators[1].target = { kind: 'atLeast', value: '96.7' };
      f.write('indicators.json', ind);
    });
    expect(problems.join('\n')).toMatch(/indicators\[0\]\.target\.kind: .*\(found "below"\)/);
    expect(problems.join('\n')).toMatch(/indicators\[1\]\.target\.value: expected a number written without quotes/);
  });

  it('records a provincial figure only for a provincial target', () => {
    const problems = problemsFor((f) => f.write('provincial-targets.json', { targets: [{ indicator: 'pm25-concentration', value: 20, source: DEMO_SOURCE }] }));
    expect(problems.join('\n')).toMatch(/provincial-targets\.json → targets\[0\]\.indicator: this indicator does not have a provincial target/);
  });

  it('collects every problem at once', () => {
    const problems = problemsFor((f) => {
      f.write('progress/2023.json', { year: 2023, observations: [obs({ indicator: 'nope' }), obs({ value: '1' })] });
      f.write('progress/2024.json', { year: 2021, observations: [] });
    });
    expect(problems.some((p) => p.includes('progress/2023.json'))).toBe(true);
    expect(problems.some((p) => p.includes('progress/2024.json → year: the year does not match the file name'))).toBe(true);
  });
});
