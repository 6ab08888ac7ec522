/**
 * The site's licence and the markers of an official site (site.json), and the optional metadata of an indicator:
 * what the schema accepts and refuses (with a message naming the field, in English and Chinese), and the pure
 * functions the footer, the About and data pages and the downloads share.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { SiteFile } from '../../src/lib/schema/site.ts';
import { Indicator, IndicatorMetadata } from '../../src/lib/schema/indicators.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { contactMarkers, filingMarkers, ICP_FILING_SITE, organisationMarkers, publicAddress, publicSecurityHref } from '../../src/lib/site/official.ts';
import { licenceLine, licenceStatement, licenceStatementParts, packageLicence } from '../../src/lib/site/licence.ts';
import { siteFixture } from '../helpers/data-fixture.ts';
import { COUNTY_SRC } from '../helpers/sites.ts';
import { ROOT } from '../helpers/dist.ts';

const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const REAL = json(path.join(ROOT, 'data/site.json'));
const DEMO = json(path.join(ROOT, 'demo/data/site.json'));
const COUNTY = json(path.join(COUNTY_SRC, 'data/site.json'));

/** The site.json problems of the fixture site after a change: "path: message", with the Chinese of each message. */
function siteProblems(change: (site: any) => void): { where: string; message: string; zh: string | undefined }[] {
  const f = siteFixture();
  f.editSite(change);
  return loadSite(f.ctx)
    .problems.filter((p) => p.severity === 'error' && p.file.endsWith('site.json'))
    .map((p) => ({ where: `${p.file} → ${p.path}`, message: p.message, zh: p.messageZh }));
}

