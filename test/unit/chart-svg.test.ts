/**
 * The build-time charts: the y axis rule (from zero, headroom, nice steps), the inline SVG's accessibility,
 * geometry and escaping, the download variant and its PNG, and the sparkline. Expected values worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { niceAxis } from '../../src/lib/charts/axis.ts';
import { chartSvg, legendSwatchSvg, sparklineSvg, type ChartSpec } from '../../src/lib/charts/svg.ts';
import { SERIES_STYLE } from '../../src/lib/charts/style.ts';

const YEARS = [2021, 2022, 2023, 2024, 2025];

function spec(over: Partial<ChartSpec> = {}): ChartSpec {
  return {
    id: 'chart-x',
    title: '平均浓度',
    heading: '平均浓度（微克/立方米）',
    unit: '微克/立方米',
    lang: 'zh',
    years: YEARS,
    series: [
      { key: 'values', label: '实际值', data: [28.1, 26.4, null, 24.8, 23.4] },
      { key: 'path', label: '目标路径', data: [29, null, 27, 26, 25] },
      { key: 'target', label: '目标值', data: YEARS.map(() => 25) },
    ],
    nonNegative: true,
    summary: '2021年28.1，2025年23.4；目标25。',
    ...over,
  };
}

const svgOf = (markup: string) => parse(markup).querySelector('svg')!;
const num = (el: HTMLElement, name: string) => Number(el.getAttribute(name));
const byStroke = (svg: HTMLElement, tag: string, color: string) => svg.querySelectorAll(tag).filter((e) => e.getAttribute('stroke') === color);
const pointsOf = (polyline: HTMLElement) =>
  polyline
    .getAttribute('points')!
    .split(' ')
    .map((p) => p.split(',').map(Number) as [number, number]);
/** y of the top grid line: the top of the plot area. */
const plotTop = (svg: HTMLElement) =>
  Math.min(
    ...svg
      .querySelectorAll('line')
      .filter((l) => l.getAttribute('y1') === l.getAttribute('y2') && l.getAttribute('stroke') === '#dddddd')
      .map((l) => num(l, 'y1')),
  );

