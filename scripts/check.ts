#!/usr/bin/env node
/**
 * npx plan-check (or npm run check) — validates all data and content and type-checks, printing EVERY problem at
 * once, in Chinese and English, with file:line or JSON path, the bad value and what is expected.
 * Exit code 1 on any error; warnings are shown but do not fail.
 * Options: --plan <id> (check one plan only), --no-typecheck (skip the TypeScript check),
 * --demo (check the demonstration site), --help.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildContext } from '../src/lib/build/context.ts';
import { collectProblems } from '../src/lib/build/checks.ts';
import { parseCommand, typeCheckReport } from './lib/cli.ts';
import { CHECK } from './lib/commands.ts';
import { assembleDemo } from './lib/demo-site.ts';
import { printProblems } from '../src/lib/data/print-problems.ts';
import { PROJECT_ROOT } from './lib/plan-arg.ts';

const root = PROJECT_ROOT;
const args = parseCommand(CHECK).values;
const ctx = args.demo ? { ...buildContext(process.env, root), ...assembleDemo(root), demo: true } : buildContext(process.env, root);
const errors = printProblems(collectProblems(ctx, args.plan as string | undefined));

let typeErrors = false;
if (args['no-typecheck']) {
  // nothing: the staff member asked for the quick check
} else if (errors) {
  // Astro's type check runs the same data checks first and would stop at the same errors.
  console.log('\n类型检查未进行：请先修正上面的数据或内容错误。/ Type check not run: fix the data and content errors above first.');
} else {
  console.log('\n类型检查 / Type check (astro check)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumSeverity', 'error'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  typeErrors = r.status !== 0;
  if (typeErrors) console.log(typeCheckReport(`${r.stdout ?? ''}\n${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`));
  else
    console.log(
      `✔ 类型检查通过 / Type check passed.${/Result \((\d+) files?\)/.exec(r.stdout ?? '') ? ` (${/Result \((\d+) files?\)/.exec(r.stdout)![1]} files)` : ''}`,
    );
}
if (errors || typeErrors) {
  console.log(
    `\n✖ 检查未通过 / Check failed: ${errors} 个数据或内容错误 / data or content errors${typeErrors ? '，类型检查有错误 / and type errors' : ''}。请修正后重新运行 npm run check（或 npx plan-check）/ Fix them and run npm run check (or npx plan-check) again.`,
  );
  process.exit(1);
}
console.log(
  args['no-typecheck'] ? '\n✔ 数据和内容检查通过（未做类型检查）/ Data and content checks passed (type check skipped).' : '\n✔ 检查通过 / All checks passed.',
);
