/**
 * Astro integration: marks the Chinese in the finished pages of the other language as Chinese
 * (<span lang="zh-CN">, src/lib/html/chinese-runs.ts), so that screen readers read a gloss such as
 * "Yellow River (黄河)" in Chinese. It runs on the written HTML, so it covers every page whatever template,
 * chapter or data file the Chinese came from; it is registered before the search index, which then indexes the
 * final pages.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlLang } from '../i18n/locale.ts';
import { markChineseRuns } from '../lib/html/chinese-runs.ts';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

export function chineseSpans(): AstroIntegration {
  return {
    name: 'chinese-spans',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const lang = htmlLang('zh');
        let pages = 0;
        let spans = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const marked = markChineseRuns(fs.readFileSync(file, 'utf8'), lang);
          if (!marked.spans) continue;
          fs.writeFileSync(file, marked.html);
          pages++;
          spans += marked.spans;
        }
        logger.info(
          `marked ${spans} runs of Chinese as lang="${lang}" in ${pages} pages of the other language (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
