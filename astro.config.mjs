// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentPreflight } from './src/integrations/content-preflight.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';

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
    sitemap({ filter: (page) => !/\/(404|search)\/?$/.test(new URL(page).pathname) }),
    securityHeaders(),
    searchIndex(),
  ],
  vite: { build: { assetsInlineLimit: 0 } },
});
