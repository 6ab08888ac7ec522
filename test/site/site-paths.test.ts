/**
 * The check's knowledge of the site's addresses (src/lib/content/site-paths.ts) agrees with what the build makes:
 * every page and download of the three-plan fixture build is a path the check accepts for a link.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadSite } from '../../src/lib/data/load.ts';
import { buildContext } from '../../src/lib/build/context.ts';
import { isSitePath } from '../../src/lib/content/site-paths.ts';
import { planAnchors } from '../../src/lib/data/projects.ts';
import { htmlPages, ROOT } from '../helpers/dist.ts';
import { BUILDS, DIST_MULTI, FIXTURE_TODAY } from '../helpers/sites.ts';

describe('addresses a link may point to', () => {
  it('include every page, PDF and data file of the three-plan fixture build, and nothing the build lacks', () => {
    const src = path.join(BUILDS, 'multi/src');
    const ctx = buildContext(
      { DATA_DIR: path.join(src, 'data'), CONTENT_DIR: path.join(src, 'content'), SITE_DATASET: 'demo', SITE_TODAY: FIXTURE_TODAY },
      ROOT,
    );
    const site = loadSite(ctx).data!;
    const anchorsOf = (id: string) => planAnchors(path.join(ctx.contentDir, 'plans', id));
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && /\.(pdf|csv|json|xml|svg|png)$/.test(e.name) && !/pagefind|_astro|sitemap/.test(e.parentPath))
        .map((e) => `/${path.relative(DIST_MULTI, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
    const built = [...htmlPages(DIST_MULTI, { embeds: true }).filter((p) => !/\/404(\.html|\/)$/.test(p)), ...files(DIST_MULTI)].filter(
      (p) => p.split('/').length > 2 || p === '/' || /^\/(en\/)?(search|about)\//.test(p) || p === '/en/',
    );
    const refused = built.filter((p) => !isSitePath(p, site, anchorsOf));
    expect(built.length).toBeGreaterThan(500);
    expect(refused).toEqual([]);
  });
});
