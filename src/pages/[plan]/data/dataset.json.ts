import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/plan-paths.ts';
import { planData, siteData } from '../../../lib/data/load.ts';
import { packageLicence } from '../../../lib/site/licence.ts';
import { jsonResponse, publicObservation } from '../../../lib/export.ts';

export const getStaticPaths = planFilePaths;

/** A plan's whole dataset as published: indicators, assigned target figures and yearly observations with their revisions and sources. */
export const GET = ({ params }: APIContext) => {
  const data = planData(params.plan!);
  const { site } = siteData();
  return jsonResponse({
    plan: { id: data.id, title: data.plan.title, period: data.plan.period },
    demonstration: data.demo,
    licence: packageLicence(site.licence),
    publisher: site.publisher,
    groups: data.indicators.groups,
    indicators: data.indicators.indicators,
    assignedTargets: data.assignedTargets.targets,
    progress: data.progress.map((p) => ({ year: p.year, observations: p.data.observations.map(publicObservation) })),
  });
};
