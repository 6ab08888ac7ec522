/**
 * The message catalogue (src/lib/messages/): every code has its Chinese and its English, written from the same
 * parameters, and every message of the schemas comes from it. No message can reach staff in one language only.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CATALOGUE, CATALOGUE_PARTS } from '../../src/lib/messages/catalogue.ts';
import type { Entry, Lang } from '../../src/lib/messages/entry.ts';
import { msg, render } from '../../src/lib/messages/message.ts';
import { ROOT } from '../helpers/dist.ts';

const entries = Object.entries(CATALOGUE) as [string, Entry<object>][];

/** Renders an entry with its example, recording which parameters the text reads. */
function read(e: Entry<object>, lang: Lang): { text: string; keys: string[] } {
  const keys = new Set<string>();
  const params = new Proxy(e.example as Record<string, unknown>, {
    get(target, key, receiver) {
      if (typeof key === 'string') keys.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
  const text = e[lang](params, (inner) => render(inner, lang));
  return { text, keys: [...keys].sort() };
}

/** Entries that are fragments of other messages (a quoted value), not sentences: no Chinese characters of their own. */
const FRAGMENTS = new Set(['zod.literal']);
/** Words a text may hold on purpose, which would otherwise betray a missing parameter. */
const MEANT: Record<string, RegExp> = { 'schema.number': /NaN/g, 'file.invalidJson': /NaN/g, 'zod.missing': /received undefined/g };

describe('the message catalogue', () => {
  it('defines each code once', () => {
    const codes = Object.values(CATALOGUE_PARTS).flatMap((part) => Object.keys(part));
    expect(codes.length).toBe(new Set(codes).size);
    expect(codes.length).toBe(entries.length);
  });

  it.each(entries)('%s has a Chinese and an English text, from the same parameters', (code, e) => {
    const zh = read(e, 'zh');
    const en = read(e, 'en');
    for (const text of [zh.text, en.text]) {
      expect(text.trim(), code).not.toBe('');
      expect(text.replace(MEANT[code] ?? /^$/, ''), code).not.toMatch(/undefined|\[object Object\]|\bNaN\b|\$\{/);
    }
    if (!FRAGMENTS.has(code)) expect(zh.text, code).toMatch(/\p{Script=Han}/u);
    // Both languages read the same parameters, and every parameter the example documents is read.
    expect(zh.keys, `${code}: the Chinese and the English read different parameters`).toEqual(en.keys);
    expect(zh.keys, `${code}: a documented parameter is not used`).toEqual(Object.keys(e.example).sort());
  });

  it('renders a message held in a parameter in the language of the message that holds it', () => {
    const m = msg('content.attributeText', { attribute: 'title', element: 'Box', problem: msg('text.markup') });
    expect(render(m, 'zh')).toBe('<Box> 的属性 title：只能填写纯文本，不能包含“<”或“>”（不允许HTML或脚本）');
    expect(render(m, 'en')).toBe('the attribute title of <Box> must be plain text without "<" or ">" (no HTML or scripts)');
  });

  it('refuses a code that is not in it', () => {
    expect(() => render({ code: 'no.such.code', params: {} }, 'zh')).toThrow(/No message "no\.such\.code"/);
  });

  it('is used: every code is raised somewhere in the code', () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
        const full = path.join(dir, d.name);
        if (d.isDirectory()) return full.endsWith(path.join('messages', 'catalogue')) || full === path.join(ROOT, 'src/content') ? [] : sources(full);
        return /\.(ts|astro)$/.test(d.name) && !full.endsWith(path.join('messages', 'catalogue.ts')) ? [fs.readFileSync(full, 'utf8')] : [];
      });
    const text = [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'scripts'))].join('\n');
    const unused = entries.map(([code]) => code).filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });
});

describe('the schemas', () => {
  it('write no message of their own: each is a code of the catalogue', () => {
    const dir = path.join(ROOT, 'src/lib/schema');
    const files = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), path.join(ROOT, 'src/content.config.ts')];
    const literal = /(?:\.(?:regex|min|max|length|refine|positive|nonnegative|int)\([^()]*?,\s*|\b(?:message|error):\s*)['"`]/;
    const found = files.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => `${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`)
        .filter((l) => literal.test(l)),
    );
    expect(found).toEqual([]);
  });
});
