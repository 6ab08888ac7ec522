/**
 * The line of a JSON path in its file, so that a problem in a 2,000-line projects.json reads
 * "projects.json:812 → projects[34].statusHistory[0].date" and staff need not count array items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { Problem } from '../messages/problem.ts';

/** "projects[34].statusHistory[0].date" → ["projects", 34, "statusHistory", 0, "date"]. */
export function pathSegments(jsonPath: string): (string | number)[] {
  return [...jsonPath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The 1-based line of the value at `jsonPath`, or of its nearest existing parent (for a missing field). */
export function lineOfPath(text: string, jsonPath: string): number | undefined {
  const tree = parseTree(text.replace(/^\uFEFF/, ''));
  if (!tree) return undefined;
  const segments = pathSegments(jsonPath);
  let node: Node | undefined;
  for (let n = segments.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, segments.slice(0, n));
  // A property's value node: its line is the line of "key": value.
  const at = node?.parent?.type === 'property' ? node.parent : node;
  return at ? text.replace(/^\uFEFF/, '').slice(0, at.offset).split('\n').length : undefined;
}

/** Adds the line to problems that name a JSON file and a path but no line. `root` resolves the file names. */
export function withJsonLines(problems: Problem[], root: string): Problem[] {
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      const full = path.resolve(root, file);
      texts.set(file, fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined);
    }
    return texts.get(file);
  };
  return problems.map((p) => {
    if (p.line || !p.path || p.path === '(top level)' || !/\.json$/i.test(p.file)) return p;
    const text = textOf(p.file);
    const line = text === undefined ? undefined : lineOfPath(text, p.path);
    return line ? { ...p, line } : p;
  });
}
