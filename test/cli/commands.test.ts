/**
 * The staff commands run as staff run them: each one's help, a missing year and an unknown plan from the import
 * command itself, and npm 11's handling of `npm run import …` without `--` against `npx plan-import …`.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CHECK, CHECK_TRANSLATION, NEW_PLAN, NEW_REPORT } from '../../scripts/lib/commands.ts';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const HEAD = '序号,数值,发布日期,来源名称,发布单位,来源日期';
const csv = (f: ReturnType<typeof siteFixture>) => {
  fs.writeFileSync(f.at('in.csv'), `${HEAD}\n1,24.1,2028-03-15,环境质量公报,县生态环境局,2028-03-15\n`);
  return f.at('in.csv');
};
const node = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
/** npm and npx as staff run them, in the project folder (no npm_* variables of the test run itself). */
const npm = (tool: 'npm' | 'npx', args: string[], env: Record<string, string>) => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync(tool, args, { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8' });
};

describe('the command line', () => {
  it("prints each command's help in Chinese first, then English, for -h", () => {
    for (const spec of [CHECK, NEW_REPORT, NEW_PLAN, CHECK_TRANSLATION]) {
      const r = node(path.basename(pkg.bin[spec.bin]), ['-h']);
      expect(r.status, spec.bin).toBe(0);
      expect(r.stdout.startsWith(`${spec.bin} — ${spec.summary.zh}\n用法：npx ${spec.bin}`), r.stdout).toBe(true);
      expect(r.stdout.indexOf('Usage:')).toBeGreaterThan(r.stdout.indexOf('用法：'));
    }
  });

  it('says the year is missing when --year has no value (not "unknown option")', () => {
    const f = siteFixture();
    const r = node('import.ts', [csv(f), '--year'], f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✖ 缺少年份：--year 后面要写年份');
    expect(r.stdout).not.toContain('无法识别的选项');
  });

  it('names the closest known plan for an unknown one', () => {
    const f = siteFixture();
    const r = node('import.ts', [csv(f), '--year', '2028', '--plan', 'qingxi-2026-2031'], f.env);
    expect(r.stdout).toContain('没有标识为“qingxi-2026-2031”的规划。您是不是要写 qingxi-2026-2030？');
  });
});

describe('the npm trap', () => {
  it('as npm 11 really runs it: npm run without "--" recovers the year or stops; npx passes every argument', () => {
    const f = siteFixture();
    const file = csv(f);
    const ok = npm('npm', ['run', 'import', file, '--year', '2028'], f.env);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('这次已按 --year 2028 处理');
    expect(ok.stdout).toContain('✔ 已写入');
    const eaten = npm('npm', ['run', 'import', file, '--year', '2028', '--replace', '--reason-zh', '原因', '--reason-en', 'reason'], f.env);
    expect(eaten.status).toBe(1);
    expect(eaten.stdout).toContain('npm 把选项 --replace、--reason-zh、--reason-en 当成了它自己的设置');
    // npx hands the options over as written: the same correction goes through.
    fs.writeFileSync(file, `${HEAD}\n1,23.9,2028-06-30,环境质量公报（更正）,县生态环境局,2028-06-30\n`);
    const npx = npm(
      'npx',
      ['plan-import', file, '--year', '2028', '--replace', '--reason-zh', '监测数据复核', '--reason-en', 'Monitoring data re-checked'],
      f.env,
    );
    expect(npx.status, npx.stdout + npx.stderr).toBe(0);
    expect(npx.stdout).toContain('新增0项，更正1项');
    expect(npx.stderr).not.toMatch(/Expanding --replace|Unknown cli config/);
    const written = JSON.parse(fs.readFileSync(f.at(`data/plans/${f.plan}/progress/2028.json`), 'utf8'));
    expect(written.observations[0]).toMatchObject({ value: 23.9, revisions: [{ value: 24.1, reason: { zh: '监测数据复核' } }] });
  });
});
