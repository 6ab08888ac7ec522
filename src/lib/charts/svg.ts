/**
 * Indicator charts drawn at build time as SVG strings: readable with JavaScript off, in print and in the
 * PDF, and the source of the downloadable PNG (scripts/lib/chart-images.ts). Pure functions of their input.
 *
 * Sizes. The inline chart's viewBox is INLINE.width (380) units wide with 16-unit text, so on a 320 px
 * phone (SVG 296 px wide) text is 16 × 296 / 380 ≈ 12.5 CSS px. The page should give the SVG at most
 * 475 px of width (`max-width: 475px` or about 30rem): beyond that, text grows past 20 px.
 * Presentation attributes only (no CSS, no `style`): the SVG stands alone, prints, and passes the site's
 * no-inline-style rule.
 */
import { formatNumber } from '../../i18n/locale.ts';
import { niceAxis, type Axis } from './axis.ts';
import { placeLabels, type Box, type Label, type Point } from './place.ts';
import { CHART_COLORS, CHART_FONT, SERIES_STYLE, type SeriesKey } from './style.ts';
import { attr, esc, textWidth, wrap } from './text.ts';

export interface ChartSpec {
  /** Unique on its page: prefix for ids inside the SVG (title/desc ids for aria-labelledby). */
  id: string;
  /** Chart title, language resolved. */
  title: string;
  /** Unit ('' when none), shown on the axis. */
  unit: string;
  /** The title with its unit, as a heading reads it ("… (μg/m³)"): drawn at the top of a download. */
  heading: string;
  /** Only to format numbers via formatNumber(). */
  lang: 'zh' | 'en';
  years: number[];
  /** values: published figures; path: the straight target path (may be all null / absent); target: the goal, one number per year or null. */
  series: { key: 'values' | 'path' | 'target'; label: string; data: (number | null)[] }[];
  /** The quantity cannot go below zero (counts, concentrations, shares): the axis starts at zero. */
  nonNegative: boolean;
  /** The highest possible figure (100 for a share), where there is one: the axis does not run past it. */
  ceiling?: number | undefined;
  /** One or two sentences saying what the chart shows (the caller writes it): goes into <desc>. */
  summary: string;
}

export interface SvgOptions {
  /** A download: a self-contained picture with an opaque white background, a header (title, unit) and footer lines drawn in (source, publisher, date, page address, licence, a demonstration-data mark). Default: inline (no background, title left to the HTML figcaption). */
  standalone?: { width: number; lines: string[]; mark?: string };
  /** Draw the legend inside the inline SVG (default true). Pass false when the page shows legendSwatchSvg() entries in HTML instead. Downloads always draw it. */
  legend?: boolean;
}

/** Frame of one variant: width of the viewBox, text size, plot height (all in viewBox units). */
interface Frame {
  width: number;
  font: number;
  plotHeight: number;
}
const INLINE: Frame = { width: 380, font: 16, plotHeight: 200 };
/** Downloads: 800 units wide, rasterized at ≥ 1600 px (text ≥ 36 px there). */
const STANDALONE: Frame = { width: 800, font: 18, plotHeight: 260 };
const STANDALONE_PAD = 28;
const TITLE_FONT = 26;
const FOOTER_FONT = 14;

/** The axis the chart draws: over every figure of every series, so the target is never off the top. */
export function chartAxis(spec: ChartSpec): Axis {
  const all = spec.series.flatMap((s) => s.data).filter((v): v is number => v !== null && Number.isFinite(v));
  return niceAxis(all, { nonNegative: spec.nonNegative, ceiling: spec.ceiling });
}

