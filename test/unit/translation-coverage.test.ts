/** Translation coverage (src/lib/plan/translation-coverage.ts): data fields, UI strings and chapters without their other language. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { siteFixture } from '../helpers/data-fixture.ts';
import { localizedGaps, pageGaps, uiGaps } from '../../src/lib/plan/translation-coverage.ts';

describe('translation coverage', () => {
  it('finds a data field with Chinese but no English, and the reverse', () => {
    const gaps = localizedGaps('data/x.json', { items: [{ name: { zh: '名称', en: '' } }, { note: { en: 'Only English' } }] });
    expect(gaps.map((g) => `${g.path}: ${g.message}`)).toEqual([
      'items[0].name.en: has Chinese but no English',
      'items[1].note.zh: has English but no Chinese',
    ]);
  });
  it('finds no missing UI string', () => {
    expect(uiGaps()).toEqual([]);
  });
  it('finds a chapter without its English version (npm run check failing on it: test/cli/check-command.test.ts)', () => {
    const f = siteFixture();
    fs.rmSync(f.at(`content/plans/${f.plan}/en/chapter-2.mdx`));
    expect(pageGaps(f.root, f.at(`content/plans/${f.plan}`)).map((p) => p.message)).toEqual([
      `missing translation: content/plans/${f.plan}/zh/chapter-2.mdx has no English version`,
    ]);
  });
});
