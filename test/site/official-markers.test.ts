/**
 * The licence and the markers of an official site (site.json) as the built pages show them: in every footer and on
 * the About page when set, and not even as an empty label when not; the About page cites the site's public address
 * (SITE_URL) or none; the data page states the licence and keeps the staff template out of the public part; an
 * indicator's metadata reaches its JSON download.
 * - county fixture (DIST_COUNTY): a licence of its own (CC0), 主办单位, 网站标识码 and ICP 备案号 set; 承办单位 and
 *   公安备案号 not; built without a public address;
 * - three-plan fixture (DIST_MULTI): the demonstration's site.json, every marker set (with obviously fake values);
 * - a copy of the county site with no marker at all, built for a public address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, loadPage, requireBuild, ROOT } from '../helpers/dist.ts';
import { COUNTY_PLAN, COUNTY_SRC, DIST_COUNTY, DIST_MULTI } from '../helpers/sites.ts';
import { buildCopy, siteCopy, type FixtureBuild } from '../helpers/build.ts';
import { siteOrigin } from '../helpers/links.ts';

requireBuild(DIST_COUNTY);
requireBuild(DIST_MULTI);

const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const COUNTY_SITE = json(path.join(COUNTY_SRC, 'data/site.json'));
const DEMO_SITE = json(path.join(ROOT, 'demo/data/site.json'));
const PLAN = json(path.join(COUNTY_SRC, `data/plans/${COUNTY_PLAN}/plan.json`));
const LANGS = [
  { lang: 'zh', prefix: '' },
  { lang: 'en', prefix: '/en' },
] as const;
type Lang = (typeof LANGS)[number]['lang'];

/** The labels of the markers, in each language, as a reader sees them. */
const LABELS = {
  sponsor: { zh: '主办单位', en: 'Sponsored by' },
  host: { zh: '承办单位', en: 'Hosted and maintained by' },
  siteCode: { zh: '网站标识码', en: 'Site identification code' },
  icp: { zh: 'ICP备案号', en: 'ICP filing number' },
  publicSecurity: { zh: '公安备案号', en: 'Public security filing number' },
  licence: { zh: '许可协议', en: 'Licence' },
} as const;

/** Pages with the site's layout (header, footer): htmlPages leaves out the chromeless chart embeds. */
const laidOut = (dist: string) => htmlPages(dist);
const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();
const footerOf = (page: string, dist: string) => loadPage(page, dist).querySelector('.site-footer')!;
const langOf = (page: string): Lang => (page.startsWith('/en/') ? 'en' : 'zh');

/** Lines of a footer or entries of a list that are a label with nothing after it. */
function emptyLabels(root: HTMLElement): string[] {
  const empty = root
    .querySelectorAll('p, span[data-marker]')
    .map(text)
    .filter((t) => /[:：]$/.test(t));
  const dds = root.querySelectorAll('dl > div').filter((d) => !text(d.querySelector('dd') ?? d).length || !d.querySelector('dd'));
  return [...empty, ...dds.map(text)];
}

