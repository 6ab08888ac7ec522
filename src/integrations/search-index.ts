/**
 * Astro integration: builds the Pagefind index from the finished HTML (one index per
 * language, chosen by each page's <html lang>), as Starlight does.
 *
 * Index chunks: a search downloads the chunk holding each word of the query, and a Chinese query is
 * several words (黑臭水体 → 黑 | 臭 | 水体). Pagefind's default chunk (20,000 word positions, 20–30 KB
 * gzip) made those chunks half of what a first search downloads; chunks a quarter that size cut a first
 * search by 30–60 KB (npm run bench) for a slightly larger metadata file. Pagefind 1.6 reads the size only
 * from the environment of its indexing process, under a name it calls unstable: should a later version
 * drop it, the index is simply built with the default chunks again (the benchmark would show it).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Word positions per index chunk (Pagefind's default: 20,000). */
const INDEX_CHUNK_SIZE = 5000;
const CHUNK_SIZE_VAR = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The indexing process is started by createIndex and inherits this environment.
        process.env[CHUNK_SIZE_VAR] ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
