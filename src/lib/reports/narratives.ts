/** Checks report narratives (MDX written by staff) against the data before the build. */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../data/errors.ts';
import type { PlanData } from '../data/load.ts';
import { dataCompleteDate, reportYears } from './model.ts';

/** Anchors the report page uses for its own sections. */
export const REPORT_PAGE_IDS = ['main', 'summary', 'narrative', 'completion', 'indicators', 'changes', 'projects', 'sources', 'report-toc'];

/** Front matter fields we need, read without a YAML library (the files are simple key: value lines). */
function frontmatter(source: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---/.exec(source);
  const out: Record<string, string> = {};
  for (const line of m?.[1]?.split('\n') ?? []) {
    const kv = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (kv) out[kv[1]!] = kv[2]!.replace(/^["']|["']$/g, '');
  }
  return out;
}

/** `dir` is the plan's reports folder (with zh/ and en/). */
export function checkNarratives(root: string, dir: string, data: PlanData): Problem[] {
  const problems: Problem[] = [];
  const years = new Set(reportYears(data));
  const indicatorIds = new Set(data.indicators.indicators.map((i) => i.id));
  const found: Record<string, Set<number>> = { zh: new Set(), en: new Set() };
  for (const lang of ['zh', 'en']) {
    const langDir = path.join(dir, lang);
    if (!fs.existsSync(langDir)) continue;
    for (const name of fs.readdirSync(langDir).filter((f) => f.endsWith('.mdx'))) {
      const file = path.relative(root, path.join(langDir, name)).split(path.sep).join('/');
      const source = fs.readFileSync(path.join(langDir, name), 'utf8');
      const err = (message: string, extra: Partial<Problem> = {}) => problems.push({ file, message, severity: 'error', ...extra });
      const year = Number(/^(\d{4})\.mdx$/.exec(name)?.[1]);
      if (!year) {
        err('report narratives must be named after their year, e.g. 2024.mdx');
        continue;
      }
      found[lang]!.add(year);
      const fm = frontmatter(source);
      if (Number(fm.year) !== year) err(`the year does not match the file name (expected ${year})`, { path: 'year', value: fm.year });
      if (!years.has(year)) {
        err(`there is no data for ${year} yet (no observations in the ${year} progress file), so there is no report to write a narrative for`, { path: 'year', value: year });
        continue;
      }
      const complete = dataCompleteDate(data, year);
      if (fm.published && fm.published < complete) {
        err(`the publication date is before the ${year} figures it relies on were published (the last of them on ${complete})`, { path: 'published', value: fm.published });
      }
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
      const ids = new Map<string, number>();
      body.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(/\bid="([^"]*)"/g)) {
          if (!/IndicatorRef/.test(line.slice(Math.max(0, m.index! - 40), m.index))) {
            if (REPORT_PAGE_IDS.includes(m[1]!)) problems.push({ file, line: i + 1, value: m[1], message: `the anchor "${m[1]}" is used by the report page itself; choose another`, severity: 'error' });
            if (ids.has(m[1]!)) problems.push({ file, line: i + 1, value: m[1], message: `duplicate section anchor (first used on line ${ids.get(m[1]!)})`, severity: 'error' });
            ids.set(m[1]!, i + 1);
          }
        }
      });
      source.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(/<IndicatorRef\b[^>]*\bid="([^"]*)"/g)) {
          if (!indicatorIds.has(m[1]!)) problems.push({ file, line: i + 1, value: m[1], message: 'unknown indicator id in <IndicatorRef> (see the plan\'s indicators.json)', severity: 'error' });
        }
      });
    }
  }
  for (const [lang, other] of [['zh', 'en'], ['en', 'zh']] as const) {
    for (const y of found[lang]!) if (!found[other]!.has(y)) problems.push({ file: `${path.relative(root, dir)}/${other}/${y}.mdx`, message: `missing: the ${lang} narrative for ${y} has no ${other === 'en' ? 'English' : 'Chinese'} counterpart`, severity: 'error' });
  }
  return problems;
}