describe('site.json: the licence', () => {
  it('is stated in every site the project ships, the real one with CC BY 4.0', () => {
    for (const site of [REAL, DEMO, COUNTY]) expect(SiteFile.safeParse(site).success).toBe(true);
    expect(REAL.licence).toEqual({
      name: { zh: '知识共享署名 4.0 国际许可协议（CC BY 4.0）', en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)' },
      url: 'https://creativecommons.org/licenses/by/4.0/',
      spdx: 'CC-BY-4.0',
    });
  });

  it('is required: a site without one is refused with what to write, in both languages', () => {
    const [p, ...rest] = siteProblems((s) => delete s.licence);
    expect(rest).toEqual([]);
    expect(p!.where).toBe('data/site.json → licence');
    expect(p!.message).toMatch(/^state the licence the site publishes its data under: "licence": \{ "name"/);
    expect(p!.zh).toMatch(/^请写明本网站数据的许可协议/);
  });

  it.each([
    [
      'an address that is not a web address',
      (s: any) => (s.licence.url = 'creativecommons.org/licenses/by/4.0'),
      'licence.url',
      /^expected an http\(s\) URL$/,
      /^网址应以 http:\/\/ 或 https:\/\/ 开头$/,
    ],
    ['a javascript: address', (s: any) => (s.licence.url = 'javascript:alert(1)'), 'licence.url', /^expected an http\(s\) URL$/, /https:\/\//],
    [
      'an SPDX id with spaces',
      (s: any) => (s.licence.spdx = 'CC BY 4.0'),
      'licence.spdx',
      /^expected an SPDX licence identifier such as CC-BY-4.0$/,
      /^应填写许可协议的SPDX标识，例如 CC-BY-4.0$/,
    ],
    ['a name without English', (s: any) => (s.licence.name.en = ''), 'licence.name.en', /^English text \(en\) must not be empty$/, /缺少英文翻译/],
    ['markup in its name', (s: any) => (s.licence.name.zh = '<b>CC</b>'), 'licence.name.zh', /^must be plain text without "<" or ">"/, /纯文本/],
  ])('refuses %s, naming the field', (_name, change, field, en, zh) => {
    const problems = siteProblems(change);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe(`data/site.json → ${field}`);
    expect(problems[0]!.message).toMatch(en);
    expect(problems[0]!.zh).toMatch(zh);
  });
});

describe('site.json: the markers of an official site', () => {
  it('are all optional: the real site sets none of them (nothing is invented for it)', () => {
    for (const field of ['sponsor', 'host', 'siteCode', 'icp', 'publicSecurity']) expect(REAL[field], field).toBeUndefined();
    const site = SiteFile.parse(REAL);
    expect(organisationMarkers(site, 'zh')).toEqual([]);
    expect(filingMarkers(site)).toEqual([]);
    expect(contactMarkers(site, 'en')).toEqual([]);
  });

  it('accept the forms the registers issue', () => {
    const base = SiteFile.parse(COUNTY);
    for (const [field, value] of [
      ['siteCode', '1100000001'],
      ['siteCode', 'bm01000001'],
      ['icp', '京ICP备12345678号'],
      ['icp', '京ICP备12345678号-1'],
      ['icp', '京ICP证030173号'],
      ['icp', '黔ICP备2025044906号'],
      ['publicSecurity', '京公网安备11010502000001号'],
      ['publicSecurity', '京公网安备 11010502000001号'],
    ] as const) {
      expect(SiteFile.safeParse({ ...base, [field]: value }).success, `${field} ${value}`).toBe(true);
    }
    for (const phone of [
      '010-12345678',
      '+86 10 1234 5678',
      '(010) 12345678',
      '12345',
      '010-12345678转8001',
      '010-12345678 ext. 12',
      '010-12345678/87654321',
    ]) {
      expect(SiteFile.safeParse({ ...base, contact: { phone } }).success, phone).toBe(true);
    }
  });

  it.each([
    [
      'an e-mail address without @',
      (s: any) => (s.contact.email = 'eco.qingxi.example.org'),
      'contact.email',
      /^expected an e-mail address such as office@example\.gov\.cn$/,
      /^应填写电子邮箱地址/,
    ],
    [
      'an e-mail address with a name around it',
      (s: any) => (s.contact.email = 'Office <eco@qingxi.example.org>'),
      'contact.email',
      /^expected an e-mail address/,
      /^应填写电子邮箱地址/,
    ],
    [
      'a telephone number with words in it',
      (s: any) => (s.contact.phone = '电话：010-12345678'),
      'contact.phone',
      /^expected a telephone number: digits, spaces/,
      /^应填写电话号码/,
    ],
    [
      'an ICP number without its province',
      (s: any) => (s.icp = 'ICP备12345678号'),
      'icp',
      /^expected an ICP filing number \(ICP备案号\) as issued/,
      /^ICP备案号应按备案系统给出的写法填写/,
    ],
    ['an ICP number given as a link', (s: any) => (s.icp = 'https://beian.miit.gov.cn/'), 'icp', /^expected an ICP filing number/, /^ICP备案号/],
    [
      'a public security number with 13 digits',
      (s: any) => (s.publicSecurity = '京公网安备1101050200000号'),
      'publicSecurity',
      /^expected a public security filing number \(公安备案号\)/,
      /^公安备案号应按备案系统给出的写法填写/,
    ],
    [
      'a site code of 8 digits',
      (s: any) => (s.siteCode = '11000001'),
      'siteCode',
      /^expected a site identification code \(网站标识码\)/,
      /^网站标识码应为10位数字/,
    ],
    [
      'a sponsor in Chinese only',
      (s: any) => (s.sponsor = { zh: '某某局' }),
      'sponsor.en',
      /^Invalid input: expected string, received undefined$/,
      /^缺少必填项（应为文字）$/,
    ],
    ['a misspelt field', (s: any) => (s.icpNumber = '京ICP备12345678号'), '(top level)', /^Unrecognized key: "icpNumber"$/, /^无法识别的字段/],
  ])('refuses %s, naming the field', (_name, change, field, en, zh) => {
    const problems = siteProblems(change);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe(`data/site.json → ${field}`);
    expect(problems[0]!.message).toMatch(en);
    expect(problems[0]!.zh).toMatch(zh);
  });

  it('lists only the markers that are set, each with its label and link', () => {
    const site = SiteFile.parse({ ...COUNTY, host: { zh: '某某中心', en: 'Some Centre' }, publicSecurity: '京公网安备11010502000001号' });
    expect(organisationMarkers(site, 'en').map((m) => [m.label, m.text])).toEqual([
      ['official.sponsor', "General Office of the Qingxi County People's Government"],
      ['official.host', 'Some Centre'],
    ]);
    expect(contactMarkers(site, 'zh').map((m) => [m.field, m.text, m.href])).toEqual([
      ['address', '清溪县滨河路18号', undefined],
      ['phone', '0000-1234567', undefined],
      ['email', 'eco@qingxi.example.org', 'mailto:eco@qingxi.example.org'],
    ]);
    expect(filingMarkers(site).map((m) => [m.field, m.text, m.href])).toEqual([
      ['siteCode', '0000000001', undefined],
      ['icp', '示ICP备20260001号-2', ICP_FILING_SITE],
      ['publicSecurity', '京公网安备11010502000001号', 'https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001'],
    ]);
    const bare = SiteFile.parse({ ...COUNTY, sponsor: undefined, siteCode: undefined, icp: undefined, contact: { email: 'a@b.example.org' } });
    expect(organisationMarkers(bare, 'zh')).toEqual([]);
    expect(filingMarkers(bare)).toEqual([]);
    expect(contactMarkers(bare, 'zh').map((m) => m.field)).toEqual(['email']);
  });

  it('links a public security number to its record on the filing site', () => {
    expect(publicSecurityHref('京公网安备 11010502000001号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001');
  });
});

describe('the public address a citation gives', () => {
  it('is the site address of a deployed build, and none for a local one', () => {
    expect(publicAddress('https://plans.example.gov.cn/')?.href).toBe('https://plans.example.gov.cn/');
    expect(publicAddress(new URL('http://www.example.org:8080/sub/'))?.href).toBe('http://www.example.org:8080/sub/');
    for (const local of [
      'http://localhost:4321',
      'http://localhost',
      'http://127.0.0.1:4321/',
      'http://[::1]:4321/',
      'http://0.0.0.0/',
      'http://preview.localhost/',
      undefined,
      '',
      'not a url',
      'file:///srv/site/',
    ]) {
      expect(publicAddress(local as string | undefined), String(local)).toBeUndefined();
    }
  });
});

describe('the licence in words, for pages and downloads', () => {
  const site = SiteFile.parse(REAL);
  it('names the licence and its address in one line', () => {
    expect(licenceLine(site.licence, 'zh')).toBe('许可协议：知识共享署名 4.0 国际许可协议（CC BY 4.0）（https://creativecommons.org/licenses/by/4.0/）');
    expect(licenceLine(site.licence, 'en')).toBe(
      'Licence: Creative Commons Attribution 4.0 International (CC BY 4.0) (https://creativecommons.org/licenses/by/4.0/)',
    );
  });

  it('states what is published under it and whom to credit', () => {
    expect(licenceStatement(site.licence, site.publisher, 'en')).toBe(
      `Unless stated otherwise, the data, English translation and charts on this site are published under Creative Commons Attribution 4.0 International (CC BY 4.0) (https://creativecommons.org/licenses/by/4.0/). Please credit the source: ${site.publisher.en}.`,
    );
    const parts = licenceStatementParts(site.licence, site.publisher, 'zh');
    expect(`${parts.before}${parts.name}${parts.after}`).toBe(
      `除另有说明外，本网站的数据、英文译文和图表按知识共享署名 4.0 国际许可协议（CC BY 4.0）发布。使用时请注明来源：${site.publisher.zh}。`,
    );
    expect(parts.url).toBe(site.licence.url);
  });

  it('gives the entry of a data package’s "licenses"', () => {
    expect(packageLicence(site.licence)).toEqual({
      name: 'CC-BY-4.0',
      path: 'https://creativecommons.org/licenses/by/4.0/',
      title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    });
    expect(packageLicence({ ...site.licence, spdx: undefined })).toEqual({ path: site.licence.url, title: site.licence.name.en });
  });
});

describe('indicators.json: an indicator’s metadata', () => {
  const county = json(path.join(COUNTY_SRC, 'data/plans/qingxi-2026-2030/indicators.json'));
  it('is optional, and any of its fields may be left out', () => {
    expect(Indicator.safeParse(county.indicators[2]).success).toBe(true);
    expect(county.indicators[2].metadata).toBeUndefined();
    expect(IndicatorMetadata.safeParse({}).success).toBe(true);
    expect(IndicatorMetadata.safeParse({ frequency: { zh: '每年', en: 'Yearly' } }).success).toBe(true);
    expect(Indicator.parse(county.indicators[0]).metadata?.provider?.en).toBe('Qingxi County Ecology and Environment Bureau');
  });

  it('holds each field to the text rule and both languages, naming the field', () => {
    const problems = (metadata: unknown) => {
      const f = siteFixture();
      f.edit('indicators.json', (d: any) => (d.indicators[0].metadata = metadata));
      return loadSite(f.ctx)
        .problems.filter((p) => p.severity === 'error')
        .map((p) => `${p.path}: ${p.message} / ${p.messageZh}`);
    };
    expect(problems({ provider: { zh: '某局' } })).toEqual([
      'indicators[0].metadata.provider.en: Invalid input: expected string, received undefined / 缺少必填项（应为文字）',
    ]);
    expect(problems({ method: { zh: '<script>', en: 'x' } })[0]).toMatch(
      /^indicators\[0\]\.metadata\.method\.zh: must be plain text without "<" or ">".* \/ 只能填写纯文本/,
    );
    expect(problems({ owner: { zh: '某局', en: 'A bureau' } })).toEqual([
      'indicators[0].metadata: Unrecognized key: "owner" / 无法识别的字段："owner"（请检查拼写）',
    ]);
  });
});
