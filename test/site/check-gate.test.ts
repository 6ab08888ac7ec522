/**
 * The check is the build's own gate: every mistake staff make gets the same verdict from `npm run check` and from
 * the build, with the file named and no stack trace; after a passing check, the build never fails on the data.
 * Each mistake is made on a copy of the county fixture (generic behaviour).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ROOT } from '../helpers/dist.ts';
import { buildCopy, siteCopy, type SiteCopy } from '../helpers/build.ts';
import { FIXTURE_TODAY } from '../helpers/sites.ts';

function check(copy: SiteCopy): { ok: boolean; output: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts'), '--no-typecheck'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: copy.dataDir, CONTENT_DIR: copy.contentDir, SITE_TODAY: FIXTURE_TODAY },
    encoding: 'utf8',
  });
  return { ok: r.status === 0, output: `${r.stdout}\n${r.stderr}` };
}

const narrative = (year: number, body: string, header = '') => `---\nyear: ${year}\n${header}---\n\n${body}\n`;
const writeNarratives = (copy: SiteCopy, year: number, zh: string | Buffer, en: string) => {
  for (const [lang, text] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    fs.mkdirSync(path.join(copy.planContent, 'reports', lang), { recursive: true });
    fs.writeFileSync(path.join(copy.planContent, 'reports', lang, `${year}.mdx`), text);
  }
};

/** Each mistake, how to make it, and a word of the file the messages must name. */
const mistakes: [string, (copy: SiteCopy) => void, RegExp][] = [
  [
    'a narrative saved as GBK',
    (c) => writeNarratives(c, 2026, iconv.encode(narrative(2026, '本年度空气质量持续改善。'), 'gbk'), narrative(2026, 'Air quality improved.')),
    /reports\/zh\/2026\.mdx/,
  ],
  [
    'a publication date in a narrative header, written 2026/12/2',
    (c) => writeNarratives(c, 2026, narrative(2026, '正文。', 'published: 2026/12/2\n'), narrative(2026, 'Text.')),
    /reports\/zh\/2026\.mdx:3/,
  ],
  [
    'a { in a line that starts with <strong>',
    (c) => writeNarratives(c, 2026, narrative(2026, '<strong>初步{统计}</strong>'), narrative(2026, 'Text.')),
    /reports\/zh\/2026\.mdx:5/,
  ],
  [
    '<ProjectLink> in a report',
    (c) => writeNarratives(c, 2026, narrative(2026, '见<ProjectLink id="x">工程</ProjectLink>。'), narrative(2026, 'Text.')),
    /reports\/zh\/2026\.mdx:5/,
  ],
  [
    '1e308 in two years of a cumulative indicator',
    (c) => {
      for (const year of [2026, 2027]) {
        const file = `plans/${c.plan}/progress/${year}.json`;
        const p = c.read(file);
        p.observations.find((o: { indicator: string }) => o.indicator === 'cod-reduction').value = 1e308;
        c.write(file, p);
      }
    },
    /progress\/202[67]\.json/,
  ],
  ['a malformed indicators.json', (c) => fs.writeFileSync(path.join(c.planData, 'indicators.json'), '{ "groups": [ }'), /indicators\.json/],
  [
    "a translator's note in a Chinese chapter",
    (c) => fs.appendFileSync(path.join(c.planContent, 'zh/chapter-1.mdx'), '\n<TranslatorNote>A note.</TranslatorNote>\n'),
    /zh\/chapter-1\.mdx:\d+/,
  ],
  [
    'a group label written as one string',
    (c) => {
      const file = `plans/${c.plan}/indicators.json`;
      const data = c.read(file);
      data.groups[0].label = '（一）';
      c.write(file, data);
    },
    /indicators\.json/,
  ],
];

describe('the check and the build give the same verdict', () => {
  it.each(mistakes)('%s: refused by both, naming the file, with no stack trace', (_name, make, names) => {
    const copy = siteCopy('county');
    make(copy);
    const checked = check(copy);
    const built = buildCopy(copy, { SITE_TODAY: FIXTURE_TODAY });
    copy.remove();
    expect(checked.ok, checked.output).toBe(false);
    expect(built.ok, built.output).toBe(false);
    expect(checked.output).toMatch(names);
    expect(built.output).toMatch(names);
    for (const out of [checked.output, built.output]) expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // The build stops at its pre-flight, before Astro reads any content.
    expect(built.output).toMatch(/content-preflight/);
    expect(built.output).not.toMatch(/\[content\] Syncing content/);
  });

  it('a site whose every text file has Windows line ends (CRLF) passes both', () => {
    const copy = siteCopy('county');
    const crlf = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        const full = path.join(e.parentPath, e.name);
        if (e.isFile() && /\.(json|mdx)$/.test(e.name)) fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/\r?\n/g, '\r\n'));
      }
    };
    crlf(copy.dataDir);
    crlf(copy.contentDir);
    const checked = check(copy);
    const built = buildCopy(copy, { SITE_TODAY: FIXTURE_TODAY });
    copy.remove();
    expect(checked.ok, checked.output).toBe(true);
    expect(built.ok, built.output).toBe(true);
  });
});
