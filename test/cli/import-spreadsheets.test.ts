/** The import command itself on spreadsheets as staff save them: exit codes, encodings and separators named, a Windows path, the year as typed. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

const HEAD = '序号,指标名称,数值,发布日期,来源名称,发布单位,来源日期';
const row = (n: string | number, value: string, name = '') => `${n},${name},${value},2028-03-15,环境质量公报,县生态环境局,2028-03-15`;

describe('the import command', () => {
  const run = (args: string[], env: Record<string, string>, cwd = ROOT) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });

  it('stops with exit code 1 on a header-only file, without "checks passed"', () => {
    const f = siteFixture();
    fs.writeFileSync(f.at('in.csv'), `${HEAD}\r\n`);
    const r = run([f.at('in.csv'), '--year', '2028'], f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('文件只有表头，没有数据行');
    expect(r.stdout).not.toContain('检查通过');
    expect(fs.existsSync(f.at(`data/plans/${f.plan}/progress/2028.json`))).toBe(false);
  });

  it('imports a UTF-16 tab-separated file ("Unicode text"), saying the encoding and the separator', () => {
    const f = siteFixture();
    const text = `${HEAD}\r\n${row(1, '24.1')}\r\n`.replace(/,/g, '\t');
    fs.writeFileSync(f.at('in.txt.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run([f.at('in.txt.csv'), '--year', '2028'], f.env);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('编码：UTF-16（Excel“Unicode 文本”）');
    expect(r.stdout).toContain('各列之间用制表符分隔（不是逗号），已按制表符读取');
    expect(JSON.parse(fs.readFileSync(f.at(`data/plans/${f.plan}/progress/2028.json`), 'utf8')).observations[0]).toMatchObject({
      indicator: 'pm25-concentration',
      value: 24.1,
    });
  });

  it('refuses a workbook renamed to .csv', () => {
    const f = siteFixture();
    fs.writeFileSync(f.at('old.csv'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = run([f.at('old.csv'), '--year', '2028'], f.env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('这是旧版Excel或WPS工作簿（.xls、.et）改了扩展名，不是CSV文件');
  });

  it('finds the file a Windows path meant when the shell dropped its backslashes', () => {
    const f = siteFixture();
    fs.mkdirSync(f.at('tmp'));
    fs.writeFileSync(f.at('tmp/2028年数据.csv'), `${HEAD}\n${row(1, '24.1')}\n`);
    // `npx plan-import tmp\2028年数据.csv` in Git Bash arrives as "tmp2028年数据.csv".
    const r = run(['tmp2028年数据.csv', '--year', '2028'], f.env, f.root);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('找不到文件：tmp2028年数据.csv。您是不是要导入 tmp/2028年数据.csv？');
    expect(r.stdout).toContain('use / instead of \\');
    // Written with a backslash that reached the program (quoted), the path is read with / instead.
    const quoted = run(['tmp\\2028年数据.csv', '--year', '2028'], f.env, f.root);
    expect(quoted.status, quoted.stdout).toBe(0);
    // A file name with a space, not in quotes.
    fs.writeFileSync(f.at('tmp/2028 数据.csv'), `${HEAD}\n${row(1, '24.1')}\n`);
    const spaced = run(['tmp/2028', '数据.csv', '--year', '2028'], f.env, f.root);
    expect(spaced.status).toBe(1);
    expect(spaced.stdout).toContain('文件名中有空格，请用英文双引号把它括起来："tmp/2028 数据.csv"');
  });

  it('reads the year written as 2028年 or in full-width digits', () => {
    const f = siteFixture();
    fs.writeFileSync(f.at('in.csv'), `${HEAD}\n${row(1, '24.1')}\n`);
    const r = run([f.at('in.csv'), '--year', '２０２８年'], f.env);
    expect(r.status, r.stdout).toBe(0);
    expect(fs.existsSync(f.at(`data/plans/${f.plan}/progress/2028.json`))).toBe(true);
  });
});
