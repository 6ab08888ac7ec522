/**
 * Loads and validates every data file once per build. All problems in all files
 * are collected and reported together; nothing is rendered from invalid data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { DataError, parseJsonText, zodProblems, type Problem } from './errors.ts';
import { SiteFile } from '../schema/site.ts';
import { IndicatorsFile, ProvincialTargetsFile } from '../schema/indicators.ts';

export interface DataPaths {
  root: string;
  site: string;
  indicators: string;
  provincialTargets: string;
}

/** Where the data lives. The demonstration dataset (synthetic) replaces the yearly figures only. */
export function dataPaths(root = process.cwd(), dataset = process.env.SITE_DATASET ?? 'real'): DataPaths {
  const demo = dataset === 'demo';
  return {
    root,
    site: 'data/site.json',
    indicators: 'data/indicators.json',
    provincialTargets: demo ? 'test/fixtures/demo/provincial-targets.json' : 'data/provincial-targets.json',
  };
}

export function readValidated<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const full = path.join(root, file);
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

export interface SiteData {
  site: z.infer<typeof SiteFile>;
  indicators: z.infer<typeof IndicatorsFile>;
  provincialTargets: z.infer<typeof ProvincialTargetsFile>;
}

/** Loads everything or returns the full list of problems. */
export function loadData(paths: DataPaths = dataPaths()): { data?: SiteData; problems: Problem[] } {
  const problems: Problem[] = [];
  const site = readValidated(paths.root, paths.site, SiteFile, problems);
  const indicators = readValidated(paths.root, paths.indicators, IndicatorsFile, problems);
  const provincialTargets = readValidated(paths.root, paths.provincialTargets, ProvincialTargetsFile, problems);
  if (problems.some((p) => p.severity === 'error') || !site || !indicators || !provincialTargets) return { problems };
  return { data: { site, indicators, provincialTargets }, problems };
}

let cached: SiteData | undefined;

/** For pages: the validated data, or a build error listing every problem. */
export function siteData(): SiteData {
  if (cached) return cached;
  const { data, problems } = loadData();
  if (!data) throw new DataError(problems.filter((p) => p.severity === 'error'));
  cached = data;
  return data;
}
