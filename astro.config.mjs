// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentPreflight } from './src/integrations/content-preflight.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { chineseSpans } from './src/integrations/chinese-spans.ts';

/**
 * SITE_URL: the public address the site is deployed at (used for canonical URLs,
 * hreflang alternates, the sitemap and feeds). Set it in the deploy workflow.
 * SITE_DATASET=demo marks the demonstration build (scripts/build-demo.ts); DATA_DIR and CONTENT_DIR
 * point a build at another site's data and content (src/lib/build/context.ts), SITE_OUT_DIR elsewhere.
 */
const demo = process.env.SITE_DATASET === 'demo';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.SITE_OUT_DIR ?? (demo ? './dist-demo' : './dist'),
  // A separate cache lets several builds run side by side (the benchmark).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    contentPreflight(),
    mdx(),
    sitemap({ filter: (page) => !/\/(404|search)\/?$|\/embed\//.test(new URL(page).pathname) }),
    securityHeaders(),
    // Before the search index: Pagefind indexes the pages as they are published.
    chineseSpans(),
    searchIndex(),
  ],
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive the bundler warns about on every chapter
        // and narrative: noise that names staff's files without being about them.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
