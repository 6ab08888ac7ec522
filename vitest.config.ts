import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (pure logic in the test process: no build, no subprocess; files in parallel, seconds),
 * `cli` (the staff commands run as subprocesses on temporary copies of a site; no build needed),
 * `site` (the built dist/, dist-demo/ and the fixture sites built once by test/global-setup.ts) and
 * `e2e` (Chromium against those builds). Build and browser tests share the 2-core machine: one file at a time.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'cli', include: ['test/cli/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false, maxConcurrency: 2, testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
