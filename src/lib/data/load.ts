/**
 * Loads and validates the site and every plan once per build. All problems in all files are collected
 * and reported together; nothing is rendered from invalid data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataError, type Problem } from '../messages/problem.ts';
import { readValidated } from './load-json.ts';
import { loadProgress, type LoadedProgress } from './progress.ts';
import { loadProjects, planAnchors, planBoxes, type ProjectData } from './projects.ts';
import { PlanFile, SiteFile } from '../schema/site.ts';
import { AssignedTargetsFile, IndicatorsFile } from '../schema/indicators.ts';
import { GlossaryFile } from '../schema/glossary.ts';
import { ReportsFile, type ReportEntry } from '../schema/reports.ts';
import { checkReportEntries } from '../reports/publication.ts';
import { buildContext, planDirs, shown, type BuildContext } from '../build/context.ts';
import { periodOf, type PlanPeriod } from '../plan/period.ts';
import { dateProblem, declarationProblems, limitProblem } from './plausibility.ts';
import { msg, say, texts, type Message } from '../messages/message.ts';
import { renderError } from '../messages/render-error.ts';

export interface PlanData {
  id: string;
  plan: PlanFile;
  period: PlanPeriod;
  indicators: IndicatorsFile;
  assignedTargets: AssignedTargetsFile;
  progress: LoadedProgress[];
  glossary: GlossaryFile;
  projects: ProjectData;
  /** The yearly reports staff have published or are drafting (reports.json; none when the file is absent). */
  reports: ReportEntry[];
  /** True when the synthetic demonstration dataset is built (never in the real site). */
  demo: boolean;
}

export interface SiteData {
  site: SiteFile;
  /** In the order of site.json. */
  plans: PlanData[];
  current: PlanData;
  demo: boolean;
}

/** Loads one plan folder, or returns its problems. `earlier` are the plans listed before it (for continued indicators). */
export function loadPlan(ctx: BuildContext, id: string, earlier: PlanData[] = []): { data?: PlanData; problems: Problem[] } {
  const problems: Problem[] = [];
  const dirs = planDirs(ctx, id);
  const file = (name: string) => shown(ctx, path.join(dirs.data, name));
  const read = <S extends Parameters<typeof readValidated>[2]>(name: string, schema: S) => readValidated(ctx.root, file(name), schema, problems);
  if (!fs.existsSync(dirs.data)) return { problems: [{ file: file(''), ...say('site.planFolderMissing'), severity: 'error' }] };
  const plan = read('plan.json', PlanFile);
  const indicators = read('indicators.json', IndicatorsFile);
  const assignedTargets = read('assigned-targets.json', AssignedTargetsFile);
  const glossary = read('glossary.json', GlossaryFile);
  const period = plan ? periodOf(plan.period) : undefined;
  const assigned = new Map((assignedTargets?.targets ?? []).map((t) => [t.indicator, t.value]));
  const progress = period ? loadProgress(ctx.root, file('progress'), indicators?.indicators, period, problems, { today: ctx.today, assigned }) : [];
  const anchors = planAnchors(dirs.chapters);
  const projects = loadProjects(ctx.root, { projects: file('projects.json'), places: file('places.json') }, indicators ? new Set(indicators.indicators.map((i) => i.id)) : undefined, anchors, plan?.boxes.map((b) => b.id) ?? [], ctx.today);
  problems.push(...projects.problems);
  if (plan) problems.push(...checkPlan(file('plan.json'), plan, anchors, planBoxes(dirs.chapters)));
  if (glossary) problems.push(...checkGlossary(file('glossary.json'), glossary));
  if (indicators) problems.push(...checkIndicators(file('indicators.json'), indicators, anchors, earlier));
  if (indicators && assignedTargets) problems.push(...checkAssignedTargets(file('assigned-targets.json'), assignedTargets, indicators, ctx.today));
  if (problems.some((p) => p.severity === 'error') || !plan || !period || !indicators || !assignedTargets || !glossary || !projects.data) return { problems };
  const data = { id, plan, period, indicators, assignedTargets, progress, glossary, projects: projects.data, demo: ctx.demo };
  // reports.json is optional: a plan without it has published no report.
  const reportsFile = fs.existsSync(path.join(dirs.data, 'reports.json')) ? read('reports.json', ReportsFile) : { reports: [] };
  if (!reportsFile) return { problems };
  problems.push(...checkReportEntries(file('reports.json'), reportsFile.reports, data, ctx.today));
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { data: { ...data, reports: reportsFile.reports }, problems };
}

