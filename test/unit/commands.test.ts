/**
 * The staff commands without the npm trap: `npx plan-import …` (package.json "bin") receives its arguments as
 * written; `npm run import …` keeps working, and when npm has eaten the options without `--` the command either
 * recovers what it can tell for certain (the year) or stops and says what to type. Help in Chinese, then English;
 * a missing value and an unknown option are named as such. The commands run as subprocesses: test/cli/commands.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { closestOptions, helpText, parseCommandLine, typeCheckReport } from '../../scripts/lib/cli.ts';
import { CHECK, CHECK_TRANSLATION, EXAMPLE_YEAR, IMPORT, NEW_PLAN, NEW_REPORT } from '../../scripts/lib/commands.ts';
import { ROOT } from '../helpers/dist.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('has a bin for every staff command, an executable script with a shebang, and keeps the npm scripts', () => {
    const bins: Record<string, string> = {
      'plan-import': 'import',
      'plan-check': 'check',
      'plan-new-report': 'new-report',
      'plan-new-plan': 'new-plan',
      'plan-check-translation': 'check:translation',
    };
    for (const spec of [IMPORT, CHECK, NEW_REPORT, NEW_PLAN, CHECK_TRANSLATION]) expect(bins[spec.bin]).toBe(spec.script);
    for (const [bin, script] of Object.entries(bins)) {
      const file = path.join(ROOT, pkg.bin[bin]);
      expect(fs.readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n'), bin).toBe(true);
      expect(fs.statSync(file).mode & 0o111, bin).not.toBe(0);
      expect(pkg.scripts[script]).toBe(`node ${pkg.bin[bin]}`);
    }
  });
});

describe('the command line', () => {
  it('prints the help in Chinese first, then English, for -h and --help', () => {
    expect(parseCommandLine(IMPORT, ['--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(IMPORT, ['tmp/a.csv', '-h'])).toEqual({ kind: 'help' });
    const help = helpText(IMPORT);
    expect(help.split('\n')[0]).toBe('plan-import — 从表格（CSV 文件）导入一年的指标数值');
    expect(help.indexOf('用法：npx plan-import 文件.csv --year 年份 [选项]')).toBeLessThan(
      help.indexOf('Usage: npx plan-import file.csv --year <year> [options]'),
    );
    expect(help).toContain('  --reason-zh 中文原因   更正原因（中文，用英文双引号括起来）');
  });

  it('says the year is missing when --year has no value (not "unknown option")', () => {
    const missing = {
      kind: 'error',
      zh: `缺少年份：--year 后面要写年份，例如 --year ${EXAMPLE_YEAR}`,
      en: `The year is missing: write it after --year, e.g. --year ${EXAMPLE_YEAR}`,
    };
    expect(parseCommandLine(IMPORT, ['a.csv', '--year'])).toEqual(missing);
    expect(parseCommandLine(IMPORT, ['a.csv', '--year', '--replace'])).toEqual(missing);
    expect(parseCommandLine(IMPORT, ['a.csv', '--year='])).toEqual(missing);
  });

  it('names the closest known option for an unknown one', () => {
    expect(parseCommandLine(IMPORT, ['a.csv', '--reason', 'x'])).toEqual({
      kind: 'error',
      zh: '无法识别的选项 --reason。您是不是要写 --reason-zh 或 --reason-en？',
      en: 'Unknown option --reason. Did you mean --reason-zh or --reason-en?',
    });
    expect(parseCommandLine(IMPORT, ['a.csv', '--yaer', '2028'])).toMatchObject({ kind: 'error', zh: '无法识别的选项 --yaer。您是不是要写 --year？' });
    expect(parseCommandLine(IMPORT, ['a.csv', '-year', '2028'])).toMatchObject({ kind: 'error', zh: '无法识别的选项 -year。您是不是要写 --year？' });
    expect(parseCommandLine(CHECK, ['--no-typechek'])).toMatchObject({ kind: 'error', en: 'Unknown option --no-typechek. Did you mean --no-typecheck?' });
    expect(parseCommandLine(IMPORT, ['a.csv', '--colour'])).toEqual({ kind: 'error', zh: '无法识别的选项 --colour。', en: 'Unknown option --colour.' });
    expect(closestOptions('--replce', Object.keys(IMPORT.options))).toEqual(['--replace']);
    // Word and WPS turn "--" into a dash.
    expect(parseCommandLine(IMPORT, ['a.csv', '—year', '2028'])).toMatchObject({
      kind: 'error',
      zh: '“—year”开头的横线不是两个英文连字符“--”：请写 --year（从 Word 或网页复制的命令常有这种横线，请手工输入）',
    });
  });

  it('reads options after the file, before it, and in --name=value form', () => {
    expect(parseCommandLine(IMPORT, ['--year', '2028', 'a.csv', '--replace', '--reason-zh=原因', '--reason-en', 'the reason'])).toEqual({
      kind: 'ok',
      values: { year: '2028', replace: true, 'reason-zh': '原因', 'reason-en': 'the reason' },
      positionals: ['a.csv'],
    });
    expect(parseCommandLine(IMPORT, ['a.csv', 'b.csv'])).toMatchObject({
      kind: 'error',
      zh: '多余的参数：b.csv。文件名或文字中有空格时，请用英文双引号括起来',
    });
  });
});

describe('the npm trap', () => {
  const underNpm = (script: string, config: Record<string, string>) => ({
    npm_lifecycle_event: script,
    ...Object.fromEntries(Object.entries(config).map(([k, v]) => [`npm_config_${k}`, v])),
  });

  it('recovers the year npm kept for itself (npm run import file.csv --year 2028), with a tip to use npx', () => {
    // What `npm run import a.csv --year 2028` hands on: the year as an argument, and npm_config_year=true.
    expect(parseCommandLine(IMPORT, ['a.csv', '2028'], underNpm('import', { year: 'true' }))).toEqual({
      kind: 'ok',
      values: { year: '2028' },
      positionals: ['a.csv'],
      tip: {
        zh: '提示：npm run import 后面少了“--”，这次已按 --year 2028 处理。以后可以直接写 npx plan-import …（不需要“--”）。',
        en: 'Tip: "npm run import" was not followed by "--"; read as --year 2028 this time. Next time type npx plan-import … (no "--" needed).',
      },
    });
    // `--year=2028` reaches npm whole.
    expect(parseCommandLine(IMPORT, ['a.csv'], underNpm('import', { year: '2028' }))).toMatchObject({ kind: 'ok', values: { year: '2028' } });
    // `npm run check --no-typecheck`.
    expect(parseCommandLine(CHECK, [], underNpm('check', { typecheck: '' }))).toMatchObject({ kind: 'ok', values: { 'no-typecheck': true } });
  });

  it('stops and says what to type when npm ate --replace and the reasons', () => {
    // What `npm run import a.csv --year 2028 --replace --reason-zh "原因 甲" --reason-en "the reason"` hands on.
    const r = parseCommandLine(
      IMPORT,
      ['a.csv', '2028', '原因 甲', 'the reason'],
      underNpm('import', { year: 'true', replace_registry_host: '--reason-zh', reason_en: 'true' }),
    );
    expect(r).toEqual({
      kind: 'error',
      zh: `命令中 npm run import 后面少了“--”，npm 把选项 --replace、--reason-zh、--reason-en 当成了它自己的设置，命令没有执行。请改用 npx plan-import 加上原来的参数（不需要“--”），例如：npx plan-import tmp/${EXAMPLE_YEAR}年数据.csv --year ${EXAMPLE_YEAR}；或者写 npm run import -- …`,
      en: `"npm run import" was not followed by "--", so npm took the options --replace, --reason-zh, --reason-en as its own settings; nothing was done. Type npx plan-import with the same arguments instead (no "--" needed), e.g. npx plan-import tmp/${EXAMPLE_YEAR}年数据.csv --year ${EXAMPLE_YEAR}; or write npm run import -- …`,
    });
    // `npm run check --plan x`: npm drops --plan and passes "x" on.
    expect(parseCommandLine(CHECK, ['qingxi-2026-2030'], underNpm('check', {}))).toMatchObject({
      kind: 'error',
      zh: expect.stringContaining('请改用 npx plan-check'),
    });
    // With "--", npm passes everything on: nothing to recover, nothing to refuse.
    expect(parseCommandLine(IMPORT, ['a.csv', '--year', '2028', '--replace'], underNpm('import', {}))).toEqual({
      kind: 'ok',
      values: { year: '2028', replace: true },
      positionals: ['a.csv'],
    });
  });
});

describe('the type check step of plan-check', () => {
  it("shows the diagnostics and the summary, without colours and Astro's progress lines", () => {
    const output = [
      '',
      '✔ 数据和内容检查通过 / Data and content checks passed.',
      '10:56:37 [content-preflight] data and plan content checked',
      '10:56:37 [vite] Re-optimizing dependencies because vite config has changed',
      '10:56:39 [types] Generated 1.84s',
      '10:56:39 [check] Getting diagnostics for Astro files in /work/main...',
      "\x1b[96msrc/lib/x.ts\x1b[0m:\x1b[93m3\x1b[0m:\x1b[93m7\x1b[0m - \x1b[91merror\x1b[0m\x1b[90m ts(2322): \x1b[0mType 'string' is not assignable to type 'number'.",
      '',
      '\x1b[7m3\x1b[0m const n: number = "a";',
      'Result (180 files): ',
      '- 1 error',
    ].join('\n');
    expect(typeCheckReport(output)).toBe(
      [
        "src/lib/x.ts:3:7 - error ts(2322): Type 'string' is not assignable to type 'number'.",
        '',
        '3 const n: number = "a";',
        'Result (180 files): ',
        '- 1 error',
      ].join('\n'),
    );
    // When Astro itself fails there is no diagnostic to pick: everything is shown.
    expect(typeCheckReport('10:56:37 [ERROR] [config] astro.config.mjs: Cannot find module')).toBe(
      '10:56:37 [ERROR] [config] astro.config.mjs: Cannot find module',
    );
  });
});
