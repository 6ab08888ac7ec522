/** Builds the demonstration site (synthetic figures, demo/) into dist-demo/. Never the real site. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assembleDemo } from './lib/demo-site.ts';

const root = path.resolve(import.meta.dirname, '..');
const { dataDir, contentDir } = assembleDemo(root);
fs.rmSync(path.join(root, 'dist-demo'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SITE_DATASET: 'demo', DATA_DIR: dataDir, CONTENT_DIR: contentDir, SITE_OUT_DIR: path.join(root, 'dist-demo') },
});
process.exit(result.status ?? 1);
