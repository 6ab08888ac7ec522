/**
 * The project pages' views (src/pages/[...lang]/[plan]/projects/index.astro and the places pages): the list of
 * projects by box, its filters and counts, and the projects at a place, in one language. The pages only map these
 * to markup. Nothing here renders HTML.
 */
import type { Lang } from '../../i18n/index.ts';
import type { PlanData } from '../data/load.ts';
import { countProjectStates, latestUpdate, PROJECT_STATES, projectState, type ProjectState } from '../projects/status.ts';
import { boxKey, CHAPTER_TEXT } from '../projects/boxes.ts';
import { latestDate } from './dates.ts';
import { planHref, planPath } from '../routing/routes.ts';
import { planTranslations } from '../plan/vars.ts';
import { formatDate, htmlLang } from '../../i18n/locale.ts';
import { describeText } from './description.ts';

export interface ProjectLinkView {
  id: string;
  href: string;
  name: string;
  state: ProjectState;
}

/** The projects at a place, in the plan's order, each with its current state. */
export function placeProjects(plan: PlanData, placeId: string, lang: Lang): ProjectLinkView[] {
  return plan.projects.projects
    .filter((p) => p.places.includes(placeId))
    .map((p) => ({ id: p.id, href: planHref(lang, plan.id, `/projects/${p.id}/`), name: p.name[lang], state: projectState(p) }));
}

export interface ProjectCardView extends ProjectLinkView {
  box: string;
  category: string;
  categoryName: string;
  /** The place ids, space-separated (for the filters). */
  placeIds: string;
  /** "Places: A, B"; none when the project names no place. */
  places?: string;
  /** The note of the latest status update. */
  note?: string;
}

export interface ProjectsView {
  title: string;
  intro: string;
  path: string;
  updated: string;
  /** The states with at least one project, in PROJECT_STATES order, with their count and name. */
  counts: { state: ProjectState; count: number; label: string }[];
  filters: { boxes: { id: string; name: string }[]; categories: { id: string; name: string }[]; places: { id: string; name: string }[] };
  /** One section per box (the plan's boxes of projects, and the chapter text), in the order of the categories. */
  sections: { box: string; name: string; projects: ProjectCardView[] }[];
}

/** The list of a plan's projects; `boxes` are the titles of the plan's boxes in this language (boxTitles). */
export function projectsView(plan: PlanData, lang: Lang, boxes: Map<string, { title: string }>): ProjectsView {
  const t = planTranslations(lang, plan);
  const { projects, categories, places } = plan.projects;
  const boxName = (box: string) => (box === CHAPTER_TEXT ? t('projects.box.chapter-text') : (boxes.get(box)?.title ?? box));
  const categoryOf = new Map(categories.map((c) => [c.id, c]));
  const placeName = new Map(places.map((p) => [p.id, p.name[lang]]));
  const counts = countProjectStates(projects);
  const boxIds = [...new Set(categories.map((c) => boxKey(c.box)))];
  const card = (p: (typeof projects)[number], box: string): ProjectCardView => {
    const last = latestUpdate(p);
    return {
      id: p.id,
      href: planHref(lang, plan.id, `/projects/${p.id}/`),
      name: p.name[lang],
      state: projectState(p),
      box,
      category: p.category,
      categoryName: categoryOf.get(p.category)!.name[lang],
      placeIds: p.places.join(' '),
      ...(p.places.length > 0
        ? { places: `${t('projects.places')}${t('punct.colon')}${p.places.map((id) => placeName.get(id)).join(t('list.separator'))}` }
        : {}),
      ...(last?.note ? { note: last.note[lang] } : {}),
    };
  };
  return {
    title: t('projects.title'),
    intro: t('projects.intro'),
    path: planPath(plan.id, '/projects/'),
    updated: latestDate([plan.plan.contentUpdated, ...projects.flatMap((p) => p.statusHistory.map((u) => u.date))]),
    counts: PROJECT_STATES.filter((s) => counts[s] > 0).map((state) => ({ state, count: counts[state], label: t(`projects.state.${state}`) })),
    filters: {
      boxes: boxIds.map((id) => ({ id, name: boxName(id) })),
      categories: categories.map((c) => ({ id: c.id, name: c.name[lang] })),
      places: places.filter((pl) => projects.some((p) => p.places.includes(pl.id))).map((p) => ({ id: p.id, name: p.name[lang] })),
    },
    sections: boxIds.map((box) => ({
      box,
      name: boxName(box),
      projects: projects.filter((p) => boxKey(categoryOf.get(p.category)!.box) === box).map((p) => card(p, box)),
    })),
  };
}

export interface ProjectView {
  title: string;
  description: string;
  path: string;
  updated: string;
  /** The box the project is listed under (for the search filters), and its name. */
  box: string;
  boxName: string;
  state: ProjectState;
  categoryName: string;
  places: { href: string; name: string }[];
  text: string;
  /** The plan's own words naming the project, in the plan's language (quoteLang). */
  phrases: string[];
  quoteLang: string;
  goals: string[];
  timeline: { date: string; dateText: string; state: ProjectState; note?: string; source: { title: string; url?: string; detail: string } }[];
  indicators: { href: string; name: string }[];
  /** The plan's passages naming the project (references, each shown by PassageList as a link to its section). */
  sections: string[];
}

/** The page of project `id`; `boxes` are the titles of the plan's boxes in this language (boxTitles). */
export function projectView(plan: PlanData, id: string, lang: Lang, boxes: Map<string, { title: string }>): ProjectView {
  const t = planTranslations(lang, plan);
  const { projects, categories, places } = plan.projects;
  const project = projects.find((p) => p.id === id)!;
  const category = categories.find((c) => c.id === project.category)!;
  return {
    title: project.name[lang],
    description: describeText(project.description[lang]),
    path: planPath(plan.id, `/projects/${id}/`),
    updated: latestDate([plan.plan.contentUpdated, ...project.statusHistory.map((u) => u.date)]),
    box: boxKey(category.box),
    boxName: category.box === undefined ? t('projects.box.chapter-text') : (boxes.get(category.box)?.title ?? category.box),
    state: projectState(project),
    categoryName: category.name[lang],
    places: project.places
      .map((pid) => places.find((p) => p.id === pid)!)
      .map((p) => ({ href: planHref(lang, plan.id, `/places/${p.id}/`), name: p.name[lang] })),
    text: project.description[lang],
    phrases: [project.sourcePhrase, ...project.alsoNamedAs],
    quoteLang: htmlLang('zh'),
    goals: project.goals.map((g) => g.text[lang]),
    timeline: project.statusHistory.map((u) => ({
      date: u.date,
      dateText: formatDate(u.date, lang),
      state: u.status,
      ...(u.note ? { note: u.note[lang] } : {}),
      source: {
        title: u.source.title,
        ...(u.source.url ? { url: u.source.url } : {}),
        detail: `${t('punct.comma')}${u.source.publisher}${t('punct.comma')}${formatDate(u.source.date, lang)}`,
      },
    })),
    indicators: plan.indicators.indicators
      .filter((i) => project.indicators.includes(i.id))
      .map((i) => ({ href: planHref(lang, plan.id, `/indicators/${i.id}/`), name: i.name[lang] })),
    sections: project.sections,
  };
}
