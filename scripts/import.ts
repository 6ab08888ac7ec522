/**
 * npm run import -- <file.csv> --year 2024 [--plan <id>] [--replace --reason-zh "…" --reason-en "…"]
 * Imports a year's figures of a plan (the current one unless --plan names another) from a spreadsheet
 * exported as CSV (UTF-8 or GBK), checks them with the same rules as the build, and writes
 * data/plans/<plan>/progress/<year>.json — all or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planDirs, shown } from '../src/lib/build/context.ts';
import { checkProgressFile } from '../src/lib/data/progress.ts';
import { decodeCsv, mergeObservations, readObservations } from '../src/lib/import/csv.ts';
import { ProgressFile } from '../src/lib/schema/progress.ts';
import { printProblems } from './lib/print-problems.ts';
import { fail, sitePlan } from './lib/plan-arg.ts';

const USAGE = 'npm run import -- 文件.csv --year 2024 [--plan 规划标识] [--replace --reason-zh "原因" --reason-en "reason"]';
let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { year: { type: 'string' }; plan: { type: 'string' }; replace: { type: 'boolean'; default: false }; 'reason-zh': { type: 'string' }; 'reason-en': { type: 'string' } } }>>;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { year: { type: 'string' }, plan: { type: 'string' }, replace: { type: 'boolean', default: false }, 'reason-zh': { type: 'string' }, 'reason-en': { type: 'string' } },
  });
} catch (e) {
  fail(`无法识别的选项。用法：${USAGE}`, `${(e as Error).message}. Usage: ${USAGE}`);
}
const { values, positionals } = parsed!;
// `npm run import file.csv --year 2024` (without `--`) reaches us as `file.csv 2024`.
values.year ??= positionals.find((p) => /^\d{4}$/.test(p));
const csvPath = positionals[0] ?? fail('请指定CSV文件：npm run import -- 文件.csv --year 2024', 'Name the CSV file: npm run import -- file.csv --year 2024');
const { ctx, plan } = sitePlan(values.plan);
const { start, end } = plan.period;
const year = Number(values.year);
if (!Number.isInteger(year) || year < start || year > end) fail(`请用 --year 指定${start}—${end}之间的年份`, `Give the year with --year (${start}–${end})`);
if (!fs.existsSync(csvPath)) fail(`找不到文件：${csvPath}`, `File not found: ${csvPath}`);

const { text, encoding } = decodeCsv(fs.readFileSync(csvPath));
console.log(`读取 / Reading ${csvPath} (${encoding})`);
const imported = readObservations(csvPath, text, plan.indicators.indicators);
const outPath = path.join(planDirs(ctx, plan.id).data, 'progress', `${year}.json`);
const outFile = shown(ctx, outPath);
const existing = fs.existsSync(outPath) ? ProgressFile.parse(JSON.parse(fs.readFileSync(outPath, 'utf8'))) : undefined;
const reason = values['reason-zh'] && values['reason-en'] ? { zh: values['reason-zh'], en: values['reason-en'] } : undefined;
const merged = mergeObservations(existing, year, imported.observations, { replace: values.replace, ...(reason ? { reason } : {}), file: outFile, csv: csvPath });
const problems = [...imported.problems, ...merged.problems];
if (!problems.length) problems.push(...checkProgressFile(outFile, merged.data, plan.indicators.indicators, plan.period));
const errors = printProblems(problems);
if (errors) fail(`导入未完成：共${errors}个错误，未写入任何文件。`, `Import stopped: ${errors} errors; nothing was written.`);
if (merged.added + merged.replaced === 0) {
  console.log(`没有新的数据需要写入 / Nothing new to write (${imported.skipped} empty rows skipped).`);
  process.exit(0);
}
// Write to a temporary file and rename it: the data file is never left half-written.
fs.mkdirSync(path.dirname(outPath), { recursive: true });
const tmp = `${outPath}.tmp-${process.pid}`;
fs.writeFileSync(tmp, `${JSON.stringify(merged.data, null, 2)}\n`);
fs.renameSync(tmp, outPath);
console.log(`✔ 已写入 ${outFile}：新增${merged.added}项，更正${merged.replaced}项，跳过空行${imported.skipped}行。\n  Wrote ${outFile}: ${merged.added} added, ${merged.replaced} corrected, ${imported.skipped} empty rows skipped.\n  下一步 / Next: npm run check, npm start (preview), then commit and push.`);
