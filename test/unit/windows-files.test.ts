/**
 * Files as Windows editors save them: a byte-order mark, CRLF line ends, GBK (Chinese Notepad, Excel and WPS),
 * UTF-16 (Notepad's "Unicode"); data files under a wrong name. Each is read, with a warning saying how, or refused
 * with the file, the line and what to do; nothing is silently left out or published garbled.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { decodeText, encodingProblems, readTextFile } from '../../src/lib/data/text-file.ts';
import { loadSite } from '../../src/lib/data/load.ts';
import { readJsonQuietly } from '../../src/lib/data/load-json.ts';
import { collectProblems } from '../../src/lib/build/checks.ts';
import { checkContentFiles } from '../../src/lib/content/files.ts';
import { checkNarratives } from '../../src/lib/reports/narratives.ts';
import { formatProblem, type Problem } from '../../src/lib/messages/problem.ts';
import { ROOT } from '../helpers/dist.ts';
import { siteFixture, type SiteFixture } from '../helpers/data-fixture.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];
const shown = (problems: Problem[]) => problems.map(formatProblem).join('\n');
/** Every problem has its Chinese wording. */
const chinese = (problems: Problem[]) => {
  for (const p of problems) expect(p.messageZh, p.message).toMatch(/\p{Script=Han}/u);
};
const planFile = (f: SiteFixture, name: string) => f.at(`data/plans/${f.plan}/${name}`);
const chapter = (f: SiteFixture, lang: string, n: number) => f.at(`content/plans/${f.plan}/${lang}/chapter-${n}.mdx`);

describe('decoding', () => {
  const text = '指标,数值\n森林覆盖率,64.1\n';

  it('reads UTF-8 with and without a byte-order mark, GBK and UTF-16 in both byte orders', () => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([...BOM, ...utf8(text)]))).toEqual({ text, encoding: 'utf-8', bom: true });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030', bom: false });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le', bom: true });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toEqual({ text, encoding: 'utf-16be', bom: true });
    // Without its byte-order mark, UTF-16 still shows by the zero byte of every ASCII character.
    expect(decodeText(Buffer.from('year,value\n2028,1\n', 'utf16le'))).toMatchObject({ encoding: 'utf-16le', bom: false });
  });

  it('says what a file is when it is not text', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ notText: 'xlsx' });
    expect(decodeText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({ notText: 'xls' });
    // The first bytes of a PNG image.
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toEqual({ notText: 'binary' });
  });

  it('names what a data or content file is when it is not text, in both languages', () => {
    const data = encodingProblems('data/x.json', { notText: 'xlsx' }, 'data');
    expect(shown(data)).toBe(
      '  ✖ data/x.json: this is not a text file (it looks like an Excel or WPS workbook): data files are JSON text; open it in a text editor, or restore it from Git',
    );
    expect(data[0]!.messageZh).toBe('这不是文本文件（看起来是Excel或WPS工作簿）：数据文件应为JSON文本；请用文本编辑器打开检查，或从Git恢复该文件');
    const content = [...encodingProblems('a.mdx', { notText: 'xls' }, 'content'), ...encodingProblems('b.mdx', { notText: 'binary' }, 'content')];
    expect(content.map((p) => p.message)).toEqual([
      'this is not a text file (it looks like an old Excel or WPS workbook or a Word document): chapters and narratives are MDX text; open it in a text editor, or restore it from Git',
      'this is not a text file (it looks like binary data): chapters and narratives are MDX text; open it in a text editor, or restore it from Git',
    ]);
    chinese(content);
    // UTF-8 is said nothing about, with or without its byte-order mark.
    expect(encodingProblems('c.mdx', { text: '', encoding: 'utf-8', bom: true }, 'content')).toEqual([]);
  });

  it('tells UTF-8 with a broken character from GBK, and names its line', () => {
    // Line 2 loses the last byte of 率 (E7 8E 87): one broken character among twelve whole ones.
    const bytes = Buffer.concat([Buffer.from('{\n  "name": "森林覆盖'), Buffer.from([0xe7, 0x8e]), Buffer.from('",\n  "unit": "百分比和公顷面积"\n}\n')]);
    expect(decodeText(bytes)).toEqual({ notText: 'damaged-utf-8', line: 2 });
  });

  it('gives CRLF and LF files the same text and line numbers', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'text-'));
    fs.writeFileSync(path.join(dir, 'a.mdx'), new Uint8Array([...BOM, ...utf8('---\r\nyear: 2026\r\n---\r\n\r\n正文\r\n')]));
    expect(readTextFile(path.join(dir, 'a.mdx'))).toEqual({ text: '---\nyear: 2026\n---\n\n正文\n', encoding: 'utf-8', bom: true });
  });
});

