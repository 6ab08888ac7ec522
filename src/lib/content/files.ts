/**
 * Every MDX file under the content folder is checked as a closed format before a build, whether or not a plan
 * lists it: the content loader would pick up any chapter or narrative file it finds, so nothing escapes the check.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../data/errors.ts';
import { shown, type BuildContext } from '../build/context.ts';
import { checkClosedFormat, type ContentKind } from './closed-format.ts';

/** The kind of a file from its place: plans/<plan>/<lang>/chapter-N.mdx or plans/<plan>/reports/<lang>/<year>.mdx. */
export function contentKind(relative: string): ContentKind | undefined {
  if (/^plans\/[^/]+\/(zh|en)\/[^/]+\.mdx$/.test(relative)) return 'chapter';
  if (/^plans\/[^/]+\/reports\/(zh|en)\/[^/]+\.mdx$/.test(relative)) return 'narrative';
  return undefined;
}

function mdxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? mdxFiles(path.join(dir, e.name)) : /\.mdx?$/i.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

export function checkContentFiles(ctx: BuildContext): Problem[] {
  return mdxFiles(ctx.contentDir).flatMap((full) => {
    const file = shown(ctx, full);
    const kind = contentKind(path.relative(ctx.contentDir, full).split(path.sep).join('/'));
    if (!kind) {
      return [{ file, message: 'this file is not a plan chapter (plans/<plan>/<zh|en>/chapter-N.mdx) or a report narrative (plans/<plan>/reports/<zh|en>/<year>.mdx): move it there or delete it', severity: 'error' as const }];
    }
    return checkClosedFormat(file, fs.readFileSync(full, 'utf8'), kind);
  });
}
