/**
 * Loads and validates every data file once per build. All problems in all files
 * are collected and reported together; nothing is rendered from invalid data.
 */
import type { z } from 'astro/zod';
import { DataError, type Problem } from './errors.ts';
import { readValidated } from './load-json.ts';
import { loadProgress, type LoadedProgress } from './progress.ts';
import { SiteFile } from '../schema/site.ts';
import { IndicatorsFile, ProvincialTargetsFile } from '../schema/indicators.ts';
import { GlossaryFile } from '../schema/glossary.ts';

export interface DataPaths {
  root: string;
  site: string;
  indicators: string;
  glossary: string;
  provincialTargets: string;
  progressDir: string;
  /** Project status updates that replace those in projects.json (demonstration dataset only). */
  projectStatus?: string;
  demo: boolean;
}

/**
 * Where the data lives (DATA_DIR lets tests point at a fixture copy). The demonstration dataset
 * (synthetic) replaces the yearly figures, provincial figures and project statuses only.
 */
export function dataPaths(root = process.cwd(), dataset = process.env.SITE_DATASET ?? 'real', dataDir = process.env.DATA_DIR ?? 'data'): DataPaths {
  const demo = dataset === 'demo';
  return {
    root,
    site: `${dataDir}/site.json`,
    indicators: `${dataDir}/indicators.json`,
    glossary: `${dataDir}/glossary.json`,
    provincialTargets: demo ? 'test/fixtures/demo/provincial-targets.json' : `${dataDir}/provincial-targets.json`,
    progressDir: demo ? 'test/fixtures/demo/progress' : `${dataDir}/progress`,
    ...(demo ? { projectStatus: 'test/fixtures/demo/project-status.json' } : {}),
    demo,
  };
}

export interface SiteData {
  site: z.infer<typeof SiteFile>;
  indicators: z.infer<typeof IndicatorsFile>;
  provincialTargets: z.infer<typeof ProvincialTargetsFile>;
  progress: LoadedProgress[];
  glossary: z.infer<typeof GlossaryFile>;
  /** True when the synthetic demonstration dataset is built (never in the real site). */
  demo: boolean;
}

/** Loads everything or returns the full list of problems. */
export function loadData(paths: DataPaths = dataPaths()): { data?: SiteData; problems: Problem[] } {
  const problems: Problem[] = [];
  const site = readValidated(paths.root, paths.site, SiteFile, problems);
  const indicators = readValidated(paths.root, paths.indicators, IndicatorsFile, problems);
  const provincialTargets = readValidated(paths.root, paths.provincialTargets, ProvincialTargetsFile, problems);
  const progress = loadProgress(paths.root, paths.progressDir, indicators?.indicators, problems);
  const glossary = readValidated(paths.root, paths.glossary, GlossaryFile, problems);
  if (glossary) problems.push(...checkGlossary(paths.glossary, glossary));
  if (indicators) problems.push(...checkIndicators(paths.indicators, indicators));
  if (indicators && provincialTargets) problems.push(...checkProvincialTargets(paths.provincialTargets, provincialTargets, indicators));
  if (problems.some((p) => p.severity === 'error') || !site || !indicators || !provincialTargets || !glossary) return { problems };
  return { data: { site, indicators, provincialTargets, progress, glossary, demo: paths.demo }, problems };
}

/** Numbers 1…n in order, unique ids. */
function checkIndicators(file: string, data: z.infer<typeof IndicatorsFile>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  data.indicators.forEach((ind, k) => {
    if (ind.number !== k + 1) problems.push({ file, path: `indicators[${k}].number`, value: ind.number, severity: 'error', message: `indicators must be numbered in table order (expected ${k + 1})` });
    if (ids.has(ind.id)) problems.push({ file, path: `indicators[${k}].id`, value: ind.id, severity: 'error', message: 'duplicate indicator id' });
    ids.add(ind.id);
  });
  return problems;
}

function checkProvincialTargets(file: string, data: z.infer<typeof ProvincialTargetsFile>, indicators: z.infer<typeof IndicatorsFile>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  data.targets.forEach((t, k) => {
    const ind = indicators.indicators.find((i) => i.id === t.indicator);
    if (!ind) problems.push({ file, path: `targets[${k}].indicator`, value: t.indicator, severity: 'error', message: 'unknown indicator id' });
    else if (ind.target.kind !== 'provincial') problems.push({ file, path: `targets[${k}].indicator`, value: t.indicator, severity: 'error', message: 'this indicator does not have a provincial target (达到省定目标要求)' });
    if (seen.has(t.indicator)) problems.push({ file, path: `targets[${k}].indicator`, value: t.indicator, severity: 'error', message: 'provincial figure recorded twice' });
    seen.add(t.indicator);
  });
  return problems;
}

/** One entry per id and per Chinese term: the same term is translated one way only. */
function checkGlossary(file: string, data: z.infer<typeof GlossaryFile>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const terms = new Map<string, number>();
  data.terms.forEach((t, k) => {
    if (ids.has(t.id)) problems.push({ file, path: `terms[${k}].id`, value: t.id, severity: 'error', message: `duplicate glossary id (also terms[${ids.get(t.id)}])` });
    ids.set(t.id, k);
    for (const zh of [t.zh, ...(t.zhVariants ?? [])]) {
      if (terms.has(zh)) problems.push({ file, path: `terms[${k}].zh`, value: zh, severity: 'error', message: `this Chinese term already has a translation in terms[${terms.get(zh)}]` });
      terms.set(zh, k);
    }
  });
  return problems;
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
