/**
 * The downloads as a Frictionless Data Package, checked by the Frictionless libraries (npm `datapackage` for the
 * descriptor, its `tableschema` for the tables): the descriptor is valid, every CSV it lists is one table whose
 * header is its schema's fields and whose every row casts against its schema; the demonstration build lists every
 * indicator; the licence is the site's.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: the package ships no types; the two calls used are typed below.
import datapackage from 'datapackage';
import { Table } from 'tableschema';
import { DIST, DIST_DEMO, requireBuild, ROOT } from '../helpers/dist.ts';

const { Package } = datapackage as { Package: { load(descriptor: string, basePath?: string, options?: { strict?: boolean }): Promise<Pkg> } };
interface Resource {
  name: string;
  tabular: boolean;
  descriptor: { path: string; schema?: { fields: { name: string }[] }; dialect?: { delimiter: string } };
}
interface Pkg {
  valid: boolean;
  errors: Error[];
  descriptor: Record<string, unknown> & { licenses: { path: string }[]; resources: unknown[] };
  resources: Resource[];
}

async function checkPackage(dist: string, plan: string) {
  const dir = path.join(dist, plan, 'data');
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), dir, { strict: true });
  expect(
    pkg.errors.map((e) => e.message),
    plan,
  ).toEqual([]);
  expect(pkg.valid).toBe(true);
  let rows = 0;
  for (const r of pkg.resources) {
    const file = path.join(dir, r.descriptor.path);
    expect(fs.existsSync(file), file).toBe(true);
    if (!r.tabular) continue;
    // The files carry a byte-order mark so that Excel reads them as UTF-8: the table reader is told so (`bom`).
    const table = await Table.load(file, { schema: r.descriptor.schema, bom: true, delimiter: r.descriptor.dialect?.delimiter ?? ',' } as Parameters<
      typeof Table.load
    >[1]);
    const data = await table.read({ cast: true, keyed: true });
    expect(table.headers, file).toEqual(r.descriptor.schema!.fields.map((f) => f.name));
    // One table: no blank line, no second header inside it.
    const lines = fs.readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
    expect(lines.length - 1, file).toBe(data.length);
    rows += data.length;
  }
  return { pkg, rows };
}

describe('the data package', () => {
  it('of the real site is valid and every CSV casts against its schema', async () => {
    requireBuild(DIST);
    const site = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/site.json'), 'utf8'));
    for (const plan of site.plans as string[]) {
      const { pkg, rows } = await checkPackage(DIST, plan);
      expect(rows, plan).toBeGreaterThan(0);
      expect(pkg.descriptor.licenses[0]!.path).toBe(site.licence.url);
    }
  });

  it('of the demonstration build is valid, casts, lists every indicator and says it is demonstration data', async () => {
    requireBuild(DIST_DEMO);
    for (const plan of ['eco-2021-2025', 'eco-2026-2030']) {
      const { pkg } = await checkPackage(DIST_DEMO, plan);
      const indicators = JSON.parse(fs.readFileSync(path.join(ROOT, 'tmp/demo-site/data/plans', plan, 'indicators.json'), 'utf8')).indicators as {
        id: string;
      }[];
      const listed = pkg.resources.map((r) => r.descriptor.path);
      for (const i of indicators) expect(listed, plan).toContain(`indicators/${i.id}.csv`);
      expect(String(pkg.descriptor.title)).toContain('Demonstration data');
    }
  });
});
