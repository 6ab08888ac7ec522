/**
 * Astro integration: runs every pre-build check (the same list as `npm run check`) before the build
 * starts and stops it with one list of precise problems, in Chinese and English, exactly as the check prints
 * them and with no stack trace. Nothing is built from bad input.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildContext } from '../lib/build/context.ts';
import { collectProblems } from '../lib/build/checks.ts';
import { printProblems } from '../lib/data/print-problems.ts';

export function contentPreflight(): AstroIntegration {
  return {
    name: 'content-preflight',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = collectProblems(buildContext(process.env, fileURLToPath(config.root)));
        if (printProblems(problems) > 0) {
          logger.error(
            '构建已停止：请先修正以上问题（npm run check 列出同样的问题）/ Build stopped: fix the problems above first (npm run check lists the same).',
          );
          // Before anything is written: exiting here leaves no output and no stack trace for staff to read.
          process.exit(1);
        }
        logger.info('data and plan content checked');
      },
    },
  };
}