describe('county fixture: the markers site.json sets, and no others', () => {
  const pages = laidOut(DIST_COUNTY);

  it('shows the site’s own licence in every footer, linked to its terms', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const lang = langOf(page);
      const line = footerOf(page, DIST_COUNTY).querySelector('[data-marker=licence]');
      expect(line, page).not.toBeNull();
      expect(text(line!), page).toBe(`${LABELS.licence[lang]}${lang === 'zh' ? '：' : ': '}${COUNTY_SITE.licence.name[lang]}`);
      const a = line!.querySelector('a')!;
      expect(a.getAttribute('href')).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
      expect(a.getAttribute('rel')?.split(' ')).toContain('license');
    }
  });

  it('shows 主办单位, 网站标识码 and the ICP number (linked to the MIIT filing site) in every footer, with no empty label', () => {
    for (const page of pages) {
      const lang = langOf(page);
      const footer = footerOf(page, DIST_COUNTY);
      const marker = (name: string) => footer.querySelector(`[data-marker=${name}]`);
      expect(text(marker('sponsor')!), page).toBe(`${LABELS.sponsor[lang]}${lang === 'zh' ? '：' : ': '}${COUNTY_SITE.sponsor[lang]}`);
      expect(text(marker('siteCode')!), page).toContain(`${LABELS.siteCode[lang]}`);
      expect(text(marker('siteCode')!), page).toContain('0000000001');
      const icp = marker('icp')!.querySelector('a')!;
      expect(text(icp)).toBe('示ICP备20260001号-2');
      expect(icp.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
      expect(marker('email')!.querySelector('a')!.getAttribute('href')).toBe('mailto:eco@qingxi.example.org');
      // Not set in site.json: neither the marker nor its label.
      expect(marker('host'), page).toBeNull();
      expect(marker('publicSecurity'), page).toBeNull();
      const words = text(footer);
      for (const absent of [LABELS.host, LABELS.publicSecurity]) expect(words.includes(absent[lang]), `${page}: ${absent[lang]}`).toBe(false);
      expect(emptyLabels(footer), page).toEqual([]);
    }
  });

  for (const { lang, prefix } of LANGS) {
    it(`lists the same markers on the About page (${lang}), and cites the plan at the build’s public address or none`, () => {
      const main = loadPage(`${prefix}/about/`, DIST_COUNTY).querySelector('main')!;
      const facts = main.querySelector('dl.facts')!;
      expect(facts.querySelectorAll('[data-marker]').map((d) => d.getAttribute('data-marker'))).toEqual([
        'sponsor',
        'address',
        'phone',
        'email',
        'siteCode',
        'icp',
      ]);
      expect(text(facts.querySelector('[data-marker=sponsor] dd')!)).toBe(COUNTY_SITE.sponsor[lang]);
      expect(emptyLabels(main)).toEqual([]);
      const licence = main.querySelector('p[data-marker=licence]')!;
      expect(text(licence)).toContain(COUNTY_SITE.licence.name[lang]);
      expect(text(licence)).toContain(COUNTY_SITE.publisher[lang]);
      // Tests run on a local build (no address) or, before a deployment, on one for the public address (SITE_URL).
      const origin = siteOrigin(DIST_COUNTY);
      const url = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin) ? undefined : `${origin}${prefix}/${COUNTY_PLAN}/`;
      const { issuer, title, period } = PLAN;
      const cite =
        lang === 'zh' ? `${issuer.zh}：《${title.zh}》，${period.start}—${period.end}年。` : `${issuer.en}. ${title.en}, ${period.start}–${period.end}.`;
      expect(text(main.querySelector('.citation')!)).toBe(url ? `${cite}${lang === 'zh' ? '网址：' : ' Online: '}${url}` : cite);
    });

    it(`states the licence on the data page and keeps the staff template in a closed section for staff at its end (${lang})`, () => {
      const main = loadPage(`${prefix}/${COUNTY_PLAN}/data/`, DIST_COUNTY).querySelector('main')!;
      expect(main.querySelector('p[data-marker=licence] a[rel~=license]')!.getAttribute('href')).toBe(COUNTY_SITE.licence.url);
      const template = main.querySelectorAll(`a[href="/${COUNTY_PLAN}/data/template.csv"]`);
      expect(template).toHaveLength(1);
      const details = main.querySelector('details.staff-template')!;
      expect(details.getAttribute('open')).toBeUndefined();
      expect(details.querySelector(`a[href="/${COUNTY_PLAN}/data/template.csv"]`)).not.toBeNull();
      expect(
        main
          .querySelector('.wrap-text')!
          .childNodes.filter((n) => (n as HTMLElement).tagName)
          .at(-1),
      ).toBe(details);
      expect(text(main)).not.toMatch(/npm|npx|plan-import/);
      expect(fs.existsSync(path.join(DIST_COUNTY, COUNTY_PLAN, 'data/template.csv'))).toBe(true);
    });
  }

  it('carries an indicator’s metadata into its JSON download, and none where the data has none', () => {
    const dir = path.join(DIST_COUNTY, COUNTY_PLAN, 'data/indicators');
    const pm = json(path.join(dir, 'pm25-concentration.json'));
    expect(pm.indicator.metadata).toEqual(json(path.join(COUNTY_SRC, `data/plans/${COUNTY_PLAN}/indicators.json`)).indicators[0].metadata);
    expect(json(path.join(dir, 'environmental-incidents.json')).indicator.metadata).toBeUndefined();
  });

  it('shows an indicator’s metadata on its page: the fields set, each labelled; nothing where there is none', () => {
    for (const { lang, prefix } of LANGS) {
      const pm = loadPage(`${prefix}/${COUNTY_PLAN}/indicators/pm25-concentration/`, DIST_COUNTY).querySelector('section.indicator-metadata')!;
      expect(pm, lang).not.toBeNull();
      expect(pm.querySelectorAll('[data-metadata]').map((d) => d.getAttribute('data-metadata'))).toEqual(['provider', 'method', 'frequency', 'contact']);
      expect(text(pm.querySelector('[data-metadata=provider] dd')!)).toBe(lang === 'zh' ? '清溪县生态环境局' : 'Qingxi County Ecology and Environment Bureau');
      const water = loadPage(`${prefix}/${COUNTY_PLAN}/indicators/good-water-share/`, DIST_COUNTY).querySelector('section.indicator-metadata')!;
      expect(water.querySelectorAll('[data-metadata]').map((d) => d.getAttribute('data-metadata'))).toEqual(['provider']);
      expect(loadPage(`${prefix}/${COUNTY_PLAN}/indicators/environmental-incidents/`, DIST_COUNTY).querySelector('section.indicator-metadata')).toBeNull();
    }
  });
});

