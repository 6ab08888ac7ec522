import type { APIContext } from 'astro';
import { planFilePaths } from '../../../lib/routing/static-paths.ts';
import { jsonResponse } from '../../../lib/downloads/tables.ts';
import { dataPackage } from '../../../lib/downloads/datapackage.ts';
import { publicAddress } from '../../../lib/site/official.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { planPath } from '../../../lib/routing/routes.ts';

export const getStaticPaths = planFilePaths;

/** /<plan>/data/datapackage.json: the plan's downloads as a Frictionless Data Package. */
export const GET = ({ site, locals }: APIContext) => {
  const { plan } = locals;
  const { site: file, demo } = locals.site;
  const address = publicAddress(site);
  return jsonResponse(
    dataPackage({
      plan,
      licence: file.licence,
      publisher: file.publisher,
      homepage: address && new URL(planPath(plan.id, '/data/'), address).href,
      demo,
      demoLabel: { zh: useTranslations('zh')('demo.banner'), en: useTranslations('en')('demo.banner') },
    }),
  );
};
