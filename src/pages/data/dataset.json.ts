import { siteData } from '../../lib/data/load.ts';
import { jsonResponse } from '../../lib/export.ts';

/** The whole dataset as published: indicators, provincial figures and yearly observations with their revisions and sources. */
export const GET = () => {
  const data = siteData();
  return jsonResponse({
    plan: data.site.planTitle,
    demonstration: data.demo,
    groups: data.indicators.groups,
    indicators: data.indicators.indicators,
    provincialTargets: data.provincialTargets.targets,
    progress: data.progress.map((p) => ({ year: p.year, observations: p.data.observations })),
  });
};
