/** Key projects and places: loaded and validated against indicators, plan anchors and boxes. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { Problem } from '../messages/problem.ts';
import { readValidated } from './load-json.ts';
import { isText, readTextFile } from './text-file.ts';
import { PlacesFile, ProjectsFile, type Place, type Project } from '../schema/projects.ts';
import { dateProblem } from './plausibility.ts';
import { msg, texts, type Message } from '../messages/message.ts';

export interface ProjectData {
  categories: z.infer<typeof ProjectsFile>['categories'];
  projects: Project[];
  places: Place[];
}

/** Checks references between projects, places, indicators and the plan's anchors. */
export function checkProjects(
  files: { projects: string; places: string },
  data: ProjectData,
  known: { indicators: Set<string>; anchors: Set<string>; boxes: Set<string>; today?: string | undefined },
): Problem[] {
  const problems: Problem[] = [];
  const err = (file: string, p: string, value: unknown, message: Message) => problems.push({ file, path: p, value, ...texts(message), severity: 'error' });
  const categories = new Set(data.categories.map((c) => c.id));
  data.categories.forEach((c, k) => {
    if (c.box !== undefined && !known.boxes.has(c.box)) err(files.projects, `categories[${k}].box`, c.box, msg('projects.unknownBox', { boxes: [...known.boxes] }));
  });
  const places = new Set(data.places.map((p) => p.id));
  const ids = new Map<string, number>();
  data.projects.forEach((p, k) => {
    const at = `projects[${k}]`;
    if (ids.has(p.id)) err(files.projects, `${at}.id`, p.id, msg('projects.duplicateId', { other: `projects[${ids.get(p.id)}]` }));
    ids.set(p.id, k);
    if (!categories.has(p.category)) err(files.projects, `${at}.category`, p.category, msg('projects.unknownCategory'));
    p.places.forEach((pl, j) => places.has(pl) || err(files.projects, `${at}.places[${j}]`, pl, msg('projects.unknownPlace')));
    p.indicators.forEach((i, j) => known.indicators.has(i) || err(files.projects, `${at}.indicators[${j}]`, i, msg('projects.unknownIndicator')));
    p.sections.forEach((s, j) => known.anchors.has(s) || err(files.projects, `${at}.sections[${j}]`, s, msg('plan.noSuchAnchor')));
    p.statusHistory.forEach((u, j) => {
      const prev = p.statusHistory[j - 1];
      if (prev && u.date < prev.date) err(files.projects, `${at}.statusHistory[${j}].date`, u.date, msg('projects.statusOrder', { previous: prev.date }));
      if (known.today !== undefined) {
        for (const [field, date] of [['date', u.date], ['source.date', u.source.date]] as const) {
          const future = dateProblem(date, known.today);
          if (future) err(files.projects, `${at}.statusHistory[${j}].${field}`, date, future);
        }
      }
    });
  });
  const placeIds = new Map<string, number>();
  data.places.forEach((pl, k) => {
    if (placeIds.has(pl.id)) err(files.places, `places[${k}].id`, pl.id, msg('places.duplicateId'));
    placeIds.set(pl.id, k);
    pl.passages.forEach((s, j) => known.anchors.has(s) || err(files.places, `places[${k}].passages[${j}]`, s, msg('plan.noSuchAnchor')));
  });
  return problems;
}

/** A chapter's text in whatever encoding it was saved (a chapter that is not UTF-8 is refused by the content check). */
function chapterText(full: string): string {
  const decoded = readTextFile(full);
  return isText(decoded) ? decoded.text : '';
}

/** All "chapter-N" and "chapter-N#anchor" references a plan's Chinese chapter files define. */
export function planAnchors(chaptersDir: string): Set<string> {
  const out = new Set<string>();
  const dir = path.join(chaptersDir, 'zh');
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const m = /^(chapter-\d+)\.mdx$/.exec(name);
    if (!m) continue;
    out.add(m[1]!);
    for (const a of chapterText(path.join(dir, name)).matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) out.add(`${m[1]}#${a[1]}`);
  }
  return out;
}

/** The ids of the project boxes (<Box id="…">) in a plan's Chinese chapter files, with the file each is in. */
export function planBoxes(chaptersDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = path.join(chaptersDir, 'zh');
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []) {
    for (const m of chapterText(path.join(dir, name)).matchAll(/<Box\b[^>]*\bid="([^"]*)"/g)) out.set(m[1]!, name);
  }
  return out;
}

/** A plan's projects.json and places.json, checked against its indicators, chapters and declared boxes. */
export function loadProjects(
  root: string,
  files: { projects: string; places: string },
  indicatorIds: Set<string> | undefined,
  anchors: Set<string>,
  boxes: string[],
  /** Today (ISO date): no status update may be dated later. */
  today?: string,
): { data?: ProjectData; problems: Problem[] } {
  const problems: Problem[] = [];
  const projects = readValidated(root, files.projects, ProjectsFile, problems);
  const places = readValidated(root, files.places, PlacesFile, problems);
  if (!projects || !places) return { problems };
  const data: ProjectData = { categories: projects.categories, projects: projects.projects, places: places.places };
  if (indicatorIds) problems.push(...checkProjects(files, data, { indicators: indicatorIds, anchors, boxes: new Set(boxes), today }));
  return problems.some((p) => p.severity === 'error') ? { problems } : { data, problems };
}
