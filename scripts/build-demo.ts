/** Builds the demonstration dataset (synthetic figures, test/fixtures/demo) into dist-demo/. Never the real site. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.rmSync('dist-demo', { recursive: true, force: true });
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_DATASET: 'demo' } });
process.exit(result.status ?? 1);
