#!/usr/bin/env node
/**
 * npx plan-new-plan <plan-id> (or npm run new-plan -- …) — scaffolds an empty plan that passes the check and builds at once
 * (it shows "no data published yet"): data/plans/<id>/ with every data file, one chapter in each
 * language under src/content/plans/<id>/, and the plan added to the end of "plans" in data/site.json.
 * Staff then fill in plan.json, the chapters and indicators.json; see the publishing guide.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildContext, planDirs, shown } from '../src/lib/build/context.ts';
import { isText, readTextFile } from '../src/lib/data/text-file.ts';
import { Slug } from '../src/lib/schema/common.ts';
import { RESERVED_PLAN_IDS } from '../src/lib/schema/site.ts';
import { parseCommand } from './lib/cli.ts';
import { NEW_PLAN } from './lib/commands.ts';
import { fail, PROJECT_ROOT } from './lib/plan-arg.ts';
import { msg } from '../src/lib/messages/message.ts';

const ctx = buildContext(process.env, PROJECT_ROOT);
const id = parseCommand(NEW_PLAN).positionals[0];
if (!id || !Slug.safeParse(id).success || RESERVED_PLAN_IDS.includes(id)) {
  fail(msg('cli.newPlanId', { example: NEW_PLAN.examples[0]!, id }));
}
const dirs = planDirs(ctx, id);
if (fs.existsSync(dirs.data) || fs.existsSync(dirs.chapters)) fail(msg('cli.planExists', { id }));
const siteFile = path.join(ctx.dataDir, 'site.json');
// site.json may have been saved in GBK or with a byte-order mark; it is written back as UTF-8.
const siteText = readTextFile(siteFile);
if (!isText(siteText)) fail(msg('cli.notTextFile', { file: shown(ctx, siteFile) }));
const site = JSON.parse(siteText.text) as { plans: string[] };

const year = new Date().getFullYear();
const today = new Date().toISOString().slice(0, 10);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const files: [string, string][] = [
  [
    path.join(dirs.data, 'plan.json'),
    json({
      title: { zh: '（请填写规划全称）', en: '(Fill in the full title of the plan)' },
      shortName: { zh: '（请填写简称）', en: '(Fill in a short name)' },
      period: { baselineYear: year - 1, start: year, end: year + 4 },
      published: null,
      publishedNote: { zh: '（请填写发布日期，或说明原文未载明发布日期。）', en: '(Fill in the date of publication, or say that the plan does not state it.)' },
      summary: { zh: '（请填写规划摘要。）', en: '(Fill in a summary of the plan.)' },
      indicatorTable: { zh: '（请填写规划中指标表的名称）', en: '(The name of the plan’s indicator table)' },
      boxes: [],
      assigner: { zh: '省', en: 'province' },
      contentUpdated: today,
    }),
  ],
  [path.join(dirs.data, 'indicators.json'), json({ groups: [], indicators: [] })],
  [path.join(dirs.data, 'assigned-targets.json'), json({ targets: [] })],
  [path.join(dirs.data, 'projects.json'), json({ categories: [], projects: [] })],
  [path.join(dirs.data, 'places.json'), json({ places: [] })],
  [
    path.join(dirs.data, 'glossary.json'),
    json({ description: { zh: '本规划英文译本所用的术语表。', en: 'Glossary of the terms used in the English translation of the plan.' }, terms: [] }),
  ],
  [path.join(dirs.data, 'progress', '.gitkeep'), ''],
  [
    path.join(dirs.chapters, 'zh', 'chapter-1.mdx'),
    `---\nchapter: 1\nlabel: 第一章\ntitle: （请填写章标题）\nupdated: ${today}\n---\n\n（在此粘贴规划原文第一章。）\n`,
  ],
  [
    path.join(dirs.chapters, 'en', 'chapter-1.mdx'),
    `---\nchapter: 1\nlabel: Chapter 1\ntitle: (Fill in the chapter title)\nupdated: ${today}\n---\n\n(Paste the English translation of chapter 1 here.)\n`,
  ],
  [path.join(dirs.reports, 'zh', '.gitkeep'), ''],
  [path.join(dirs.reports, 'en', '.gitkeep'), ''],
];
for (const [file, body] of files) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  console.log(`✔ ${shown(ctx, file)}`);
}
site.plans.push(id);
fs.writeFileSync(siteFile, json(site));
console.log(`✔ ${shown(ctx, siteFile)}：已将 ${id} 加入 plans / added ${id} to "plans"`);
console.log(
  '下一步：填写 plan.json 和各章，然后运行 npm run check。如要首页以该规划为主，把 site.json 的 currentPlan 改为它。\nNext: fill in plan.json and the chapters, then run npm run check. To lead the home page with it, set "currentPlan" in site.json to it.',
);
