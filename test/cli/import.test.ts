/** The import command itself (scripts/import.ts run as staff run it): what it writes, and that it writes nothing on any error. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

const HEAD = '序号,数值,发布日期,来源名称,发布单位,来源日期,备注,英文备注';
const ROW = (n: string | number, v: string) => `${n},${v},2029-03-15,环境质量公报（测试）,测试单位,2029-03-15,,`;

describe('the import command', () => {
  const run = (csv: string, args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), csv, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const progress = (f: ReturnType<typeof siteFixture>, year: number) => f.at(`data/plans/${f.plan}/progress/${year}.json`);

  it("writes the plan's progress/<year>.json from a GBK spreadsheet", () => {
    const f = siteFixture();
    const csv = f.at('in.csv');
    // Published within the fixture's "today" (2028-12-31): the check refuses dates in the future.
    fs.writeFileSync(csv, iconv.encode(`${HEAD}\n${ROW(1, '24.1')}\n${ROW(2, '96.5%')}\n`.replace(/2029-03-15/g, '2028-12-15'), 'gbk'));
    const r = run(csv, ['--year', '2028'], f.env);
    expect(r.status, r.stdout).toBe(0);
    const written = JSON.parse(fs.readFileSync(progress(f, 2028), 'utf8'));
    expect(written.observations.map((o: { value: number }) => o.value)).toEqual([24.1, 96.5]);
  });

  it('writes nothing at all when any row is wrong', () => {
    const f = siteFixture();
    const csv = f.at('in.csv');
    fs.writeFileSync(csv, `${HEAD}\n${ROW(1, '24.1')}\n${ROW(40, '5')}\n`);
    const r = run(csv, ['--year', '2028'], f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('未写入任何文件');
    expect(r.stdout).toContain('指标序号不存在');
    expect(fs.existsSync(progress(f, 2028))).toBe(false);
  });

  it('refuses a year outside the plan period, and an unknown plan', () => {
    const f = siteFixture();
    const r = run(f.at('none.csv'), ['--year', '2031'], f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2026—2030');
    const other = run(f.at('none.csv'), ['--year', '2028', '--plan', 'eco-2021-2025'], f.env);
    expect(other.status).toBe(1);
    expect(other.stdout).toContain('没有标识为“eco-2021-2025”的规划');
  });
});
