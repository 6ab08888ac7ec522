/**
 * The y axis shared by the build-time SVG and the browser chart, so both draw the same scale.
 *
 * Why these rules: an axis zoomed to 96.0–97.0 makes a 0.5 % change look like a collapse, so a quantity
 * that cannot be negative starts at zero. The top gets headroom so the highest value, the target line and
 * the label written above them never sit on the edge of the plot.
 */

export interface Axis {
  min: number;
  max: number;
  step: number;
  /** min, min + step, …, max (4–6 of them), rounded to the step's precision. */
  ticks: number[];
}

/** Share of the axis range kept free above the highest value. */
const HEADROOM = 0.08;
/** Steps are 1, 2, 2.5 or 5 × 10^k: easy to read off and to add up. */
const MANTISSAS = [1, 2, 2.5, 5];
/** Intervals between the first and the last tick (4–6 ticks). */
const MIN_INTERVALS = 3;
const MAX_INTERVALS = 5;

/**
 * @param opts.nonNegative the quantity cannot be negative: the axis starts at zero
 * @param opts.ceiling the highest possible figure (100 for a share): the axis stops there rather than at 125
 */
export function niceAxis(values: number[], opts: { nonNegative: boolean; ceiling?: number | undefined }): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  const fromZero = opts.nonNegative && lo >= 0;
  if (hi === lo) {
    // A flat series (or none): give it a range so the line sits inside the plot, not on an edge.
    const pad = hi === 0 ? 1 : Math.abs(hi) * 0.1;
    hi += pad;
    if (!fromZero) lo -= pad;
  }
  if (fromZero) lo = 0;

  const span = hi - lo;
  const base = Math.floor(Math.log10(span));
  type Candidate = Axis & { intervals: number; mantissa: number };
  const candidates: Candidate[] = [];
  // Steps from a hundredth of the span to the span itself hold every step giving 3–5 intervals.
  for (let k = base - 2; k <= base + 1; k++) {
    for (const mantissa of MANTISSAS) {
      const step = mantissa * 10 ** k;
      const min = fromZero ? 0 : Math.floor(round(lo / step)) * step;
      let max = Math.max(Math.ceil(round(hi / step)) * step, min + step);
      const cap = opts.ceiling !== undefined && hi <= opts.ceiling ? opts.ceiling : Infinity;
      while (max - hi < HEADROOM * (max - min) && max + step <= cap + 1e-9) max += step;
      const intervals = Math.round((max - min) / step);
      candidates.push({ min, max, step, ticks: [], intervals, mantissa });
    }
  }
  const fits = candidates.filter((c) => c.intervals >= MIN_INTERVALS && c.intervals <= MAX_INTERVALS);
  const pool = fits.length ? fits : candidates;
  // The tightest range shows most; on a tie prefer whole steps (1, 2, 5) to 2.5, then more grid lines.
  pool.sort(
    (a, b) =>
      (fits.length ? 0 : Math.abs(a.intervals - 4) - Math.abs(b.intervals - 4)) ||
      a.max - a.min - (b.max - b.min) ||
      Number(a.mantissa === 2.5) - Number(b.mantissa === 2.5) ||
      b.intervals - a.intervals,
  );
  const best = pool[0]!;
  const decimals = Math.max(0, -Math.floor(Math.log10(best.step) + 1e-9) + (best.mantissa === 2.5 ? 1 : 0));
  const fix = (v: number) => Number(v.toFixed(decimals));
  const ticks = Array.from({ length: best.intervals + 1 }, (_, i) => fix(best.min + i * best.step));
  return { min: fix(best.min), max: fix(best.max), step: fix(best.step), ticks };
}

/** Removes binary noise (0.1 + 0.2) before floor/ceil so 30 / 10 does not become 3.0000000004 → 4. */
function round(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}
