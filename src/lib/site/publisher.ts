import type { Localized } from '../schema/common.ts';

/**
 * The body credited on a plan's pages and in its files (footer, citations, licence statements, charts, share images,
 * downloads): the plan's issuer where plan.json names one (a portal may hold plans of other issuers), else the
 * site's publisher.
 */
export const planPublisher = (plan: { plan: { issuer?: Localized | undefined } }, sitePublisher: Localized): Localized => plan.plan.issuer ?? sitePublisher;
