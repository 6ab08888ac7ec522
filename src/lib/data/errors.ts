import type { z } from 'astro/zod';

/** One problem in a data or content file, located precisely enough for a non-programmer to fix it. */
export interface Problem {
  file: string;
  /** 1-based line, where the format allows. */
  line?: number;
  /** JSON path such as `indicators[3].name.en`. */
  path?: string;
  value?: unknown;
  message: string;
  severity: 'error' | 'warning';
}

export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(['The site cannot be built because of these problems:', ...problems.map(formatProblem)].join('\n'));
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

export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.path ? ` → ${p.path}` : ''}`;
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
    message: issue.message,
    severity: 'error' as const,
  }));
}
