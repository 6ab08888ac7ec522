/**
 * Resolves, once per page, the site and the plan a route belongs to (from its `plan` parameter), so that
 * layouts and the components used inside plan text (tables, project and indicator links) find them in
 * Astro.locals instead of loading data themselves. Runs while static pages are prerendered.
 */
import { defineMiddleware } from 'astro:middleware';
import { siteData } from './lib/data/load.ts';
import { langOfSegment } from './i18n/locale.ts';
import { msg } from './lib/messages/message.ts';
import { renderError } from './lib/messages/render-error.ts';

export const onRequest = defineMiddleware((context, next) => {
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
  return next();
});