describe('niceAxis', () => {
  it('stops at the highest possible figure: a share of 96–97.3 % runs 0–100 in steps of 20, not to 125', () => {
    expect(niceAxis([96, 96.7, 97.3], { nonNegative: true, ceiling: 100 })).toEqual({ min: 0, max: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] });
    // Without a ceiling the headroom rule would go past 100.
    expect(niceAxis([96, 96.7, 97.3], { nonNegative: true }).max).toBeGreaterThan(100);
    // A figure beyond the ceiling (a declared exception) is never cut off.
    expect(niceAxis([96, 104], { nonNegative: true, ceiling: 100 }).max).toBeGreaterThan(104);
  });

  it('starts a non-negative quantity at zero and leaves room above the highest value', () => {
    // 25.2 needs a top of at least 25.2 / 0.92 = 27.4; 0–30 by 10 is the tightest nice fit with 4–6 ticks.
    expect(niceAxis([24.8, 25.2, 23.4], { nonNegative: true })).toEqual({ min: 0, max: 30, step: 10, ticks: [0, 10, 20, 30] });
  });

  it('does not zoom in on small differences between large shares', () => {
    // 97 needs a top of at least 105.4: 0–125 by 25 (0–120 by 20 would be seven ticks).
    const axis = niceAxis([96.0, 96.7, 97.0], { nonNegative: true });
    expect(axis.min).toBe(0);
    expect(axis).toEqual({ min: 0, max: 125, step: 25, ticks: [0, 25, 50, 75, 100, 125] });
  });

  it('floors a quantity that can be negative below its lowest value', () => {
    expect(niceAxis([-3.2, 1.5, 4], { nonNegative: false })).toEqual({ min: -4, max: 6, step: 2, ticks: [-4, -2, 0, 2, 4, 6] });
    // Declared non-negative but a negative figure: the floor still holds it.
    expect(niceAxis([-0.5, 2, 3], { nonNegative: true }).min).toBeLessThanOrEqual(-0.5);
  });

  it('uses a nice floor, not zero, where the quantity may be negative', () => {
    expect(niceAxis([96.0, 96.7, 97.0], { nonNegative: false })).toEqual({ min: 96, max: 97.25, step: 0.25, ticks: [96, 96.25, 96.5, 96.75, 97, 97.25] });
  });

  it('handles a flat series, a single figure and no figure', () => {
    expect(niceAxis([8], { nonNegative: true })).toEqual({ min: 0, max: 10, step: 2, ticks: [0, 2, 4, 6, 8, 10] });
    const flat = niceAxis([5, 5, 5], { nonNegative: false });
    expect(flat.min).toBeLessThan(5);
    expect(flat.max).toBeGreaterThan(5);
    expect(niceAxis([], { nonNegative: true }).ticks.length).toBeGreaterThanOrEqual(4);
  });

  it('always gives 4–6 ticks at 1/2/2.5/5 × 10^k, headroom, and no floating-point noise', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 500; run++) {
      const scale = 10 ** Math.floor(random() * 8 - 3);
      const negative = random() < 0.3;
      const values = Array.from({ length: 2 + Math.floor(random() * 6) }, () => (random() - (negative ? 0.5 : 0)) * scale);
      const nonNegative = !negative && random() < 0.8;
      const axis = niceAxis(values, { nonNegative });
      const hi = Math.max(...values);
      expect(axis.ticks.length, JSON.stringify(values)).toBeGreaterThanOrEqual(4);
      expect(axis.ticks.length, JSON.stringify(values)).toBeLessThanOrEqual(6);
      const mantissa = axis.step / 10 ** Math.floor(Math.log10(axis.step) + 1e-9);
      expect(
        [1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-9),
        `step ${axis.step}`,
      ).toBe(true);
      expect(axis.min).toBeLessThanOrEqual(Math.min(...values));
      if (nonNegative) expect(axis.min).toBe(0);
      expect(axis.max - hi, JSON.stringify({ values, axis })).toBeGreaterThanOrEqual(0.08 * (axis.max - axis.min) - 1e-9);
      for (const t of axis.ticks) expect(String(t)).not.toMatch(/\d{8,}/);
    }
  });
});

