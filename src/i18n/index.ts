import { zh, type UiKey } from './zh.ts';
import { en } from './en.ts';
import type { Lang } from './locale.ts';

export { LANGS, DEFAULT_LANG, type Lang } from './locale.ts';

const dictionaries: Record<Lang, Record<UiKey, string>> = { zh, en };

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/**
 * Returns a translator for one language. `{name}` placeholders are filled from `vars`, then from
 * `defaults` (a plan's years and names, see planTranslations); a placeholder without a value is an
 * error, so nothing renders as "undefined".
 */
export function useTranslations(lang: Lang, defaults: Record<string, string | number> = {}) {
  const dict = dictionaries[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name] ?? defaults[name];
      if (value === undefined) throw new Error(`UI string "${key}" (${lang}) needs a value for {${name}}`);
      return String(value);
    });
}

export type { UiKey };
