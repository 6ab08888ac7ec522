/** The published reports: one per year with figures, with the staff's narrative where there is one. */
import { getCollection } from 'astro:content';
import { siteData } from '../data/load.ts';
import { projectData } from '../data/projects.ts';
import { buildReport, dataCompleteDate, reportYears, type Report } from './model.ts';

export interface PublishedReport {
  report: Report;
  narrative: { zh?: string; en?: string };
}

let cached: PublishedReport[] | undefined;

export async function publishedReports(): Promise<PublishedReport[]> {
  if (cached) return cached;
  const data = siteData();
  const entries = await getCollection('reports');
  cached = reportYears(data).map((year) => {
    const zh = entries.find((e) => e.id === `zh/${year}`);
    const en = entries.find((e) => e.id === `en/${year}`);
    const published = zh?.data.published ?? dataCompleteDate(data, year);
    return {
      report: buildReport(data, projectData(), year, published),
      narrative: { ...(zh ? { zh: zh.id } : {}), ...(en ? { en: en.id } : {}) },
    };
  });
  return cached;
}

export async function narrativeEntry(id: string) {
  return (await getCollection('reports')).find((e) => e.id === id);
}
