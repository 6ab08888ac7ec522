/**
 * The generator holds no plan: another district's plan needs new data/ and src/content/ only.
 * No word, id or count of the first plan it publishes may appear in src/ (outside src/content/) or scripts/.
 * Where each kind of decision lives (language, data loading, JSON, the environment): architecture.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/dist.ts';

const FORBIDDEN = [
  '利州',
  'Lizhou',
  '广元',
  'Guangyuan',
  '表1',
  'Table 1',
  '专栏1',
  'eco-2021-2025',
  '十四五',
  '14th Five',
  '32项',
  '32 indicators',
  '氮氧化物',
  'nitrogen oxides',
  '风电场',
  'wind farm',
  '省定',
  'provincial',
  '第八章',
  'Chapter 8',
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === path.join(ROOT, 'src/content') ? [] : files(full);
    return /\.(ts|astro|mjs|css|js)$/.test(e.name) ? [full] : [];
  });
}

describe('the generator', () => {
  it('names nothing of a particular plan in src/ or scripts/', () => {
    const found: string[] = [];
    for (const file of [...files(path.join(ROOT, 'src')), ...files(path.join(ROOT, 'scripts'))]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const word of FORBIDDEN) if (text.includes(word)) found.push(`${path.relative(ROOT, file)}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});