describe('chartSvg (inline)', () => {
  const markup = chartSvg(spec());
  const svg = svgOf(markup);

  it('is an image named by its title and described by its summary', () => {
    expect(svg.getAttribute('role')).toBe('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(ids).toEqual(['chart-x-title', 'chart-x-desc']);
    const title = svg.querySelector(`#${ids[0]}`)!;
    const desc = svg.querySelector(`#${ids[1]}`)!;
    expect(title.tagName.toLowerCase()).toBe('title');
    expect(title.text).toBe('平均浓度');
    expect(desc.tagName.toLowerCase()).toBe('desc');
    expect(desc.text).toBe('2021年28.1，2025年23.4；目标25。');
  });

  it('scales with its container: a viewBox, no fixed size, no background, no CSS', () => {
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.getAttribute('width')).toBeUndefined();
    expect(svg.getAttribute('height')).toBeUndefined();
    expect(svg.querySelectorAll('rect').filter((r) => r.getAttribute('fill') === '#ffffff')).toEqual([]);
    expect(markup).not.toMatch(/style=|<style/);
  });

  it('keeps text at least 12 CSS px on a phone (SVG 296 px wide)', () => {
    const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const texts = svg.querySelectorAll('text');
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) expect((num(t, 'font-size') * 296) / width, t.text).toBeGreaterThanOrEqual(12);
  });

  it('labels the y axis with its ticks and unit, and the x axis with the years', () => {
    const texts = svg.querySelectorAll('text').map((t) => t.text);
    for (const label of ['0', '10', '20', '30', '40', '微克/立方米', ...YEARS.map(String)]) expect(texts).toContain(label);
    // A grid line per tick.
    expect(svg.querySelectorAll('line').filter((l) => l.getAttribute('y1') === l.getAttribute('y2')).length).toBeGreaterThanOrEqual(5);
  });

  it('draws a higher value higher (smaller y)', () => {
    const s = svgOf(chartSvg(spec({ series: [{ key: 'values', label: 'v', data: [10, 20, 15, null, null] }] })));
    // Points have radius 5 (the legend's dot is smaller).
    const cy = s.querySelectorAll('circle[r="5"]').map((c) => num(c, 'cy'));
    expect(cy).toHaveLength(3);
    expect(cy[1]).toBeLessThan(cy[2]!);
    expect(cy[2]).toBeLessThan(cy[0]!);
  });

  it('breaks the figures line at a missing year, but not the path or the target', () => {
    const values = byStroke(svg, 'polyline', SERIES_STYLE.values.color);
    expect(values).toHaveLength(2);
    expect(values.map((p) => pointsOf(p).length)).toEqual([2, 2]);
    expect(svg.querySelectorAll('circle[r="5"]').filter((c) => c.getAttribute('fill') === SERIES_STYLE.values.color)).toHaveLength(4);
    const path = byStroke(svg, 'polyline', SERIES_STYLE.path.color);
    expect(path).toHaveLength(1);
    expect(pointsOf(path[0]!)).toHaveLength(4);
    expect(path[0]!.getAttribute('stroke-dasharray')).toBe('6 4');
    const target = byStroke(svg, 'polyline', SERIES_STYLE.target.color);
    expect(target).toHaveLength(1);
    expect(target[0]!.getAttribute('stroke-dasharray')).toBe('2 3');
    expect(values[0]!.getAttribute('stroke-width')).toBe('3');
  });

  it('keeps the target line below the top of the plot, and labels it and the last figure', () => {
    const top = plotTop(svg);
    const [target] = byStroke(svg, 'polyline', SERIES_STYLE.target.color);
    for (const [, y] of pointsOf(target!)) expect(y).toBeGreaterThan(top);
    const texts = svg.querySelectorAll('text');
    const targetLabel = texts.find((t) => t.text === '目标值 25')!;
    expect(targetLabel.getAttribute('fill')).toBe(SERIES_STYLE.target.text);
    expect(targetLabel.getAttribute('text-anchor')).toBe('end');
    // At the right end of the line.
    expect(num(targetLabel, 'x')).toBeGreaterThanOrEqual(Math.max(...pointsOf(target!).map(([x]) => x)));
    expect(texts.some((t) => t.text === '23.4')).toBe(true);
  });

  it('a target as high as the data still leaves room above it', () => {
    const s = svgOf(
      chartSvg(
        spec({
          series: [
            { key: 'values', label: 'v', data: [80, 90, 97, 98, 99] },
            { key: 'target', label: 't', data: YEARS.map(() => 100) },
          ],
        }),
      ),
    );
    const [target] = byStroke(s, 'polyline', SERIES_STYLE.target.color);
    const top = plotTop(s);
    const bottom = Math.max(
      ...s
        .querySelectorAll('line')
        .filter((l) => l.getAttribute('y1') === l.getAttribute('y2'))
        .map((l) => num(l, 'y1')),
    );
    expect(pointsOf(target!)[0]![1] - top).toBeGreaterThanOrEqual(0.08 * (bottom - top) - 0.2);
  });

  it('draws its legend, or leaves it to the page', () => {
    const texts = svg.querySelectorAll('text').map((t) => t.text);
    for (const label of ['实际值', '目标路径', '目标值']) expect(texts).toContain(label);
    const bare = svgOf(chartSvg(spec(), { legend: false }))
      .querySelectorAll('text')
      .map((t) => t.text);
    expect(bare).not.toContain('目标路径');
    const swatch = svgOf(legendSwatchSvg('path'));
    expect(swatch.getAttribute('aria-hidden')).toBe('true');
    expect(swatch.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('leaves out a path that has no figures', () => {
    const s = svgOf(chartSvg(spec({ series: [spec().series[0]!, { key: 'path', label: '目标路径', data: YEARS.map(() => null) }] })));
    expect(byStroke(s, 'polyline', SERIES_STYLE.path.color)).toEqual([]);
    expect(s.querySelectorAll('text').map((t) => t.text)).not.toContain('目标路径');
  });

  it('escapes every text taken from data', () => {
    const evil = '<script>alert(1)</script> & "q" \'s';
    const out = chartSvg(spec({ id: 'c"x', title: evil, summary: evil, unit: '<u>', series: [{ key: 'values', label: evil, data: [1, 2, 3, 4, 5] }] }));
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<u>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "q"');
    expect(out).toContain('aria-labelledby="c&quot;x-title c&quot;x-desc"');
    const s = svgOf(out);
    expect(s.querySelector('title')!.text).toBe(evil);
    expect(s.querySelectorAll('text').map((t) => t.text)).toContain('<u>');
  });

  it('formats numbers in the page language', () => {
    const big = (lang: 'zh' | 'en') =>
      svgOf(chartSvg(spec({ lang, series: [{ key: 'values', label: 'v', data: [900, 1000, 1100, 1200, 1234.5] }] })))
        .querySelectorAll('text')
        .map((t) => t.text);
    expect(big('en')).toContain('1,234.5');
    expect(big('zh')).toContain('1234.5');
    // Years are never grouped.
    expect(big('en')).toContain('2025');
  });

  it('meets WCAG contrast on white: text 4.5:1, lines 3:1', () => {
    for (const t of svg.querySelectorAll('text')) expect(contrast(t.getAttribute('fill')!), t.text).toBeGreaterThanOrEqual(4.5);
    for (const key of ['values', 'path', 'target'] as const) expect(contrast(SERIES_STYLE[key].color), key).toBeGreaterThanOrEqual(3);
  });
});

describe('chartSvg (download)', () => {
  const lines = ['来源：统计公报 & 年报', '发布：某区人民政府', 'https://example.org/plan/indicators/x/', '许可：CC BY 4.0'];
  const mark = '示例数据，非官方统计 / Demonstration data — not official statistics';
  const markup = chartSvg(spec(), { standalone: { width: 1600, lines, mark } });
  const svg = svgOf(markup);

  it('has an opaque white background over the whole picture', () => {
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const bg = svg.querySelectorAll('rect')[0]!;
    expect(bg.getAttribute('fill')).toBe('#ffffff');
    expect(bg.getAttribute('fill-opacity')).toBeUndefined();
    expect([num(bg, 'x'), num(bg, 'y'), num(bg, 'width'), num(bg, 'height')]).toEqual([0, 0, w, h]);
    expect(svg.getAttribute('width')).toBe('1600');
  });

  it('writes the title with its unit, every footer line and the mark', () => {
    const texts = svg.querySelectorAll('text').map((t) => t.text);
    expect(texts).toContain('平均浓度（微克/立方米）');
    for (const line of lines) expect(texts).toContain(line);
    expect(texts).toContain(mark);
    const markText = svg.querySelectorAll('text').find((t) => t.text === mark)!;
    expect(markText.getAttribute('font-weight')).toBe('bold');
    expect(contrast(markText.getAttribute('fill')!)).toBeGreaterThanOrEqual(4.5);
    expect(markup).toContain('来源：统计公报 &amp; 年报');
  });

  it('wraps a footer line too long for the width instead of cutting it', () => {
    const long = `https://example.org/${'a'.repeat(200)}`;
    const texts = svgOf(chartSvg(spec(), { standalone: { width: 1600, lines: [long] } }))
      .querySelectorAll('text')
      .map((t) => t.text);
    const pieces = texts.filter((t) => t.startsWith('https://') || /^a+\/?$/.test(t));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(long);
  });
});

describe('sparklineSvg', () => {
  it('is a small labelled image with the last figure marked', () => {
    const markup = sparklineSvg([3, 4, null, 6, 5.5], { label: '近五年走势 & "最新" 5.5', nonNegative: true });
    expect(markup).toContain('aria-label="近五年走势 &amp; &quot;最新&quot; 5.5"');
    const s = svgOf(markup);
    expect(s.getAttribute('role')).toBe('img');
    expect(s.getAttribute('aria-label')).toBe('近五年走势 & "最新" 5.5');
    expect(s.querySelectorAll('polyline')).toHaveLength(2);
    const dots = s.querySelectorAll('circle');
    expect(dots).toHaveLength(1);
    // The last figure is at the right.
    expect(num(dots[0]!, 'cx')).toBeGreaterThan(100);
    expect(s.querySelectorAll('text')).toEqual([]);
  });
});

/** WCAG 2 contrast of a #rrggbb colour against white. */
function contrast(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}
