#!/usr/bin/env node
/**
 * `npm test`: every stage in order, each timed, with the times at the end (also when a stage fails, which stops the run).
 * The builds come first (the site and browser tests read them); the vitest projects one after another, as they
 * would run in one `vitest run` (unit and cli need no build; site first builds the fixture sites; e2e uses them all).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stages: [string, string][] = [
  ['format (prettier --check)', 'npx prettier --check --log-level warn .'],
  ['check (data, content, types)', 'npm run check'],
  ['build --pdf (dist/)', 'npm run build -- --pdf'],
  ['build:demo --pdf (dist-demo/)', 'npm run build:demo -- --pdf'],
  ['vitest unit', 'npx vitest run --project unit'],
  ['vitest cli', 'npx vitest run --project cli'],
  ['vitest site (+ fixture builds)', 'npx vitest run --project site'],
  ['vitest e2e', 'npx vitest run --project e2e'],
];

const times: string[] = [];
const started = Date.now();
const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;
const summary = () => console.log(`\nstage times:\n${times.join('\n')}\n  ${'total'.padEnd(32)} ${seconds(started)}`);
for (const [name, command] of stages) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const r = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true });
  times.push(`  ${name.padEnd(32)} ${seconds(t0)}`);
  if (r.status !== 0) {
    summary();
    console.log(`✖ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
summary();
