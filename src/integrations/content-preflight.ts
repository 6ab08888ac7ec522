/**
 * Astro integration: runs every pre-build check (the same list as `npm run check`) before the build
 * starts and stops it with one list of precise problems. Nothing is built from bad input.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { DataError, formatProblem } from '../lib/data/errors.ts';
import { buildContext } from '../lib/build/context.ts';
import { collectProblems } from '../lib/build/checks.ts';

export function contentPreflight(): AstroIntegration {
  return {
    name: 'content-preflight',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = collectProblems(buildContext(process.env, fileURLToPath(config.root)));
        const errors = problems.filter((p) => p.severity === 'error');
        for (const w of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(w).trim());
        if (errors.length) throw new DataError(errors);
        logger.info('data and plan content checked');
      },
    },
  };
}
