/**
 * Every MDX file under the content folder is checked as a closed format before a build, whether or not a plan
 * lists it: the content loader would pick up any chapter or narrative file it finds, so nothing escapes the check.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../messages/problem.ts';
import { encodingProblems, isText, readTextFile } from '../data/text-file.ts';
import { shown, type BuildContext } from '../build/context.ts';
import { checkClosedFormat, siteLinks, type ContentKind, type ContentLang } from './closed-format.ts';
import { isSitePath } from './site-paths.ts';
import { planAnchors } from '../data/projects.ts';
import type { PlanData, SiteData } from '../data/load.ts';
import { referenceProblems } from './references.ts';
import { say } from '../messages/message.ts';

/** The kind of a file from its place: plans/<plan>/<lang>/chapter-N.mdx or plans/<plan>/reports/<lang>/<year>.mdx. */
export function contentKind(relative: string): ContentKind | undefined {
  if (/^plans\/[^/]+\/(zh|en)\/[^/]+\.mdx$/.test(relative)) return 'chapter';
  if (/^plans\/[^/]+\/reports\/(zh|en)\/[^/]+\.mdx$/.test(relative)) return 'narrative';
  return undefined;
}

/** The language of a chapter or narrative, from its folder (zh/ or en/). */
export function contentLang(relative: string): ContentLang | undefined {
  return /^plans\/[^/]+\/(?:reports\/)?(zh|en)\/[^/]+\.mdx$/.exec(relative)?.[1] as ContentLang | undefined;
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

/**
 * `site`, when the data loaded, lets links to this site's own pages be checked too; `plans` (those that loaded,
 * even when the site as a whole did not) let the components named in each plan's files be checked against it.
 */
export function checkContentFiles(ctx: BuildContext, site?: SiteData, plans: PlanData[] = site?.plans ?? []): Problem[] {
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (planId: string) => anchors.get(planId) ?? anchors.set(planId, planAnchors(path.join(ctx.contentDir, 'plans', planId))).get(planId)!;
  const links: string[] = [];
  const files = walk(ctx.contentDir, links);
  const linkProblems: Problem[] = links.map((full) => ({
    file: shown(ctx, full),
    ...say('content.symlink'),
    severity: 'error' as const,
  }));
  return linkProblems.concat(
    files.flatMap((full) => {
      const file = shown(ctx, full);
      const relative = path.relative(ctx.contentDir, full).split(path.sep).join('/');
      const kind = contentKind(relative);
      if (!kind) {
        return [{ file, ...say('content.strayFile'), severity: 'error' as const }];
      }
      // Astro reads chapters and narratives as UTF-8 (with or without a byte-order mark, CRLF or LF): another
      // encoding is refused here, before it could reach a page garbled.
      const decoded = readTextFile(full);
      const encoding = encodingProblems(file, decoded, 'content');
      if (!isText(decoded) || encoding.length) return encoding;
      const links = site ? siteLinks(decoded.text).filter((l) => !isSitePath(l.url, site, anchorsOf)) : [];
      const plan = plans.find((p) => p.id === /^plans\/([^/]+)\//.exec(relative)?.[1]);
      const format = checkClosedFormat(file, decoded.text, kind, contentLang(relative));
      return [
        ...format,
        // A file that breaks the closed format is fixed first: its references are checked once it parses as allowed.
        ...(plan && !format.length ? referenceProblems(file, decoded.text, plan) : []),
        ...links.map((l): Problem => ({ file, ...(l.line ? { line: l.line } : {}), value: l.url, ...say('content.noSuchPage'), severity: 'error' })),
      ];
    }),
  );
}
