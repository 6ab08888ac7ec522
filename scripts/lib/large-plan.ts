/**
 * A synthetic plan ten times the size of the real one, for the benchmark only (never published):
 * 80 chapters (the 8 real ones repeated), 320 indicators, 174 projects, figures for 2021–2030.
 */
import fs from 'node:fs';
import path from 'node:path';

const COPIES = 10;

export function generateLargePlan(root: string, dir: string) {
  const dataDir = path.join(dir, 'data');
  const planDir = path.join(dir, 'plan');
  const reportsDir = path.join(dir, 'reports');
  fs.mkdirSync(path.join(dataDir, 'progress'), { recursive: true });
  fs.mkdirSync(reportsDir, { recursive: true });
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, 'data', f), 'utf8'));

  // Chapters 1–8 repeated: chapter n + 8k.
  for (const lang of ['zh', 'en']) {
    fs.mkdirSync(path.join(planDir, lang), { recursive: true });
    for (let k = 0; k < COPIES; k++) {
      for (let n = 1; n <= 8; n++) {
        const src = fs.readFileSync(path.join(root, 'src/content/plan', lang, `chapter-${n}.mdx`), 'utf8');
        const m = n + 8 * k;
        const body = src.replace(/^chapter: \d+$/m, `chapter: ${m}`).replace(/<ProjectLink id="([^"]+)">/g, k < 2 ? `<ProjectLink id="$1${k ? `-${k}` : ''}">` : '<ProjectLink id="$1">');
        fs.writeFileSync(path.join(planDir, lang, `chapter-${m}.mdx`), body);
      }
    }
  }
  const moveRef = (ref: string, k: number) => ref.replace(/^chapter-(\d+)/, (_, n) => `chapter-${Number(n) + 8 * k}`);

  const site = read('site.json');
  site.period = { start: 2021, end: 2030, baselineYear: 2020 };
  fs.writeFileSync(path.join(dataDir, 'site.json'), JSON.stringify(site));
  fs.writeFileSync(path.join(dataDir, 'glossary.json'), JSON.stringify(read('glossary.json')));
  fs.writeFileSync(path.join(dataDir, 'provincial-targets.json'), JSON.stringify({ targets: [] }));

  const base = read('indicators.json');
  const indicators = Array.from({ length: COPIES }, (_, k) =>
    base.indicators.map((i: any) => ({ ...i, number: i.number + 32 * k, id: k ? `${i.id}-${k}` : i.id, sections: i.sections.map((s: string) => moveRef(s, k)) })),
  ).flat();
  fs.writeFileSync(path.join(dataDir, 'indicators.json'), JSON.stringify({ groups: base.groups, indicators }));

  const projects = read('projects.json');
  const idOf = (id: string, k: number) => (k ? `${id}-${k}` : id);
  const allProjects = [0, 1].flatMap((k) => projects.projects.map((p: any) => ({ ...p, id: idOf(p.id, k), sections: p.sections.map((s: string) => moveRef(s, k)), indicators: p.indicators.map((i: string) => idOf(i, k)) })));
  fs.writeFileSync(path.join(dataDir, 'projects.json'), JSON.stringify({ categories: projects.categories, projects: allProjects }));
  const places = read('places.json');
  fs.writeFileSync(path.join(dataDir, 'places.json'), JSON.stringify(places));

  // Ten years of plausible synthetic figures, labelled as such.
  for (let year = 2021; year <= 2030; year++) {
    const source = { title: 'Benchmark data (synthetic)', publisher: 'Benchmark', date: `${year + 1}-03-15` };
    const observations = indicators.map((i: any) => {
      const base = typeof i.baseline === 'number' ? i.baseline : 50;
      const value = i.target.kind === 'qualitative' ? 'met' : i.target.kind === 'cumulative' ? Number((i.target.value / 10).toFixed(1)) : Math.min(i.unit.en === '%' ? 100 : Infinity, Number((base * (1 + ((year - 2020) % 3) / 100)).toFixed(2)));
      return { indicator: i.id, value, published: source.date, source };
    });
    fs.writeFileSync(path.join(dataDir, 'progress', `${year}.json`), JSON.stringify({ year, observations }));
  }
  return { dataDir, planDir, reportsDir, indicators: indicators.length, projects: allProjects.length, chapters: 8 * COPIES, years: 10 };
}
