/**
 * Key projects and places: loaded, validated against indicators and plan anchors, and (in the
 * demonstration build only) given synthetic status histories from test/fixtures/demo/project-status.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { DataError, type Problem } from './errors.ts';
import { readValidated } from './load-json.ts';
import { dataPaths, type DataPaths } from './load.ts';
import { PlacesFile, ProjectsFile, StatusUpdate, type Place, type Project } from '../schema/projects.ts';
import { Slug } from '../schema/common.ts';

export const ProjectStatusFile = z.strictObject({
  updates: z.array(z.strictObject({ project: Slug, statusHistory: z.array(StatusUpdate).min(1) })),
});

export interface ProjectData {
  categories: z.infer<typeof ProjectsFile>['categories'];
  projects: Project[];
  places: Place[];
}

/** Checks references between projects, places, indicators and the plan's anchors. */
export function checkProjects(
  files: { projects: string; places: string },
  data: ProjectData,
  known: { indicators: Set<string>; anchors: Set<string> },
): Problem[] {
  const problems: Problem[] = [];
  const err = (file: string, p: string, value: unknown, message: string) => problems.push({ file, path: p, value, message, severity: 'error' });
  const categories = new Set(data.categories.map((c) => c.id));
  const places = new Set(data.places.map((p) => p.id));
  const ids = new Map<string, number>();
  data.projects.forEach((p, k) => {
    const at = `projects[${k}]`;
    if (ids.has(p.id)) err(files.projects, `${at}.id`, p.id, `duplicate project id (also projects[${ids.get(p.id)}])`);
    ids.set(p.id, k);
    if (!categories.has(p.category)) err(files.projects, `${at}.category`, p.category, 'unknown category id (see "categories" at the top of the file)');
    p.places.forEach((pl, j) => places.has(pl) || err(files.projects, `${at}.places[${j}]`, pl, 'unknown place id (see data/places.json)'));
    p.indicators.forEach((i, j) => known.indicators.has(i) || err(files.projects, `${at}.indicators[${j}]`, i, 'unknown indicator id (see data/indicators.json)'));
    p.sections.forEach((s, j) => known.anchors.has(s) || err(files.projects, `${at}.sections[${j}]`, s, 'no such chapter or section anchor in the plan'));
    p.statusHistory.forEach((u, j) => {
      const prev = p.statusHistory[j - 1];
      if (prev && u.date < prev.date) err(files.projects, `${at}.statusHistory[${j}].date`, u.date, `status updates must be in date order (the previous one is dated ${prev.date})`);
    });
  });
  const placeIds = new Map<string, number>();
  data.places.forEach((pl, k) => {
    if (placeIds.has(pl.id)) err(files.places, `places[${k}].id`, pl.id, 'duplicate place id');
    placeIds.set(pl.id, k);
    pl.passages.forEach((s, j) => known.anchors.has(s) || err(files.places, `places[${k}].passages[${j}]`, s, 'no such chapter or section anchor in the plan'));
  });
  return problems;
}

/** All "chapter-N" and "chapter-N#anchor" references the plan's Chinese files define. */
export function planAnchors(root: string, planDir = process.env.PLAN_CONTENT_DIR ?? 'src/content/plan'): Set<string> {
  const out = new Set<string>();
  const dir = path.resolve(root, planDir, 'zh');
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const m = /^(chapter-\d+)\.mdx$/.exec(name);
    if (!m) continue;
    out.add(m[1]!);
    for (const a of fs.readFileSync(path.join(dir, name), 'utf8').matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) out.add(`${m[1]}#${a[1]}`);
  }
  return out;
}

export function loadProjects(paths: DataPaths = dataPaths(), indicatorIds?: Set<string>): { data?: ProjectData; problems: Problem[] } {
  const problems: Problem[] = [];
  const dir = path.dirname(paths.indicators);
  const files = { projects: `${dir}/projects.json`, places: `${dir}/places.json` };
  const projects = readValidated(paths.root, files.projects, ProjectsFile, problems);
  const places = readValidated(paths.root, files.places, PlacesFile, problems);
  if (!projects || !places) return { problems };
  let list = projects.projects;
  if (paths.projectStatus) {
    const demo = readValidated(paths.root, paths.projectStatus, ProjectStatusFile, problems);
    const byId = new Map(demo?.updates.map((u) => [u.project, u.statusHistory]) ?? []);
    for (const id of byId.keys()) if (!list.some((p) => p.id === id)) problems.push({ file: paths.projectStatus, value: id, message: 'unknown project id', severity: 'error' });
    list = list.map((p) => (byId.has(p.id) ? { ...p, statusHistory: byId.get(p.id)! } : p));
  }
  const data: ProjectData = { categories: projects.categories, projects: list, places: places.places };
  const indicators = indicatorIds ?? new Set<string>(JSON.parse(fs.readFileSync(path.resolve(paths.root, paths.indicators), 'utf8')).indicators.map((i: { id: string }) => i.id));
  problems.push(...checkProjects(files, data, { indicators, anchors: planAnchors(paths.root) }));
  return problems.some((p) => p.severity === 'error') ? { problems } : { data, problems };
}

let cached: ProjectData | undefined;
export function projectData(): ProjectData {
  if (cached) return cached;
  const { data, problems } = loadProjects();
  if (!data) throw new DataError(problems.filter((p) => p.severity === 'error'));
  cached = data;
  return data;
}