export function chartSvg(spec: ChartSpec, options: SvgOptions = {}): string {
  const sa = options.standalone;
  const frame = sa ? STANDALONE : INLINE;
  const ids = { title: `${spec.id}-title`, desc: `${spec.id}-desc` };
  const parts: string[] = [];
  let y = 0;
  if (sa) {
    y = STANDALONE_PAD;
    const { heading } = spec;
    for (const line of wrap(heading, TITLE_FONT, frame.width - 2 * STANDALONE_PAD)) {
      y += TITLE_FONT * 1.25;
      parts.push(text(STANDALONE_PAD, y - TITLE_FONT * 0.25, line, { size: TITLE_FONT, fill: CHART_COLORS.heading, weight: 'bold' }));
    }
    if (sa.mark) {
      const markFont = 18;
      const lines = wrap(sa.mark, markFont, frame.width - 2 * STANDALONE_PAD - 24);
      const h = lines.length * markFont * 1.35 + 14;
      y += 12;
      parts.push(
        `<rect x="${STANDALONE_PAD}" y="${n(y)}" width="${frame.width - 2 * STANDALONE_PAD}" height="${n(h)}" fill="${CHART_COLORS.markTint}" stroke="${CHART_COLORS.mark}" stroke-width="2" rx="4"/>`,
      );
      lines.forEach((line, i) =>
        parts.push(
          text(STANDALONE_PAD + 12, y + 7 + (i + 1) * markFont * 1.35 - markFont * 0.35, line, { size: markFont, fill: CHART_COLORS.mark, weight: 'bold' }),
        ),
      );
      y += h;
    }
    y += 16;
  }
  const left = sa ? STANDALONE_PAD : 0;
  const plot = drawPlot(spec, frame, { x: left, y, width: frame.width - 2 * left }, sa !== undefined || options.legend !== false);
  parts.push(plot.svg);
  y = plot.bottom;
  if (sa) {
    y += 14;
    parts.push(`<line x1="${STANDALONE_PAD}" y1="${n(y)}" x2="${frame.width - STANDALONE_PAD}" y2="${n(y)}" stroke="${CHART_COLORS.grid}" stroke-width="1"/>`);
    y += 4;
    for (const line of sa.lines.flatMap((l) => wrap(l, FOOTER_FONT, frame.width - 2 * STANDALONE_PAD))) {
      y += FOOTER_FONT * 1.45;
      parts.push(text(STANDALONE_PAD, y - FOOTER_FONT * 0.3, line, { size: FOOTER_FONT, fill: CHART_COLORS.text }));
    }
    y += STANDALONE_PAD - 8;
  }
  const height = Math.ceil(y + 2);
  const size = sa ? ` width="${sa.width}" height="${Math.round((sa.width * height) / frame.width)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${height}"${size} role="img" aria-labelledby="${attr(ids.title)} ${attr(ids.desc)}" font-family="${attr(CHART_FONT)}">` +
    `<title id="${attr(ids.title)}">${esc(spec.title)}</title><desc id="${attr(ids.desc)}">${esc(spec.summary)}</desc>` +
    (sa ? `<rect x="0" y="0" width="${frame.width}" height="${height}" fill="#ffffff"/>` : '') +
    parts.join('') +
    '</svg>'
  );
}

/** A legend mark for HTML legends (`legend: false`): the series' line as a small decorative SVG. */
export function legendSwatchSvg(key: SeriesKey): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true" focusable="false">${swatch(key, 0, 6)}</svg>`;
}

