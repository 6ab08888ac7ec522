/**
 * One rendering per term across the whole English edition of the real plan: its chapters and the `en` of its data
 * files (the demonstration's copies too). Each term below was once translated two ways; the renderings removed must
 * stay absent, the one kept must stand wherever the Chinese has the term, and the glossary must hold it so that the
 * translation check enforces it. The spelling convention (British, with -ize) is tested the same way.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REAL_PLAN_CONTENT, REAL_PLAN_DATA, ROOT } from '../helpers/dist.ts';

interface Text {
  where: string;
  zh: string;
  en: string;
}

/** Paragraph text without tags and their attributes (ProjectLink ids are slugs, not English). */
const plain = (s: string) => s.replace(/<[^>]+>/g, '');

function chapters(dir: string): Text[] {
  if (!fs.existsSync(path.join(dir, 'en'))) return [];
  return fs
    .readdirSync(path.join(dir, 'en'))
    .filter((f) => /^chapter-\d+\.mdx$/.test(f))
    .map((f) => ({
      where: `${path.relative(ROOT, dir)}/en/${f}`,
      zh: plain(fs.readFileSync(path.join(dir, 'zh', f), 'utf8')),
      en: plain(fs.readFileSync(path.join(dir, 'en', f), 'utf8')),
    }));
}

