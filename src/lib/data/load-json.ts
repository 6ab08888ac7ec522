/**
 * Reads JSON data files, collecting problems instead of throwing. The one place JSON is parsed on the build's side
 * (test/unit/architecture.test.ts holds it to that): every reader gets the same encodings, byte-order mark and
 * syntax messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { zodProblems, type Problem } from '../messages/problem.ts';
import { encodingProblems, isText, readTextFile } from './text-file.ts';
import { say } from '../messages/message.ts';

/** Parses JSON text; a syntax error becomes a problem with its line and column. */
export function parseJsonText(file: string, text: string): { data?: unknown; problems: Problem[] } {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return { data: JSON.parse(clean), problems: [] };
  } catch {
    // JSON.parse does not say where; jsonc-parser does (in strict mode: no comments, no trailing commas).
    const errors: ParseError[] = [];
    parse(clean, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const before = first ? clean.slice(0, first.offset) : '';
    const line = first ? before.split('\n').length : undefined;
    const column = first ? first.offset - before.lastIndexOf('\n') : undefined;
    const what = first ? printParseErrorCode(first.error) : 'syntax error';
    return { problems: [{ file, ...(line ? { line } : {}), ...say('file.invalidJson', { what, column }), severity: 'error' }] };
  }
}

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

/**
 * The JSON value of a file, or undefined where it cannot be read (missing, not text, not JSON), without a problem:
 * for passes that look further into files the data checks already report on (translation coverage, the
 * well-formed part of a progress file).
 */
export function readJsonQuietly(full: string): unknown {
  try {
    const decoded = readTextFile(full);
    return isText(decoded) ? parseJsonText(full, decoded.text).data : undefined;
  } catch {
    return undefined;
  }
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
