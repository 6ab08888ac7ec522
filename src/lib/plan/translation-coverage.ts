/** Translation coverage: every data field, UI string and page that has one language but not the other. */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../messages/problem.ts';
import { readJsonQuietly } from '../data/load-json.ts';
import { zh as zhUi } from '../../i18n/zh.ts';
import { en as enUi } from '../../i18n/en.ts';
import { say } from '../messages/message.ts';

/** Walks a JSON value and reports every {zh, en} pair with one side missing or empty. */
export function localizedGaps(file: string, value: unknown, at = ''): Problem[] {
  const out: Problem[] = [];
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}[${i}]`));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const hasZh = typeof o.zh === 'string' && o.zh.trim() !== '';
    const hasEn = typeof o.en === 'string' && o.en.trim() !== '';
    if (('zh' in o || 'en' in o) && hasZh !== hasEn) {
      out.push({
        file,
        path: `${p}.${hasZh ? 'en' : 'zh'}`,
        value: hasZh ? o.zh : o.en,
        ...say(hasZh ? 'translation.zhOnly' : 'translation.enOnly'),
        severity: 'error',
      });
    }
    for (const [k, x] of Object.entries(o)) walk(x, p ? `${p}.${k}` : k);
  };
  walk(value, at);
  return out;
}

export function uiGaps(): Problem[] {
  const out: Problem[] = [];
  const keys = new Set([...Object.keys(zhUi), ...Object.keys(enUi)]);
  for (const k of keys) {
    const z = (zhUi as Record<string, string>)[k];
    const e = (enUi as Record<string, string>)[k];
    if (!z?.trim()) out.push({ file: 'src/i18n/zh.ts', path: k, ...say('translation.uiNoZh'), severity: 'error' });
    if (!e?.trim()) out.push({ file: 'src/i18n/en.ts', path: k, ...say('translation.uiNoEn'), severity: 'error' });
  }
  return out;
}

/** Chinese pages (plan chapters) without their English counterpart, and the reverse. */
export function pageGaps(root: string, folder: string): Problem[] {
  const out: Problem[] = [];
  const base = path.resolve(root, folder);
  const dir = path.relative(root, base).split(path.sep).join('/');
  const list = (lang: string) => new Set(fs.existsSync(path.join(base, lang)) ? fs.readdirSync(path.join(base, lang)).filter((f) => f.endsWith('.mdx')) : []);
  const zh = list('zh');
  const en = list('en');
  for (const f of zh) if (!en.has(f)) out.push({ file: `${dir}/en/${f}`, ...say('translation.pageNoEn', { file: `${dir}/zh/${f}` }), severity: 'error' });
  for (const f of en) if (!zh.has(f)) out.push({ file: `${dir}/zh/${f}`, ...say('translation.pageNoZh', { file: `${dir}/en/${f}` }), severity: 'error' });
  return out;
}

/** Every JSON data file under a folder, checked for one-sided translations. */
export function dataGaps(root: string, folder: string): Problem[] {
  const out: Problem[] = [];
  const dir = path.relative(root, path.resolve(root, folder)).split(path.sep).join('/');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.resolve(root, d), { withFileTypes: true })) {
      const rel = `${d}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.json')) {
        // Unreadable or invalid JSON is reported by the data checks.
        const data = readJsonQuietly(path.resolve(root, rel));
        if (data !== undefined) out.push(...localizedGaps(rel, data));
      }
    }
  };
  walk(dir);
  return out;
}
