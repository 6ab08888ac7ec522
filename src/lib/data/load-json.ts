/** Reads one JSON data file and validates it, collecting problems instead of throwing. */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parseJsonText, zodProblems, type Problem } from './errors.ts';
import { encodingProblems, isText, readTextFile } from './text-file.ts';
import { say } from '../messages/message.ts';

/**
 * A file staff meant to be `name` in `dir` but saved under another name: another case (Plan.JSON), or with the
 * extension Notepad adds when "Save as type" is left at "Text documents" (plan.json.txt).
 */
export function misnamed(dir: string, name: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const want = name.toLowerCase();
  return fs.readdirSync(dir).find((f) => f !== name && [want, `${want}.txt`].includes(f.toLowerCase().trim()));
}

/** Reads a JSON data file in any encoding staff may have saved it in (a warning says which one it was read as). */
export function readJsonFile(root: string, file: string, problems: Problem[]): unknown {
  const decoded = readTextFile(path.resolve(root, file));
  problems.push(...encodingProblems(file, decoded, 'data'));
  if (!isText(decoded)) return undefined;
  const parsed = parseJsonText(file, decoded.text);
  problems.push(...parsed.problems);
  return parsed.data;
}

export function readValidated<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const full = path.resolve(root, file);
  if (!fs.existsSync(full)) {
    const other = misnamed(path.dirname(full), path.basename(full));
    problems.push({ file, ...(other ? say('file.misnamed', { found: other, name: path.basename(full) }) : say('file.missing')), severity: 'error' });
    return undefined;
  }
  const data = readJsonFile(root, file, problems);
  if (data === undefined) return undefined;
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...zodProblems(file, data, result.error));
    return undefined;
  }
  return result.data;
}
