/**
 * Astro integration: validates data and plan content before the build starts and
 * stops it with one list of precise problems. Nothing is built from bad input.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError, formatProblem } from '../lib/data/errors.ts';
import { preflightPlan } from '../lib/plan/preflight.ts';
import { loadData } from '../lib/data/load.ts';
import { loadProjects } from '../lib/data/projects.ts';
import { checkNarratives } from '../lib/reports/narratives.ts';

export function contentPreflight(): AstroIntegration {
  return {
    name: 'content-preflight',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const planDir = path.resolve(root, process.env.PLAN_CONTENT_DIR ?? 'src/content/plan');
        const loaded = loadData();
        const problems = [...preflightPlan(root, planDir), ...loaded.problems, ...loadProjects().problems, ...(loaded.data ? checkNarratives(root, loaded.data) : [])];
        const errors = problems.filter((p) => p.severity === 'error');
        for (const w of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(w).trim());
        if (errors.length) throw new DataError(errors);
        logger.info('data and plan content checked');
      },
    },
  };
}
