/**
 * npm run check:translation [-- --plan <id>] [chapter numbers…] — compares each English chapter of a plan
 * (the current one unless --plan names another) with its Chinese original, paragraph by paragraph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planDirs, shown } from '../src/lib/build/context.ts';
import { checkTranslation } from '../src/lib/plan/translation.ts';
import { fail, sitePlan } from './lib/plan-arg.ts';

let parsed: { values: { plan?: string | undefined }; positionals: string[] };
try {
  parsed = parseArgs({ allowPositionals: true, options: { plan: { type: 'string' } } });
} catch (e) {
  fail('无法识别的选项。用法：npm run check:translation [-- --plan 规划标识] [章号…]', `${(e as Error).message}. Usage: npm run check:translation [-- --plan <plan id>] [chapter numbers…]`);
}
const { ctx, plan } = sitePlan(parsed.values.plan);
const dir = planDirs(ctx, plan.id).chapters;
const all = fs.readdirSync(path.join(dir, 'zh')).map((f) => /^chapter-(\d+)\.mdx$/.exec(f)?.[1]).filter((n): n is string => Boolean(n)).sort((a, b) => Number(a) - Number(b));
const chapters = parsed.positionals.length ? parsed.positionals : all;
let failed = 0;
for (const n of chapters) {
  const zhPath = path.join(dir, 'zh', `chapter-${n}.mdx`);
  const enPath = path.join(dir, 'en', `chapter-${n}.mdx`);
  if (!fs.existsSync(zhPath)) fail(`${plan.id} 没有第${n}章`, `Plan ${plan.id} has no chapter ${n}`);
  if (!fs.existsSync(enPath)) {
    console.log(`chapter-${n}: no English file yet`);
    continue;
  }
  const problems = checkTranslation(fs.readFileSync(zhPath, 'utf8'), fs.readFileSync(enPath, 'utf8'), plan.glossary.terms);
  for (const p of problems) console.log(`${shown(ctx, enPath)} ${p.section}${p.paragraph ? ` ¶${p.paragraph}` : ''}: ${p.message}`);
  console.log(`chapter-${n}: ${problems.length} problem(s)`);
  failed += problems.length;
}
process.exit(failed ? 1 : 0);