/** Every {zh, en} pair (and lone en) of every JSON file under a data folder. */
function dataTexts(dir: string): Text[] {
  const out: Text[] = [];
  const walk = (v: unknown, where: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${where}[${i}]`));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.en === 'string') out.push({ where, zh: typeof o.zh === 'string' ? o.zh : '', en: o.en });
    for (const [k, x] of Object.entries(o)) walk(x, `${where}.${k}`);
  };
  const files = (d: string): string[] =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : e.name.endsWith('.json') ? [path.join(d, e.name)] : []));
  for (const f of files(dir)) walk(JSON.parse(fs.readFileSync(f, 'utf8')), path.relative(ROOT, f));
  return out;
}

const realChapters = chapters(REAL_PLAN_CONTENT);
const realData = dataTexts(REAL_PLAN_DATA);
const demoTexts = [
  ...fs.readdirSync(path.join(ROOT, 'demo/data/plans')).flatMap((id) => dataTexts(path.join(ROOT, 'demo/data/plans', id))),
  ...fs.readdirSync(path.join(ROOT, 'demo/content/plans')).flatMap((id) => chapters(path.join(ROOT, 'demo/content/plans', id))),
];
const english = [...realChapters, ...realData, ...demoTexts];
const glossary = JSON.parse(fs.readFileSync(path.join(REAL_PLAN_DATA, 'glossary.json'), 'utf8')) as {
  description: { zh: string; en: string };
  spelling?: { rules: { avoid: string; use: string; except?: string[] }[] };
  terms: { zh: string; en: string; enVariants?: string[] }[];
};

/** Where a pattern occurs in the English, with a little context. */
const occurrences = (re: RegExp) =>
  english.flatMap((t) =>
    [...t.en.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map(
      (m) => `${t.where}: …${t.en.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 30)}…`,
    ),
  );

const TERMS: { zh: string; en: string; also?: string[]; removed: RegExp[] }[] = [
  { zh: '蒸吨', en: 't/h', removed: [/steam tonnes?/i] },
  { zh: '雷家河', en: 'Leijia River', removed: [/Leijiahe/i] },
  { zh: '水厂', en: 'Waterworks', removed: [/water plant/i] },
  { zh: '水源涵养', en: 'water source conservation', removed: [/(?<!soil and )water conservation/i] },
  { zh: '节水', en: 'water saving', also: ['water-saving'], removed: [/(?<!soil and )water conservation/i] },
  { zh: '黑臭水体', en: 'black and odorous water bodies', also: ['black and odorous water body'], removed: [/black and odorous water(?! bod)/i] },
  { zh: '川陕甘结合部', en: 'junction of Sichuan, Shaanxi and Gansu', removed: [/juncture/i] },
  { zh: '官帽山', en: 'Guanmao Mountain', removed: [/Guanmaoshan/i] },
  { zh: '天曌山', en: 'Tianzhao Mountain', removed: [/Tianzhaoshan/i] },
  { zh: '年度调度', en: 'annual progress review', removed: [/annual scheduling/i] },
  { zh: '初期雨水', en: 'first-flush stormwater', removed: [/initial rainwater/i] },
  { zh: '水功能区限制纳污', en: 'limits on pollutant discharge into water function zones', removed: [/pollutant intake/i] },
  { zh: '装备配套率', en: 'manure-handling equipment rate', removed: [/supporting equipment/i] },
  { zh: '湿地保护小区', en: 'small wetland protection site', removed: [/protection sub-area/i] },
];

describe('one English rendering per term, in the chapters and the data files', () => {
  it('reads the whole English edition', () => {
    expect(realChapters.length).toBeGreaterThanOrEqual(8);
    expect(realData.length).toBeGreaterThan(500);
  });

  for (const term of TERMS) {
    it(`${term.zh} is always “${term.en}”`, () => {
      // The glossary holds it, so that npm run check:translation enforces it.
      expect(glossary.terms.find((t) => t.zh === term.zh)?.en).toBe(term.en);
      for (const re of term.removed) expect(occurrences(re), String(re)).toEqual([]);
      // Every chapter and every data text whose Chinese has the term has its rendering (or its form before a noun).
      const forms = [term.en, ...(term.also ?? [])].map((f) => f.toLowerCase());
      const texts = [...realChapters, ...realData].filter((t) => t.zh.includes(term.zh));
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((t) => !forms.some((f) => t.en.toLowerCase().includes(f))).map((t) => t.where)).toEqual([]);
    });
  }

  it('names places by one rule: pinyin and a translated generic, kept inside longer names', () => {
    expect(occurrences(/\bLeijia River Reservoir\b/).length).toBeGreaterThanOrEqual(3);
    expect(occurrences(/\bGuanmao Mountain Wind Farm\b/).length).toBeGreaterThanOrEqual(2);
    expect(occurrences(/\bTianzhao Mountain National Forest Park\b/).length).toBeGreaterThanOrEqual(1);
    expect(occurrences(/\bNanhe River\b/).length).toBeGreaterThanOrEqual(1);
    expect(occurrences(/\bNanhe National Wetland Park\b/).length).toBeGreaterThanOrEqual(1);
    // The policy is written in the glossary's header, in both languages.
    for (const lang of ['zh', 'en'] as const)
      for (const example of ['Leijia River Reservoir', 'Nanhe River', 't/h']) expect(glossary.description[lang]).toContain(example);
  });

  it('writes 31家34台共40.8蒸吨 as boilers and enterprises, in t/h', () => {
    expect(occurrences(/34 coal-fired boilers totalling 40\.8 t\/h \(tonnes of steam per hour\) at 31 enterprises/)).toHaveLength(1);
    expect(occurrences(/\bunits were converted\b/)).toEqual([]);
  });
});

describe('one spelling convention: British, with -ize', () => {
  const ISE =
    /\b(?:authoris|categoris|centralis|characteris(?!tic)|civilis|criticis(?!m)|digitalis|fertilis|harmonis|industrialis(?!t)|informatis|maximis|mechanis(?!m)|minimis|mobilis|modernis(?!m|t)|normalis|optimis(?!m|t)|organis(?!m)|prioritis|realis(?!m|t)|recognis|revitalis|specialis(?!t)|stabilis|standardis|urbanis(?!m|t)|utilis)\w*/i;
  const AMERICAN =
    /\b(?:colors?|colored|centers?|centered|programs|sulfur\w*|desulfur\w*|kilometers?|neighbor\w*|analyz\w*|favor\w*|behavior\w*|catalog|defense)\b/i;

  it('has no -ise or -isation spelling and no American spelling anywhere in the English', () => {
    expect(occurrences(ISE)).toEqual([]);
    expect(occurrences(/\b\w+isations?\b/i)).toEqual([]);
    expect(occurrences(AMERICAN)).toEqual([]);
    expect(occurrences(/\butilization\b/i).length).toBeGreaterThan(10);
    expect(occurrences(/\bcentralized\b/i).length).toBeGreaterThan(10);
  });

  it('is data in the glossary, which the translation check applies', () => {
    const rules = glossary.spelling?.rules ?? [];
    for (const [avoid, use] of [
      ['utilis', 'utiliz'],
      ['centralis', 'centraliz'],
      ['standardis', 'standardiz'],
      ['fertilis', 'fertiliz'],
      ['stabilis', 'stabiliz'],
      ['optimis', 'optimiz'],
      ['sulf', 'sulph'],
      ['center', 'centre'],
      ['color', 'colour'],
    ]) {
      expect(rules.find((r) => r.avoid === avoid)?.use, avoid).toBe(use);
    }
  });
});
