/**
 * Colours and line styles of the indicator charts, shared by the build-time SVG (svg.ts) and the browser
 * chart (scripts/chart-render.ts) so the two look alike. This module has no imports: the browser bundle
 * takes it whole.
 *
 * Contrast on white (WCAG 2): every text colour ≥ 4.5:1, every line colour ≥ 3:1. The target's orange
 * (4.2:1) is fine for a line but too light for text, hence its darker `text`.
 */
export const SERIES_STYLE = {
  /** Published figures: solid, with a point per year. */
  values: { color: '#1d5f3a', text: '#1d5f3a', width: 3, dash: [] as number[], pointRadius: 5 },
  /** The straight path to the target. */
  path: { color: '#4a4f55', text: '#4a4f55', width: 2, dash: [6, 4], pointRadius: 0 },
  /** The goal. */
  target: { color: '#b26b00', text: '#8f5600', width: 2, dash: [2, 3], pointRadius: 0 },
} as const;

export type SeriesKey = keyof typeof SERIES_STYLE;

export const CHART_COLORS = {
  /** Tick labels, unit, legend (7.5:1). */
  text: '#555555',
  /** Title in downloads. */
  heading: '#1a1a1a',
  /** Horizontal grid lines: quiet on purpose, they are reading aids, not data. */
  grid: '#dddddd',
  /** The bottom axis line (4.5:1). */
  axis: '#767676',
  /** The demonstration-data mark in downloads (7.3:1 on white, 6.4:1 on its tint). */
  mark: '#b00020',
  markTint: '#fdecee',
} as const;

/** System UI fonts first; Noto CJK so Chinese renders in print and in the PNG rasterizer. */
export const CHART_FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
