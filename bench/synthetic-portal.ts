/**
 * A synthetic city portal of several district plans, for the benchmark only (a benchmark fixture, like
 * the test fixtures: it names the first plan's places to replace them; never published, written
 * only under the folder given, which should be in tmp/). Every plan is derived from the demonstration
 * copy of the Lizhou plan (scripts/lib/demo-site.ts: the real text, indicators and projects with
 * synthetic figures) and varied so that the search index looks like one of different plans, not ten
 * copies of one:
 * - the district, the city and the distinctive place names are replaced by invented ones (zh and en);
 * - some sentences of the chapter text are dropped and figures in the running text are changed;
 * - a few projects are dropped (their links in the text become plain text);
 * - the synthetic progress figures are perturbed, and plans publish 3–5 years of them.
 * Every title, summary, source and site name says the data are synthetic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { assembleDemo } from '../scripts/lib/demo-site.ts';

export interface SyntheticPortal {
  dataDir: string;
  contentDir: string;
  /** The demonstration's "today" (its figures run into years still to come). */
  today: string;
  plans: string[];
  /** Years of synthetic progress each plan publishes. */
  years: Record<string, number[]>;
  projects: number;
}

const LABEL = { zh: '合成基准数据', en: 'synthetic benchmark data' };

/** Invented district names (zh root, en root). */
const DISTRICTS: [string, string][] = [
  ['青澜', 'Qinglan'],
  ['松溪', 'Songxi'],
  ['梅岭', 'Meiling'],
  ['桐川', 'Tongchuan'],
  ['柳湾', 'Liuwan'],
  ['枫桥', 'Fengqiao'],
  ['竹安', "Zhu'an"],
  ['兰塘', 'Lantang'],
  ['槐阳', 'Huaiyang'],
  ['杉平', 'Shanping'],
  ['桂源', 'Guiyuan'],
  ['榆宁', 'Yuning'],
];
/** Characters for invented place names, with their pinyin. */
const SYLLABLES: [string, string][] = [
  ['青', 'qing'],
  ['石', 'shi'],
  ['云', 'yun'],
  ['松', 'song'],
  ['柳', 'liu'],
  ['桃', 'tao'],
  ['梅', 'mei'],
  ['竹', 'zhu'],
  ['兰', 'lan'],
  ['溪', 'xi'],
  ['泉', 'quan'],
  ['峰', 'feng'],
  ['岭', 'ling'],
  ['湾', 'wan'],
  ['林', 'lin'],
  ['安', 'an'],
  ['平', 'ping'],
  ['康', 'kang'],
  ['丰', 'feng'],
  ['宁', 'ning'],
  ['明', 'ming'],
  ['华', 'hua'],
  ['新', 'xin'],
  ['乐', 'le'],
  ['福', 'fu'],
  ['寿', 'shou'],
  ['金', 'jin'],
  ['玉', 'yu'],
  ['鹤', 'he'],
  ['鹿', 'lu'],
  ['碧', 'bi'],
  ['茶', 'cha'],
  ['杏', 'xing'],
  ['樟', 'zhang'],
  ['枣', 'zao'],
  ['栗', 'li'],
  ['荷', 'he'],
  ['菱', 'ling'],
  ['苇', 'wei'],
  ['蒲', 'pu'],
];
/** Distinctive place names of the base plan (zh, en) that each district replaces with its own. */
const PLACES: [string, string][] = [
  ['大石', 'Dashi'],
  ['荣山', 'Rongshan'],
  ['金洞', 'Jindong'],
  ['三堆', 'Sandui'],
  ['宝轮', 'Baolun'],
  ['龙潭', 'Longtan'],
  ['白朝', 'Baichao'],
  ['月坝', 'Yueba'],
  ['回龙', 'Huilong'],
  ['杨家', 'Yangjia'],
  ['渔洞', 'Yudong'],
  ['鱼龙', 'Yulong'],
  ['九龙', 'Jiulong'],
  ['天曌', 'Tianzhao'],
  ['官帽', 'Guanmao'],
  ['泉坝', 'Quanba'],
  ['东坝', 'Dongba'],
  ['万缘', 'Wanyuan'],
  ['雪峰', 'Xuefeng'],
  ['雷家', 'Leijia'],
  ['射箭', 'Shejian'],
  ['泗河子', 'Sihezi'],
  ['石羊', 'Shiyang'],
  ['七里', 'Qili'],
];

