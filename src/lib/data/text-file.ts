/**
 * Reading text files the way staff save them on Windows: UTF-8 with or without a byte-order mark, GBK/GB18030
 * (the default of Chinese Notepad, Excel and WPS), UTF-16 (Notepad's "Unicode", Excel's "Unicode text"), with
 * CRLF or LF line ends. Every reader of data and content files goes through here, so a file reads the same in
 * `npm run check`, the import and the build.
 */
import fs from 'node:fs';
import type { Problem } from '../messages/problem.ts';
import { say } from '../messages/message.ts';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The text without a byte-order mark; line ends as they were (see `normalizeNewlines`). */
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte-order mark. */
  bom: boolean;
}

/** A file that is not text in any encoding we read. */
export interface NotText {
  /** `xlsx`: a zip (Excel .xlsx, WPS .et saved as xlsx); `xls`: an old Office compound file (.xls, .et, .doc); `binary`: anything else; `damaged-utf-8`: UTF-8 with a few broken bytes. */
  notText: 'xlsx' | 'xls' | 'binary' | 'damaged-utf-8';
  /** For damaged UTF-8: the line of the first broken byte. */
  line?: number;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a byte-order mark: most ASCII characters leave a zero byte at every other position. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(bytes.length / 2);
  if (odd > pairs * 0.3 && even === 0) return 'utf-16le';
  if (even > pairs * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Decodes a file's bytes, or says why it is not a text file. */
export function decodeText(bytes: Uint8Array): DecodedText | NotText {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { notText: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { notText: 'xls' };
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be', true);
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  const wide = bom ? undefined : utf16WithoutBom(body);
  if (wide) return utf16(body, wide, false);
  if (body.includes(0)) return { notText: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    // Either GBK, or UTF-8 with a few broken bytes. GBK read as UTF-8 breaks at least as many characters as it
    // leaves whole; a damaged UTF-8 file has many whole characters and a few broken ones.
    const loose = new TextDecoder('utf-8').decode(body);
    const broken = (loose.match(/\uFFFD/g) ?? []).length;
    const whole = (loose.match(/[^\x00-\x7F\uFFFD]/g) ?? []).length;
    if (bom || whole >= 10 * broken) return { notText: 'damaged-utf-8', line: loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length };
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030', bom: false };
    } catch {
      return { notText: 'binary' };
    }
  }
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText | NotText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding, bom };
  } catch {
    return { notText: 'binary' };
  }
}

export const isText = (d: DecodedText | NotText): d is DecodedText => 'text' in d;

/** CRLF (Windows) and lone CR line ends become LF; line numbers stay the same. */
export const normalizeNewlines = (text: string) => text.replace(/\r\n?/g, '\n');

/** How staff know an encoding: the names Notepad, Excel and WPS give it. */
export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK (GB18030)',
  'utf-16le': 'UTF-16 (Unicode)',
  'utf-16be': 'UTF-16 big-endian (Unicode big endian)',
};

/** A data or content file read as text (LF line ends, no byte-order mark), or why it is not text. */
export function readTextFile(full: string): DecodedText | NotText {
  const decoded = decodeText(fs.readFileSync(full));
  return isText(decoded) ? { ...decoded, text: normalizeNewlines(decoded.text) } : decoded;
}

/**
 * What staff are told about a file's encoding. JSON data in GBK or UTF-16 is read (with a warning: the data is
 * what the file says); chapters and narratives must be UTF-8, because Astro reads them as UTF-8 only and would
 * publish garbled text.
 */
export function encodingProblems(file: string, decoded: DecodedText | NotText, kind: 'data' | 'content'): Problem[] {
  if (!isText(decoded)) {
    const message = decoded.notText === 'damaged-utf-8' ? say('file.damagedUtf8', { line: decoded.line ?? 1 }) : say('file.notText', { looksLike: decoded.notText, kind });
    return [{ file, ...(decoded.line ? { line: decoded.line } : {}), ...message, severity: 'error' }];
  }
  if (decoded.encoding === 'utf-8') return [];
  const name = ENCODING_NAMES[decoded.encoding];
  if (kind === 'data') {
    return [{ file, ...say('file.encodingRead', { encoding: name }), severity: 'warning' }];
  }
  return [{ file, ...say('file.encodingRefused', { encoding: name }), severity: 'error' }];
}
