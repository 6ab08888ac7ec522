/** The current status of a project, from its dated, sourced status history. */
import type { Project, ProjectStatus, StatusUpdate } from '../schema/projects.ts';
import { PROJECT_STATUSES } from '../schema/projects.ts';

/**
 * "no-update": no status update has been published, so nothing is known of the project's progress. It is read
 * "no progress update published", never "as planned": an empty history is no evidence of being on schedule.
 */
export type ProjectState = ProjectStatus | 'no-update';
/** Every state, in the order lists and counts show them: what is known first, "no update" last. */
export const PROJECT_STATES: ProjectState[] = [...PROJECT_STATUSES, 'no-update'];

/** The latest update on or before `asOf` (ISO date), or the latest of all. */
export function latestUpdate(project: Project, asOf?: string): StatusUpdate | undefined {
  const updates = asOf ? project.statusHistory.filter((u) => u.date <= asOf) : project.statusHistory;
  return updates[updates.length - 1];
}

export function projectState(project: Project, asOf?: string): ProjectState {
  return latestUpdate(project, asOf)?.status ?? 'no-update';
}

export function countProjectStates(projects: Project[], asOf?: string): Record<ProjectState, number> {
  const counts = Object.fromEntries(PROJECT_STATES.map((s) => [s, 0])) as Record<ProjectState, number>;
  for (const p of projects) counts[projectState(p, asOf)]++;
  return counts;
}
