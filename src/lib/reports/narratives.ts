/**
 * Checks report narratives (MDX written by staff) against the data before the build: each belongs to a report
 * listed in reports.json, and a published report's narrative is finished (no placeholder left, the English file in
 * English, the same sections in both languages).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../messages/problem.ts';
import { isText, readTextFile } from '../data/text-file.ts';
import type { PlanData } from '../data/load.ts';
import { reportYears } from './model.ts';
import { msg, say, texts, type Message } from '../messages/message.ts';

/** Anchors the report page uses for its own sections. */
/** The report table's rows are anchored as `indicator-<id>`, so a narrative's anchors may not start so. */
export const REPORT_ROW_PREFIX = 'indicator-';
export const REPORT_PAGE_IDS = ['main', 'summary', 'narrative', 'completion', 'indicators', 'changes', 'projects', 'sources', 'report-toc'];

/** The placeholders `npm run new-report` writes, which a published narrative may not keep. */
const PLACEHOLDER_LINE = { zh: /（在此填写[^）\n]*/, en: /\(Write [^()\n]*? here\b/ } as const;

/** Section anchors in the order they appear. */
const anchorsOf = (source: string) => [...source.matchAll(/<h[2-4]\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1]!);

/** Share of Han characters among the letters of a text: an English narrative is mostly Latin letters. */
function hanShare(text: string): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han + latin === 0 ? 0 : han / (han + latin);
}

/** The text blocks of a narrative after its header (separated by blank lines), with the line each starts on. */
function paragraphs(source: string): { text: string; line: number }[] {
  const lines = source.split('\n');
  const start = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) + 1 : 0;
  const out: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) current = undefined;
    else if (current) current.text += `\n${line}`;
    else out.push((current = { text: line, line: i + 1 }));
  }
  return out;
}

/** Front matter fields we need, read without a YAML library (the files are simple key: value lines). */
function frontmatter(source: string): Record<string, string> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source);
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
  const found: Record<string, Set<number>> = { zh: new Set(), en: new Set() };
  const bodies: Record<string, Map<number, { file: string; body: string }>> = { zh: new Map(), en: new Map() };
  const entries = new Map(data.reports.map((r) => [r.year, r]));
  for (const lang of ['zh', 'en']) {
    const langDir = path.join(dir, lang);
    if (!fs.existsSync(langDir)) continue;
    for (const name of fs.readdirSync(langDir).filter((f) => f.endsWith('.mdx'))) {
      const file = path.relative(root, path.join(langDir, name)).split(path.sep).join('/');
      // BOM, CRLF and encodings are dealt with on reading (a file that is not UTF-8 is refused by the content check).
      const decoded = readTextFile(path.join(langDir, name));
      const source = isText(decoded) ? decoded.text : '';
      const err = (message: Message, extra: { path?: string; value?: unknown } = {}) => problems.push({ file, ...texts(message), severity: 'error', ...extra });
      const year = Number(/^(\d{4})\.mdx$/.exec(name)?.[1]);
      if (!year) {
        err(msg('narrative.fileName'));
        continue;
      }
      found[lang]!.add(year);
      const fm = frontmatter(source);
      if (Number(fm.year) !== year) err(msg('file.yearMismatch', { expected: year }), { path: 'year', value: fm.year });
      if (!years.has(year)) {
        err(msg('narrative.noData', { year }), { path: 'year', value: year });
        continue;
      }
      if (!entries.has(year)) err(msg('narrative.notListed', { year }));
      for (const key of Object.keys(fm).filter((k) => k !== 'year')) {
        err(key === 'published' ? msg('narrative.publishedInHeader') : msg('narrative.unknownHeaderField'), { path: key, value: fm[key] });
      }
      bodies[lang]!.set(year, { file, body: source });
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
      const ids = new Map<string, number>();
      body.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(/\bid="([^"]*)"/g)) {
          if (!/IndicatorRef/.test(line.slice(Math.max(0, m.index! - 40), m.index))) {
            if (REPORT_PAGE_IDS.includes(m[1]!) || m[1]!.startsWith(REPORT_ROW_PREFIX))
              problems.push({ file, line: i + 1, value: m[1], ...say('narrative.reservedAnchor', { anchor: m[1]! }), severity: 'error' });
            if (ids.has(m[1]!))
              problems.push({ file, line: i + 1, value: m[1], ...say('chapter.duplicateAnchor', { line: ids.get(m[1]!)! }), severity: 'error' });
            ids.set(m[1]!, i + 1);
          }
        }
      });
    }
  }
  // A published report's narrative must be finished.
  for (const [year, entry] of entries) {
    if (entry.status !== 'published') continue;
    for (const lang of ['zh', 'en'] as const) {
      const n = bodies[lang]!.get(year);
      if (!n) continue;
      n.body.split('\n').forEach((line, i) => {
        const m = PLACEHOLDER_LINE[lang].exec(line);
        if (m) problems.push({ file: n.file, line: i + 1, value: m[0].slice(0, 40), ...say('narrative.placeholder', { year }), severity: 'error' });
      });
    }
    const zh = bodies.zh!.get(year);
    const en = bodies.en!.get(year);
    // Paragraph by paragraph: an English file with a section left in Chinese is not finished either.
    for (const block of en ? paragraphs(en.body) : []) {
      if (hanShare(block.text) > 0.5)
        problems.push({ file: en!.file, line: block.line, value: block.text.slice(0, 30), ...say('narrative.chineseParagraph', { year }), severity: 'error' });
    }
    if (zh && en) {
      const a = anchorsOf(zh.body);
      const b = anchorsOf(en.body);
      if (a.join(' ') !== b.join(' ')) {
        problems.push({ file: en.file, value: b.join(', '), ...say('narrative.sectionsDiffer', { year, anchors: a }), severity: 'error' });
      }
    }
  }
  for (const [lang, other] of [
    ['zh', 'en'],
    ['en', 'zh'],
  ] as const) {
    for (const y of found[lang]!)
      if (!found[other]!.has(y))
        problems.push({
          file: `${path.relative(root, dir)}/${other}/${y}.mdx`,
          ...say('narrative.missingCounterpart', { lang, other, year: y }),
          severity: 'error',
        });
  }
  return problems;
}
