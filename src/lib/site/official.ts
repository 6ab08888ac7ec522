/**
 * The markers of an official site (site.json: 主办单位, 承办单位, contact, 网站标识码, ICP 备案号, 公安备案号) as the
 * footer and the About page show them: only those that are set, each with its label, its text and, where it has
 * one, the address it links to. And the site's public address, where it has one.
 */
import type { SiteFile } from '../schema/site.ts';
import type { Lang, UiKey } from '../../i18n/index.ts';

/** The MIIT's ICP filing search: every ICP 备案号 links here. */
export const ICP_FILING_SITE = 'https://beian.miit.gov.cn/';
/** The public security filing site: a 公安备案号 links to its record here. */
export const PUBLIC_SECURITY_FILING_SITE = 'https://beian.mps.gov.cn/';

export interface Marker {
  /** The site.json field it comes from. */
  field: 'sponsor' | 'host' | 'address' | 'phone' | 'email' | 'siteCode' | 'icp' | 'publicSecurity';
  label: UiKey;
  text: string;
  href?: string;
  /** Its text is Chinese whatever the page's language (a filing number as issued): marked lang="zh-CN" on English pages. */
  chinese?: true;
}

type Maybe = Marker | '' | undefined;
const present = (list: Maybe[]): Marker[] => list.filter((m): m is Marker => !!m);

/** The record of a 公安备案号 on the filing site (its convention: the 14 digits as the search code). */
export function publicSecurityHref(number: string): string {
  const code = number.replace(/\D/g, '');
  return code ? `${PUBLIC_SECURITY_FILING_SITE}#/query/webSearch?code=${code}` : PUBLIC_SECURITY_FILING_SITE;
}

/** 主办单位 and 承办单位, where set. */
export function organisationMarkers(site: SiteFile, lang: Lang): Marker[] {
  return present([
    site.sponsor && { field: 'sponsor', label: 'official.sponsor', text: site.sponsor[lang] },
    site.host && { field: 'host', label: 'official.host', text: site.host[lang] },
  ]);
}

/** Address, telephone and e-mail (a mailto: link), where set. */
export function contactMarkers(site: SiteFile, lang: Lang): Marker[] {
  const c = site.contact;
  return present([
    c?.address && { field: 'address', label: 'official.address', text: c.address[lang] },
    c?.phone && { field: 'phone', label: 'about.phone', text: c.phone },
    c?.email && { field: 'email', label: 'about.email', text: c.email, href: `mailto:${c.email}` },
  ]);
}

/** 网站标识码, ICP 备案号 (linked to the MIIT's filing search) and 公安备案号 (linked to its record), where set. */
export function filingMarkers(site: SiteFile): Marker[] {
  return present([
    site.siteCode && { field: 'siteCode', label: 'official.siteCode', text: site.siteCode },
    site.icp && { field: 'icp', label: 'official.icp', text: site.icp, href: ICP_FILING_SITE, chinese: true },
    site.publicSecurity && {
      field: 'publicSecurity',
      label: 'official.publicSecurity',
      text: site.publicSecurity,
      href: publicSecurityHref(site.publicSecurity),
      chinese: true,
    },
  ]);
}

/**
 * The site's public address (Astro's `site`, from SITE_URL), or undefined where the build has none: no address,
 * or a machine's own (localhost, 127.0.0.1, ::1 — the default `http://localhost:4321` of a local build).
 */
export function publicAddress(site: URL | string | undefined): URL | undefined {
  if (!site) return undefined;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const local = host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host);
  return local || !/^https?:$/.test(url.protocol) ? undefined : url;
}
