/**
 * npm run check — validates all data and content and type-checks, printing EVERY problem at once,
 * in Chinese and English, with file:line or JSON path, the bad value and what is expected.
 * Exit code 1 on any error; warnings are shown but do not fail.
 * Options: --plan <id> (check one plan only), --no-typecheck (skip the TypeScript check),
 * --demo (check the demonstration site).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildContext } from '../src/lib/build/context.ts';
import { collectProblems } from '../src/lib/build/checks.ts';
import { assembleDemo } from './lib/demo-site.ts';
import { printProblems } from './lib/print-problems.ts';
import { fail } from './lib/plan-arg.ts';

const root = path.resolve(import.meta.dirname, '..');
let args: { plan?: string | undefined; demo: boolean; 'no-typecheck': boolean };
try {
  args = parseArgs({ options: { plan: { type: 'string' }, demo: { type: 'boolean', default: false }, 'no-typecheck': { type: 'boolean', default: false } } }).values;
} catch (e) {
  fail('无法识别的选项。用法：npm run check [-- --plan 规划标识] [--no-typecheck]', `${(e as Error).message}. Usage: npm run check [-- --plan <plan id>] [--no-typecheck]`);
}
const ctx = args.demo ? { ...buildContext(process.env, root), ...assembleDemo(root), demo: true } : buildContext(process.env, root);
const errors = printProblems(collectProblems(ctx, args.plan));

let typeErrors = false;
if (!args['no-typecheck']) {
  console.log('\n类型检查 / Type check (astro check)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumSeverity', 'error'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  typeErrors = r.status !== 0;
}
if (errors || typeErrors) {
  console.log(`\n✖ 检查未通过 / Check failed: ${errors} 个数据或内容错误 / data or content errors${typeErrors ? '，类型检查有错误 / and type errors' : ''}。请修正后重新运行 npm run check / Fix them and run npm run check again.`);
  process.exit(1);
}
console.log('\n✔ 检查通过 / All checks passed.');
