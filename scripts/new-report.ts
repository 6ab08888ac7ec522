/**
 * npm run new-report -- 2024 — creates the report narrative files for both languages
 * (src/content/reports/zh/2024.mdx and en/2024.mdx) with the usual sections to fill in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataPaths, loadData } from '../src/lib/data/load.ts';
import { dataCompleteDate, reportKind, reportYears } from '../src/lib/reports/model.ts';
import { planPeriod } from '../src/lib/period.ts';

const root = process.env.IMPORT_ROOT ?? path.resolve(import.meta.dirname, '..');
process.env.DATA_DIR ??= path.join(root, 'data');
const { start, end } = planPeriod();
const year = Number(process.argv[2]);
const fail = (zh: string, en: string): never => {
  console.log(`✖ ${zh}\n  ${en}`);
  process.exit(1);
};
if (!Number.isInteger(year) || year < start || year > end) fail(`用法：npm run new-report -- ${end - 1}（年份须在${start}—${end}之间）`, `Usage: npm run new-report -- ${end - 1} (a year from ${start} to ${end})`);
const { data } = loadData(dataPaths(root, 'real'));
if (!data) fail('数据有错误，请先运行 npm run check', 'The data has errors: run npm run check first');
if (!reportYears(data!).includes(year)) fail(`${year}年尚无已公布的数据，不能撰写该年度报告。请先导入数据（npm run import）。`, `There are no published figures for ${year} yet, so there is no report to write. Import the figures first (npm run import).`);
const published = [new Date().toISOString().slice(0, 10), dataCompleteDate(data!, year)].sort().at(-1)!;
const kind = reportKind(year);
const files = {
  zh: `---\nyear: ${year}\npublished: ${published}\n---\n\n<h2 id="foreword">前言</h2>\n\n（在此填写前言：本年度评估的依据和范围。${kind === 'mid-term' ? '本年度为中期评估。' : kind === 'final' ? '本年度为终期评估。' : ''}）\n\n<h2 id="findings">主要发现</h2>\n\n（在此填写主要发现。提到某项指标时可写：<IndicatorRef id="forest-coverage">森林覆盖率</IndicatorRef>。）\n\n<h2 id="next-steps">下一步工作</h2>\n\n（在此填写下一步工作。）\n`,
  en: `---\nyear: ${year}\npublished: ${published}\n---\n\n<h2 id="foreword">Foreword</h2>\n\n(Write the foreword here: the basis and scope of this year’s assessment.${kind === 'mid-term' ? ' This is the mid-term evaluation.' : kind === 'final' ? ' This is the final evaluation.' : ''})\n\n<h2 id="findings">Main findings</h2>\n\n(Write the main findings here. To mention an indicator: <IndicatorRef id="forest-coverage">forest coverage</IndicatorRef>.)\n\n<h2 id="next-steps">Next steps</h2>\n\n(Write the next steps here.)\n`,
};
for (const [lang, body] of Object.entries(files)) {
  const file = path.join(root, 'src/content/reports', lang, `${year}.mdx`);
  if (fs.existsSync(file)) fail(`文件已存在，未覆盖：${path.relative(root, file)}`, `The file exists already and was not overwritten: ${path.relative(root, file)}`);
}
for (const [lang, body] of Object.entries(files)) {
  const file = path.join(root, 'src/content/reports', lang, `${year}.mdx`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  console.log(`✔ ${path.relative(root, file)}`);
}
console.log(`发布日期暂定为 ${published}，发布时请修改为实际日期。/ The publication date is set to ${published}; change it to the real date when you publish.`);
