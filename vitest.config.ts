import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and build tests share the 2-core machine: run files one at a time.
    fileParallelism: false,
    reporters: ['default'],
  },
});
