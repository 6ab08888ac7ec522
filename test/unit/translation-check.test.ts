import { describe, expect, it } from 'vitest';
import {
  checkDataTranslation,
  checkTranslation,
  chineseNumbers,
  cjkShare,
  inconsistentTerms,
  misspelledWords,
  missingNumbers,
} from '../../src/lib/plan/translation.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { siteFixture } from '../helpers/data-fixture.ts';

describe('translation checks', () => {
  it('accepts 万 and 亿 multiplied out, and month names', () => {
    expect(chineseNumbers('植树造林2万亩')[0]!.values).toEqual([2, 20000]);
    expect(missingNumbers('累计完成植树造林21.91万亩', 'a total of 219,100 mu')).toEqual([]);
    expect(missingNumbers('地区生产总值达338.6亿元', 'GDP reached CNY 33.86 billion')).toEqual([]);
    expect(missingNumbers('2020年3月出台', 'issued in March 2020')).toEqual([]);
  });

  it('reports a number that is missing or changed', () => {
    expect(missingNumbers('优良天数比例为96.7%，提升2个百分点', 'the share was 96.7%, up 3 points')).toEqual(['2']);
  });

  it('measures leftover Chinese', () => {
    expect(cjkShare('Jialing River (嘉陵江) flows south')).toBeLessThan(0.15);
    expect(cjkShare('嘉陵江生态廊道建设')).toBe(1);
  });

  it('flags a glossary term translated differently', () => {
    const glossary = [{ id: 'x', zh: '黑臭水体', en: 'black and odorous water' }];
    expect(inconsistentTerms('消除黑臭水体', 'eliminate black and odorous water bodies', glossary)).toEqual([]);
    expect(inconsistentTerms('消除黑臭水体', 'eliminate black and smelly water', glossary)).toHaveLength(1);
  });
});

const SPELLING = [
  { avoid: 'organis', use: 'organiz', except: ['organism'] },
  { avoid: 'color', use: 'colour' },
  { avoid: 'program', use: 'programme', except: ['programming'] },
];

describe('the spelling convention', () => {
  it('flags each word that begins as a rule says not to, once, whatever its case', () => {
    const found = misspelledWords('Organised groups organised a programme; the organisation organised it in color.', SPELLING);
    expect(found.map((f) => f.word)).toEqual(['Organised', 'organisation', 'color']);
    expect(found[0]!.rule.use).toBe('organiz');
  });

  it('leaves the preferred form, and the exceptions, alone', () => {
    expect(misspelledWords('Organized organisms; programmes; programming; colour; colourful.', SPELLING)).toEqual([]);
    expect(misspelledWords('three programs', SPELLING).map((f) => f.word)).toEqual(['programs']);
  });

  it('is checked in every chapter paragraph, with the section and paragraph named', () => {
    const zh = '<h2 id="section-1">第一节　概况</h2>\n\n组织实施。\n';
    const en =
      '<h2 id="section-1">Section 1 Overview</h2>\n\nThe work will be organised and carried out, and the whole programme will be carried out in the county seat with care.\n';
    const problems = checkTranslation(zh, en, [], SPELLING);
    expect(problems).toMatchObject([
      { section: 'section-1', paragraph: 1, message: 'spelling: "organised" is written "organiz…", not "organis…" (the glossary\'s spelling convention)' },
    ]);
    expect(checkTranslation(zh, en.replace('organised', 'organized'), [], SPELLING)).toEqual([]);
  });
});

describe('the English of the data files', () => {
  const glossary = [{ id: 'river', zh: '清溪河', en: 'Qingxi River' }];

  it('holds every {zh, en} pair, at any depth, to the glossary and the spelling, naming the JSON path', () => {
    const data = {
      name: { zh: '清溪河整治', en: 'Qingxi Creek improvement' },
      items: [{ note: { zh: '清溪河', en: 'The Qingxi River, as organised' } }, { note: { zh: '其他', en: 'Other' } }],
    };
    expect(checkDataTranslation(data, glossary, SPELLING)).toMatchObject([
      { path: 'name.en', message: 'glossary term 清溪河 should be translated as "Qingxi River"' },
      { path: 'items[0].note.en', message: 'spelling: "organised" is written "organiz…", not "organis…" (the glossary\'s spelling convention)' },
    ]);
    expect(checkDataTranslation({ zh: '清溪河', en: 'qingxi river' }, glossary)).toEqual([]);
  });

  it('refuses a malformed or repeated spelling rule in npm run check, in both languages', () => {
    const f = siteFixture();
    f.edit('glossary.json', (g) => {
      g.spelling = {
        description: { zh: '拼写', en: 'Spelling' },
        rules: [
          { avoid: 'organis', use: 'organiz' },
          { avoid: 'Organis', use: 'organiz' },
          { avoid: 'util-is', use: 'utiliz' },
        ],
      };
    });
    const problems = loadSite(f.ctx).problems.filter((p) => p.file.endsWith('glossary.json'));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['spelling.rules[2].avoid', 'expected the beginning of a word, in letters only, e.g. "organis"'],
    ]);
    f.edit('glossary.json', (g) => {
      g.spelling.rules.pop();
    });
    const repeated = loadSite(f.ctx).problems.filter((p) => p.file.endsWith('glossary.json'));
    expect(repeated.map((p) => [p.path, p.message, p.severity])).toEqual([
      ['spelling.rules[1].avoid', 'this spelling rule repeats spelling.rules[0]', 'error'],
    ]);
    for (const p of [...problems, ...repeated]) expect(p.messageZh, p.message).toMatch(/\p{Script=Han}/u);
  });
});
