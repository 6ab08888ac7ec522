import type { z } from 'astro/zod';
import { msg, texts, type MessageText } from './message.ts';
import { RenderError } from './render-error.ts';
import { issueMessage } from './zod.ts';

/**
 * One problem in a data or content file, located precisely enough for a non-programmer to fix it. Its message is
 * a code of the catalogue (src/lib/messages/) with its parameters, and the text of both languages written from
 * them when the problem is made: `message` (English) and `messageZh`.
 */
export interface Problem extends MessageText {
  file: string;
  /** 1-based line, where the format allows. */
  line?: number;
  /** JSON path such as `indicators[3].name.en`. */
  path?: string;
  value?: unknown;
  severity: 'error' | 'warning';
}

/**
 * Data or content that reached the build with errors (the pre-flight check normally stops it first): an Astro
 * error listing every problem in both languages, with the hint to run the check.
 */
export class DataError extends RenderError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(msg('data.cannotBuild', { problems: problems.map((p) => ({ where: formatWhere(p), zh: p.messageZh, en: p.message })) }), msg('hint.runCheck'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Where a problem is: file, line, JSON path. */
export const formatWhere = (p: Problem) => `${p.file}${p.line ? `:${p.line}` : ''}${p.path ? ` → ${p.path}` : ''}`;

export function formatProblem(p: Problem): string {
  const where = formatWhere(p);
  const value = 'value' in p ? ` (found ${show(p.value)})` : '';
  return `  ${p.severity === 'error' ? '✖' : '⚠'} ${where}: ${p.message}${value}`;
}

/** Looks up the value at a JSON path, to quote it back in error messages. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turns Zod issues into problems that name the file, the JSON path and the bad value. */
export function zodProblems(file: string, data: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    path: jsonPath(issue.path) || '(top level)',
    value: valueAt(data, issue.path),
    ...texts(issueMessage(issue, valueAt(data, issue.path))),
    severity: 'error' as const,
  }));
}
