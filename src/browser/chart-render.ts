/**
 * Draws an indicator chart with Chart.js (only the parts used, for a small bundle), in place of the
 * build-time SVG (src/lib/charts/svg.ts) and looking like it: same axis (passed in by the page, from
 * niceAxis), same colours, lines and legend marks, the unit written horizontally above the axis, the last
 * figure and the target written at their ends, text the SVG's size (at least 14 px).
 */
import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip, type Plugin } from 'chart.js';
import { CHART_COLORS, CHART_FONT, SERIES_STYLE } from '../lib/charts/style.ts';
import { DEFAULT_LANG, formatNumber, htmlLang, joinUnit, langOfHtmlCode } from '../i18n/locale.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);
Chart.defaults.font.family = CHART_FONT;
Chart.defaults.color = CHART_COLORS.text;

type Key = 'values' | 'path' | 'target';

interface ChartData {
  kind: 'line' | 'cumulative';
  labels: string[];
  unit: string;
  datasets: { key: Key; label: string; data: (number | null)[] }[];
  /** The build-time axis (niceAxis): without it Chart.js would choose its own, zoomed one. */
  axis?: { min: number; max: number; step: number; ticks?: number[] };
  /** The page language's colon ("：" / ": ") for the tooltip. */
  colon?: string;
}

/** The SVG's text is 16 units of a 380-unit viewBox: the same share of the width, kept within 14–20 px. */
const fontSizeFor = (width: number) => Math.min(20, Math.max(14, Math.round((width * 16) / 380)));

export function drawChart(figure: HTMLElement): void {
  const data = JSON.parse(figure.dataset.chart ?? '{}') as ChartData;
  const canvas = figure.querySelector('canvas');
  if (!canvas) return;
  const lang = langOfHtmlCode(figure.closest('[lang]')?.getAttribute('lang') ?? htmlLang(DEFAULT_LANG));
  // Chart.js's tick values carry binary noise (0.30000000000000004): round before formatting.
  const fmt = (v: number) => formatNumber(Number(v.toFixed(6)), lang);
  const { axis } = data;
  const size = fontSizeFor(canvas.parentElement?.clientWidth ?? 380);
  const font = { family: CHART_FONT, size };

  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d) => {
        const style = SERIES_STYLE[d.key];
        // A goal for a single year is drawn as a short level mark, as in the SVG.
        const single = d.key !== 'values' && d.data.filter((v) => v !== null).length === 1;
        return {
          label: d.label,
          data: d.data,
          spanGaps: d.key !== 'values',
          borderColor: style.color,
          backgroundColor: style.color,
          borderWidth: style.width,
          borderDash: [...style.dash],
          pointRadius: single ? 14 : style.pointRadius,
          pointHoverRadius: single ? 14 : style.pointRadius + 1,
          pointStyle: d.key === 'values' ? ('circle' as const) : ('line' as const),
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // Room above the top tick label for the unit.
      layout: { padding: { top: data.unit ? Math.round(size * 1.6) + 8 : 8, right: 4 } },
      plugins: {
        legend: {
          position: 'bottom',
          align: 'start',
          labels: {
            font,
            usePointStyle: true,
            pointStyleWidth: 28,
            // The SVG's legend marks (line with dot, dashes) instead of Chart.js's round blobs.
            generateLabels: (c) =>
              Chart.defaults.plugins.legend.labels
                .generateLabels(c)
                .map((item) => ({ ...item, pointStyle: swatch(data.datasets[item.datasetIndex ?? 0]?.key ?? 'values') })),
          },
        },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: { label: (item) => `${item.dataset.label ?? ''}${data.colon ?? ': '}${joinUnit(fmt(item.parsed.y ?? 0), data.unit)}` },
        },
      },
      scales: {
        x: {
          grid: { display: false },
          border: { color: CHART_COLORS.axis },
          ticks: { font, maxRotation: 0, autoSkip: true },
        },
        y: {
          ...(axis ? { min: axis.min, max: axis.max } : {}),
          grid: { color: CHART_COLORS.grid },
          border: { display: false },
          ticks: { font, ...(axis ? { stepSize: axis.step } : {}), callback: (v) => fmt(Number(v)) },
          // Exactly the build-time ticks, not Chart.js's own rounding of the step.
          afterBuildTicks: (scale) => {
            if (axis?.ticks) scale.ticks = axis.ticks.map((value) => ({ value }));
          },
        },
      },
    },
    plugins: [endLabels(data, size, fmt)],
  });
  figure.dataset.chartReady = 'true';
}

