/** Report narratives that do not fit the data stop the build with a precise message. */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataPaths, loadData } from '../../src/lib/data/load.ts';
import { checkNarratives } from '../../src/lib/reports/narratives.ts';
import { formatProblem } from '../../src/lib/data/errors.ts';
import { ROOT } from '../helpers/dist.ts';

const demo = loadData(dataPaths(ROOT, 'demo')).data!;
const real = loadData(dataPaths(ROOT, 'real')).data!;

function narratives(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  process.env.REPORTS_CONTENT_DIR = dir;
  return dir;
}
afterEach(() => delete process.env.REPORTS_CONTENT_DIR);

const doc = (year: number, published: string, body = 'Text.') => `---\nyear: ${year}\npublished: ${published}\n---\n\n${body}\n`;
const messages = (data: typeof demo) => checkNarratives(ROOT, data).map(formatProblem).join('\n');

describe('report narratives', () => {
  it('accept a narrative that fits', () => {
    narratives({ 'zh/2023.mdx': doc(2023, '2024-04-15'), 'en/2023.mdx': doc(2023, '2024-04-15') });
    expect(messages(demo)).toBe('');
  });
  it('reject a narrative for a year with no data', () => {
    narratives({ 'zh/2024.mdx': doc(2024, '2025-04-01'), 'en/2024.mdx': doc(2024, '2025-04-01') });
    expect(messages(real)).toMatch(/zh\/2024\.mdx → year: there is no data for 2024 yet .* \(found 2024\)/);
  });
  it('reject a publication date before the figures it relies on', () => {
    narratives({ 'zh/2023.mdx': doc(2023, '2024-01-01'), 'en/2023.mdx': doc(2023, '2024-01-01') });
    expect(messages(demo)).toMatch(/zh\/2023\.mdx → published: the publication date is before the 2023 figures it relies on were published \(the last of them on 2024-\d\d-\d\d\) \(found "2024-01-01"\)/);
  });
  it('reject an unknown indicator id, naming the line', () => {
    narratives({ 'zh/2023.mdx': doc(2023, '2024-04-15', '见<IndicatorRef id="pm10">PM10</IndicatorRef>。'), 'en/2023.mdx': doc(2023, '2024-04-15') });
    expect(messages(demo)).toMatch(/zh\/2023\.mdx:6: unknown indicator id in <IndicatorRef> .* \(found "pm10"\)/);
  });
  it('reject a narrative without its translation, and broken MDX', () => {
    narratives({ 'zh/2023.mdx': doc(2023, '2024-04-15', '<h2 id="x">前言</h2'), 'en/2022.mdx': doc(2022, '2023-04-15') });
    const m = messages(demo);
    expect(m).toMatch(/en\/2023\.mdx: missing: the zh narrative for 2023 has no English counterpart/);
    expect(m).toMatch(/zh\/2022\.mdx: missing: the en narrative for 2022 has no Chinese counterpart/);
    expect(m).toMatch(/zh\/2023\.mdx:\d+: MDX does not parse/);
  });
});

describe('report narrative text', () => {
  it('rejects curly braces in text and anchors the report page uses', () => {
    narratives({
      'zh/2023.mdx': doc(2023, '2024-04-15', '<h2 id="summary">前言</h2>\n\n见{附表}。'),
      'en/2023.mdx': doc(2023, '2024-04-15'),
    });
    const m = messages(demo);
    expect(m).toMatch(/zh\/2023\.mdx:6 → .*the anchor "summary" is used by the report page itself|zh\/2023\.mdx:6: the anchor "summary" is used by the report page itself/);
    expect(m).toMatch(/zh\/2023\.mdx:8: curly braces \{ \} are not allowed in text/);
  });
});
