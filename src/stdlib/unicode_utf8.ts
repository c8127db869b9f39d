// Native parts of package unicode/utf8, and the UTF-8 primitives the other
// text packages (strings, bytes, unicode) share.
//
// Go strings are held as byte strings (one JS char per byte, see vm/value.ts),
// and []byte as a Slice of numbers, so decoding reads bytes one at a time.
// Decoding follows Go's rules exactly: an invalid or truncated encoding
// decodes as RuneError of width 1, so every byte is part of exactly one rune.

import type { NativeImpl } from '../vm/native';
import type { Slice } from '../vm/value';

export const RUNE_ERROR = 0xfffd;
export const MAX_RUNE = 0x10ffff;
/** RuneError encoded, as a byte string. */
export const RUNE_ERROR_UTF8 = '\xef\xbf\xbd';

/** A decoded rune packed with its width: `rune * 8 + size`; see runeOf/sizeOf. */
export type Packed = number;
export const runeOf = (p: Packed): number => Math.floor(p / 8);
export const sizeOf = (p: Packed): number => p & 7;
const ERR1: Packed = RUNE_ERROR * 8 + 1;

/**
 * Decodes the rune whose first byte is b0, reading continuation bytes with
 * `at(k)` for k = 1..3 (undefined past the end). Shared by the string and
 * byte-slice decoders so the validity rules live in one place.
 */
function decodeFrom(b0: number, at: (k: number) => number | undefined): Packed {
  if (b0 < 0x80) return b0 * 8 + 1;
  // The second byte's accepted range depends on the first byte: these limits
  // exclude overlong forms (E0, F0), surrogates (ED) and runes past U+10FFFF (F4).
  let size: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 < 0xc2) return ERR1;
  if (b0 < 0xe0) size = 2;
  else if (b0 < 0xf0) {
    size = 3;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
  } else if (b0 < 0xf5) {
    size = 4;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
  } else return ERR1;
  const b1 = at(1);
  if (b1 === undefined || b1 < lo || b1 > hi) return ERR1;
  if (size === 2) return (((b0 & 0x1f) << 6) | (b1 & 0x3f)) * 8 + 2;
  const b2 = at(2);
  if (b2 === undefined || b2 < 0x80 || b2 > 0xbf) return ERR1;
  if (size === 3) return (((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) * 8 + 3;
  const b3 = at(3);
  if (b3 === undefined || b3 < 0x80 || b3 > 0xbf) return ERR1;
  return (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) * 8 + 4;
}

/** Decodes the rune at byte i of s[..end] (end defaults to s.length); i < end. */
export function decodeString(s: string, i: number, end = s.length): Packed {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return b0 * 8 + 1;
  return decodeFrom(b0, (k) => (i + k < end ? s.charCodeAt(i + k) : undefined));
}

/** Decodes the rune at index i of a byte slice (i < len). */
export function decodeBytes(b: Slice, i: number): Packed {
  const a = b.a as number[];
  const base = b.off + i;
  const end = b.off + b.len;
  const b0 = a[base];
  if (b0 < 0x80) return b0 * 8 + 1;
  return decodeFrom(b0, (k) => (base + k < end ? a[base + k] : undefined));
}

/** Decodes the last rune of s[..end] as Go's DecodeLastRuneInString does; end > 0. */
export function decodeLastString(s: string, end = s.length): Packed {
  const last = s.charCodeAt(end - 1);
  if (last < 0x80) return last * 8 + 1;
  // Back up to the nearest rune start within UTFMax bytes; the rune found must
  // end exactly at `end`, or the last byte stands alone as an error.
  const lim = Math.max(end - 4, 0);
  let start = end - 1;
  for (start--; start >= lim; start--) if ((s.charCodeAt(start) & 0xc0) !== 0x80) break;
  if (start < 0) start = 0;
  const p = decodeString(s, start, end);
  return start + sizeOf(p) === end ? p : ERR1;
}

/** The UTF-8 encoding of r as a byte string; invalid runes encode as RuneError. */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (r >= 0 && r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0 || r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff)) return RUNE_ERROR_UTF8;
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** The runes of a byte string, invalid bytes decoded as RuneError. */
export function runesOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const p = decodeString(s, i);
    out.push(runeOf(p));
    i += sizeOf(p);
  }
  return out;
}