describe('JSON data files', () => {
  it('are read with a byte-order mark and CRLF line ends, without a word', () => {
    const f = siteFixture();
    const plan = fs.readFileSync(planFile(f, 'plan.json'), 'utf8');
    fs.writeFileSync(planFile(f, 'plan.json'), new Uint8Array([...BOM, ...utf8(plan.replace(/\n/g, '\r\n'))]));
    const loaded = loadSite(f.ctx);
    expect(shown(loaded.problems.filter((p) => p.severity === 'error'))).toBe('');
    expect(loaded.problems.filter((p) => p.file.endsWith('plan.json'))).toEqual([]);
    expect(loaded.data!.current.plan.title.zh).toBe(JSON.parse(plan).title.zh);
  });

  it('are read in GBK and in UTF-16, with a warning naming the encoding', () => {
    const f = siteFixture();
    const places = fs.readFileSync(planFile(f, 'places.json'), 'utf8');
    const glossary = fs.readFileSync(planFile(f, 'glossary.json'), 'utf8');
    fs.writeFileSync(planFile(f, 'places.json'), iconv.encode(places.replace(/\n/g, '\r\n'), 'gbk'));
    fs.writeFileSync(planFile(f, 'glossary.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(glossary, 'utf16le')]));
    const loaded = loadSite(f.ctx);
    const warnings = loaded.problems.filter((p) => p.severity === 'warning' && /encoding/.test(p.message));
    expect(shown(warnings)).toBe(
      [
        `  ⚠ data/plans/${f.plan}/glossary.json: the file is saved in the UTF-16 (Unicode) encoding, not UTF-8; it was read as UTF-16 (Unicode). To be safe, save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)`,
        `  ⚠ data/plans/${f.plan}/places.json: the file is saved in the GBK (GB18030) encoding, not UTF-8; it was read as GBK (GB18030). To be safe, save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)`,
      ].join('\n'),
    );
    expect(warnings[1]!.messageZh).toBe(
      '文件的编码是GBK (GB18030)，不是UTF-8；已按GBK (GB18030)读取。为稳妥起见，请另存为UTF-8编码（记事本：文件 → 另存为 → 编码选 UTF-8）',
    );
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The Chinese text is what the file says, not garbled.
    expect(loaded.data!.current.projects.places[0]!.name.zh).toBe(JSON.parse(places).places[0].name.zh);
    expect(loaded.data!.current.glossary.terms[0]!.zh).toBe(JSON.parse(glossary).terms[0].zh);
  });

  it('are refused when they are UTF-8 with a broken character, naming the line', () => {
    const f = siteFixture();
    const places = fs.readFileSync(planFile(f, 'places.json'));
    const at = places.indexOf(Buffer.from('"zh": "')) + 7; // before the first Chinese name
    const lineOf = places.subarray(0, at).toString('utf8').split('\n').length;
    fs.writeFileSync(planFile(f, 'places.json'), Buffer.concat([places.subarray(0, at), Buffer.from([0xe6]), places.subarray(at)]));
    const problems = loadSite(f.ctx).problems.filter((p) => p.file.endsWith('places.json'));
    expect(shown(problems)).toBe(
      `  ✖ data/plans/${f.plan}/places.json:${lineOf}: the file is UTF-8 with broken characters (first on line ${lineOf}): retype the garbled characters on that line and save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)`,
    );
    chinese(problems);
  });

  it('are read quietly, in any encoding, by the passes that look further into them; what cannot be read is undefined', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'json-quietly-'));
    const write = (name: string, bytes: Uint8Array) => (fs.writeFileSync(path.join(dir, name), bytes), path.join(dir, name));
    const value = { name: { zh: '河流', en: 'River' }, n: [1, 2.5] };
    const text = JSON.stringify(value, null, 2).replace(/\n/g, '\r\n');
    expect(readJsonQuietly(write('bom.json', new Uint8Array([...BOM, ...utf8(text)])))).toEqual(value);
    expect(readJsonQuietly(write('gbk.json', iconv.encode(text, 'gbk')))).toEqual(value);
    expect(readJsonQuietly(write('bad.json', utf8('{ "a": 1, }')))).toBeUndefined();
    expect(readJsonQuietly(write('image.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])))).toBeUndefined();
    expect(readJsonQuietly(path.join(dir, 'missing.json'))).toBeUndefined();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('under another name (Plan.JSON, plan.json.txt) are named with what to rename them to', () => {
    const f = siteFixture();
    fs.renameSync(planFile(f, 'plan.json'), planFile(f, 'Plan.JSON'));
    fs.renameSync(planFile(f, 'places.json'), planFile(f, 'places.json.txt'));
    const problems = loadSite(f.ctx).problems.filter((p) => /missing/.test(p.message));
    expect(shown(problems)).toContain(`  ✖ data/plans/${f.plan}/plan.json: file is missing; there is a file "Plan.JSON": rename it to "plan.json"`);
    expect(shown(problems)).toContain(`  ✖ data/plans/${f.plan}/places.json: file is missing; there is a file "places.json.txt": rename it to "places.json"`);
    chinese(problems);
    expect(problems[0]!.messageZh).toBe('文件不存在；但有一个文件“Plan.JSON”：请把它改名为“plan.json”');
  });
});

describe('progress files under a wrong name', () => {
  it('are refused by name, with what to rename them to, not left out silently', () => {
    const f = siteFixture();
    const progress = (name: string) => planFile(f, `progress/${name}`);
    fs.writeFileSync(progress('2028.JSON'), JSON.stringify({ year: 2028, observations: [] }));
    fs.copyFileSync(progress('2026.json'), progress('2026.json.txt'));
    fs.writeFileSync(progress('说明.txt'), 'notes');
    for (const ignored of ['.gitkeep', 'Thumbs.db', 'desktop.ini']) fs.writeFileSync(progress(ignored), '');
    const dir = `data/plans/${f.plan}/progress`;
    const problems = loadSite(f.ctx).problems.filter((p) => p.file.startsWith(`${dir}/`) && /not read/.test(p.message));
    expect(shown(problems)).toBe(
      [
        `  ✖ ${dir}/2026.json.txt: this file in progress/ is not read: only files named <year>.json are, and 2026.json exists already; copy what this file adds into 2026.json, then delete this file`,
        `  ✖ ${dir}/2028.JSON: this file in progress/ is not read: only files named <year>.json are; rename it to 2028.json`,
        `  ✖ ${dir}/说明.txt: this file in progress/ is not read: only files named <year>.json are; rename it after the year of its figures (four digits, then .json in lower case), or move it out of progress/`,
      ].join('\n'),
    );
    chinese(problems);
    expect(problems[1]!.messageZh).toBe('progress文件夹中的这个文件不会被读取：只读取以年份命名的文件（年份.json）；请把它改名为 2028.json');
    // The check stops on them (test/cli/windows-files.test.ts), and so does the build: both run the same list of checks.
  });
});

describe('chapters and narratives', () => {
  it('are read with a byte-order mark and CRLF line ends (which Astro reads too)', () => {
    const f = siteFixture();
    for (const lang of ['zh', 'en']) {
      const file = chapter(f, lang, 2);
      fs.writeFileSync(file, new Uint8Array([...BOM, ...utf8(fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'))]));
    }
    expect(checkContentFiles(f.ctx)).toEqual([]);
    expect(shown(collectProblems(f.ctx).filter((p) => p.severity === 'error'))).toBe('');
  });

  it('in GBK are refused: the builder would publish them garbled; staff are told to save them as UTF-8', () => {
    const f = siteFixture();
    const file = chapter(f, 'zh', 1);
    fs.writeFileSync(file, iconv.encode(fs.readFileSync(file, 'utf8'), 'gbk'));
    const problems = checkContentFiles(f.ctx);
    expect(shown(problems)).toBe(
      `  ✖ content/plans/${f.plan}/zh/chapter-1.mdx: the file is saved in the GBK (GB18030) encoding, which the site builder cannot read (it reads UTF-8 only and would publish garbled text): save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)`,
    );
    expect(problems[0]!.messageZh).toBe(
      '文件的编码是GBK (GB18030)，生成网站时无法读取（只能读取UTF-8，否则会发布乱码）：请另存为UTF-8编码（记事本：文件 → 另存为 → 编码选 UTF-8）',
    );
    // The same list of checks stops `npm run check` and the build's pre-flight.
    expect(
      collectProblems(f.ctx)
        .filter((p) => p.severity === 'error')
        .map((p) => p.message),
    ).toContain(problems[0]!.message);
  });

  it('in UTF-16 are refused the same way', () => {
    const f = siteFixture();
    const file = chapter(f, 'en', 1);
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(file, 'utf8'), 'utf16le')]));
    expect(checkContentFiles(f.ctx).map((p) => p.message)).toEqual([
      expect.stringMatching(/^the file is saved in the UTF-16 \(Unicode\) encoding, which the site builder cannot read .*save it as UTF-8/),
    ]);
  });

  it('a narrative saved with CRLF keeps its year (it used to read "the year does not match the file name")', () => {
    const f = siteFixture();
    const plan = loadSite(f.ctx).data!.current;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'));
    for (const lang of ['zh', 'en']) {
      fs.mkdirSync(path.join(dir, lang));
      fs.writeFileSync(path.join(dir, lang, '2026.mdx'), new Uint8Array([...BOM, ...utf8('---\r\nyear: 2026\r\n---\r\n\r\nText.\r\n')]));
    }
    expect(shown(checkNarratives(dir, dir, plan))).toBe('');
  });
});

describe('.gitattributes', () => {
  it('keeps text files LF in the working tree on every platform, and binary files as they are', () => {
    const attributes = fs.readFileSync(path.join(ROOT, '.gitattributes'), 'utf8');
    expect(attributes).toMatch(/^\* text=auto eol=lf$/m);
    const attr = (file: string) => spawnSync('git', ['check-attr', 'text', 'eol', 'binary', '--', file], { cwd: ROOT, encoding: 'utf8' }).stdout;
    expect(attr('src/content/plans/x/zh/chapter-1.mdx')).toContain('eol: lf');
    expect(attr('data/plans/x/progress/2026.json')).toContain('eol: lf');
    expect(attr('public/x.png')).toContain('binary: set');
    expect(attr('tmp/x.xlsx')).toContain('binary: set');
  });
});
