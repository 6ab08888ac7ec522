/**
 * npm run bench — not part of the tests. Builds three sites one after the other, each from a cold cache:
 *   one plan   the real site (data/, src/content/);
 *   two plans  the demonstration site (scripts/lib/demo-site.ts);
 *   ten plans  a synthetic city portal of ten district plans, ≈3,500 pages (bench/synthetic-portal.ts).
 * For each it records the build's wall time and peak memory, the pages and HTML bytes it wrote, the weight
 * of a chapter page (HTML + CSS + JS, gzip), and what a reader's FIRST Chinese search downloads: a chapter
 * page of one plan is opened in headless Chromium, the header search is submitted for 黑臭水体 (on a
 * multi-plan site the form carries that plan's filter), and every request made after submitting is counted
 * at the size a gzip-serving host would send (see `servedBytes`). Prints a table, writes bench/out/bench.json.
 *
 * Everything it writes goes to tmp/bench-<run>/ (sources, builds) and tmp/bench-cache-<run>/ (Astro's
 * cache), removed at the end unless --keep. Options: --only=real,demo,portal  --keep  --query=<words>
 * The builds inherit the environment, so e.g. PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=20000 npm run bench
 * measures Pagefind's default index chunks (src/integrations/search-index.ts sets 5000).
 * Timings are only comparable on an otherwise idle machine: the run notes other astro builds it sees.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium } from '../scripts/lib/browser.ts';
import { assembleDemo } from '../scripts/lib/demo-site.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { generateSyntheticPortal } from './synthetic-portal.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The real site's current plan: the searches start from one of its chapters. */
const REAL_PLAN: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/site.json'), 'utf8')).currentPlan;
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k!, v.length ? v.join('=') : 'true'] as const;
  }),
);
const ONLY = args.get('only')?.split(',');
const KEEP = args.has('keep');
const QUERY = args.get('query') ?? '黑臭水体';
/** What a first search may download (gzip) — the aim the project set itself. */
const FIRST_SEARCH_BUDGET = 150 * 1024;

