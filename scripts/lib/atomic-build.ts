/**
 * A build is all or nothing. Astro writes into a staging folder beside the output (`dist.partial/`); only
 * when every step has succeeded (pages, search index, headers file, sitemap, and the report PDFs where
 * asked for) does the staging folder replace the output, by two renames. A build that fails or is
 * interrupted at any moment leaves the previous output as it was (or none), never half a site.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { renderReportPdfs } from './report-pdfs.ts';
import { renderChartImages } from './chart-images.ts';
import { bilingual, msg, render, type Message } from '../../src/lib/messages/message.ts';

/** What every finished build holds; a staging folder without one of these is not published. */
export const BUILD_PRODUCTS = ['index.html', '404.html', 'sitemap-index.xml', '_headers', 'pagefind/pagefind-entry.json'];

export interface BuildOptions {
  root: string;
  /** The output folder that is replaced when the build succeeds. */
  outDir: string;
  /** Environment for Astro (DATA_DIR, CONTENT_DIR, SITE_DATASET, SITE_URL…). */
  env?: NodeJS.ProcessEnv;
  /** Also render the report PDFs before publishing. */
  pdf?: boolean;
}

const staging = (outDir: string) => `${outDir}.partial`;
const previous = (outDir: string) => `${outDir}.previous`;
const lockFile = (outDir: string) => `${outDir}.lock`;

/** One build per output folder at a time: a second one would delete the first one's staging folder. */
function runningBuild(out: string): number | undefined {
  const pid = Number(fs.existsSync(lockFile(out)) ? fs.readFileSync(lockFile(out), 'utf8') : NaN);
  if (!Number.isInteger(pid) || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // a build that was killed left its lock behind
  }
}

/** Runs Astro into the staging folder; resolves with its exit code. */
function astroBuild(root: string, outDir: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Builds and publishes; returns false (and says why) when the output was left as it was. */
export async function atomicBuild({ root, outDir, env = process.env, pdf = false }: BuildOptions): Promise<boolean> {
  const out = path.resolve(root, outDir);
  const stage = staging(out);
  const shown = path.relative(root, out) || out;
  const other = runningBuild(out);
  if (other) {
    console.error(`✖ ${bilingual(msg('build.locked', { dir: shown, pid: other }))}`);
    return false;
  }
  fs.writeFileSync(lockFile(out), String(process.pid));
  try {
    return await publish(root, out, stage, shown, env, pdf);
  } finally {
    fs.rmSync(lockFile(out), { force: true });
  }
}

async function publish(root: string, out: string, stage: string, shown: string, env: NodeJS.ProcessEnv, pdf: boolean): Promise<boolean> {
  // An earlier build killed between the two renames below left the complete previous build aside: restore it.
  if (!fs.existsSync(out) && fs.existsSync(previous(out))) fs.renameSync(previous(out), out);
  fs.rmSync(stage, { recursive: true, force: true });
  fs.rmSync(previous(out), { recursive: true, force: true });
  // Astro's content cache keeps an entry's old file path when an identical file is later built from another
  // folder (the demonstration and the tests build copies of a site), and that build then fails to find it.
  // Every build starts from a fresh content cache (it costs well under a second).
  fs.rmSync(path.join(env.ASTRO_CACHE_DIR ?? path.join(root, 'node_modules/.astro'), 'data-store.json'), { force: true });

  const left = msg('build.left', { dir: shown, previous: fs.existsSync(out) });
  const fail = (why: Message) => {
    fs.rmSync(stage, { recursive: true, force: true });
    const [zh, en] = [render(why, 'zh'), render(why, 'en')];
    console.error(`\n✖ 构建失败，未发布：${zh}\n  ${render(left, 'zh')}。\n  Build failed, nothing published: ${en}\n  ${render(left, 'en')}.`);
    return false;
  };

  const code = await astroBuild(root, stage, env);
  if (code !== 0) return fail(msg('build.astroExit', { code }));
  const missing = BUILD_PRODUCTS.filter((f) => !fs.existsSync(path.join(stage, f)));
  if (missing.length) return fail(msg('build.incomplete', { missing }));
  if (pdf) {
    // Both at once, each with its own Chromium: the PDFs wait on page loads and printing while the PNGs encode.
    // Neither reads what the other writes (the report pages load no chart PNG).
    const [pdfs, images] = await Promise.allSettled([renderReportPdfs(stage), renderChartImages(stage)]);
    if (pdfs.status === 'rejected') return fail(msg('build.pdfs', { error: (pdfs.reason as Error).message }));
    console.log(pdfs.value ? `rendered ${pdfs.value} report PDFs` : 'no reports yet: no PDFs to render');
    if (images.status === 'rejected') return fail(msg('build.charts', { error: (images.reason as Error).message }));
    console.log(`rendered ${images.value} chart images (PNG)`);
  }
  if (fs.existsSync(out)) fs.renameSync(out, previous(out));
  fs.renameSync(stage, out);
  fs.rmSync(previous(out), { recursive: true, force: true });
  console.log(`✔ ${shown}/ published (complete build${pdf ? ' with report PDFs and chart images' : ''})`);
  return true;
}

/** Command-line options shared by the build commands: --pdf, --out <dir>. */
export function buildArgs(argv: string[], defaultOut: string): { outDir: string; pdf: boolean } {
  const at = argv.indexOf('--out');
  return { outDir: at >= 0 && argv[at + 1] ? argv[at + 1]! : defaultOut, pdf: argv.includes('--pdf') };
}
