/** A temporary copy of a small fixture site (the county plan) that a test may break on purpose. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildContext } from '../../src/lib/build/context.ts';
import { COUNTY_PLAN, COUNTY_SRC, FIXTURE_TODAY } from './sites.ts';

export interface SiteFixture {
  /** The root that file names in messages are relative to. */
  root: string;
  ctx: BuildContext;
  /** Environment that points the staff commands at this copy. */
  env: { DATA_DIR: string; CONTENT_DIR: string; SITE_TODAY: string };
  plan: string;
  /** Reads / writes a file of the plan's data folder (e.g. "progress/2027.json"). */
  read<T = any>(file: string): T;
  write(file: string, content: unknown): void;
  /** Changes a file of the plan's data folder in place. */
  edit<T = any>(file: string, change: (data: T) => void): void;
  /** Changes the site's site.json in place. */
  editSite(change: (site: any) => void): void;
  /** A path under the copy (e.g. "content/plans/<plan>/zh/chapter-1.mdx"). */
  at(rel: string): string;
}

export function siteFixture(src = COUNTY_SRC, plan = COUNTY_PLAN): SiteFixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-fixture-'));
  fs.cpSync(path.join(src, 'data'), path.join(root, 'data'), { recursive: true });
  fs.cpSync(path.join(src, 'content'), path.join(root, 'content'), { recursive: true });
  const ctx: BuildContext = { root, dataDir: path.join(root, 'data'), contentDir: path.join(root, 'content'), demo: false, today: FIXTURE_TODAY };
  const planFile = (file: string) => path.join(root, 'data/plans', plan, file);
  return {
    root,
    ctx,
    env: { DATA_DIR: ctx.dataDir, CONTENT_DIR: ctx.contentDir, SITE_TODAY: FIXTURE_TODAY },
    plan,
    read: (file) => JSON.parse(fs.readFileSync(planFile(file), 'utf8')),
    write: (file, content) => {
      fs.mkdirSync(path.dirname(planFile(file)), { recursive: true });
      fs.writeFileSync(planFile(file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    },
    at: (rel) => path.join(root, rel),
    edit(file, change) {
      const data = this.read(file);
      change(data);
      this.write(file, data);
    },
    editSite(change) {
      const file = path.join(root, 'data/site.json');
      const site = JSON.parse(fs.readFileSync(file, 'utf8'));
      change(site);
      fs.writeFileSync(file, JSON.stringify(site, null, 2));
    },
  };
}

export const TEST_SOURCE = { title: 'Test fixture — synthetic', publisher: 'Test suite', date: '2027-03-01' };
