/** Plausibility at import, through the import command itself: refused, warned, confirmed. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture, type SiteFixture } from '../helpers/data-fixture.ts';

describe('the same rules at import, at the row and column of the spreadsheet', () => {
  const HEAD = '序号,数值,发布日期,来源名称,发布单位,来源日期,备注,英文备注,核实说明,英文核实说明';
  const row = (n: number, value: string, over: { published?: string; sourceDate?: string; confirmed?: [string, string] } = {}) =>
    `${n},${value},${over.published ?? '2028-06-01'},公报,单位,${over.sourceDate ?? '2028-06-01'},,,${over.confirmed?.[0] ?? ''},${over.confirmed?.[1] ?? ''}`;

  const run = (f: SiteFixture, csv: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), csv, '--year', '2028'], {
      cwd: ROOT,
      env: { ...process.env, ...f.env },
      encoding: 'utf8',
    });

  it('the command: refuses an improbable figure, writes it once confirmed, and records a confirmation imported later', () => {
    const f = siteFixture();
    const csv = f.at('in.csv');
    fs.writeFileSync(csv, `${HEAD}\n${row(1, '225')}\n`);
    const refused = run(f, csv);
    expect(refused.status, refused.stdout).toBe(1);
    expect(refused.stdout).toContain('in.csv:2 → 数值');
    expect(refused.stdout).toContain('中文：达到该指标基线值、目标值和其他数值中最大值（32）的5倍以上：是否应为 22.5？');
    expect(fs.existsSync(f.at(`data/plans/${f.plan}/progress/2028.json`))).toBe(false);

    fs.writeFileSync(csv, `${HEAD}\n${row(1, '48.1')}\n`);
    const warned = run(f, csv);
    expect(warned.status, warned.stdout).toBe(0);
    expect(warned.stdout).toContain('提醒 / Warnings (1)');
    expect(warned.stdout).toContain('中文：变化异常：48.1');
    fs.writeFileSync(csv, `${HEAD}\n${row(1, '48.1', { confirmed: ['已对照来源核实', 'Checked against the source'] })}\n`);
    const again = run(f, csv);
    expect(again.status, again.stdout).toBe(0);
    expect(again.stdout).not.toContain('提醒 / Warnings');
    expect(again.stdout).toContain('记录核实说明1项');
    expect(f.read('progress/2028.json').observations[0].confirmed).toEqual({ zh: '已对照来源核实', en: 'Checked against the source' });
  });
});