/** A deterministic pseudo-random number in [0, 1) for a key (FNV-1a, then a mix). */
function rand(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const writeJson = (file: string, value: unknown) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One pass over the text: every key replaced by its value, longest keys first. */
function replacer(map: Map<string, string>): (s: string) => string {
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(keys.join('|'), 'g');
  return (s) => s.replace(re, (m) => map.get(m)!);
}

/** The names one district uses in place of the base plan's. */
function namesFor(k: number): Map<string, string> {
  const [dzh, den] = DISTRICTS[(k - 1) % DISTRICTS.length]!;
  const map = new Map<string, string>([
    ['利州', dzh],
    ['Lizhou', den],
    ['广元', '云州'],
    ['Guangyuan', 'Yunzhou'],
  ]);
  const used = new Set<string>();
  PLACES.forEach(([zh, en], i) => {
    let a: [string, string], b: [string, string];
    let n = 0;
    do {
      a = SYLLABLES[Math.floor(rand(`${k}:${i}:${n}:a`) * SYLLABLES.length)]!;
      b = SYLLABLES[Math.floor(rand(`${k}:${i}:${n}:b`) * SYLLABLES.length)]!;
      n++;
    } while (a[0] === b[0] || used.has(a[0] + b[0]));
    used.add(a[0] + b[0]);
    // Keep the number of characters: a three-character name gets a third syllable.
    const c = zh.length === 3 ? SYLLABLES[Math.floor(rand(`${k}:${i}:c`) * SYLLABLES.length)]! : undefined;
    map.set(zh, a[0] + b[0] + (c?.[0] ?? ''));
    map.set(en, capital(a[1] + b[1] + (c?.[1] ?? '')));
  });
  return map;
}

/** Changes a figure of the running text, the same way wherever it appears in one plan. */
function changeFigure(k: number, figure: string): string {
  const n = Number(figure);
  if (!Number.isFinite(n) || n === 0 || (Number.isInteger(n) && n >= 1990 && n <= 2040)) return figure;
  const decimals = figure.split('.')[1]?.length ?? 0;
  const changed = n * (0.7 + 0.6 * rand(`${k}#${figure}`));
  const out = decimals ? changed.toFixed(decimals) : String(Math.max(1, Math.round(changed)));
  return out;
}

/**
 * Varies the running text of a chapter: drops about one sentence in five, reorders the others and changes figures, except in
 * sentences that carry markup or name something the data refers to (so every cross-reference still holds).
 */
function varyChapter(k: number, file: string, source: string, protectedWords: string[]): string {
  const lang = file.includes(`${path.sep}en${path.sep}`) ? 'en' : 'zh';
  const [front, ...rest] = source.split(/^---$/m).slice(1);
  const body = rest.join('---');
  const lines = body.split('\n').map((line, li) => {
    // Only plain paragraphs: not headings, components, tables or list items.
    if (!line.trim() || /^\s*(<\/?(h\d|Box|IndicatorTable|table|div)|[|#>-]|\*\s)/.test(line)) return line;
    const sentences = lang === 'zh' ? line.split(/(?<=[。；])/) : line.split(/(?<=[.;])\s+(?=[A-Z“(])/);
    const fixed = (s: string, si: number) => si === 0 || /[<>]/.test(s) || protectedWords.some((w) => s.includes(w));
    const kept = sentences.filter((s, si) => fixed(s, si) || rand(`${k}:${file}:${li}:${si}`) >= 1 / 5);
    // Plain sentences change places (markup and named things stay put), so that the plans' word
    // positions differ as different texts' would; their figures change too.
    const movable = kept.map((s, si) => (fixed(s, si) ? -1 : si)).filter((si) => si >= 0);
    const shuffled = movable
      .map((si) => [rand(`${k}:${file}:${li}:order:${si}`), si] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, si]) => si);
    const varied = kept.map((s, si) => {
      const at = movable.indexOf(si);
      if (at < 0) return s;
      return kept[shuffled[at]!]!.replace(/(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![\d.]*[A-Za-z\d])/g, (m) => changeFigure(k, m));
    });
    return varied.join(lang === 'zh' ? '' : ' ');
  });
  return `---${front}---${lines.join('\n')}`;
}

/** Writes the portal into `out` (which is emptied first) and returns where its data and content are. */
export function generateSyntheticPortal(root: string, out: string, count = 10): SyntheticPortal {
  fs.rmSync(out, { recursive: true, force: true });
  const base = assembleDemo(root, path.join(out, 'base'));
  const dataDir = path.join(out, 'data');
  const contentDir = path.join(out, 'content');
  // The real site's current plan, as the demonstration gives it synthetic figures.
  const BASE_PLAN: string = readJson(path.join(root, 'data/site.json')).currentPlan;
  const baseData = path.join(base.dataDir, 'plans', BASE_PLAN);
  const baseContent = path.join(base.contentDir, 'plans', BASE_PLAN);
  const plans: string[] = [];
  const years: Record<string, number[]> = {};
  let projectCount = 0;

  const baseProjects = readJson(path.join(baseData, 'projects.json'));
  const places = readJson(path.join(baseData, 'places.json'));
  const indicators = readJson(path.join(baseData, 'indicators.json'));
  const protectedWords = [
    ...baseProjects.projects.flatMap((p: { sourcePhrase: string; alsoNamedAs?: string[]; name: { en: string } }) => [
      p.sourcePhrase,
      ...(p.alsoNamedAs ?? []),
      p.name.en,
    ]),
    ...places.places.flatMap((p: { name: { zh: string; en: string } }) => [p.name.zh, p.name.en]),
  ];

  for (let k = 1; k <= count; k++) {
    const id = `district-${String(k).padStart(2, '0')}-2021-2025`;
    plans.push(id);
    const rename = replacer(namesFor(k));
    const [dzh, den] = DISTRICTS[(k - 1) % DISTRICTS.length]!;
    const planData = path.join(dataDir, 'plans', id);
    const planContent = path.join(contentDir, 'plans', id);
    fs.mkdirSync(path.join(planData, 'progress'), { recursive: true });

    // Projects: drop about one in twenty; the rest keep their ids and take the district's names.
    const dropped = new Set<string>(baseProjects.projects.filter((p: { id: string }) => rand(`${k}:drop:${p.id}`) < 1 / 20).map((p: { id: string }) => p.id));
    const projects = { ...baseProjects, projects: baseProjects.projects.filter((p: { id: string }) => !dropped.has(p.id)) };
    projectCount += projects.projects.length;

    // Chapters and report narratives: varied, dropped projects unlinked, names replaced.
    const copyTree = (from: string, to: string, vary: boolean) => {
      for (const e of fs.readdirSync(from, { withFileTypes: true })) {
        const src = path.join(from, e.name);
        const dst = path.join(to, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'reports' || !vary) copyTree(src, dst, vary);
          continue;
        }
        let text = fs.readFileSync(src, 'utf8');
        if (vary) text = varyChapter(k, path.relative(baseContent, src), text, protectedWords);
        text = text.replace(/<ProjectLink id="([^"]+)">([\s\S]*?)<\/ProjectLink>/g, (m, pid: string, inner: string) => (dropped.has(pid) ? inner : m));
        fs.mkdirSync(to, { recursive: true });
        fs.writeFileSync(dst, rename(text));
      }
    };
    copyTree(baseContent, planContent, true);
    copyTree(path.join(baseContent, 'reports'), path.join(planContent, 'reports'), false);

    const plan = readJson(path.join(baseData, 'plan.json'));
    plan.title = {
      zh: `云州市${dzh}区“十四五”生态环境保护规划（${LABEL.zh}）`,
      en: `14th Five-Year Ecological Environment Protection Plan of ${den} District, Yunzhou (${LABEL.en})`,
    };
    plan.shortName = { zh: `${dzh}区“十四五”生态环境规划（合成）`, en: `${den} District 14th FYP (synthetic)` };
    plan.summary = { zh: `【${LABEL.zh}，非真实规划】${plan.summary.zh}`, en: `[${capital(LABEL.en)}, not a real plan] ${plan.summary.en}` };
    writeJson(path.join(planData, 'plan.json'), JSON.parse(rename(JSON.stringify(plan))));
    writeJson(path.join(planData, 'projects.json'), JSON.parse(rename(JSON.stringify(projects))));
    for (const f of ['indicators.json', 'places.json', 'glossary.json', 'assigned-targets.json']) {
      fs.writeFileSync(path.join(planData, f), rename(fs.readFileSync(path.join(baseData, f), 'utf8')));
    }

    // Progress: 3–5 years (the narrative of 2023 needs that year), figures perturbed per district.
    const last = 2023 + (k % 3);
    years[id] = [];
    const unitOf = new Map<string, string>(indicators.indicators.map((i: { id: string; unit: { en: string } }) => [i.id, i.unit.en]));
    for (let year = 2021; year <= last; year++) {
      const file = path.join(baseData, 'progress', `${year}.json`);
      if (!fs.existsSync(file)) continue;
      years[id].push(year);
      const progress = readJson(file);
      for (const o of progress.observations) {
        if (typeof o.value === 'number') {
          const decimals = String(o.value).split('.')[1]?.length ?? 0;
          let v = o.value * (0.97 + 0.06 * rand(`${k}:${year}:${o.indicator}`));
          if (unitOf.get(o.indicator) === '%') v = Math.min(100, v);
          o.value = Number(v.toFixed(decimals));
        }
        o.source = {
          ...o.source,
          title: `${year}年度${LABEL.zh}（非官方统计）/ ${capital(LABEL.en)} for ${year} — not official statistics`,
          publisher: `基准测试 / Benchmark (synthetic)`,
        };
        for (const r of o.revisions ?? []) r.source = { ...r.source, publisher: `基准测试 / Benchmark (synthetic)` };
      }
      fs.writeFileSync(path.join(planData, 'progress', `${year}.json`), rename(JSON.stringify(progress, null, 2)));
    }
    // Each plan publishes the demonstration's reports for the years it has figures for.
    const reports = readJson(path.join(baseData, 'reports.json')).reports.filter((r: { year: number }) => years[id]!.includes(r.year));
    writeJson(path.join(planData, 'reports.json'), { reports });
  }

  const site = readJson(path.join(base.dataDir, 'site.json'));
  writeJson(path.join(dataDir, 'site.json'), {
    ...site,
    siteName: { zh: `云州市生态环境规划公开平台（${LABEL.zh}）`, en: `Yunzhou City Eco-Environment Plans (${LABEL.en})` },
    shortName: { zh: '云州生态环境规划（合成）', en: 'Yunzhou Eco Plans (synthetic)' },
    publisher: { zh: `云州市（${LABEL.zh}）`, en: `Yunzhou City (${LABEL.en})` },
    plans,
    currentPlan: plans[0],
  });
  fs.rmSync(path.join(out, 'base'), { recursive: true, force: true });
  return { dataDir, contentDir, today: base.today, plans, years, projects: projectCount };
}
