/**
 * Checks the plan's chapter files before Astro compiles them, so that a mistake
 * is reported with its file, line and section instead of a compiler stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../messages/problem.ts';
import { isText, readTextFile } from '../data/text-file.ts';
import { assemblePlan, type ChapterSource, type PlanLang } from './chapters.ts';
import { parseBlocks } from './structure.ts';
import { say } from '../messages/message.ts';

/** The heading a line falls under, to name the section in messages. */
export function sectionAt(source: string, line: number): string | undefined {
  const before = parseBlocks(source).filter((b) => b.line <= line && (b.kind === 'heading' || b.kind === 'box'));
  const last = before[before.length - 1];
  if (!last || !('id' in last)) return undefined;
  return `${last.id} ${last.kind === 'box' ? last.title : 'text' in last ? last.text : ''}`.trim();
}

/** Reads every chapter file under `dir` (<lang>/chapter-<n>.mdx) and checks the plan's structure (the format is checked in content/closed-format.ts). */
export function preflightPlan(root: string, dir: string): Problem[] {
  const problems: Problem[] = [];
  const sources: ChapterSource[] = [];
  for (const lang of ['zh', 'en'] as PlanLang[]) {
    const langDir = path.join(dir, lang);
    if (!fs.existsSync(langDir)) continue;
    for (const name of fs
      .readdirSync(langDir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const full = path.join(langDir, name);
      const file = path.relative(root, full).split(path.sep).join('/');
      // A file that is not UTF-8 text is refused by the content check (content/files.ts); read what can be read.
      const decoded = readTextFile(full);
      const body = isText(decoded) ? decoded.text : '';
      const n = /^chapter-(\d+)\.mdx$/.exec(name);
      if (!n) {
        problems.push({ file, ...say('chapter.fileName'), severity: 'error' });
        continue;
      }
      sources.push({ lang, file, body, chapter: Number(n[1]), label: '', title: '', updated: '' });
    }
  }
  problems.push(...assemblePlan(sources).problems);
  return problems;
}
