/**
 * Checks the plan's chapter files before Astro compiles them, so that a mistake
 * is reported with its file, line and section instead of a compiler stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import type { Problem } from '../data/errors.ts';
import { assemblePlan, type ChapterSource, type PlanLang } from './chapters.ts';
import { parseBlocks } from './structure.ts';

/** The heading a line falls under, to name the section in messages. */
export function sectionAt(source: string, line: number): string | undefined {
  const before = parseBlocks(source).filter((b) => b.line <= line && (b.kind === 'heading' || b.kind === 'box'));
  const last = before[before.length - 1];
  if (!last || !('id' in last)) return undefined;
  return `${last.id} ${last.kind === 'box' ? last.title : 'text' in last ? last.text : ''}`.trim();
}

export function checkMdxSyntax(file: string, source: string): Problem[] {
  try {
    mdxToJs(source);
    return [];
  } catch (e) {
    const message = (e as Error).message;
    const m = /^(\d+):(\d+): (.*)$/s.exec(message);
    const line = m ? Number(m[1]) : undefined;
    const section = line ? sectionAt(source, line) : undefined;
    return [{ file, ...(line ? { line } : {}), message: `MDX does not parse${section ? ` (in section ${section})` : ''}: ${m ? m[3] : message}`, severity: 'error' }];
  }
}

/** Reads every chapter file under `dir` (<lang>/chapter-<n>.mdx) and checks syntax and structure. */
export function preflightPlan(root: string, dir: string): Problem[] {
  const problems: Problem[] = [];
  const sources: ChapterSource[] = [];
  for (const lang of ['zh', 'en'] as PlanLang[]) {
    const langDir = path.join(dir, lang);
    if (!fs.existsSync(langDir)) continue;
    for (const name of fs.readdirSync(langDir).filter((f) => f.endsWith('.mdx')).sort()) {
      const full = path.join(langDir, name);
      const file = path.relative(root, full).split(path.sep).join('/');
      const body = fs.readFileSync(full, 'utf8');
      const n = /^chapter-(\d+)\.mdx$/.exec(name);
      if (!n) {
        problems.push({ file, message: 'plan chapter files must be named chapter-<number>.mdx', severity: 'error' });
        continue;
      }
      problems.push(...checkMdxSyntax(file, body));
      body.split('\n').forEach((line, i) => {
        if (!line.trimStart().startsWith('<') && !line.startsWith('---') && /[{}]/.test(line)) {
          problems.push({ file, line: i + 1, value: line.trim().slice(0, 40), message: 'curly braces { } are not allowed in text (MDX reads them as code); use other brackets', severity: 'error' });
        }
      });
      sources.push({ lang, file, body, chapter: Number(n[1]), label: '', title: '', updated: '' });
    }
  }
  problems.push(...assemblePlan(sources).problems);
  return problems;
}
