/**
 * Share images (og:image) drawn at build time as SVG, 1200 × 630 (the size link previews expect), rasterized to PNG
 * with the chart downloads (scripts/lib/chart-images.ts): what the page is (site and plan), its title, its one
 * headline figure or finding, its status, who published it and when, and the demonstration mark where it applies.
 */
import { CHART_COLORS, CHART_FONT, SERIES_STYLE } from './style.ts';
import { attr, esc, wrap } from './text.ts';

export const SHARE_SIZE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Small line at the top: site · plan. */
  context: string;
  title: string;
  /** The headline figure or finding, in large type. */
  figure: string;
  /** A line under it (the status). */
  detail?: string | undefined;
  /** Where the figure comes from (its source and publisher), above the footer. */
  source?: string | undefined;
  /** Bottom line: publisher and date. */
  footer: string;
  /** The demonstration-data mark, drawn as a band across the top. */
  mark?: string | undefined;
}

const PAD = 64;
const BRAND = '#1d5f3a';

export function shareCardSvg(card: ShareCard): string {
  const { width, height } = SHARE_SIZE;
  const inner = width - 2 * PAD;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`, `<rect width="16" height="${height}" fill="${BRAND}"/>`];
  let y = PAD;
  if (card.mark) {
    parts.push(`<rect x="16" y="0" width="${width - 16}" height="56" fill="${CHART_COLORS.markTint}"/>`);
    parts.push(line(PAD, 38, card.mark, 26, CHART_COLORS.mark, true));
    y += 40;
  }
  for (const l of wrap(card.context, 24, inner).slice(0, 1)) parts.push(line(PAD, (y += 28), l, 24, CHART_COLORS.text));
  y += 24;
  for (const l of wrap(card.title, 48, inner).slice(0, 3)) parts.push(line(PAD, (y += 60), l, 48, CHART_COLORS.heading, true));
  y += 28;
  for (const l of wrap(card.figure, 40, inner).slice(0, 2)) parts.push(line(PAD, (y += 52), l, 40, SERIES_STYLE.values.text, true));
  if (card.detail) for (const l of wrap(card.detail, 28, inner).slice(0, 2)) parts.push(line(PAD, (y += 40), l, 28, CHART_COLORS.heading));
  if (card.source) parts.push(line(PAD, height - PAD - 20, wrap(card.source, 22, inner)[0] ?? '', 22, CHART_COLORS.text));
  parts.push(line(PAD, height - PAD + 16, wrap(card.footer, 22, inner)[0] ?? '', 22, CHART_COLORS.text));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${attr(CHART_FONT)}">${parts.join('')}</svg>`;
}

function line(x: number, y: number, content: string, size: number, fill: string, bold = false): string {
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${bold ? ' font-weight="bold"' : ''}>${esc(content)}</text>`;
}
