/**
 * The site's licence (site.json "licence"), in the words pages and downloads use. Pure: the footer, the data and
 * About pages render it, and a download (CSV header, data package, chart) can write the same text into its file.
 */
import type { Localized } from '../schema/common.ts';
import type { Licence } from '../schema/site.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { bracketed } from '../../i18n/locale.ts';

/** The licence's name and address as one phrase: "知识共享署名 4.0 国际许可协议（CC BY 4.0）（https://…）". */
export function licenceWithAddress(licence: Licence, lang: Lang): string {
  return bracketed(licence.name[lang], licence.url, lang);
}

/** One line naming the licence, for the head of a download: "许可协议：… （https://…）". */
export function licenceLine(licence: Licence, lang: Lang): string {
  const t = useTranslations(lang);
  return `${t('licence.label')}${t('punct.colon')}${licenceWithAddress(licence, lang)}`;
}

/**
 * The full statement, as plain text: what is published under the licence and whom to credit
 * ("除另有说明外，本网站的数据、英文译文和图表按……发布。使用时请注明来源：……。").
 */
export function licenceStatement(licence: Licence, publisher: Localized, lang: Lang): string {
  return useTranslations(lang)('licence.statement', { licence: licenceWithAddress(licence, lang), publisher: publisher[lang] });
}

/**
 * The statement split around the licence's name, for a page that links the name to its terms:
 * `before` + <a href={url} rel="license">{name}</a> + `after`.
 */
export function licenceStatementParts(licence: Licence, publisher: Localized, lang: Lang): { before: string; name: string; url: string; after: string } {
  const mark = '\u0000';
  const [before = '', after = ''] = useTranslations(lang)('licence.statement', { licence: mark, publisher: publisher[lang] }).split(mark);
  return { before, name: licence.name[lang], url: licence.url, after };
}

/** The licence as a Frictionless Data Package lists it (`licenses[]`: name = its SPDX / Open Definition id, path, title). */
export function packageLicence(licence: Licence): { name?: string; path: string; title: string } {
  return { ...(licence.spdx ? { name: licence.spdx } : {}), path: licence.url, title: licence.name.en };
}
