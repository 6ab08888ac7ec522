/** `npm run check` and `npm run new-report`: every problem at once, in both languages, and the right exit code. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/dist.ts';
import { dataFixture, DEMO_SOURCE } from '../helpers/data-fixture.ts';
import { localizedGaps, uiGaps } from '../../src/lib/translation-coverage.ts';

const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts'), '--no-typecheck'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });

describe('npm run check', () => {
  it('passes on the repository as it is', () => {
    const r = check({});
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('检查通过 / All checks passed');
  });

  it('prints every problem with place, value and both languages, and fails', () => {
    const f = dataFixture();
    f.write('progress/2023.json', {
      year: 2023,
      observations: [
        { indicator: 'pm10', value: 20, published: '2024-03-01', source: DEMO_SOURCE },
        { indicator: 'good-air-days', value: '96.5', published: '2024-03-01', source: DEMO_SOURCE },
      ],
    });
    const places = f.read('places.json');
    places.places[0].name.en = '';
    f.write('places.json', places);
    const r = check({ DATA_DIR: f.dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('observations[0].indicator （填写的是 / found: "pm10"）');
    expect(r.stdout).toContain('中文：未知的指标标识');
    expect(r.stdout).toContain('English: unknown indicator id');
    expect(r.stdout).toContain('observations[1].value （填写的是 / found: "96.5"）');
    expect(r.stdout).toContain('places.json → places[0].name.en');
    expect(r.stdout).toContain('中文：英文内容不能为空（缺少英文翻译）');
    expect(r.stdout).toContain('请修正后重新运行 npm run check');
  });

  it('shows warnings without failing', () => {
    const f = dataFixture();
    const obs = (value: number, year: number) => ({ year, observations: [{ indicator: 'rural-sewage-treatment', value, published: `${year + 1}-03-01`, source: { ...DEMO_SOURCE, url: 'http://example.org/report' } }] });
    f.write('progress/2021.json', obs(40, 2021));
    f.write('progress/2022.json', obs(70, 2022));
    const r = check({ DATA_DIR: f.dir });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('提醒 / Warnings');
    expect(r.stdout).toContain('与2021年（40）相比变化超过50%，请核对');
    expect(r.stdout).toContain('来源网址不是https');
  });
});

describe('translation coverage', () => {
  it('finds a data field with Chinese but no English, and the reverse', () => {
    const gaps = localizedGaps('data/x.json', { items: [{ name: { zh: '名称', en: '' } }, { note: { en: 'Only English' } }] });
    expect(gaps.map((g) => `${g.path}: ${g.message}`)).toEqual(['items[0].name.en: has Chinese but no English', 'items[1].note.zh: has English but no Chinese']);
  });
  it('finds no missing UI string', () => {
    expect(uiGaps()).toEqual([]);
  });
  it('fails the check on a chapter without its English version', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-'));
    fs.cpSync(path.join(ROOT, 'src/content/plan'), dir, { recursive: true });
    fs.rmSync(path.join(dir, 'en/chapter-7.mdx'));
    // The check reads src/content/plan for coverage; point the plan at the fixture and run the coverage part.
    const r = spawnSync(process.execPath, ['-e', `import('${path.join(ROOT, 'src/lib/translation-coverage.ts')}').then(m => console.log(JSON.stringify(m.pageGaps('/', '${dir}'))))`], { encoding: 'utf8' });
    expect(r.stdout).toContain('chapter-7.mdx has no English version');
  });
});

describe('npm run new-report', () => {
  const run = (root: string, year: string) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/new-report.ts'), year], { cwd: ROOT, env: { ...process.env, IMPORT_ROOT: root, DATA_DIR: path.join(root, 'data') }, encoding: 'utf8' });
  const project = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newreport-'));
    fs.cpSync(path.join(ROOT, 'data'), path.join(root, 'data'), { recursive: true });
    return root;
  };

  it('refuses a year without published figures', () => {
    const r = run(project(), '2024');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2024年尚无已公布的数据');
  });

  it('creates both narrative files for a year with figures, and never overwrites', () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'data/progress/2023.json'), JSON.stringify({ year: 2023, observations: [{ indicator: 'forest-coverage', value: 64, published: '2024-03-01', source: DEMO_SOURCE }] }));
    const r = run(root, '2023');
    expect(r.status, r.stdout).toBe(0);
    const zh = fs.readFileSync(path.join(root, 'src/content/reports/zh/2023.mdx'), 'utf8');
    expect(zh).toContain('year: 2023');
    expect(zh).toContain('本年度为中期评估');
    expect(fs.readFileSync(path.join(root, 'src/content/reports/en/2023.mdx'), 'utf8')).toContain('This is the mid-term evaluation');
    expect(run(root, '2023').status).toBe(1);
  });
});
