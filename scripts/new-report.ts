#!/usr/bin/env node
/**
 * npx plan-new-report 2024 [--plan <id>] (or npm run new-report -- …) — starts a plan's report for a year: the narrative files for both
 * languages (src/content/plans/<plan>/reports/zh/2024.mdx and en/2024.mdx) with the usual sections to fill in, and
 * the year in the plan's reports.json as a draft. Nothing is published until staff set its status to "published"
 * with the date. The plan is the current one unless --plan names another.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planDirs, shown } from '../src/lib/build/context.ts';
import { reportKind, reportYears } from '../src/lib/reports/model.ts';
import { parseCommand } from './lib/cli.ts';
import { NEW_REPORT } from './lib/commands.ts';
import { fail, sitePlan } from './lib/plan-arg.ts';
import { msg } from '../src/lib/messages/message.ts';

const parsed = parseCommand(NEW_REPORT);
const { ctx, plan } = sitePlan(parsed.values.plan as string | undefined);
const { start, end } = plan.period;
const year = Number(parsed.positionals[0]?.replace(/年$/, ''));
if (!Number.isInteger(year) || year < start || year > end) fail(msg('cli.reportYear', { start, end }));
if (!reportYears(plan).includes(year)) fail(msg('cli.noFiguresForReport', { year }));
const kind = reportKind(year, plan.period);
// The example link names one of this plan's own indicators, so the file passes the check as written.
const example = plan.indicators.indicators[0]!;
const files = {
  zh: `---\nyear: ${year}\n---\n\n<h2 id="foreword">前言</h2>\n\n（在此填写前言：本年度评估的依据和范围。${kind === 'mid-term' ? '本年度为中期评估。' : kind === 'final' ? '本年度为终期评估。' : ''}）\n\n<h2 id="findings">主要发现</h2>\n\n（在此填写主要发现。提到某项指标时可写：<IndicatorRef id="${example.id}">${example.name.zh}</IndicatorRef>。）\n\n<h2 id="next-steps">下一步工作</h2>\n\n（在此填写下一步工作。）\n`,
  en: `---\nyear: ${year}\n---\n\n<h2 id="foreword">Foreword</h2>\n\n(Write the foreword here: the basis and scope of this year’s assessment.${kind === 'mid-term' ? ' This is the mid-term evaluation.' : kind === 'final' ? ' This is the final evaluation.' : ''})\n\n<h2 id="findings">Main findings</h2>\n\n(Write the main findings here. To mention an indicator: <IndicatorRef id="${example.id}">${example.name.en}</IndicatorRef>.)\n\n<h2 id="next-steps">Next steps</h2>\n\n(Write the next steps here.)\n`,
};
const target = (lang: string) => path.join(planDirs(ctx, plan.id).reports, lang, `${year}.mdx`);
for (const lang of Object.keys(files)) {
  if (fs.existsSync(target(lang))) fail(msg('cli.fileExists', { file: shown(ctx, target(lang)) }));
}
for (const [lang, body] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(target(lang)), { recursive: true });
  fs.writeFileSync(target(lang), body);
  console.log(`✔ ${shown(ctx, target(lang))}`);
}
// The report is a draft until staff publish it in reports.json.
const reportsFile = path.join(planDirs(ctx, plan.id).data, 'reports.json');
if (!plan.reports.some((r) => r.year === year)) {
  const reports = [...plan.reports, { year, status: 'draft' as const }].sort((a, b) => a.year - b.year);
  fs.writeFileSync(reportsFile, `${JSON.stringify({ reports }, null, 2)}\n`);
  console.log(`✔ ${shown(ctx, reportsFile)}: ${year} → "draft"`);
}
console.log(
  `报告为草稿，不会出现在网站上。写完后，在 ${shown(ctx, reportsFile)} 中把 ${year} 年的 "status" 改为 "published"，并加上 "published": "发布日期"。\nThe report is a draft and not on the site. When it is finished, set ${year}'s "status" to "published" in ${shown(ctx, reportsFile)} and add "published": "<date>".`,
);
