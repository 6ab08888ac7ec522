/**
 * The one-way data flow, held by grep: each kind of decision has one home, and a line outside it fails with its
 * file and line. Language is decided in src/i18n (dictionaries and the locale module); data is loaded by src/lib
 * and handed to pages, never by a component or layout; JSON is parsed by the data loader (and by browser scripts,
 * which read their own data attributes); the environment is read by the build context.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/dist.ts';

const COMMENT = /^\s*(\*|\/\/|\/\*)/;

/** Every source file under src/ (staff content excluded), relative to the root with "/" separators. */
function sources(dir = path.join(ROOT, 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === path.join(ROOT, 'src/content') ? [] : sources(full);
    return /\.(ts|astro|mjs|js)$/.test(e.name) ? [path.relative(ROOT, full).split(path.sep).join('/')] : [];
  });
}

/** "file:line: text" for every line of code (comments aside) matching `pattern` in the source files `where` selects. */
function offending(pattern: RegExp, where: (file: string) => boolean): string[] {
  return sources()
    .filter(where)
    .flatMap((file) =>
      fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) && !COMMENT.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
}

const outside =
  (...homes: string[]) =>
  (file: string) =>
    !homes.some((h) => file === h || file.startsWith(h));
const inside =
  (...folders: string[]) =>
  (file: string) =>
    folders.some((f) => file.startsWith(f));

/**
 * A comparison with a language: `lang === 'zh'`, `'en' !== page.lang`, `src.lang === x`, `switch (lang)`. A function
 * named for a language (`lang(header[0]) !== lang(h)`, the language of two CSV columns) compares data and passes.
 */
const LANG = String.raw`(?:[\w$]+\.)*[\w$]*lang\b(?!\s*\()`;
const LANGUAGE_BRANCH = new RegExp(String.raw`${LANG}\s*[!=]==?|[!=]==?\s*${LANG}|switch\s*\(\s*${LANG}\s*\)`, 'i');

/** A language's code written out (the locale module names them: htmlLang, intlLocale, ogLocale, feedLanguage). */
const LANGUAGE_CODE = /(['"`])(zh-CN|zh-cn|zh_CN|en-GB|en_GB)\1|\blang="(zh|en)\b/;

/** The functions that read data files or content collections. */
const DATA_LOAD =
  /\b(siteData|planData|projectData|planChapters|planRefResolver|chapterEntry|publishedReports|narrativeEntry|loadSite|loadPlan|readValidated|readJsonFile|readJsonQuietly|readFileSync|getCollection|getEntry)\s*\(/;

/**
 * A number or date formatted, a date chosen or text cut in markup: the views (src/lib/views/) hand pages and
 * components their values ready to show.
 */
const FORMAT_OR_RULE =
  /\b(formatNumber|formatDate|formatList|joinUnit|latestDate|describeText|printedName)\s*\(|\.(toFixed|toPrecision|toLocale\w*String|slice|substring)\(|\bIntl\.|\bMath\.\w+\(|\bnew Date\(|\bparse(Int|Float)\(/;

describe('the architecture', () => {
  it('decides language only in src/i18n (dictionaries and the locale module)', () => {
    expect(offending(LANGUAGE_BRANCH, outside('src/i18n/'))).toEqual([]);
  });

  it('writes no language code outside src/i18n: lang attributes come from the locale module', () => {
    expect(offending(LANGUAGE_CODE, outside('src/i18n/'))).toEqual([]);
  });

  it('loads no data in pages, components or layouts: they get it from Astro.locals (src/middleware.ts) or their props', () => {
    expect(offending(DATA_LOAD, inside('src/components/', 'src/layouts/'))).toEqual([]);
    // A page renders the MDX it shows (a chapter, a report's narrative), as Astro renders a collection entry: the
    // one load a page makes, of the entry its route names. Paths come from src/lib/routing/static-paths.ts.
    const ENTRY = /\b(chapterEntry|narrativeEntry)\s*\(/;
    expect(offending(DATA_LOAD, (f) => f.startsWith('src/pages/')).filter((line) => !ENTRY.test(line))).toEqual([]);
  });

  it('keeps src/lib in folders named for what they hold, and browser code in src/browser', () => {
    const lib = path.join(ROOT, 'src/lib');
    expect(fs.readdirSync(lib).filter((f) => fs.statSync(path.join(lib, f)).isFile())).toEqual([]);
    expect(fs.existsSync(path.join(ROOT, 'src/scripts'))).toBe(false);
  });

  it('formats no number or date, picks no date and cuts no text in pages, components or layouts', () => {
    expect(offending(FORMAT_OR_RULE, inside('src/pages/', 'src/components/', 'src/layouts/'))).toEqual([]);
  });

  it('parses JSON only in the data loader and in browser scripts reading their own data attributes', () => {
    expect(offending(/JSON\.parse\b/, outside('src/lib/data/load-json.ts', 'src/browser/'))).toEqual([]);
  });

  it('reads the environment only in its build context (and the hooks that hand it on)', () => {
    // content-preflight passes process.env to the build context; search-index sets a Pagefind option that
    // Pagefind reads only from its environment.
    expect(
      offending(/process\.env\b/, outside('src/lib/build/context.ts', 'src/integrations/content-preflight.ts', 'src/integrations/search-index.ts')),
    ).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    for (const bad of [
      "lang === 'zh' ? a : b",
      "if (lang !== 'en')",
      "'en' === lang",
      'x.lang === lang',
      'context.params.lang === "en"',
      'switch (lang) {',
      'pageLang == other',
    ])
      expect(LANGUAGE_BRANCH.test(bad), bad).toBe(true);
    for (const fine of [
      't[lang]',
      'htmlLang(lang)',
      'const lang = Astro.locals.lang;',
      'langAttr(shown.lang, lang)',
      'language: "zh"',
      'lang(header[0]) !== lang(h)',
    ])
      expect(LANGUAGE_BRANCH.test(fine), fine).toBe(false);
    for (const bad of ['<span lang="zh-CN">', "new Intl.NumberFormat('en-GB')", '<td lang="en">']) expect(LANGUAGE_CODE.test(bad), bad).toBe(true);
    for (const fine of ["<span lang={langAttr('zh', lang)}>", 'lang={htmlLang(l)}', 'hreflang={htmlLang(target)}'])
      expect(LANGUAGE_CODE.test(fine), fine).toBe(false);
    for (const bad of [
      '{formatDate(updated, lang)}',
      'value.toFixed(1)',
      'latestDate([a, b])',
      'text.slice(0, 160)',
      'new Intl.NumberFormat(x)',
      'Math.round(v)',
      'n.toLocaleString()',
    ])
      expect(FORMAT_OR_RULE.test(bad), bad).toBe(true);
    for (const fine of ['{updated.text}', '<time datetime={view.published}>', 'rows.map((r) => r.figure)']) expect(FORMAT_OR_RULE.test(fine), fine).toBe(false);
    expect(DATA_LOAD.test('const site = siteData();')).toBe(true);
    expect(DATA_LOAD.test('import type { SiteData } from "../lib/data/load.ts";')).toBe(false);
  });
});
