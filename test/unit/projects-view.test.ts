/**
 * The project list's view and the projects at a place (src/lib/views/projects.ts): sections by box in the order of
 * the categories, counts of the states present, filters offering only what occurs, each card's text. Worked out by
 * hand from the small plan below.
 */
import { describe, expect, it } from 'vitest';
import { placeProjects, projectsView } from '../../src/lib/views/projects.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/period.ts';

const name = (en: string, zh: string) => ({ en, zh });
const PLAN = {
  id: 'p', period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
  plan: { shortName: name('Plan', '规划'), indicatorTable: name('Table', '表'), assigner: name('province', '省'), contentUpdated: '2022-01-10', boxes: [{ id: 'box-3' }] },
  indicators: { groups: [], indicators: [] },
  projects: {
    // Category "water" belongs to box 3, "air" to the chapter text: box 3's section comes first, as its category does.
    categories: [{ id: 'water', name: name('Water', '水'), box: 'box-3' }, { id: 'air', name: name('Air', '大气') }],
    places: [{ id: 'north', name: name('North', '北区'), kind: 'town', passages: [] }, { id: 'south', name: name('South', '南区'), kind: 'town', passages: [] }, { id: 'east', name: name('East', '东区'), kind: 'town', passages: [] }],
    projects: [
      { id: 'dust', name: name('Dust control', '扬尘治理'), category: 'air', places: [], indicators: [], statusHistory: [] },
      { id: 'pipes', name: name('Pipes', '管网'), category: 'water', places: ['south', 'north'], indicators: [], statusHistory: [{ date: '2022-04-01', status: 'planned' }, { date: '2023-05-02', status: 'in-progress', note: name('Half laid', '已铺设一半') }] },
      { id: 'wells', name: name('Wells', '水井'), category: 'water', places: ['north'], indicators: [], statusHistory: [{ date: '2022-09-09', status: 'in-progress' }] },
    ],
  },
} as unknown as PlanData;
const BOXES = new Map([['box-3', { title: 'Box 3: Water projects' }]]);

describe('the project list', () => {
  const view = projectsView(PLAN, 'en', BOXES);

  it('one section per box, in the order of the categories, each with its projects in the plan\'s order', () => {
    expect(view.sections.map((s) => [s.box, s.name, s.projects.map((p) => p.id)])).toEqual([
      ['box-3', 'Box 3: Water projects', ['pipes', 'wells']],
      ['chapter-text', 'Projects named in the chapters', ['dust']],
    ]);
  });

  it('counts only the states that occur, in the order of the states; the latest of all dates', () => {
    expect(view.counts).toEqual([
      { state: 'in-progress', count: 2, label: 'In progress' },
      { state: 'no-update', count: 1, label: 'No progress update published' },
    ]);
    expect(view.updated).toBe('2023-05-02');
    expect(view.path).toBe('/p/projects/');
  });

  it('filters offer the boxes, the categories and only the places with a project', () => {
    expect(view.filters.boxes.map((b) => b.id)).toEqual(['box-3', 'chapter-text']);
    expect(view.filters.categories).toEqual([{ id: 'water', name: 'Water' }, { id: 'air', name: 'Air' }]);
    expect(view.filters.places).toEqual([{ id: 'north', name: 'North' }, { id: 'south', name: 'South' }]);
  });

  it('a card: link, state, category, its places in its own order, the latest note', () => {
    const pipes = view.sections[0]!.projects[0]!;
    expect(pipes).toEqual({
      id: 'pipes', href: '/en/p/projects/pipes/', name: 'Pipes', state: 'in-progress', box: 'box-3', category: 'water', categoryName: 'Water',
      placeIds: 'south north', places: 'Places: South, North', note: 'Half laid',
    });
    const dust = view.sections[1]!.projects[0]!;
    expect(dust.places).toBeUndefined();
    expect(dust.note).toBeUndefined();
    expect(projectsView(PLAN, 'zh', BOXES).sections[0]!.projects[0]!.places).toBe('地点：南区、北区');
  });
});

describe('the projects at a place', () => {
  it('those naming the place, with their state', () => {
    expect(placeProjects(PLAN, 'north', 'zh')).toEqual([
      { id: 'pipes', href: '/p/projects/pipes/', name: '管网', state: 'in-progress' },
      { id: 'wells', href: '/p/projects/wells/', name: '水井', state: 'in-progress' },
    ]);
    expect(placeProjects(PLAN, 'east', 'en')).toEqual([]);
  });
});
