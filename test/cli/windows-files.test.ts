/** The check command on data files as Windows names them: it stops, naming the file (what each message says: test/unit/windows-files.test.ts). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

describe('progress files under a wrong name', () => {
  it('stop the check, named, with what to rename them to (the same list of checks as the build)', () => {
    const f = siteFixture();
    const progress = (name: string) => f.at(`data/plans/${f.plan}/progress/${name}`);
    fs.writeFileSync(progress('2028.JSON'), JSON.stringify({ year: 2028, observations: [] }));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts'), '--no-typecheck'], {
      cwd: ROOT,
      env: { ...process.env, ...f.env },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2028.JSON');
    expect(r.stdout).toContain('请把它改名为 2028.json');
  });
});