/** The bytes of a []byte as a byte string (nil is empty). */
export function bytesToString(b: Slice | null): string {
  if (b === null || b.len === 0) return '';
  const a = b.a as number[];
  let s = '';
  // fromCharCode.apply in chunks: far faster than char-by-char concatenation.
  for (let i = 0; i < b.len; i += 8192) {
    const end = Math.min(b.len, i + 8192);
    s += String.fromCharCode.apply(null, a.slice(b.off + i, b.off + end));
  }
  return s;
}

/** A new []byte holding the bytes of a byte string. */
export function stringToBytes(s: string): number[] {
  const a = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return a;
}

/** Whether a byte string is valid UTF-8. */
export function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const p = decodeString(s, i);
    if (p === ERR1) return false;
    i += sizeOf(p);
  }
  return true;
}

function runeCountString(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c < 0x80 ? 1 : sizeOf(decodeString(s, i));
  }
  return n;
}

/** Whether the bytes begin with a full encoding (invalid encodings count as full: they decode as errors). */
function fullRune(b: number[]): boolean {
  const n = b.length;
  if (n === 0) return false;
  const b0 = b[0];
  if (b0 < 0xc2 || b0 >= 0xf5) return true;
  const size = b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
  if (n >= size) return true;
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (n > 1 && (b[1] < lo || b[1] > hi)) return true;
  if (n > 2 && (b[2] < 0x80 || b[2] > 0xbf)) return true;
  return false;
}

const pair = (p: Packed): [number, number] => [runeOf(p), sizeOf(p)];

export const natives: Record<string, NativeImpl> = {
  'unicode/utf8.DecodeRuneInString': {
    fn: (_h, [s]) => ((s as string).length === 0 ? [RUNE_ERROR, 0] : pair(decodeString(s as string, 0))),
  },
  'unicode/utf8.DecodeRune': {
    fn: (_h, [b]) => (b === null || (b as Slice).len === 0 ? [RUNE_ERROR, 0] : pair(decodeBytes(b as Slice, 0))),
  },
  'unicode/utf8.DecodeLastRuneInString': {
    fn: (_h, [s]) => ((s as string).length === 0 ? [RUNE_ERROR, 0] : pair(decodeLastString(s as string))),
  },
  'unicode/utf8.DecodeLastRune': {
    fn: (_h, [b]) => {
      if (b === null || (b as Slice).len === 0) return [RUNE_ERROR, 0];
      // Only the last UTFMax bytes matter.
      const sl = b as Slice;
      const k = Math.min(sl.len, 4);
      const a = sl.a as number[];
      const tail = String.fromCharCode(...a.slice(sl.off + sl.len - k, sl.off + sl.len));
      return pair(decodeLastString(tail));
    },
  },
  'unicode/utf8.RuneCountInString': { fn: (_h, [s]) => runeCountString(s as string) },
  'unicode/utf8.RuneCount': { fn: (_h, [b]) => runeCountString(bytesToString(b as Slice | null)) },
  'unicode/utf8.ValidString': { fn: (_h, [s]) => validString(s as string) },
  'unicode/utf8.Valid': { fn: (_h, [b]) => validString(bytesToString(b as Slice | null)) },
  'unicode/utf8.FullRuneInString': {
    fn: (_h, [s]) => fullRune(stringToBytes((s as string).slice(0, 4))),
  },
  'unicode/utf8.FullRune': {
    fn: (_h, [b]) => {
      if (b === null) return false;
      const sl = b as Slice;
      return fullRune((sl.a as number[]).slice(sl.off, sl.off + Math.min(sl.len, 4)));
    },
  },
};
