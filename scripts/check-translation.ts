/** Usage: node scripts/check-translation.ts [chapter numbers…] — compares en chapters with zh. */
import fs from 'node:fs';
import { checkTranslation } from '../src/lib/plan/translation.ts';

const glossary = JSON.parse(fs.readFileSync('data/glossary.json', 'utf8')).terms;
const chapters = process.argv.slice(2).length ? process.argv.slice(2) : ['1', '2', '3', '4', '5', '6', '7', '8'];
let failed = 0;
for (const n of chapters) {
  const enPath = `src/content/plan/en/chapter-${n}.mdx`;
  if (!fs.existsSync(enPath)) { console.log(`chapter-${n}: no English file yet`); continue; }
  const problems = checkTranslation(fs.readFileSync(`src/content/plan/zh/chapter-${n}.mdx`, 'utf8'), fs.readFileSync(enPath, 'utf8'), glossary);
  for (const p of problems) console.log(`${enPath} ${p.section}${p.paragraph ? ` ¶${p.paragraph}` : ''}: ${p.message}`);
  console.log(`chapter-${n}: ${problems.length} problem(s)`);
  failed += problems.length;
}
process.exit(failed ? 1 : 0);
