/** Reads one JSON data file and validates it, collecting problems instead of throwing. */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parseJsonText, zodProblems, type Problem } from './errors.ts';

export function readValidated<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const full = path.resolve(root, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, message: 'file is missing', severity: 'error' });
    return undefined;
  }
  const parsed = parseJsonText(file, fs.readFileSync(full, 'utf8'));
  problems.push(...parsed.problems);
  if (parsed.data === undefined) return undefined;
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...zodProblems(file, parsed.data, result.error));
    return undefined;
  }
  return result.data;
}