/** A 28 × 12 legend mark like the SVG's: the series' line, with a dot for the published figures. */
function swatch(key: Key): HTMLCanvasElement {
  const style = SERIES_STYLE[key];
  const canvas = document.createElement('canvas');
  canvas.width = 28;
  canvas.height = 12;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.strokeStyle = style.color;
  ctx.fillStyle = style.color;
  ctx.lineWidth = style.width;
  ctx.setLineDash([...style.dash]);
  ctx.beginPath();
  ctx.moveTo(0, 6);
  ctx.lineTo(28, 6);
  ctx.stroke();
  if (key === 'values') {
    ctx.beginPath();
    ctx.arc(14, 6, 4, 0, 2 * Math.PI);
    ctx.fill();
  }
  return canvas;
}

/** The unit above the y axis, the last figure beside its point and the target at its right end (as in the SVG). */
function endLabels(data: ChartData, size: number, fmt: (v: number) => string): Plugin<'line'> {
  return {
    id: 'endLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = `${size}px ${CHART_FONT}`;
      if (data.unit) {
        ctx.fillStyle = CHART_COLORS.text;
        ctx.textAlign = 'left';
        ctx.fillText(data.unit, 0, chartArea.top - size * 0.6 - 6);
      }
      ctx.font = `bold ${size}px ${CHART_FONT}`;
      // A white halo keeps a label legible where a line passes behind it.
      ctx.lineWidth = 4;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#ffffff';
      const write = (text: string, x: number, y: number, color: string, align: CanvasTextAlign) => {
        ctx.textAlign = align;
        ctx.strokeText(text, x, y);
        ctx.fillStyle = color;
        ctx.fillText(text, x, y);
      };
      // The target's label first, so the figure's label can step out of its way.
      let taken: { x0: number; x1: number; y0: number; y1: number } | undefined;
      const ends = (key: Key) => {
        const i = data.datasets.findIndex((d) => d.key === key);
        if (i < 0 || !chart.isDatasetVisible(i)) return undefined;
        const values = chart.data.datasets[i]!.data as (number | null)[];
        const last = values.findLastIndex((v) => v !== null);
        const points = chart.getDatasetMeta(i).data;
        const point = points[last];
        if (last < 0 || !point) return undefined;
        const prev = values.slice(0, last).findLastIndex((v) => v !== null);
        return { value: values[last]!, point, prev: points[prev], count: values.filter((v) => v !== null).length, label: data.datasets[i]!.label };
      };
      const target = ends('target');
      if (target) {
        const text = `${target.label} ${fmt(target.value)}`;
        const x = Math.min(chartArea.right, target.point.x + (target.count === 1 ? 14 : 0));
        const y = target.point.y - 6;
        taken = { x0: x - ctx.measureText(text).width, x1: x, y0: y - size, y1: y };
        write(text, x, y, SERIES_STYLE.target.text, 'right');
      }
      const figures = ends('values');
      if (figures) {
        const text = fmt(figures.value);
        const half = ctx.measureText(text).width / 2 + 2;
        const x = Math.min(Math.max(figures.point.x, half), chart.width - half);
        const above = figures.point.y - 11;
        const below = figures.point.y + size + 8;
        // Away from the line that arrives at the point (below it when the line comes down), and off the target's label.
        const order = figures.prev && figures.prev.y < figures.point.y ? [below, above] : [above, below];
        const free = (y: number) => !taken || x + half < taken.x0 || x - half > taken.x1 || y < taken.y0 || y - size > taken.y1;
        write(text, x, order.find(free) ?? order[0]!, SERIES_STYLE.values.text, 'center');
      }
      ctx.restore();
    },
  };
}
