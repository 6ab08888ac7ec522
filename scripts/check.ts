/**
 * npm run check — validates all data and content and type-checks, printing EVERY problem at once,
 * in Chinese and English, with file:line or JSON path, the bad value and what is expected.
 * Exit code 1 on any error; warnings are shown but do not fail.
 * Options: --no-typecheck (skip the TypeScript check), --demo (check the demonstration dataset).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { collectProblems } from './lib/collect-problems.ts';
import { printProblems } from './lib/print-problems.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const problems = collectProblems(root, args.includes('--demo') ? 'demo' : 'real');
const errors = printProblems(problems);

let typeErrors = false;
if (!args.includes('--no-typecheck')) {
  console.log('\n类型检查 / Type check (astro check)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumSeverity', 'error'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  typeErrors = r.status !== 0;
}
if (errors || typeErrors) {
  console.log(`\n✖ 检查未通过 / Check failed: ${errors} 个数据或内容错误 / data or content errors${typeErrors ? '，类型检查有错误 / and type errors' : ''}。请修正后重新运行 npm run check / Fix them and run npm run check again.`);
  process.exit(1);
}
console.log('\n✔ 检查通过 / All checks passed.');
