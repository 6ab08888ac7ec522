/** npm run check:translation itself on a whole plan. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { siteFixture } from '../helpers/data-fixture.ts';
import { ROOT } from '../helpers/dist.ts';

describe('the English of the data files', () => {
  it('is part of npm run check:translation on a whole plan, which fails on it', () => {
    const f = siteFixture();
    const cli = () =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-translation.ts')], { cwd: ROOT, env: { ...process.env, ...f.env }, encoding: 'utf8' });
    const ok = cli();
    expect(ok.status, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('data files: 0 problem(s)');
    f.edit('glossary.json', (g) => {
      g.spelling = { description: { zh: '英式拼写，动词用 -ize。', en: 'British spelling with -ize.' }, rules: [{ avoid: 'organis', use: 'organiz' }] };
    });
    f.edit('places.json', (p) => {
      p.places[0].name.en = 'Qingxi Creek';
      p.places[0].note.en = `${p.places[0].note.en} Work is organised by the county.`;
    });
    const en = f.at(`content/plans/${f.plan}/en/chapter-2.mdx`);
    fs.writeFileSync(en, fs.readFileSync(en, 'utf8').replace('We will upgrade', 'We will, in an organised way, upgrade'));
    const bad = cli();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`data/plans/${f.plan}/places.json places[0].name.en: glossary term 清溪河 should be translated as "Qingxi River"`);
    expect(bad.stdout).toContain(`data/plans/${f.plan}/places.json places[0].note.en: spelling: "organised" is written "organiz…", not "organis…"`);
    expect(bad.stdout).toMatch(/chapter-2\.mdx section-\S+ ¶\d+: spelling: "organised"/);
    expect(bad.stdout).toContain('data files: 2 problem(s)');
    // Chapter numbers restrict the run to those chapters.
    const one = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-translation.ts'), '1'], {
      cwd: ROOT,
      env: { ...process.env, ...f.env },
      encoding: 'utf8',
    });
    expect(one.status, one.stdout).toBe(0);
    expect(one.stdout).not.toContain('data files');
  });
});
