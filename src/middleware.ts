/**
 * Resolves, once per page or file, the site and the plan a route belongs to (from its `plan` parameter), with the
 * plan's chapters, its published reports and the resolver of its references, so that pages, layouts, components
 * and file endpoints find them in Astro.locals instead of loading data themselves (as Starlight's route data does).
 * Runs while static pages are prerendered; chapters and reports are read once per plan and build (their loaders cache).
 */
import { defineMiddleware } from 'astro:middleware';
import { siteData } from './lib/data/load.ts';
import { planChapters, planRefResolver } from './lib/plan/load.ts';
import { publishedReports } from './lib/reports/load.ts';
import { langOfSegment } from './i18n/locale.ts';
import { msg } from './lib/messages/message.ts';
import { renderError } from './lib/messages/render-error.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const site = siteData();
  context.locals.site = site;
  // From the path rather than the [...lang] parameter: the English 404 page (src/pages/en/404.astro) has none.
  context.locals.lang = langOfSegment(context.url.pathname.split('/')[1]);
  context.locals.textLang = context.locals.lang;
  const id = context.params.plan;
  const plan = id ? site.plans.find((p) => p.id === id) : undefined;
  if (id && !plan) throw renderError(msg('render.unknownPlan', { id }), msg('hint.planRoute'));
  context.locals.plan = plan ?? site.current;
  context.locals.inPlan = Boolean(plan);
  context.locals.chapters = await planChapters(context.locals.plan.id);
  context.locals.planRef = await planRefResolver(context.locals.plan.id, context.locals.lang);
  context.locals.reports = await publishedReports(context.locals.plan);
  return next();
});
