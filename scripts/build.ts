/**
 * Builds the site into dist/, all or nothing (scripts/lib/atomic-build.ts).
 * Usage: npm run build [-- --pdf] [-- --out <dir>]   (--pdf also renders the report PDFs with Chromium)
 */
import path from 'node:path';
import { atomicBuild, buildArgs } from './lib/atomic-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const { outDir, pdf } = buildArgs(process.argv.slice(2), 'dist');
process.exit((await atomicBuild({ root, outDir: path.resolve(outDir), pdf })) ? 0 : 1);
