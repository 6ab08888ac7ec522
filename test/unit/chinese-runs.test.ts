/** Chinese in pages of the other language is marked as Chinese (expectations written by hand). */
import { describe, expect, it } from 'vitest';
import { markChineseRuns } from '../../src/lib/html/chinese-runs.ts';

const page = (body: string, head = '<title>T</title>', lang = 'en') => `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
const mark = (body: string) => markChineseRuns(page(body), 'zh-CN');
const Z = (s: string) => `<span lang="zh-CN">${s}</span>`;

describe('marking Chinese runs in pages of another language', () => {
  it('wraps each run of Han characters, CJK punctuation and full-width forms, and counts the spans', () => {
    expect(mark('<p>Sihezi River (泗河子) and Qingjiang River (清江河).</p>')).toEqual({
      html: page(`<p>Sihezi River (${Z('泗河子')}) and Qingjiang River (${Z('清江河')}).</p>`),
      spans: 2,
    });
    expect(mark('<p>Source: 示例项目进展（非官方信息）/ Demonstration</p>').html).toBe(
      page(`<p>Source: ${Z('示例项目进展（非官方信息）')}/ Demonstration</p>`),
    );
    // Quotation marks around the whole run belong to the English sentence.
    expect(mark('<p>Box 1 writes “唐官帽山风电场”.</p>').html).toBe(page(`<p>Box 1 writes “${Z('唐官帽山风电场')}”.</p>`));
  });

  it('keeps spaces, digits and quotation marks between Chinese characters in the run', () => {
    expect(mark('<td>“双碳”目标: the goals</td>').html).toBe(page(`<td>${Z('“双碳”目标')}: the goals</td>`));
    expect(mark('<p>10 t — 2021年度示例数据 / data</p>').html).toBe(page(`<p>10 t — 2021${Z('年度示例数据')} / data</p>`));
    expect(mark('<p>第 2 章</p>').html).toBe(page(`<p>${Z('第 2 章')}</p>`));
  });

  it('marks each text node, inside any element, and keeps entities and markup as written', () => {
    expect(mark('<p><a href="/x/">广元</a> &amp; <strong>利州</strong>区</p>').html).toBe(
      page(`<p><a href="/x/">${Z('广元')}</a> &amp; <strong>${Z('利州')}</strong>${Z('区')}</p>`),
    );
    expect(mark('<table><tr><th scope="col">(一) Environmental governance</th></tr></table>').html).toBe(
      page(`<table><tr><th scope="col">(${Z('一')}) Environmental governance</th></tr></table>`),
    );
  });

  it('leaves text already in a Chinese element, attributes, the title, scripts, JSON data and styles as they are', () => {
    const untouched = [
      '<p lang="zh-CN">泗河子 <em>清江河</em></p>',
      '<div lang="zh"><p>中文</p></div>',
      '<a href="/zh/" hreflang="zh-CN" aria-label="中文" title="中文">Chinese</a>',
      '<script type="application/json">{"name":"泗河子"}</script>',
      '<script>const a = "中";</script>',
      '<style>.x::after { content: "中"; }</style>',
      '<!-- 注释 -->',
      '<select><option>中文</option></select>',
      '<textarea>中文</textarea>',
    ];
    for (const body of untouched) expect(mark(body), body).toEqual({ html: page(body), spans: 0 });
    const head = '<title>泗河子</title><meta name="description" content="泗河子">';
    expect(markChineseRuns(page('<p>x</p>', head), 'zh-CN').spans).toBe(0);
  });

  it('marks English inside a Chinese element again where an element says it is English', () => {
    expect(mark('<div lang="zh-CN"><p lang="en">Sihezi (泗河子)</p></div>').html).toBe(
      page(`<div lang="zh-CN"><p lang="en">Sihezi (${Z('泗河子')})</p></div>`),
    );
  });

  it('leaves Chinese pages as they are', () => {
    const zh = page('<p>泗河子</p>', '<title>T</title>', 'zh-CN');
    expect(markChineseRuns(zh, 'zh-CN')).toEqual({ html: zh, spans: 0 });
  });
});
