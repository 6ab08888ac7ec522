/** A project's state: an empty status history claims nothing (no "as planned"), and every state is counted. */
import { describe, expect, it } from 'vitest';
import { countProjectStates, PROJECT_STATES, projectState } from '../../src/lib/projects/status.ts';
import { PROJECT_STATUSES, type Project } from '../../src/lib/schema/projects.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';

const project = (statusHistory: { status: (typeof PROJECT_STATUSES)[number]; date: string }[]) =>
  ({ id: 'p', statusHistory: statusHistory.map((u) => ({ ...u, source: { title: 't', publisher: 'p', date: u.date } })) }) as unknown as Project;

describe('project states', () => {
  it('a project without a published update reads “暂无进展信息 / No progress update published”, never “as planned”', () => {
    expect(projectState(project([]))).toBe('no-update');
    expect(zh['projects.state.no-update']).toBe('暂无进展信息');
    expect(en['projects.state.no-update']).toBe('No progress update published');
    for (const text of [zh['projects.state.no-update'], zh['projects.noTimeline']]) expect(text).not.toMatch(/按计划|按规划|推进/);
    for (const text of [en['projects.state.no-update'], en['projects.noTimeline']]) expect(text).not.toMatch(/as planned|on schedule|on track/i);
  });

  it('takes the latest update on or before the date asked, and no update before the first', () => {
    const p = project([
      { status: 'in-progress', date: '2022-03-01' },
      { status: 'completed', date: '2024-06-30' },
    ]);
    expect(projectState(p)).toBe('completed');
    expect(projectState(p, '2023-12-31')).toBe('in-progress');
    expect(projectState(p, '2021-12-31')).toBe('no-update');
  });

  it('counts every state, "no update" included, and the counts add up to the projects', () => {
    expect(new Set(PROJECT_STATES)).toEqual(new Set([...PROJECT_STATUSES, 'no-update']));
    expect(PROJECT_STATES.at(-1)).toBe('no-update');
    const projects = [project([]), project([]), project([{ status: 'delayed', date: '2023-01-01' }]), project([{ status: 'planned', date: '2025-01-01' }])];
    const counts = countProjectStates(projects, '2024-12-31');
    expect(Object.keys(counts).sort()).toEqual([...PROJECT_STATES].sort());
    expect(counts).toMatchObject({ 'no-update': 3, delayed: 1, planned: 0 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(projects.length);
    for (const s of PROJECT_STATES) expect(zh[`projects.state.${s}`], s).toBeTruthy();
  });
});
