#!/usr/bin/env node
/**
 * npx plan-check-translation [--plan <id>] [chapter numbers…] (or npm run check:translation -- …) — compares each English chapter of a plan
 * (the current one unless --plan names another) with its Chinese original, paragraph by paragraph; without chapter numbers, it then
 * holds the English of the plan's data files (every {zh, en} pair) to the same glossary and spelling convention.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planDirs, shown } from '../src/lib/build/context.ts';
import { isText, readTextFile } from '../src/lib/data/text-file.ts';
import { checkDataTranslation, checkTranslation } from '../src/lib/plan/translation.ts';
import { parseCommand } from './lib/cli.ts';
import { CHECK_TRANSLATION } from './lib/commands.ts';
import { fail, sitePlan } from './lib/plan-arg.ts';
import { msg } from '../src/lib/messages/message.ts';

const parsed = parseCommand(CHECK_TRANSLATION);
const { ctx, plan } = sitePlan(parsed.values.plan as string | undefined);
const dir = planDirs(ctx, plan.id).chapters;
const all = fs
  .readdirSync(path.join(dir, 'zh'))
  .map((f) => /^chapter-(\d+)\.mdx$/.exec(f)?.[1])
  .filter((n): n is string => Boolean(n))
  .sort((a, b) => Number(a) - Number(b));
const chapters = parsed.positionals.length ? parsed.positionals : all;
const spelling = plan.glossary.spelling?.rules ?? [];
const text = (file: string) => {
  const decoded = readTextFile(file);
  return isText(decoded) ? decoded.text : fail(msg('cli.notUtf8', { file: shown(ctx, file) }));
};
let failed = 0;
/** One difference: where, then its English and its Chinese (both from the message catalogue). */
const print = (where: string, p: { message: string; messageZh: string }) => console.log(`${where}: ${p.message}\n      中文：${p.messageZh}`);
for (const n of chapters) {
  const zhPath = path.join(dir, 'zh', `chapter-${n}.mdx`);
  const enPath = path.join(dir, 'en', `chapter-${n}.mdx`);
  if (!fs.existsSync(zhPath)) fail(msg('cli.noChapter', { plan: plan.id, chapter: n }));
  if (!fs.existsSync(enPath)) {
    console.log(`chapter-${n}: 尚无英文文件 / no English file yet`);
    continue;
  }
  const problems = checkTranslation(text(zhPath), text(enPath), plan.glossary.terms, spelling);
  for (const p of problems) print(`${shown(ctx, enPath)} ${p.section}${p.paragraph ? ` ¶${p.paragraph}` : ''}`, p);
  console.log(`chapter-${n}：${problems.length}个问题 / chapter-${n}: ${problems.length} problem(s)`);
  failed += problems.length;
}
if (!parsed.positionals.length) {
  // The data files' English appears on the same pages: held to the same glossary and spelling.
  const dataDir = planDirs(ctx, plan.id).data;
  const jsonFiles = (d: string): string[] =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? jsonFiles(path.join(d, e.name)) : e.name.endsWith('.json') ? [path.join(d, e.name)] : []));
  let dataProblems = 0;
  for (const file of jsonFiles(dataDir)) {
    for (const p of checkDataTranslation(JSON.parse(text(file).replace(/^\uFEFF/, '')), plan.glossary.terms, spelling)) {
      print(`${shown(ctx, file)} ${p.path}`, p);
      dataProblems++;
    }
  }
  console.log(`数据文件：${dataProblems}个问题 / data files: ${dataProblems} problem(s)`);
  failed += dataProblems;
}
process.exit(failed ? 1 : 0);