/** Loads the portal and every plan it lists, or returns the full list of problems. */
export function loadSite(ctx: BuildContext = buildContext()): { data?: SiteData; site?: SiteFile; plans: PlanData[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const siteFile = shown(ctx, path.join(ctx.dataDir, 'site.json'));
  const site = readValidated(ctx.root, siteFile, SiteFile, problems);
  if (!site) return { plans: [], problems };
  const plans: PlanData[] = [];
  const seen = new Set<string>();
  site.plans.forEach((id, k) => {
    if (seen.has(id)) problems.push({ file: siteFile, path: `plans[${k}]`, value: id, ...say('site.planListedTwice'), severity: 'error' });
    seen.add(id);
    const loaded = loadPlan(ctx, id, plans);
    problems.push(...loaded.problems);
    if (loaded.data) plans.push(loaded.data);
  });
  if (!site.plans.includes(site.currentPlan)) problems.push({ file: siteFile, path: 'currentPlan', value: site.currentPlan, ...say('site.currentPlanNotListed', { plans: site.plans }), severity: 'error' });
  const current = plans.find((p) => p.id === site.currentPlan);
  if (problems.some((p) => p.severity === 'error') || !current) return { site, plans, problems };
  return { data: { site, plans, current, demo: ctx.demo }, site, plans, problems };
}

/**
 * Declared boxes exist in the chapters; the evaluation clause points at a real section. (A box of the chapters
 * that is not declared is reported at its file and line, with the other component references: content/references.ts.)
 */
function checkPlan(file: string, plan: PlanFile, anchors: Set<string>, boxes: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  plan.boxes.forEach((b, k) => {
    if (!boxes.has(b.id)) problems.push({ file, path: `boxes[${k}].id`, value: b.id, ...say('plan.boxNotInChapters', { id: b.id }), severity: 'error' });
  });
  if (plan.evaluationSection && !anchors.has(plan.evaluationSection)) problems.push({ file, path: 'evaluationSection', value: plan.evaluationSection, ...say('plan.noSuchAnchor'), severity: 'error' });
  return problems;
}

/** Numbers 1…n in order, unique ids, declared groups, real plan passages, continued indicators that exist. */
function checkIndicators(file: string, data: IndicatorsFile, anchors: Set<string>, earlier: PlanData[]): Problem[] {
  const problems: Problem[] = [];
  const err = (p: string, value: unknown, message: Message) => problems.push({ file, path: p, value, ...texts(message), severity: 'error' });
  const groups = new Set<string>();
  data.groups.forEach((g, k) => {
    if (groups.has(g.id)) err(`groups[${k}].id`, g.id, msg('indicators.duplicateGroup'));
    groups.add(g.id);
  });
  const ids = new Set<string>();
  data.indicators.forEach((ind, k) => {
    const at = `indicators[${k}]`;
    if (ind.number !== k + 1) err(`${at}.number`, ind.number, msg('indicators.numberOrder', { expected: k + 1 }));
    if (ids.has(ind.id)) err(`${at}.id`, ind.id, msg('indicators.duplicateId'));
    ids.add(ind.id);
    if (!groups.has(ind.group)) err(`${at}.group`, ind.group, msg('indicators.unknownGroup', { groups: [...groups] }));
    ind.sections.forEach((s, j) => anchors.has(s) || err(`${at}.sections[${j}]`, s, msg('plan.noSuchAnchor')));
    if (ind.continues) {
      const before = earlier.find((p) => p.id === ind.continues!.plan);
      if (!before) err(`${at}.continues.plan`, ind.continues.plan, msg('indicators.unknownContinuedPlan'));
      else if (!before.indicators.indicators.some((i) => i.id === ind.continues!.indicator)) err(`${at}.continues.indicator`, ind.continues.indicator, msg('indicators.noContinuedIndicator', { plan: before.id }));
    }
    // Its own figures (baseline, target) are held to the indicator's plausible range too.
    for (const d of declarationProblems(ind)) err(`${at}.${d.path}`, d.value, d.message);
  });
  return problems;
}

function checkAssignedTargets(file: string, data: AssignedTargetsFile, indicators: IndicatorsFile, today: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  data.targets.forEach((t, k) => {
    const ind = indicators.indicators.find((i) => i.id === t.indicator);
    if (!ind) problems.push({ file, path: `targets[${k}].indicator`, value: t.indicator, severity: 'error', ...say('assigned.unknownIndicator') });
    else if (ind.target.kind !== 'assigned') problems.push({ file, path: `targets[${k}].indicator`, value: t.indicator, severity: 'error', ...say('assigned.notAssigned') });
    const impossible = ind && limitProblem(ind, t.value);
    if (impossible) problems.push({ file, path: `targets[${k}].value`, value: t.value, severity: 'error', ...texts(impossible) });
    const future = dateProblem(t.source.date, today);
    if (future) problems.push({ file, path: `targets[${k}].source.date`, value: t.source.date, severity: 'error', ...texts(future) });
    if (seen.has(t.indicator)) problems.push({ file, path: `targets[${k}].indicator`, value: t.indicator, severity: 'error', ...say('assigned.twice') });
    seen.add(t.indicator);
  });
  return problems;
}

/** One entry per id and per Chinese term: the same term is translated one way only; one spelling rule per word beginning. */
function checkGlossary(file: string, data: GlossaryFile): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const terms = new Map<string, number>();
  data.terms.forEach((t, k) => {
    if (ids.has(t.id)) problems.push({ file, path: `terms[${k}].id`, value: t.id, severity: 'error', ...say('glossary.duplicateId', { other: `terms[${ids.get(t.id)}]` }) });
    ids.set(t.id, k);
    for (const zh of [t.zh, ...(t.zhVariants ?? [])]) {
      if (terms.has(zh)) problems.push({ file, path: `terms[${k}].zh`, value: zh, severity: 'error', ...say('glossary.termTwice', { other: `terms[${terms.get(zh)}]` }) });
      terms.set(zh, k);
    }
  });
  const rules = new Map<string, number>();
  data.spelling?.rules.forEach((r, k) => {
    const avoid = r.avoid.toLowerCase();
    if (rules.has(avoid)) problems.push({ file, path: `spelling.rules[${k}].avoid`, value: r.avoid, severity: 'error', ...say('glossary.spellingRuleTwice', { other: `spelling.rules[${rules.get(avoid)}]` }) });
    rules.set(avoid, k);
  });
  return problems;
}

let cached: SiteData | undefined;

/** For pages: the validated site and plans, or a build error listing every problem. */
export function siteData(): SiteData {
  if (cached) return cached;
  const { data, problems } = loadSite();
  if (!data) throw new DataError(problems.filter((p) => p.severity === 'error'));
  cached = data;
  return data;
}

/** One plan of the site being built. */
export function planData(id: string): PlanData {
  const plan = siteData().plans.find((p) => p.id === id);
  if (!plan) throw renderError(msg('render.unknownPlan', { id }), msg('hint.planRoute'));
  return plan;
}
