/** Bad data is caught with a message naming the file, the JSON path, the bad value and what was expected. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadSite } from '../../src/lib/data/load.ts';
import { formatProblem } from '../../src/lib/messages/problem.ts';
import { siteFixture, TEST_SOURCE, type SiteFixture } from '../helpers/data-fixture.ts';

const P = 'data/plans/qingxi-2026-2030';

function problemsFor(setup: (f: SiteFixture) => void): string[] {
  const f = siteFixture();
  setup(f);
  return loadSite(f.ctx)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p));
}
const all = (setup: (f: SiteFixture) => void) => problemsFor(setup).join('\n');

const obs = (over: Record<string, unknown> = {}) => ({ indicator: 'pm25-concentration', value: 29.1, published: '2028-03-01', source: TEST_SOURCE, ...over });

describe('the fixture site', () => {
  it('loads without problems as written', () => {
    expect(problemsFor(() => {})).toEqual([]);
  });
});

describe('progress files', () => {
  it('accepts a valid file', () => {
    expect(problemsFor((f) => f.write('progress/2028.json', { year: 2028, observations: [obs()] }))).toEqual([]);
  });

  it.each([
    [
      'unknown indicator id',
      { year: 2028, observations: [obs({ indicator: 'pm10' })] },
      '2028.json',
      /progress\/2028\.json → observations\[0\]\.indicator: unknown indicator id \(see indicators\.json for the 6 ids\) \(found "pm10"\)/,
    ],
    [
      'duplicate observation',
      { year: 2028, observations: [obs(), obs({ value: 25 })] },
      '2028.json',
      /observations\[1\]\.indicator: duplicate observation: this indicator already has a value for 2028 at observations\[0\] \(found "pm25-concentration"\)/,
    ],
    [
      'text for a numeric target',
      { year: 2028, observations: [obs({ value: 'met' })] },
      '2028.json',
      /observations\[0\]\.value: indicator pm25-concentration has a numeric target: expected a number \(found "met"\)/,
    ],
    [
      'a number for a qualitative target',
      { year: 2028, observations: [obs({ indicator: 'ecological-red-line-area', value: 1 })] },
      '2028.json',
      /indicator ecological-red-line-area has a qualitative target: expected "met" or "not-met" \(found 1\)/,
    ],
    [
      'a string number',
      { year: 2028, observations: [obs({ value: '24.1' })] },
      '2028.json',
      /observations\[0\]\.value: expected a number written without quotes.* \(found "24.1"\)/,
    ],
    [
      'a year outside the plan period',
      { year: 2031, observations: [] },
      '2031.json',
      /progress\/2031\.json → year: the reporting year must be within the plan period 2026–2030 \(found 2031\)/,
    ],
    [
      'a year not matching the file name',
      { year: 2029, observations: [] },
      '2028.json',
      /→ year: the year does not match the file name \(expected 2028\) \(found 2029\)/,
    ],
    [
      'a missing source',
      { year: 2028, observations: [{ indicator: 'pm25-concentration', value: 24.1, published: '2029-03-01' }] },
      '2028.json',
      /observations\[0\]\.source: .* \(found \(missing\)\)/,
    ],
    [
      'an empty source publisher',
      { year: 2028, observations: [obs({ source: { ...TEST_SOURCE, publisher: ' ' } })] },
      '2028.json',
      /observations\[0\]\.source\.publisher: source publisher must not be empty/,
    ],
    [
      'a percentage over 100',
      { year: 2028, observations: [obs({ indicator: 'good-water-share', value: 101 })] },
      '2028.json',
      /observations\[0\]\.value: a percentage cannot be more than 100: check for an extra digit\. .* \(found 101\)/,
    ],
    [
      'an impossible date',
      { year: 2028, observations: [obs({ published: '2029-02-30' })] },
      '2028.json',
      /observations\[0\]\.published: not a real calendar date \(found "2029-02-30"\)/,
    ],
    [
      'a figure published before its year',
      { year: 2028, observations: [obs({ published: '2027-12-01' })] },
      '2028.json',
      /a 2028 figure cannot have been published before 2028/,
    ],
  ])('rejects %s', (_name, content, file, pattern) => {
    expect(all((f) => f.write(`progress/${file}`, content))).toMatch(pattern);
  });

  it('rejects NaN and Infinity (not JSON) with the line number', () => {
    expect(
      all((f) => f.write('progress/2028.json', '{\n  "year": 2028,\n  "observations": [\n    { "indicator": "pm25-concentration", "value": NaN }\n  ]\n}\n')),
    ).toMatch(new RegExp(`${P}/progress/2028\\.json:4: not valid JSON`));
  });

  it('collects every problem of every file at once', () => {
    const problems = problemsFor((f) => {
      f.write('progress/2028.json', { year: 2028, observations: [obs({ indicator: 'nope' }), obs({ value: '1' })] });
      f.write('progress/2029.json', { year: 2026, observations: [] });
    });
    expect(problems.some((p) => p.includes('progress/2028.json'))).toBe(true);
    expect(problems.some((p) => p.includes('progress/2029.json → year: the year does not match the file name'))).toBe(true);
  });
});

describe('indicators file', () => {
  it('rejects a missing English name and unit', () => {
    const problems = all((f) => {
      const ind = f.read('indicators.json');
      ind.indicators[0].name.en = '';
      delete ind.indicators[1].unit.en;
      f.write('indicators.json', ind);
    });
    expect(problems).toMatch(/indicators\.json → indicators\[0\]\.name\.en: English text \(en\) must not be empty \(found ""\)/);
    expect(problems).toMatch(/indicators\.json → indicators\[1\]\.unit\.en: .* \(found \(missing\)\)/);
  });

  it('rejects an unknown target kind and a target value given as text', () => {
    const problems = all((f) => {
      const ind = f.read('indicators.json');
      ind.indicators[0].target = { kind: 'below', value: 25.2 };
      ind.indicators[1].target = { kind: 'atLeast', value: '96.7' };
      f.write('indicators.json', ind);
    });
    expect(problems).toMatch(/indicators\[0\]\.target\.kind: .*\(found "below"\)/);
    expect(problems).toMatch(/indicators\[1\]\.target\.value: expected a number written without quotes/);
  });

  it('takes any number of groups with any ids, and checks every reference to them', () => {
    const ok = problemsFor((f) => {
      const ind = f.read('indicators.json');
      ind.groups.push({ id: 'third-kind', label: { zh: '（三）', en: 'III.' }, name: { zh: '第三类', en: 'A third group' } });
      ind.indicators[5].group = 'third-kind';
      f.write('indicators.json', ind);
    });
    expect(ok).toEqual([]);
    const bad = all((f) => {
      const ind = f.read('indicators.json');
      ind.indicators[2].group = 'governance';
      f.write('indicators.json', ind);
    });
    expect(bad).toMatch(/indicators\[2\]\.group: unknown group id \(declared groups: quality, green\) \(found "governance"\)/);
  });

  it('checks the plan passages an indicator cites', () => {
    expect(
      all((f) => {
        const ind = f.read('indicators.json');
        ind.indicators[0].sections.push('chapter-9#section-1');
        f.write('indicators.json', ind);
      }),
    ).toMatch(/indicators\[0\]\.sections\[\d+\]: no such chapter or section anchor in the plan \(found "chapter-9#section-1"\)/);
  });

  it('records an assigned figure only for an assigned target', () => {
    expect(all((f) => f.write('assigned-targets.json', { targets: [{ indicator: 'pm25-concentration', value: 20, source: TEST_SOURCE }] }))).toMatch(
      /assigned-targets\.json → targets\[0\]\.indicator: this indicator does not have an assigned target/,
    );
    expect(
      problemsFor((f) => f.write('assigned-targets.json', { targets: [{ indicator: 'energy-intensity-reduction', value: 13.5, source: TEST_SOURCE }] })),
    ).toEqual([]);
  });

  it('lets an indicator continue one of an earlier plan only', () => {
    expect(
      all((f) => {
        const ind = f.read('indicators.json');
        ind.indicators[0].continues = { plan: 'eco-1990-1995', indicator: 'pm25-concentration' };
        f.write('indicators.json', ind);
      }),
    ).toMatch(
      /indicators\[0\]\.continues\.plan: unknown plan: an indicator can only continue one of a plan listed before this one in site\.json \(found "eco-1990-1995"\)/,
    );
  });
});

describe('plan.json and site.json', () => {
  it('checks declared boxes against the chapters', () => {
    expect(
      all((f) => {
        const plan = f.read('plan.json');
        plan.boxes.push({ id: 'zl-9', label: { zh: '专栏九', en: 'Box Nine' } });
        f.write('plan.json', plan);
      }),
    ).toMatch(/plan\.json → boxes\[1\]\.id: no <Box id="zl-9"> in the plan's chapters \(found "zl-9"\)/);
  });

  // Every box of the chapters must be declared: checked at its file and line with the other component
  // references (component-refs.test.ts).

  it('checks the period', () => {
    expect(
      all((f) => {
        const plan = f.read('plan.json');
        plan.period = { baselineYear: 2026, start: 2026, end: 2030 };
        f.write('plan.json', plan);
      }),
    ).toMatch(/plan\.json → period: the period must satisfy baselineYear < start ≤ end/);
  });

  it('checks a project category against the declared boxes', () => {
    expect(
      all((f) => {
        const projects = f.read('projects.json');
        projects.categories[0].box = 'box-3';
        f.write('projects.json', projects);
      }),
    ).toMatch(
      /categories\[0\]\.box: unknown box id \(the boxes declared in plan\.json: zl-1\); leave "box" out for projects named in the chapter text \(found "box-3"\)/,
    );
  });

  const editSite = (f: SiteFixture, edit: (site: any) => void) => {
    const site = JSON.parse(fs.readFileSync(f.at('data/site.json'), 'utf8'));
    edit(site);
    fs.writeFileSync(f.at('data/site.json'), JSON.stringify(site));
  };
  it('refuses a plan id that a site page uses', () => {
    expect(all((f) => editSite(f, (s) => s.plans.push('search')))).toMatch(/site\.json → plans\[1\]: this id is reserved for the site's own pages/);
  });
  it('refuses a current plan that is not listed, and a listed plan without its folder', () => {
    expect(all((f) => editSite(f, (s) => (s.currentPlan = 'qingxi-2031-2035')))).toMatch(
      /site\.json → currentPlan: the current plan must be one of "plans" \(qingxi-2026-2030\)/,
    );
    expect(all((f) => editSite(f, (s) => s.plans.push('qingxi-2031-2035')))).toMatch(/data\/plans\/qingxi-2031-2035\/?: plan folder is missing/);
  });
});

describe('one text rule for every data field', () => {
  const rtl = '\u202E';
  it.each([
    [
      'a 20,000-character plan title',
      (f: SiteFixture) =>
        f.edit('plan.json', (p) => {
          p.title.zh = '规'.repeat(20000);
        }),
      /plan\.json → title\.zh: too long: at most 200 characters in this field \(name\)/,
    ],
    [
      'a right-to-left override in an indicator name',
      (f: SiteFixture) =>
        f.edit('indicators.json', (d) => {
          d.indicators[0].name.en = `PM2.5 ${rtl}ecnartsnoc`;
        }),
      /indicators\.json → indicators\[0\]\.name\.en: contains an invisible or control character \(U\+202E, character 7\)/,
    ],
    [
      'a zero-width space in a unit',
      (f: SiteFixture) =>
        f.edit('indicators.json', (d) => {
          d.indicators[0].unit.zh = 'μg/m³\u200B';
        }),
      /indicators\[0\]\.unit\.zh: contains an invisible or control character \(U\+200B/,
    ],
    [
      'a line break in a project name',
      (f: SiteFixture) =>
        f.edit('projects.json', (d) => {
          d.projects[0].name.zh = '第一行\n第二行';
        }),
      /projects\[0\]\.name\.zh: contains an invisible or control character \(U\+000A, character 4\)/,
    ],
    [
      'markup in a definition',
      (f: SiteFixture) =>
        f.edit('indicators.json', (d) => {
          d.indicators[0].definition.en = 'See <img src=x onerror=alert(1)>';
        }),
      /indicators\[0\]\.definition\.en: must be plain text without "<" or ">"/,
    ],
    [
      'markup in the site name',
      (f: SiteFixture) =>
        f.editSite((s) => {
          s.siteName.en = '<script>x</script>';
        }),
      /site\.json → siteName\.en: must be plain text without "<" or ">"/,
    ],
    [
      'a definition over 4,000 characters',
      (f: SiteFixture) =>
        f.edit('indicators.json', (d) => {
          d.indicators[0].definition.zh = '定'.repeat(4001);
        }),
      /definition\.zh: too long: at most 4000 characters/,
    ],
    [
      'a place note over 1,000 characters',
      (f: SiteFixture) =>
        f.edit('places.json', (d) => {
          d.places[0].note = { zh: '注'.repeat(1001), en: 'Note' };
        }),
      /places\[0\]\.note\.zh: too long: at most 1000 characters/,
    ],
    [
      'a zero-width space in a source address',
      (f: SiteFixture) =>
        f.write('progress/2028.json', { year: 2028, observations: [obs({ source: { ...TEST_SOURCE, url: 'https://www.exa\u200Bmple.gov.cn/' } })] }),
      /observations\[0\]\.source\.url: contains an invisible or control character \(U\+200B/,
    ],
    [
      'a javascript: source address',
      (f: SiteFixture) => f.write('progress/2028.json', { year: 2028, observations: [obs({ source: { ...TEST_SOURCE, url: 'javascript:alert(1)' } })] }),
      /observations\[0\]\.source\.url: expected an http\(s\) URL/,
    ],
  ])('refuses %s, naming the file and the field', (_name, setup, pattern) => {
    expect(all(setup)).toMatch(pattern);
  });

  it('trims surrounding spaces and accepts text at its limit', () => {
    const f = siteFixture();
    f.edit('plan.json', (p) => {
      p.title.zh = `  ${'规'.repeat(200)}  `;
    });
    const loaded = loadSite(f.ctx);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.data!.current.plan.title.zh).toBe('规'.repeat(200));
  });
});
