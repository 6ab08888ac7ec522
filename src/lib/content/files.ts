/**
 * Every MDX file under the content folder is checked as a closed format before a build, whether or not a plan
 * lists it: the content loader would pick up any chapter or narrative file it finds, so nothing escapes the check.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../data/errors.ts';
import { encodingProblems, isText, readTextFile } from '../data/text-file.ts';
import { shown, type BuildContext } from '../build/context.ts';
import { checkClosedFormat, type ContentKind } from './closed-format.ts';

/** The kind of a file from its place: plans/<plan>/<lang>/chapter-N.mdx or plans/<plan>/reports/<lang>/<year>.mdx. */
export function contentKind(relative: string): ContentKind | undefined {
  if (/^plans\/[^/]+\/(zh|en)\/[^/]+\.mdx$/.test(relative)) return 'chapter';
  if (/^plans\/[^/]+\/reports\/(zh|en)\/[^/]+\.mdx$/.test(relative)) return 'narrative';
  return undefined;
}

/** Every MDX file under `dir`, and every symbolic link (which the content loader would follow unchecked). */
function walk(dir: string, links: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isSymbolicLink()) return (links.push(full), []);
      return e.isDirectory() ? walk(full, links) : /\.mdx?$/i.test(e.name) ? [full] : [];
    })
    .sort();
}

export function checkContentFiles(ctx: BuildContext): Problem[] {
  const links: string[] = [];
  const files = walk(ctx.contentDir, links);
  const linkProblems: Problem[] = links.map((full) => ({
    file: shown(ctx, full),
    message: 'symbolic links are not allowed in the content folder (their files would escape the check): copy the files in instead',
    severity: 'error' as const,
  }));
  return linkProblems.concat(files.flatMap((full) => {
    const file = shown(ctx, full);
    const kind = contentKind(path.relative(ctx.contentDir, full).split(path.sep).join('/'));
    if (!kind) {
      return [{ file, message: 'this file is not a plan chapter (plans/<plan>/<zh|en>/chapter-N.mdx) or a report narrative (plans/<plan>/reports/<zh|en>/<year>.mdx): move it there or delete it', severity: 'error' as const }];
    }
    // Astro reads chapters and narratives as UTF-8 (with or without a byte-order mark, CRLF or LF): another
    // encoding is refused here, before it could reach a page garbled.
    const decoded = readTextFile(full);
    const encoding = encodingProblems(file, decoded, 'content');
    return isText(decoded) && !encoding.length ? checkClosedFormat(file, decoded.text, kind) : encoding;
  }));
}
