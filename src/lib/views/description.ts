/**
 * A page's description (<meta name="description">, og:description): the text itself when it is short enough,
 * otherwise cut where a reader would stop — after the last whole sentence that fits, or else at the last word (or,
 * in Chinese, which has no spaces, the last clause) that fits, with an ellipsis. Never inside a word or a
 * character pair (surrogates), whatever the language. One rule for every page that shortens a text.
 */

/** Search engines show about this many characters. */
export const DESCRIPTION_MAX = 160;

const SENTENCE_END = /[。！？!?.]/u;
const CLAUSE_END = /[，；：、,;:]/u;

export function describeText(text: string, max = DESCRIPTION_MAX): string {
  // Character by character (a surrogate pair is one); a no-break space (between a number and its unit) never breaks.
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max);
  // The last sentence end that fits, if it keeps at least half of what fits: a sentence end is followed by a space
  // or the end of the text (Latin), or is a Chinese full stop, question or exclamation mark.
  for (let k = head.length - 1; k >= max / 2; k--) {
    const c = head[k]!;
    if (!SENTENCE_END.test(c)) continue;
    const next = chars[k + 1];
    if (/[。！？]/u.test(c) || next === undefined || next === ' ') return head.slice(0, k + 1).join('');
  }
  // Otherwise the last word (after a space) or clause that fits, with an ellipsis (counted in the limit).
  const room = head.slice(0, max - 1);
  for (let k = room.length - 1; k >= max / 2; k--) {
    const c = room[k]!;
    if (c === ' ' && chars[k + 1] !== ' ')
      return `${room
        .slice(0, k)
        .join('')
        .replace(/[ ,;:]+$/u, '')}…`;
    if (CLAUSE_END.test(c) && !/[,;:]/.test(c)) return `${room.slice(0, k).join('')}…`;
  }
  return `${room.join('')}…`;
}
