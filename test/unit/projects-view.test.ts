/**
 * The project list's view and the projects at a place (src/lib/views/projects.ts): sections by box in the order of
 * the categories, counts of the states present, filters offering only what occurs, each card's text. Worked out by
 * hand from the small plan below.
 */
import { describe, expect, it } from 'vitest';
import { placeProjects, projectsView, projectView } from '../../src/lib/views/projects.ts';
import type { PlanData } from '../../src/lib/data/load.ts';
import { periodOf } from '../../src/lib/plan/period.ts';

const name = (en: string, zh: string) => ({ en, zh });
const PLAN = {
  id: 'p',
  period: periodOf({ baselineYear: 2020, start: 2021, end: 2025 }),
  plan: {
    shortName: name('Plan', '规划'),
    indicatorTable: name('Table', '表'),
    assigner: name('province', '省'),
    contentUpdated: '2022-01-10',
    boxes: [{ id: 'box-3' }],
  },
  indicators: {
    groups: [],
    indicators: [
      { id: 'pm', name: name('PM2.5', '细颗粒物') },
      { id: 'cod', name: name('COD', '化学需氧量') },
    ],
  },
  projects: {
    // Category "water" belongs to box 3, "air" to the chapter text: box 3's section comes first, as its category does.
    categories: [
      { id: 'water', name: name('Water', '水'), box: 'box-3' },
      { id: 'air', name: name('Air', '大气') },
    ],
    places: [
      { id: 'north', name: name('North', '北区'), kind: 'town', passages: [] },
      { id: 'south', name: name('South', '南区'), kind: 'town', passages: [] },
      { id: 'east', name: name('East', '东区'), kind: 'town', passages: [] },
    ],
    projects: [
      {
        id: 'dust',
        name: name('Dust control', '扬尘治理'),
        category: 'air',
        places: [],
        indicators: [],
        statusHistory: [],
        description: name('Dust', '扬尘'),
        sourcePhrase: '扬尘治理',
        alsoNamedAs: [],
        goals: [],
        sections: [],
      },
      {
        id: 'pipes',
        name: name('Pipes', '管网'),
        category: 'water',
        places: ['south', 'north'],
        indicators: ['cod', 'pm'],
        description: name('New sewer pipes. They connect the south.', '新建污水管网。'),
        sourcePhrase: '新建污水管网',
        alsoNamedAs: ['管网工程'],
        goals: [{ text: name('20 km of pipes', '管网20公里') }],
        sections: ['chapter-5#section-2'],
        statusHistory: [
          { date: '2022-04-01', status: 'planned', source: { title: 'Notice', publisher: 'Bureau', date: '2022-04-01' } },
          {
            date: '2023-05-02',
            status: 'in-progress',
            note: name('Half laid', '已铺设一半'),
            source: { title: 'Report', publisher: 'Bureau', date: '2023-05-01', url: 'https://example.gov/r' },
          },
        ],
      },
      {
        id: 'wells',
        name: name('Wells', '水井'),
        category: 'water',
        places: ['north'],
        indicators: [],
        statusHistory: [{ date: '2022-09-09', status: 'in-progress' }],
      },
    ],
  },
} as unknown as PlanData;
const BOXES = new Map([['box-3', { title: 'Box 3: Water projects' }]]);

describe('the project list', () => {
  const view = projectsView(PLAN, 'en', BOXES);

  it("one section per box, in the order of the categories, each with its projects in the plan's order", () => {
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
    expect(view.filters.categories).toEqual([
      { id: 'water', name: 'Water' },
      { id: 'air', name: 'Air' },
    ]);
    expect(view.filters.places).toEqual([
      { id: 'north', name: 'North' },
      { id: 'south', name: 'South' },
    ]);
  });

  it('a card: link, state, category, its places in its own order, the latest note', () => {
    const pipes = view.sections[0]!.projects[0]!;
    expect(pipes).toEqual({
      id: 'pipes',
      href: '/en/p/projects/pipes/',
      name: 'Pipes',
      state: 'in-progress',
      box: 'box-3',
      category: 'water',
      categoryName: 'Water',
      placeIds: 'south north',
      places: 'Places: South, North',
      note: 'Half laid',
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

describe("a project's page", () => {
  const view = projectView(PLAN, 'pipes', 'en', BOXES);

  it('its box, category, places in its own order, the latest date', () => {
    expect([view.title, view.box, view.boxName, view.categoryName, view.state, view.updated, view.path]).toEqual([
      'Pipes',
      'box-3',
      'Box 3: Water projects',
      'Water',
      'in-progress',
      '2023-05-02',
      '/p/projects/pipes/',
    ]);
    expect(view.places).toEqual([
      { href: '/en/p/places/south/', name: 'South' },
      { href: '/en/p/places/north/', name: 'North' },
    ]);
    expect(projectView(PLAN, 'dust', 'en', BOXES).boxName).toBe('Projects named in the chapters');
  });

  it("the plan's words in Chinese, goals, the timeline with each source, the indicators in the plan's order", () => {
    expect(view.phrases).toEqual(['新建污水管网', '管网工程']);
    expect(view.quoteLang).toBe('zh-CN');
    expect(view.goals).toEqual(['20 km of pipes']);
    expect(view.timeline).toEqual([
      { date: '2022-04-01', dateText: '1 April 2022', state: 'planned', source: { title: 'Notice', detail: ', Bureau, 1 April 2022' } },
      {
        date: '2023-05-02',
        dateText: '2 May 2023',
        state: 'in-progress',
        note: 'Half laid',
        source: { title: 'Report', url: 'https://example.gov/r', detail: ', Bureau, 1 May 2023' },
      },
    ]);
    expect(view.indicators).toEqual([
      { href: '/en/p/indicators/pm/', name: 'PM2.5' },
      { href: '/en/p/indicators/cod/', name: 'COD' },
    ]);
    expect(view.sections).toEqual(['chapter-5#section-2']);
    expect(view.description).toBe('New sewer pipes. They connect the south.');
  });
});
