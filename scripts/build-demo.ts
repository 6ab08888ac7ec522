/**
 * Builds the demonstration site (synthetic figures, demo/) into dist-demo/, all or nothing. Never the real site.
 * Usage: npm run build:demo [-- --pdf] [-- --out <dir>]
 */
import path from 'node:path';
import { assembleDemo } from './lib/demo-site.ts';
import { atomicBuild, buildArgs } from './lib/atomic-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const { dataDir, contentDir, today } = assembleDemo(root);
const { outDir, pdf } = buildArgs(process.argv.slice(2), 'dist-demo');
const env = { ...process.env, SITE_DATASET: 'demo', DATA_DIR: dataDir, CONTENT_DIR: contentDir, SITE_TODAY: today };
process.exit((await atomicBuild({ root, outDir: path.resolve(outDir), env, pdf })) ? 0 : 1);