/** A tiny trend line without axes (home page); the last figure is marked. Same axis rule as the charts. */
export function sparklineSvg(
  values: (number | null)[],
  opts: { label: string; width?: number; height?: number; nonNegative: boolean; ceiling?: number | undefined },
): string {
  const { width = 120, height = 36 } = opts;
  const style = SERIES_STYLE.values;
  const pad = 4;
  const axis = niceAxis(
    values.filter((v): v is number => v !== null && Number.isFinite(v)),
    { nonNegative: opts.nonNegative, ceiling: opts.ceiling },
  );
  const x = (i: number) => (values.length < 2 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => pad + ((axis.max - v) / (axis.max - axis.min)) * (height - 2 * pad);
  const points = values.map((v, i) => (v === null || !Number.isFinite(v) ? null : { x: x(i), y: y(v) }));
  const lines = segments(points)
    .filter((s) => s.length > 1)
    .map((s) => `<polyline points="${pts(s)}" fill="none" stroke="${style.color}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`);
  const last = points.findLast((p) => p !== null);
  const dot = last ? `<circle cx="${n(last.x)}" cy="${n(last.y)}" r="3" fill="${style.color}"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${attr(opts.label)}">${lines.join('')}${dot}</svg>`;
}

// ————— the plot: unit, grid, ticks, years, series, end labels, legend —————

function drawPlot(spec: ChartSpec, frame: Frame, area: { x: number; y: number; width: number }, withLegend: boolean): { svg: string; bottom: number } {
  const { font } = frame;
  const axis = chartAxis(spec);
  const fmt = (v: number) => formatNumber(v, spec.lang);
  const out: string[] = [];
  const obstacles: (Box & { cost?: number })[] = [];

  // The unit sits above the tick labels, horizontal: rotated text is hard to read on a phone.
  let top = area.y + font * 0.6;
  if (spec.unit) {
    out.push(text(area.x, area.y + font, spec.unit, { size: font, fill: CHART_COLORS.text }));
    obstacles.push({ x0: area.x, y0: area.y, x1: area.x + textWidth(spec.unit, font), y1: area.y + font * 1.2 });
    top = area.y + font * 1.2 + 12;
  }
  const tickLabels = axis.ticks.map(fmt);
  const plotLeft = area.x + Math.max(...tickLabels.map((t) => textWidth(t, font))) + 10;
  const plotRight = area.x + area.width - 4;
  const bottom = top + frame.plotHeight;
  const yOf = (v: number) => bottom - ((v - axis.min) / (axis.max - axis.min)) * frame.plotHeight;

  axis.ticks.forEach((t, i) => {
    const ty = yOf(t);
    const isBase = i === 0;
    out.push(
      `<line x1="${n(plotLeft)}" y1="${n(ty)}" x2="${n(plotRight)}" y2="${n(ty)}" stroke="${isBase ? CHART_COLORS.axis : CHART_COLORS.grid}" stroke-width="1"/>`,
    );
    out.push(text(plotLeft - 6, ty + font * 0.35, tickLabels[i]!, { size: font, fill: CHART_COLORS.text, anchor: 'end' }));
    obstacles.push({ x0: area.x, y0: ty - font * 0.5, x1: plotLeft - 4, y1: ty + font * 0.5 });
  });

  // Years: inset so the first and last labels fit; thinned (keeping the last) when they would touch.
  const yearWidth = Math.max(0, ...spec.years.map((yr) => textWidth(String(yr), font)));
  const inset = Math.max(12, yearWidth / 2);
  const count = spec.years.length;
  const xOf = (i: number) => (count < 2 ? (plotLeft + plotRight) / 2 : plotLeft + inset + (i * (plotRight - plotLeft - 2 * inset)) / (count - 1));
  const spacing = count < 2 ? Infinity : (plotRight - plotLeft - 2 * inset) / (count - 1);
  const every = Math.max(1, Math.ceil((yearWidth + 8) / spacing));
  spec.years.forEach((yr, i) => {
    if ((count - 1 - i) % every !== 0) return;
    out.push(text(xOf(i), bottom + font + 6, String(yr), { size: font, fill: CHART_COLORS.text, anchor: 'middle' }));
    obstacles.push({ x0: xOf(i) - yearWidth / 2, y0: bottom + 4, x1: xOf(i) + yearWidth / 2, y1: bottom + font * 1.3 + 6 });
  });

  // Series: target and path under the published figures. Only the figures' line breaks at a gap:
  // a missing year is missing data, whereas a target path is a plan that holds across it.
  const drawn = (['target', 'path', 'values'] as const)
    .map((key) => spec.series.find((s) => s.key === key))
    .filter((s): s is ChartSpec['series'][number] => s !== undefined && s.data.some((v) => v !== null && Number.isFinite(v)));
  const labels: Label[][] = [];
  // What a label may not cover, by how much it matters: a figure's point most, the figures' line more than
  // the dashed path or target (of which the halo hides only a little), the axis line least.
  const lines: { points: Point[]; cost: number }[] = [
    {
      points: [
        { x: plotLeft, y: bottom },
        { x: plotRight, y: bottom },
      ],
      cost: 5,
    },
  ];
  for (const s of drawn) {
    const style = SERIES_STYLE[s.key];
    const points = spec.years.map((_, i) => {
      const v = s.data[i];
      return v === null || v === undefined || !Number.isFinite(v) ? null : { x: xOf(i), y: yOf(v), v };
    });
    const runs = s.key === 'values' ? segments(points) : [points.filter((p): p is NonNullable<typeof p> => p !== null)];
    for (let run of runs) {
      // A target given for a single year still shows as a short level mark.
      if (run.length === 1 && s.key !== 'values')
        run = [
          { ...run[0]!, x: run[0]!.x - 14 },
          { ...run[0]!, x: run[0]!.x + 14 },
        ];
      if (run.length < 2) continue;
      lines.push({ points: run, cost: s.key === 'values' ? 20 : 5 });
      out.push(
        `<polyline points="${pts(run)}" fill="none" stroke="${style.color}" stroke-width="${style.width}"` +
          (style.dash.length ? ` stroke-dasharray="${style.dash.join(' ')}"` : '') +
          ' stroke-linejoin="round"/>',
      );
    }
    const last = points.findLast((p) => p !== null);
    if (s.key === 'values') {
      for (const p of points) {
        if (!p) continue;
        out.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${style.pointRadius}" fill="${style.color}"/>`);
        const r = style.pointRadius + 1;
        obstacles.push({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r, cost: 30 });
      }
      if (last) {
        const prev = points.slice(0, points.indexOf(last)).findLast((p) => p !== null);
        const above = valueLabel(fmt(last.v), last, 'above', font, area);
        const below = valueLabel(fmt(last.v), last, 'below', font, area);
        // Away from the line that arrives at the point: below it when the line comes down from higher up.
        labels.push(prev && prev.y < last.y ? [below, above] : [above, below]);
      }
    } else if (s.key === 'target' && last) {
      const caption = `${s.label} ${fmt(last.v)}`;
      const x = Math.min(plotRight, last.x + (points.filter(Boolean).length === 1 ? 14 : 0));
      const w = textWidth(caption, font);
      const make = (y: number, penalty = 0): Label => ({
        x,
        y,
        text: caption,
        anchor: 'end',
        fill: style.text,
        box: { x0: x - w, y0: y - font * 0.8, x1: x, y1: y + font * 0.2 },
        penalty,
      });
      // Just above or below the line; a line further off where the figures crowd its end.
      labels.push([make(last.y - 6), make(last.y + font + 4), make(last.y - 6 - font * 1.2, 8), make(last.y + font * 2.2 + 4, 8)]);
    }
  }
  for (const label of placeLabels(labels, obstacles, lines))
    out.push(text(label.x, label.y, label.text, { size: font, fill: label.fill, anchor: label.anchor, weight: 'bold', halo: true }));

  let end = bottom + font + 6 + font * 0.3;
  if (withLegend) {
    const legend = drawLegend(drawn, font, area, end + 10);
    out.push(legend.svg);
    end = legend.bottom;
  }
  return { svg: out.join(''), bottom: end };
}

/** The last figure's label, above or below its point, kept inside the drawing horizontally. */
function valueLabel(caption: string, p: Point, where: 'above' | 'below', font: number, area: { x: number; width: number }): Label {
  const w = textWidth(caption, font);
  const x = Math.min(Math.max(p.x, area.x + w / 2 + 2), area.x + area.width - w / 2 - 2);
  const y = where === 'above' ? p.y - 11 : p.y + font + 8;
  return {
    x,
    y,
    text: caption,
    anchor: 'middle',
    fill: SERIES_STYLE.values.text,
    box: { x0: x - w / 2, y0: y - font * 0.8, x1: x + w / 2, y1: y + font * 0.2 },
  };
}

/** The legend, wrapped into rows that fit the width. */
function drawLegend(series: ChartSpec['series'], font: number, area: { x: number; width: number }, y0: number): { svg: string; bottom: number } {
  const out: string[] = [];
  const rowHeight = font + 10;
  let x = area.x;
  let row = 0;
  // In reading order: figures first.
  const ordered = [...series].sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
  for (const s of ordered) {
    const w = 28 + 6 + textWidth(s.label, font);
    if (x > area.x && x + w > area.x + area.width) {
      x = area.x;
      row += 1;
    }
    const cy = y0 + row * rowHeight + rowHeight / 2;
    out.push(swatch(s.key, x, cy));
    out.push(text(x + 34, cy + font * 0.35, s.label, { size: font, fill: CHART_COLORS.text }));
    x += w + 18;
  }
  return { svg: out.join(''), bottom: y0 + (ordered.length ? (row + 1) * rowHeight : 0) };
}
const ORDER: SeriesKey[] = ['values', 'path', 'target'];

/** A 28-unit sample of the series' line starting at x, centred on cy. */
function swatch(key: SeriesKey, x: number, cy: number): string {
  const style = SERIES_STYLE[key];
  const line = `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x + 28)}" y2="${n(cy)}" stroke="${style.color}" stroke-width="${style.width}"${style.dash.length ? ` stroke-dasharray="${style.dash.join(' ')}"` : ''}/>`;
  return key === 'values' ? `${line}<circle cx="${n(x + 14)}" cy="${n(cy)}" r="4" fill="${style.color}"/>` : line;
}

// ————— small helpers —————

/** Consecutive runs of non-null points: a null ends a run. */
function segments<P>(points: (P | null)[]): P[][] {
  const runs: P[][] = [[]];
  for (const p of points) {
    if (p === null) runs.push([]);
    else runs.at(-1)!.push(p);
  }
  return runs.filter((r) => r.length > 0);
}

function pts(points: Point[]): string {
  return points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
}

/** One decimal is far below a pixel even in the 1600 px download; keeps the markup short. */
function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** `halo`: a white outline under the glyphs keeps a label legible where a line passes behind it. */
function text(
  x: number,
  y: number,
  content: string,
  o: { size: number; fill: string; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold'; halo?: boolean },
): string {
  return (
    `<text x="${n(x)}" y="${n(y)}" font-size="${o.size}" fill="${o.fill}"` +
    (o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '') +
    (o.weight ? ` font-weight="${o.weight}"` : '') +
    (o.halo ? ' stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"' : '') +
    `>${esc(content)}</text>`
  );
}