describe('three-plan fixture (the demonstration’s site.json): every marker set', () => {
  it('shows 承办单位 and the public security number, linked to its record, and marks the filing numbers as Chinese on English pages', () => {
    for (const { lang, prefix } of LANGS) {
      const footer = footerOf(`${prefix}/`, DIST_MULTI);
      expect(footer.querySelectorAll('[data-marker]').map((m) => m.getAttribute('data-marker'))).toEqual([
        'sponsor',
        'host',
        'address',
        'phone',
        'email',
        'licence',
        'siteCode',
        'icp',
        'publicSecurity',
      ]);
      expect(text(footer.querySelector('[data-marker=host]')!)).toBe(`${LABELS.host[lang]}${lang === 'zh' ? '：' : ': '}${DEMO_SITE.host[lang]}`);
      const psb = footer.querySelector('[data-marker=publicSecurity] a')!;
      expect(psb.getAttribute('href')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000');
      expect(text(psb)).toBe(DEMO_SITE.publicSecurity);
      for (const a of footer.querySelectorAll('[data-marker=icp] a, [data-marker=publicSecurity] a'))
        expect(a.getAttribute('lang'), lang).toBe(lang === 'en' ? 'zh-CN' : undefined);
      expect(emptyLabels(footer)).toEqual([]);
    }
  });
});

describe('a site that sets no marker, built for a public address', () => {
  const ADDRESS = 'https://plans.example.gov.cn';
  let build: FixtureBuild;
  beforeAll(() => {
    const copy = siteCopy('county');
    const site = copy.read('site.json');
    for (const field of ['sponsor', 'host', 'siteCode', 'icp', 'publicSecurity', 'contact']) delete site[field];
    copy.write('site.json', site);
    build = buildCopy(copy, { SITE_URL: ADDRESS });
    if (!build.ok) throw new Error(`build failed:\n${build.output}`);
  });
  afterAll(() => build?.remove());

  it('shows the licence and no marker, label or separator of the others', () => {
    for (const page of laidOut(build.outDir)) {
      const lang = langOf(page);
      const footer = footerOf(page, build.outDir);
      expect(
        footer.querySelectorAll('[data-marker]').map((m) => m.getAttribute('data-marker')),
        page,
      ).toEqual(['licence']);
      for (const cls of ['organisations', 'contact', 'filings']) expect(footer.querySelector(`.site-footer__${cls}`), page).toBeNull();
      const words = text(footer);
      for (const label of Object.values(LABELS).filter((l) => l !== LABELS.licence)) expect(words.includes(label[lang]), `${page}: ${label[lang]}`).toBe(false);
      expect(emptyLabels(footer), page).toEqual([]);
    }
  });

  it('keeps the About page to what is set, and cites each plan at the site’s public address', () => {
    for (const { lang, prefix } of LANGS) {
      const main = loadPage(`${prefix}/about/`, build.outDir).querySelector('main')!;
      expect(main.querySelectorAll('dl.facts [data-marker]')).toHaveLength(0);
      expect(emptyLabels(main)).toEqual([]);
      const url = `${ADDRESS}${prefix}/${COUNTY_PLAN}/`;
      const { issuer, title, period } = PLAN;
      expect(text(main.querySelector('.citation')!)).toBe(
        lang === 'zh'
          ? `${issuer.zh}：《${title.zh}》，${period.start}—${period.end}年。网址：${url}`
          : `${issuer.en}. ${title.en}, ${period.start}–${period.end}. Online: ${url}`,
      );
    }
  });
});
