import type { Lang } from '../i18n/index.ts';

/** Language-neutral path (e.g. "/plan/chapter-1/") → the URL of that page in `lang`. Chinese lives at the root. */
export function localizedPath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'zh' ? clean : `/en${clean}`;
}

/** `params` for a `[...lang]` route: no prefix for Chinese, "en" for English. */
export function langParams(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return [
    { params: { lang: undefined }, props: { lang: 'zh' } },
    { params: { lang: 'en' }, props: { lang: 'en' } },
  ];
}
