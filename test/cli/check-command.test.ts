/** `npm run check`, `new-report`, `new-plan` and `check:translation`: every problem at once, in both languages, the right exit code, the right plan. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture, TEST_SOURCE } from '../helpers/data-fixture.ts';

const cli = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
const check = (env: Record<string, string>, args: string[] = []) => cli('check.ts', ['--no-typecheck', ...args], env);

describe('npm run check', () => {
  it('passes on the repository as it is', () => {
    const r = check({});
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('数据和内容检查通过（未做类型检查）/ Data and content checks passed (type check skipped).');
  });

  it('passes on a plan of another county', () => {
    const r = check(siteFixture().env);
    expect(r.status, r.stdout).toBe(0);
  });

  it('prints every problem with place, value and both languages, and fails', () => {
    const f = siteFixture();
    f.write('progress/2028.json', {
      year: 2028,
      observations: [
        { indicator: 'pm10', value: 20, published: '2029-03-01', source: TEST_SOURCE },
        { indicator: 'good-water-share', value: '96.5', published: '2029-03-01', source: TEST_SOURCE },
      ],
    });
    const places = f.read('places.json');
    places.places[0].name.en = '';
    f.write('places.json', places);
    const r = check(f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('observations[0].indicator （填写的是 / found: "pm10"）');
    expect(r.stdout).toContain('中文：未知的指标标识（6项指标的标识见该规划的 indicators.json）');
    expect(r.stdout).toContain('English: unknown indicator id');
    expect(r.stdout).toContain('observations[1].value （填写的是 / found: "96.5"）');
    expect(r.stdout).toMatch(/places\.json:\d+ → places\[0\]\.name\.en/);
    expect(r.stdout).toContain('中文：英文内容不能为空（缺少英文翻译）');
    expect(r.stdout).toContain('请修正后重新运行 npm run check');
    expect(r.stdout).not.toContain('（见英文说明）');
  });

  it('shows warnings without failing', () => {
    const f = siteFixture();
    const obs = (value: number, year: number) => ({
      year,
      observations: [{ indicator: 'good-water-share', value, published: `${year + 1}-03-01`, source: { ...TEST_SOURCE, url: 'http://example.org/report' } }],
    });
    f.write('progress/2026.json', obs(87, 2026));
    f.write('progress/2027.json', obs(40, 2027));
    const r = check(f.env);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('提醒 / Warnings');
    // Baseline 85.7 (2025) and 87 (2026) suggest 88.3 for 2027: 40 is 48.3 away, more than half of 87, and below 85.7 − 43.5.
    expect(r.stdout).toContain('中文：变化异常：40，而相邻年份的数值（2025: 85.7; 2026: 87）显示应约为88.3');
    expect(r.stdout).toContain('English: unusual change: 40, where the neighbouring figures (2025: 85.7; 2026: 87) suggest about 88.3');
    expect(r.stdout).toContain('来源网址不是https');
  });

  it('checks one plan with --plan, and refuses an unknown one', () => {
    const f = siteFixture();
    expect(check(f.env, ['--plan', f.plan]).status).toBe(0);
    const r = check(f.env, ['--plan', 'eco-2021-2025']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('没有这个规划（本网站的规划：qingxi-2026-2030）');
  });
});

describe('translation coverage', () => {
  it('fails the check on a chapter without its English version', () => {
    const f = siteFixture();
    fs.rmSync(f.at(`content/plans/${f.plan}/en/chapter-2.mdx`));
    const r = check(f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('chapter-2.mdx has no English version');
  });
});

describe('npm run new-report', () => {
  const reports = (f: ReturnType<typeof siteFixture>, lang: string, year: number) => f.at(`content/plans/${f.plan}/reports/${lang}/${year}.mdx`);

  it('refuses a year without published figures', () => {
    const f = siteFixture();
    const r = cli('new-report.ts', ['2028'], f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2028年尚无已公布的数据');
  });

  it('creates both narrative files for a year with figures, that pass the check, and never overwrites', () => {
    const f = siteFixture();
    f.write('progress/2028.json', { year: 2028, observations: [{ indicator: 'good-water-share', value: 88, published: '2028-12-01', source: TEST_SOURCE }] });
    const r = cli('new-report.ts', ['2028'], f.env);
    expect(r.status, r.stdout).toBe(0);
    const zh = fs.readFileSync(reports(f, 'zh', 2028), 'utf8');
    expect(zh).toContain('year: 2028');
    expect(zh).toContain('本年度为中期评估'); // 2026–2030: the middle year is 2028
    expect(zh).toContain('<IndicatorRef id="pm25-concentration">'); // an indicator of this plan, not of another
    expect(fs.readFileSync(reports(f, 'en', 2028), 'utf8')).toContain('This is the mid-term evaluation');
    expect(check(f.env).status).toBe(0);
    expect(cli('new-report.ts', ['2028'], f.env).status).toBe(1);
  });
});

describe('npm run new-plan', () => {
  it('scaffolds an empty plan that passes the check at once', () => {
    const f = siteFixture();
    const r = cli('new-plan.ts', ['qingxi-2031-2035'], f.env);
    expect(r.status, r.stdout).toBe(0);
    const site = JSON.parse(fs.readFileSync(f.at('data/site.json'), 'utf8'));
    expect(site.plans).toEqual([f.plan, 'qingxi-2031-2035']);
    expect(site.currentPlan).toBe(f.plan);
    expect(fs.existsSync(f.at('content/plans/qingxi-2031-2035/zh/chapter-1.mdx'))).toBe(true);
    const c = check(f.env);
    expect(c.status, c.stdout).toBe(0);
    expect(cli('new-plan.ts', ['qingxi-2031-2035'], f.env).status).toBe(1);
    expect(cli('new-plan.ts', ['search'], f.env).status).toBe(1);
  });
});

describe('npm run check:translation', () => {
  it('checks the chapters the plan has, and names the plan', () => {
    const f = siteFixture();
    const ok = cli('check-translation.ts', [], f.env);
    expect(ok.status, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('chapter-1: 0 problem(s)');
    expect(ok.stdout).toContain('chapter-2: 0 problem(s)');
    expect(ok.stdout).not.toContain('chapter-3');
    const en = f.at(`content/plans/${f.plan}/en/chapter-2.mdx`);
    fs.writeFileSync(en, fs.readFileSync(en, 'utf8').replace('By 2030,', 'By the end of the period,'));
    const bad = cli('check-translation.ts', [], f.env);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/misses numbers from the Chinese: 2030/);
  });
});