const RUN = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${process.pid}`;
const WORK = path.join(ROOT, 'tmp', `bench-${RUN}`);
const CACHE = path.join(ROOT, 'tmp', `bench-cache-${RUN}`);

// ---------------------------------------------------------------------------------------------------
// Building

interface BuildRun {
  seconds: number;
  /** Largest resident memory of the whole process tree (astro + the Pagefind binary), sampled every 100 ms. */
  peakTreeMB: number;
  /** Largest resident memory of any one process, as the kernel counted it (/usr/bin/time). */
  maxProcessMB: number | null;
  /** Other `astro build` processes seen on the machine meanwhile: the timing is then not clean. */
  concurrentBuilds: number;
}

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** All descendants of a process (Linux /proc). */
function processTree(pid: number): number[] {
  try {
    const kids = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    return [pid, ...kids.flatMap(processTree)];
  } catch {
    return [];
  }
}
/** `astro build` processes running outside the given tree. */
function otherBuilds(own: Set<number>): number {
  let n = 0;
  for (const pid of fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)) {
    if (own.has(pid)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmd.some((a) => a.endsWith('astro.mjs') || a.endsWith('/astro')) && cmd.includes('build')) n++;
    } catch {
      // gone meanwhile
    }
  }
  return n;
}
function rssKB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs `astro build` from a cold cache into `outDir` and measures it. */
async function build(name: string, env: Record<string, string>, outDir: string): Promise<BuildRun> {
  const cacheDir = path.join(CACHE, name);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir, SITE_OUT_DIR: outDir, ...env };
  // The real site must not pick up another site's folders from the caller's environment.
  for (const k of ['DATA_DIR', 'CONTENT_DIR', 'SITE_DATASET']) if (!(k in env)) delete childEnv[k];
  const astro = [process.execPath, path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const timeFile = path.join(WORK, `${name}.time`);
  const [cmd, ...argv] = TIME ? [TIME, '-f', '%M', '-o', timeFile, ...astro] : astro;
  const started = process.hrtime.bigint();
  const child = spawn(cmd!, argv, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log = (log + d).slice(-20000)));
  child.stderr.on('data', (d) => (log = (log + d).slice(-20000)));
  let peak = 0;
  let others = 0;
  let tick = 0;
  const timer = setInterval(() => {
    const tree = processTree(child.pid!);
    peak = Math.max(
      peak,
      tree.reduce((s, pid) => s + rssKB(pid), 0),
    );
    if (tick++ % 10 === 0) others = Math.max(others, otherBuilds(new Set([process.pid, ...tree])));
  }, 100);
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`${name}: build failed:\n${log.slice(-4000)}`);
  const maxKB = TIME && fs.existsSync(timeFile) ? Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { seconds, peakTreeMB: Math.round(peak / 1024), maxProcessMB: Number.isFinite(maxKB) ? Math.round(maxKB / 1024) : null, concurrentBuilds: others };
}

// ---------------------------------------------------------------------------------------------------
// What was built

const gzipSize = (b: Buffer | string) => zlib.gzipSync(b, { level: 6 }).length;
const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Bytes a gzip-serving host sends for a file. Pagefind writes its index, fragments, metadata and WebAssembly
 * already gzip-compressed (and decompresses them itself), so those go out as they are; text files are
 * compressed on the fly (gzip level 6, the usual server setting). sirv, which the benchmark serves with, does
 * not compress, so the sizes are computed here from the files rather than read off the wire.
 */
function servedBytes(file: Buffer): number {
  return isGzip(file) ? file.length : gzipSize(file);
}

function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = path.posix.join(rel, e.name);
    return e.isDirectory() ? walk(dir, r) : [r];
  });
}

interface Output {
  pages: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  pagefindFiles: number;
  pagefindBytes: number;
}

function output(dist: string): Output {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  let htmlBytes = 0;
  let htmlGzipBytes = 0;
  for (const f of html) {
    const b = fs.readFileSync(path.join(dist, f));
    htmlBytes += b.length;
    htmlGzipBytes += gzipSize(b);
  }
  const pf = files.filter((f) => f.startsWith('pagefind/'));
  return {
    pages: html.length,
    htmlBytes,
    htmlGzipBytes,
    pagefindFiles: pf.length,
    pagefindBytes: pf.reduce((s, f) => s + fs.statSync(path.join(dist, f)).size, 0),
  };
}

/** Module scripts a page runs at load, with their static imports. */
function scriptsAtLoad(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(path.join(dist, file))) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    // Bundles quote module names with ", ' or ` (static imports may have no space before the quote).
    for (const m of code.matchAll(/(?:from|import)\s*["'`]([^"'`]+\.js)["'`]/g)) {
      visit(m[1]!.startsWith('/') ? m[1]! : path.posix.join(path.posix.dirname(file), m[1]!));
    }
  };
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) visit(m[1]!);
  return [...seen];
}

interface PageWeight {
  url: string;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  totalGz: number;
}

/** HTML + CSS + JS a page loads, gzip as served. */
function pageWeight(dist: string, url: string): PageWeight {
  const html = fs.readFileSync(path.join(dist, url, 'index.html'));
  const css = [...html.toString().matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fs.readFileSync(path.join(dist, m[1]!)));
  const js = scriptsAtLoad(dist, html.toString()).map((f) => fs.readFileSync(path.join(dist, f)));
  const w = { url, htmlGz: gzipSize(html), cssGz: css.reduce((s, b) => s + gzipSize(b), 0), jsGz: js.reduce((s, b) => s + gzipSize(b), 0) };
  return { ...w, totalGz: w.htmlGz + w.cssGz + w.jsGz };
}

/** The chapter pages of the site (both languages): their median weight, the heaviest, and the one searched from. */
function chapterWeights(dist: string, from: string) {
  const urls = walk(dist)
    .filter((f) => /(^|\/)text\/chapter-\d+\/index\.html$/.test(f))
    .map((f) => `/${path.posix.dirname(f)}/`);
  const ws = urls.map((u) => pageWeight(dist, u)).sort((a, b) => a.totalGz - b.totalGz);
  return { count: ws.length, median: ws[Math.floor(ws.length / 2)]!, heaviest: ws.at(-1)!, searchedFrom: pageWeight(dist, from) };
}

// ---------------------------------------------------------------------------------------------------
// The first search

interface Download {
  url: string;
  kind: string;
  bytes: number;
  cached: boolean;
}
interface SearchRun {
  from: string;
  url: string;
  results: number;
  rendered: number;
  /** Every result link belongs to the plan searched from (or to the site's own pages). */
  resultsInPlan: boolean;
  requests: number;
  bytes: number;
  byKind: Record<string, { files: number; bytes: number }>;
  downloads: Download[];
  /** What pressing "more results" then downloads. */
  more: { rendered: number; bytes: number } | null;
}

function kindOf(p: string): string {
  if (p.startsWith('/pagefind/index/')) return 'index chunks';
  if (p.startsWith('/pagefind/fragment/')) return 'fragments';
  if (p.startsWith('/pagefind/filter/')) return 'filters';
  if (p.endsWith('.pf_meta')) return 'metadata';
  if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(p)) return 'wasm';
  if (p.endsWith('pagefind-worker.js')) return 'pagefind worker';
  if (p.endsWith('pagefind.js')) return 'pagefind.js';
  if (p.startsWith('/pagefind/')) return 'pagefind other';
  if (p.endsWith('/') || p.endsWith('.html')) return 'search page';
  if (p.endsWith('.js')) return 'page js';
  if (p.endsWith('.css')) return 'page css';
  return 'other';
}

async function firstSearch(dist: string, from: string, plan: string | null): Promise<SearchRun> {
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Requests from the page and from Pagefind's worker, in the order made, with the phase they belong to.
    type Phase = 'load' | 'search' | 'more';
    let phase = 'load' as Phase;
    const requested: { path: string; phase: Phase }[] = [];
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin === server.url) requested.push({ path: decodeURIComponent(u.pathname), phase });
    });
    await page.goto(`${server.url}${from}`);
    await page.waitForLoadState('networkidle');

    phase = 'search';
    await page.fill('#header-q', QUERY);
    await Promise.all([page.waitForURL(/\/search\/\?/), page.press('#header-q', 'Enter')]);
    await page.waitForSelector('[data-search-done]', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const url = page.url().replace(server.url, '');
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    const results = Number(/(\d+)/.exec(status.replace(QUERY, ''))?.[1] ?? 0);
    const links = await page.locator('.search-result__title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const resultsInPlan = plan === null || links.every((l) => l.replace(/^\/en\//, '/').startsWith(`/${plan}/`) || !/^\/[a-z0-9-]+-\d{4}-\d{4}\//.test(l));

    let more: SearchRun['more'] = null;
    const moreButton = page.locator('[data-search-more]');
    if (await moreButton.isVisible()) {
      phase = 'more';
      const before = links.length;
      await moreButton.click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
      await page.waitForLoadState('networkidle');
      more = { rendered: (await page.locator('.search-result').count()) - before, bytes: 0 };
    }

    // Anything the chapter page already fetched is in the browser's cache (a host would let it be cached).
    const loaded = new Set(requested.filter((r) => r.phase === 'load').map((r) => r.path));
    const fileOf = (p: string) => path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
    const sized = (rs: typeof requested): Download[] => {
      const seen = new Set<string>();
      return rs
        .filter((r) => !seen.has(r.path) && Boolean(seen.add(r.path)))
        .map((r) => {
          const cached = loaded.has(r.path);
          const file = fileOf(r.path);
          return { url: r.path, kind: kindOf(r.path), cached, bytes: cached || !fs.existsSync(file) ? 0 : servedBytes(fs.readFileSync(file)) };
        });
    };
    const downloads = sized(requested.filter((r) => r.phase === 'search'));
    const firstPaths = new Set(downloads.map((d) => d.url));
    if (more) more.bytes = sized(requested.filter((r) => r.phase === 'more' && !firstPaths.has(r.path))).reduce((s, d) => s + d.bytes, 0);
    const byKind: SearchRun['byKind'] = {};
    for (const d of downloads.filter((x) => !x.cached)) {
      const k = (byKind[d.kind] ??= { files: 0, bytes: 0 });
      k.files++;
      k.bytes += d.bytes;
    }
    return {
      from,
      url,
      results,
      rendered: links.length,
      resultsInPlan,
      requests: downloads.length,
      bytes: downloads.reduce((s, d) => s + d.bytes, 0),
      byKind,
      downloads,
      more,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// The three sites

interface SiteCase {
  id: 'real' | 'demo' | 'portal';
  title: string;
  /** Prepares the site's sources; returns the build's environment. */
  prepare(): Record<string, string>;
  /** The chapter page the search starts from, and its plan (null on a one-plan site: no filter). */
  from: string;
  plan: string | null;
}

const cases: SiteCase[] = [
  { id: 'real', title: 'one plan (real site)', prepare: () => ({}), from: `/${REAL_PLAN}/text/chapter-5/`, plan: null },
  {
    id: 'demo',
    title: 'two plans (demonstration)',
    prepare: () => {
      const { dataDir, contentDir, today } = assembleDemo(ROOT, path.join(WORK, 'demo-src'));
      return { SITE_DATASET: 'demo', DATA_DIR: dataDir, CONTENT_DIR: contentDir, SITE_TODAY: today };
    },
    from: `/${REAL_PLAN}/text/chapter-5/`,
    plan: REAL_PLAN,
  },
  {
    id: 'portal',
    title: 'ten plans (synthetic portal)',
    prepare: () => {
      const { dataDir, contentDir, today } = generateSyntheticPortal(ROOT, path.join(WORK, 'portal-src'), 10);
      return { SITE_DATASET: 'demo', DATA_DIR: dataDir, CONTENT_DIR: contentDir, SITE_TODAY: today };
    },
    from: '/district-05-2021-2025/text/chapter-5/',
    plan: 'district-05-2021-2025',
  },
];

const kb = (n: number) => (n / 1024).toFixed(1);
const results: Record<string, unknown> = {};
const rows: { title: string; run: BuildRun; out: Output; chapter: ReturnType<typeof chapterWeights>; search: SearchRun }[] = [];
const started = Date.now();
fs.mkdirSync(WORK, { recursive: true });
try {
  for (const c of cases.filter((x) => !ONLY || ONLY.includes(x.id))) {
    console.log(`\n▶ ${c.title}: preparing and building…`);
    const env = c.prepare();
    const dist = path.join(WORK, `${c.id}-dist`);
    const run = await build(c.id, env, dist);
    const out = output(dist);
    const chapter = chapterWeights(dist, c.from);
    console.log(
      `  built ${out.pages} pages in ${run.seconds.toFixed(1)} s${run.concurrentBuilds ? ` (warning: ${run.concurrentBuilds} other astro build(s) ran meanwhile, timing not clean)` : ''}; searching “${QUERY}” from ${c.from}…`,
    );
    const search = await firstSearch(dist, c.from, c.plan);
    console.log(`  first search: ${search.results} results, ${search.requests} requests, ${kb(search.bytes)} KB gzip`);
    for (const [kind, k] of Object.entries(search.byKind))
      console.log(`    ${kind.padEnd(16)} ${String(k.files).padStart(3)} files ${kb(k.bytes).padStart(7)} KB`);
    rows.push({ title: c.title, run, out, chapter, search });
    results[c.id] = {
      title: c.title,
      build: run,
      output: out,
      chapterPage: chapter,
      firstSearch: { query: QUERY, budgetBytes: FIRST_SEARCH_BUDGET, withinBudget: search.bytes <= FIRST_SEARCH_BUDGET, ...search },
    };
  }
} finally {
  if (!KEEP) {
    fs.rmSync(WORK, { recursive: true, force: true });
    fs.rmSync(CACHE, { recursive: true, force: true });
  }
}

console.log(`\nsite                           build s  peak MB (tree/1 proc)  pages   HTML MB (gz)   chapter page gz KB   first search gz KB (files)`);
for (const r of rows) {
  const mem = `${r.run.peakTreeMB} / ${r.run.maxProcessMB ?? '–'}`;
  const html = `${(r.out.htmlBytes / 2 ** 20).toFixed(1)} (${(r.out.htmlGzipBytes / 2 ** 20).toFixed(1)})`;
  const flag = r.search.bytes <= FIRST_SEARCH_BUDGET ? '' : `  > ${kb(FIRST_SEARCH_BUDGET)} KB aim`;
  console.log(
    `${r.title.padEnd(30)} ${r.run.seconds.toFixed(1).padStart(7)}  ${mem.padStart(21)}  ${String(r.out.pages).padStart(5)}  ${html.padStart(13)}  ${kb(r.chapter.median.totalGz).padStart(19)}  ${`${kb(r.search.bytes)} (${r.search.requests})`.padStart(26)}${flag}`,
  );
}
console.log(
  `\nchapter page = median over all chapter pages of HTML + CSS + JS at load; first search = everything fetched after submitting the header search on a chapter page (files the chapter page already loaded count as cached), sized as a gzip host sends it. Whole benchmark: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);

fs.mkdirSync(path.join(ROOT, 'bench/out'), { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  query: QUERY,
  sites: results,
};
fs.writeFileSync(path.join(ROOT, 'bench/out/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote bench/out/bench.json');
