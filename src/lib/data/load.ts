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

export interface DataPaths {
  root: string;
  site: string;
  indicators: string;
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
  if (indicators) problems.push(...checkIndicators(paths.indicators, indicators));
  if (indicators && provincialTargets) problems.push(...checkProvincialTargets(paths.provincialTargets, provincialTargets, indicators));
  if (problems.some((p) => p.severity === 'error') || !site || !indicators || !provincialTargets) return { problems };
  return { data: { site, indicators, provincialTargets, progress, demo: paths.demo }, problems };
}

/** Numbers 1…n in order, unique ids. */
function checkIndicators(file: string, data: z.infer<typeof IndicatorsFile>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  data.indicators.forEach((ind, k) => {
    if (ind.number !== k + 1) problems.push({ file, path: `indicators[${k}].number`, value: ind.number, severity: 'error', message: `indicators must be numbered in table order (expected ${k + 1})` });
    if (ids.has(ind.id)) problems.push({ file, path: `indicators[${k}].id`, value: ind.id, severity: 'error', message: 'duplicate indicator id' });
    ids.add(ind.id);
    const needsReference = ['noDecrease', 'noIncrease'].includes(ind.target.kind);
    if (needsReference && ind.baseline === 'none') {
      problems.push({ file, path: `indicators[${k}].baseline`, value: ind.baseline, severity: 'warning', message: 'no baseline: "no decrease / no increase" is judged against the first published value' });
    }
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

let cached: SiteData | undefined;

/** For pages: the validated data, or a build error listing every problem. */
export function siteData(): SiteData {
  if (cached) return cached;
  const { data, problems } = loadData();
  if (!data) throw new DataError(problems.filter((p) => p.severity === 'error'));
  cached = data;
  return data;
}
