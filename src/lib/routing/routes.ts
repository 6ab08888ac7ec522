/**
 * The URL scheme, in one place. Chinese lives at the root, English under /en/. Each plan lives under its
 * id: /<plan>/, /<plan>/text/chapter-1/, /<plan>/indicators/<id>/, /<plan>/projects/<id>/, /<plan>/places/<id>/,
 * /<plan>/reports/<year>/, /<plan>/data/…; the site's own pages are /, /search/, /about/.
 */
import { LANGS, type Lang } from '../../i18n/index.ts';
import { langSegment, pathPrefix } from '../../i18n/locale.ts';

/** Language-neutral path (e.g. "/eco/text/chapter-1/") → the URL of that page in `lang`. */
export function localizedPath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${pathPrefix(lang)}${clean}`;
}

/** Language-neutral path of a page of a plan: planPath("eco", "/indicators/") → "/eco/indicators/". */
export function planPath(planId: string, path = '/'): string {
  return `/${planId}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The URL of a plan's page in `lang`. */
export function planHref(lang: Lang, planId: string, path = '/'): string {
  return localizedPath(lang, planPath(planId, path));
}

/**
 * `params` for a `[...lang]` route: no prefix for Chinese, "en" for English. No language in `props`: pages and
 * components read it from Astro.locals (src/middleware.ts), in one place.
 */
export function langParams(): { params: { lang: string | undefined } }[] {
  return LANGS.map((lang) => ({ params: { lang: langSegment(lang) } }));
}

/** `params` for a `[...lang]/[plan]` route: every plan in both languages, with `make` adding more per plan. */
export function planParams<T extends { params?: Record<string, string>; props?: Record<string, unknown> }>(
  planIds: string[],
  make: (planId: string) => T[] = () => [{} as T],
) {
  return langParams().flatMap(({ params }) =>
    planIds.flatMap((plan) => make(plan).map((x) => ({ params: { ...params, plan, ...x.params }, props: { ...x.props } }))),
  );
}
