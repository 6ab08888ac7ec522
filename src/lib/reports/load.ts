/** A plan's published reports (reports.json), with the staff's narrative where there is one. */
import { getCollection } from 'astro:content';
import type { PlanData } from '../data/load.ts';
import { buildReport, type Report } from './model.ts';
import { publishedEntries } from './publication.ts';

export interface PublishedReport {
  report: Report;
  /** Collection ids of the narrative in each language. */
  narrative: { zh?: string; en?: string };
}

const cache = new Map<string, PublishedReport[]>();

export async function publishedReports(plan: PlanData): Promise<PublishedReport[]> {
  const hit = cache.get(plan.id);
  if (hit) return hit;
  const entries = await getCollection('reports');
  const reports = publishedEntries(plan).map(({ year, published }) => {
    const zh = entries.find((e) => e.id === `${plan.id}/reports/zh/${year}`);
    const en = entries.find((e) => e.id === `${plan.id}/reports/en/${year}`);
    return {
      report: buildReport(plan, year, published),
      narrative: { ...(zh ? { zh: zh.id } : {}), ...(en ? { en: en.id } : {}) },
    };
  });
  cache.set(plan.id, reports);
  return reports;
}

export async function narrativeEntry(id: string) {
  return (await getCollection('reports')).find((e) => e.id === id);
}
