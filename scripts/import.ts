#!/usr/bin/env node
/**
 * npx plan-import <file.csv> --year 2024 [--plan <id>] [--replace --reason-zh "…" --reason-en "…"]
 * (or npm run import -- …). Imports a year's figures of a plan (the current one unless --plan names another) from a
 * spreadsheet exported as CSV (UTF-8, GBK or UTF-16; commas, tabs or semicolons), checks them with the same rules
 * as the build, and writes data/plans/<plan>/progress/<year>.json — all or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planDirs, shown } from '../src/lib/build/context.ts';
import { checkProgressFile } from '../src/lib/data/progress.ts';
import { isText, readTextFile } from '../src/lib/data/text-file.ts';
import { mergeObservations, readCsvFile } from '../src/lib/import/csv.ts';
import { importPlausibility } from '../src/lib/import/plausibility.ts';
import { ProgressFile } from '../src/lib/schema/progress.ts';
import { lostBackslashes, parseCommand } from './lib/cli.ts';
import { EXAMPLE_YEAR, IMPORT } from './lib/commands.ts';
import { printProblems } from '../src/lib/data/print-problems.ts';
import { fail, sitePlan } from './lib/plan-arg.ts';
import { msg } from '../src/lib/messages/message.ts';

const { values, positionals } = parseCommand(IMPORT);
let csvPath = positionals[0] ?? fail(msg('cli.nameCsv', { year: EXAMPLE_YEAR }));
const { ctx, plan } = sitePlan(values.plan as string | undefined);
const { start, end } = plan.period;
// "2024年" and full-width "２０２４" are the year too.
const yearText = String(values.year ?? '')
  .replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))
  .replace(/年$/, '')
  .trim();
const year = yearText ? Number(yearText) : NaN;
if (!Number.isInteger(year) || year < start || year > end) {
  fail(msg('cli.importYear', { start, end, found: values.year ? String(values.year) : undefined }));
}
if (!fs.existsSync(csvPath) && csvPath.includes('\\') && fs.existsSync(csvPath.replace(/\\/g, '/'))) csvPath = csvPath.replace(/\\/g, '/');
if (!fs.existsSync(csvPath)) {
  const meant = lostBackslashes(csvPath);
  if (meant) fail(msg('cli.fileNotFoundBackslash', { file: csvPath, meant }));
  const drive = /^[A-Za-z]:[^/\\]/.test(csvPath);
  fail(msg('cli.fileNotFound', { file: csvPath, backslashes: drive || !csvPath.includes('/') }));
}
if (fs.statSync(csvPath).isDirectory()) fail(msg('cli.isFolder', { file: csvPath }));

const imported = readCsvFile(csvPath, fs.readFileSync(csvPath), plan.indicators.indicators);
const ENCODING_ZH: Record<string, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK（GB18030）',
  'utf-16le': 'UTF-16（Excel“Unicode 文本”）',
  'utf-16be': 'UTF-16 big-endian',
};
const ENCODING_EN: Record<string, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK (GB18030)',
  'utf-16le': 'UTF-16 (Excel "Unicode text")',
  'utf-16be': 'UTF-16 big-endian',
};
console.log(`读取 / Reading ${csvPath}${imported.encoding ? `（编码：${ENCODING_ZH[imported.encoding]} / encoding: ${ENCODING_EN[imported.encoding]}）` : ''}`);
const outPath = path.join(planDirs(ctx, plan.id).data, 'progress', `${year}.json`);
const outFile = shown(ctx, outPath);
// The year's file as it stands, in whatever encoding it was saved (it is written back as UTF-8).
const current = fs.existsSync(outPath) ? readTextFile(outPath) : undefined;
const existing = current && isText(current) ? ProgressFile.parse(JSON.parse(current.text)) : undefined;
const reason = values['reason-zh'] && values['reason-en'] ? { zh: String(values['reason-zh']), en: String(values['reason-en']) } : undefined;
const merged = mergeObservations(existing, year, imported.observations, {
  replace: values.replace === true,
  ...(reason ? { reason } : {}),
  file: outFile,
  csv: csvPath,
});
const problems = [...imported.problems, ...merged.problems];
const structural = problems.some((p) => p.severity === 'error') ? [] : checkProgressFile(outFile, merged.data, plan.indicators.indicators, plan.period);
// The check's plausibility rules, against the plan's other years, at the spreadsheet's rows.
const assigned = new Map(plan.assignedTargets.targets.map((t) => [t.indicator, t.value]));
problems.push(
  ...structural,
  ...importPlausibility(csvPath, imported.observations, merged.data, plan.progress, {
    indicators: plan.indicators.indicators,
    period: plan.period,
    today: ctx.today,
    assigned,
  }),
);
const errors = printProblems(problems);
if (errors) fail(msg('cli.importStopped', { errors }));
if (merged.added + merged.replaced + merged.confirmed === 0) {
  console.log(`没有新的数据需要写入 / Nothing new to write (${imported.skipped} empty rows skipped).`);
  process.exit(0);
}
// Write to a temporary file and rename it: the data file is never left half-written.
fs.mkdirSync(path.dirname(outPath), { recursive: true });
const tmp = `${outPath}.tmp-${process.pid}`;
fs.writeFileSync(tmp, `${JSON.stringify(merged.data, null, 2)}\n`);
fs.renameSync(tmp, outPath);
console.log(
  `✔ 已写入 ${outFile}：新增${merged.added}项，更正${merged.replaced}项，跳过空行${imported.skipped}行。\n  Wrote ${outFile}: ${merged.added} added, ${merged.replaced} corrected, ${imported.skipped} empty rows skipped.`,
);
if (merged.confirmed)
  console.log(`  记录核实说明${merged.confirmed}项 / ${merged.confirmed} figures confirmed (the reason they are right recorded in "confirmed").`);
if (current && isText(current) && current.encoding !== 'utf-8')
  console.log(`  ${outFile} 原为 ${ENCODING_ZH[current.encoding]} 编码，现已存为 UTF-8。/ It was saved in ${ENCODING_EN[current.encoding]}; it is now UTF-8.`);
console.log('  下一步：运行 npx plan-check，用 npm start 预览，然后提交并上传。/ Next: npx plan-check, npm start (preview), then commit and push.');
