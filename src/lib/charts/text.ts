/**
 * Text in the chart SVGs: escaping (titles, labels and footers come from data), and the width estimate
 * and line breaking that stand in for font metrics, which a build has no access to.
 */

/** Characters XML forbids even escaped (control characters from pasted data) would make the SVG unreadable. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text content. */
export function esc(s: string): string {
  return s.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values (double- or single-quoted). */
export function attr(s: string): string {
  return esc(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Approximate advance width in viewBox units (no font metrics at build time). Errs on the wide side
 * so space reserved for labels is enough for system-ui, Noto Sans and their CJK glyphs.
 */
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80) em += 1;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else if (ch === ' ') em += 0.28;
    else if ('.,:;!|il\'"()[]'.includes(ch)) em += 0.32;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * size;
}

/** Breaks text into lines of at most maxWidth: between words, between Chinese characters, inside over-long words (addresses). */
export function wrap(s: string, size: number, maxWidth: number): string[] {
  const tokens = s.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = (token: string) => {
    if (line && textWidth((line + token).trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  };
  for (const token of tokens) {
    if (textWidth(token.trimEnd(), size) <= maxWidth) push(token);
    else for (const ch of token) push(ch);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
