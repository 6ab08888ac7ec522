/** Prints problems for people: where, what was found, what is expected — in Chinese and English. */
import type { Problem } from '../messages/problem.ts';

/** Both languages come from the problem's catalogue entry (src/lib/messages/): there is no untranslated message. */
export function describeProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.path ? ` → ${p.path}` : ''}`;
  const found = 'value' in p ? `（填写的是 / found: ${JSON.stringify(p.value) ?? '(missing)'}）` : '';
  const head = `  ${p.severity === 'error' ? '✖' : '⚠'} ${where} ${found}`.trimEnd();
  return [head, `      中文：${p.messageZh}`, `      English: ${p.message}`].join('\n');
}

/** Prints all problems, errors first; returns the number of errors. */
export function printProblems(problems: Problem[]): number {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (errors.length) {
    console.log(`\n错误 / Errors (${errors.length}) — 必须修正后才能发布 / must be fixed before publishing:`);
    for (const p of errors) console.log(describeProblem(p));
  }
  if (warnings.length) {
    console.log(`\n提醒 / Warnings (${warnings.length}) — 请核对，不影响发布 / please double-check, publishing is not blocked:`);
    for (const p of warnings) console.log(describeProblem(p));
  }
  if (!errors.length) console.log('\n✔ 数据和内容检查通过 / Data and content checks passed.');
  return errors.length;
}
