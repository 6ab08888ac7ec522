/**
 * npm run bench — not part of the tests. Builds the real site and a synthetic plan ten times larger
 * (320 indicators, 174 projects, 80 chapters, 10 years of figures, both languages) in a temporary folder,
 * and reports build time, peak memory, page count and, per page type, the bytes of HTML, CSS and JS
 * (raw and gzip) that a page loads. Prints a table and writes bench/out/bench.json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { generateLargePlan } from './lib/large-plan.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface BuildRun { seconds: number; peakMB: number; pages: number }

/** Runs `astro build` and samples the resident memory of its process tree (Linux /proc). */
async function build(env: Record<string, string>, outDir: string): Promise<BuildRun> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: outDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const tree = (pid: number): number[] => {
    try {
      const kids = fs.readdirSync(`/proc/${pid}/task`).flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
      return [pid, ...kids.flatMap(tree)];
    } catch {
      return [];
    }
  };
  const timer = setInterval(() => {
    let rss = 0;
    for (const pid of tree(child.pid!)) {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.existsSync(`/proc/${pid}/status`) ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '');
      if (m) rss += Number(m[1]);
    }
    peak = Math.max(peak, rss);
  }, 50);
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed:\n${stderr.slice(-3000)}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, peakMB: Math.round(peak / 1024), pages: countPages(outDir) };
}

function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') walk(path.join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

const gz = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;

/** Scripts a page runs at load (module scripts and their static imports), and those it may import later. */
function scriptsOf(dist: string, html: string): { load: string[]; onDemand: string[] } {
  const load = new Set<string>();
  const onDemand = new Set<string>();
  const resolve = (from: string, name: string) => {
    const clean = name.replace('${location.origin}', '');
    return clean.startsWith('/') ? clean : path.posix.join(path.posix.dirname(from), clean);
  };
  const visit = (file: string, lazy: boolean) => {
    const set = lazy ? onDemand : load;
    if (load.has(file) || set.has(file) || !fs.existsSync(path.join(dist, file))) return;
    set.add(file);
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    // Bundles quote module names with ", ' or ` (static imports may have no space before the quote).
    for (const m of code.matchAll(/from\s*["'`]([^"'`]+\.js)["'`]/g)) visit(resolve(file, m[1]!), lazy);
    for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(resolve(file, m[1]!), true);
  };
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) visit(m[1]!, false);
  return { load: [...load], onDemand: [...onDemand].filter((f) => !load.has(f)) };
}

interface Weight { pages: number; html: number; htmlGz: number; css: number; cssGz: number; js: number; jsGz: number; jsOnDemandGz: number; totalGz: number }

function weights(dist: string): Record<string, Weight> {
  const types: Record<string, (p: string) => boolean> = {
    home: (p) => p === '/' || p === '/en/',
    'plan chapter': (p) => /\/plan\/chapter-\d+\/$/.test(p),
    indicator: (p) => /\/indicators\/(?!methodology)[a-z0-9-]+\/$/.test(p),
    'indicator list': (p) => /^(\/en)?\/indicators\/$/.test(p),
    project: (p) => /\/projects\/[a-z0-9-]+\/$/.test(p),
    report: (p) => /\/reports\/\d{4}\/$/.test(p),
    search: (p) => /\/search\/$/.test(p),
  };
  const all: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(dist, d), { withFileTypes: true })) {
      const rel = path.posix.join(d, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') walk(rel);
      else if (e.name === 'index.html') all.push(`/${d}/`.replace(/\/+/g, '/'));
    }
  };
  walk('');
  const out: Record<string, Weight> = {};
  for (const [type, match] of Object.entries(types)) {
    const pages = all.filter(match);
    if (pages.length === 0) continue;
    const ws = pages.map((p) => {
      const html = fs.readFileSync(path.join(dist, p, 'index.html'));
      const css = [...html.toString().matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fs.readFileSync(path.join(dist, m[1]!)));
      const { load, onDemand } = scriptsOf(dist, html.toString());
      const js = load.map((f) => fs.readFileSync(path.join(dist, f)));
      const lazy = onDemand.map((f) => fs.readFileSync(path.join(dist, f)));
      const w = {
        html: html.length, htmlGz: gz(html),
        css: css.reduce((s, b) => s + b.length, 0), cssGz: css.reduce((s, b) => s + gz(b), 0),
        js: js.reduce((s, b) => s + b.length, 0), jsGz: js.reduce((s, b) => s + gz(b), 0),
        jsOnDemandGz: lazy.reduce((s, b) => s + gz(b), 0),
      };
      return { ...w, totalGz: w.htmlGz + w.cssGz + w.jsGz };
    });
    const avg = (k: keyof (typeof ws)[number]) => Math.round(ws.reduce((s, w) => s + w[k], 0) / ws.length);
    out[type] = { pages: pages.length, html: avg('html'), htmlGz: avg('htmlGz'), css: avg('css'), cssGz: avg('cssGz'), js: avg('js'), jsGz: avg('jsGz'), jsOnDemandGz: avg('jsOnDemandGz'), totalGz: avg('totalGz') };
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
function printTable(title: string, run: BuildRun, w: Record<string, Weight>) {
  console.log(`\n${title}: build ${run.seconds.toFixed(1)} s, peak memory ${run.peakMB} MB, ${run.pages} pages`);
  console.log('page type        pages   HTML KB (gz)   CSS KB (gz)   JS at load KB (gz)   JS on demand gz KB   total at load gz KB');
  for (const [type, x] of Object.entries(w)) {
    console.log(`${type.padEnd(16)} ${String(x.pages).padStart(5)}   ${kb(x.html).padStart(6)} (${kb(x.htmlGz).padStart(5)})   ${kb(x.css).padStart(5)} (${kb(x.cssGz).padStart(4)})   ${kb(x.js).padStart(8)} (${kb(x.jsGz).padStart(5)})   ${kb(x.jsOnDemandGz).padStart(18)}   ${kb(x.totalGz).padStart(19)}`);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
console.log('Building the real site…');
const realOut = path.join(tmp, 'real');
const real = await build({}, realOut);
const realWeights = weights(realOut);
printTable('Real site', real, realWeights);

console.log('\nGenerating and building the synthetic 10× plan…');
const large = generateLargePlan(ROOT, path.join(tmp, 'large'));
const largeOut = path.join(tmp, 'large-dist');
const big = await build({ DATA_DIR: large.dataDir, PLAN_CONTENT_DIR: large.planDir, REPORTS_CONTENT_DIR: large.reportsDir }, largeOut);
const bigWeights = weights(largeOut);
printTable(`Synthetic 10× plan (${large.indicators} indicators, ${large.projects} projects, ${large.chapters} chapters, ${large.years} years)`, big, bigWeights);
console.log(`\n10× plan build time: ${(big.seconds / real.seconds).toFixed(2)}× the real site's`);

fs.mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true });
const result = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, real: { ...real, weights: realWeights }, large: { ...big, ...large, weights: bigWeights, ratio: big.seconds / real.seconds } };
fs.writeFileSync(path.join(ROOT, 'bench/out/bench.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\nwrote bench/out/bench.json');
fs.rmSync(tmp, { recursive: true, force: true });
