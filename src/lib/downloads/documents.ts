/**
 * The JSON downloads: a plan's whole dataset (/<plan>/data/dataset.json) and one indicator with its assessment and
 * observations (/<plan>/data/indicators/<id>.json). Both say whether their figures are the demonstration's and
 * carry the licence; neither carries `confirmed`, the reviewers' reason that an unusual figure is right.
 */
import type { PlanData, SiteData } from '../data/load.ts';
import { packageLicence } from '../site/licence.ts';
import { indicatorRecords, publicObservation } from './tables.ts';

export function datasetDocument(site: SiteData, data: PlanData) {
  return {
    plan: { id: data.id, title: data.plan.title, period: data.plan.period },
    demonstration: data.demo,
    licence: packageLicence(site.site.licence),
    publisher: site.site.publisher,
    groups: data.indicators.groups,
    indicators: data.indicators.indicators,
    assignedTargets: data.assignedTargets.targets,
    progress: data.progress.map((p) => ({ year: p.year, observations: p.data.observations.map(publicObservation) })),
  };
}

export function indicatorDocument(site: SiteData, data: PlanData, id: string) {
  return {
    demonstration: data.demo,
    licence: packageLicence(site.site.licence),
    indicator: data.indicators.indicators.find((i) => i.id === id)!,
    assessment: indicatorRecords(data, id)[0],
    observations: data.progress.flatMap((f) => f.data.observations.filter((o) => o.indicator === id).map((o) => ({ year: f.year, ...publicObservation(o) }))),
  };
}
