/** Report narratives that do not fit the data stop the build with a precise message. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSite } from '../../src/lib/data/load.ts';
import { checkNarratives } from '../../src/lib/reports/narratives.ts';
import { formatProblem } from '../../src/lib/data/errors.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

// The county fixture plan has figures for 2026 (the last published 2027-05-20) and 2027, none for 2028.
const plan = loadSite(siteFixture().ctx).data!.current;
let dir = '';

function narratives(files: Record<string, string>): void {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
}

const doc = (year: number, published: string, body = 'Text.') => `---\nyear: ${year}\npublished: ${published}\n---\n\n${body}\n`;
const messages = () => checkNarratives(dir, dir, plan).map(formatProblem).join('\n');

describe('report narratives', () => {
  it('accept a narrative that fits', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '2027-06-01'), 'en/2026.mdx': doc(2026, '2027-06-01') });
    expect(messages()).toBe('');
  });
  it('reject a narrative for a year with no data', () => {
    narratives({ 'zh/2028.mdx': doc(2028, '2029-04-01'), 'en/2028.mdx': doc(2028, '2029-04-01') });
    expect(messages()).toMatch(/zh\/2028\.mdx → year: there is no data for 2028 yet .* \(found 2028\)/);
  });
  it('reject a publication date before the figures it relies on', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '2027-01-01'), 'en/2026.mdx': doc(2026, '2027-01-01') });
    expect(messages()).toMatch(/zh\/2026\.mdx → published: the publication date is before the 2026 figures it relies on were published \(the last of them on 2027-05-20\) \(found "2027-01-01"\)/);
  });
  it('reject an unknown indicator id, naming the line', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '2027-06-01', '见<IndicatorRef id="pm10">PM10</IndicatorRef>。'), 'en/2026.mdx': doc(2026, '2027-06-01') });
    expect(messages()).toMatch(/zh\/2026\.mdx:6: unknown indicator id in <IndicatorRef> .* \(found "pm10"\)/);
  });
  it('reject a narrative without its translation', () => {
    narratives({ 'zh/2026.mdx': doc(2026, '2027-06-01'), 'en/2027.mdx': doc(2027, '2028-06-01') });
    const m = messages();
    expect(m).toMatch(/en\/2026\.mdx: missing: the zh narrative for 2026 has no English counterpart/);
    expect(m).toMatch(/zh\/2027\.mdx: missing: the en narrative for 2027 has no Chinese counterpart/);
  });
});

describe('report narrative text', () => {
  it('rejects anchors the report page uses', () => {
    narratives({
      'zh/2026.mdx': doc(2026, '2027-06-01', '<h2 id="summary">前言</h2>\n\n见{附表}。'),
      'en/2026.mdx': doc(2026, '2027-06-01'),
    });
    const m = messages();
    expect(m).toMatch(/zh\/2026\.mdx:6 → .*the anchor "summary" is used by the report page itself|zh\/2026\.mdx:6: the anchor "summary" is used by the report page itself/);
  });
});
