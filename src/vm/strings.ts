// Go strings in the VM are byte strings (one JS char per byte, value.ts). This
// file implements UTF-8 as Go's runtime does: decoding for `range` and
// []rune(s), encoding for string(r) and string(runes), and the conversions
// between strings, []byte and []rune.

import { roundupsize } from './slices';
import { Slice } from './value';

export const RuneError = 0xfffd;

/** The width of the rune last decoded by decodeRune (avoids allocating a pair). */
export let lastWidth = 1;

/**
 * Decodes the UTF-8 sequence starting at byte i of s. Invalid or truncated
 * sequences decode as RuneError with width 1, as Go does.
 */
export function decodeRune(s: string, i: number): number {
  const n = s.length;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) {
    lastWidth = 1;
    return b0;
  }
  lastWidth = 1;
  if (b0 < 0xc2 || b0 > 0xf4) return RuneError;
  if (b0 < 0xe0) {
    if (i + 1 >= n) return RuneError;
    const b1 = s.charCodeAt(i + 1);
    if ((b1 & 0xc0) !== 0x80) return RuneError;
    lastWidth = 2;
    return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  }
  if (b0 < 0xf0) {
    if (i + 2 >= n) return RuneError;
    const b1 = s.charCodeAt(i + 1);
    // Second-byte ranges exclude overlong forms and surrogates.
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 < lo || b1 > hi) return RuneError;
    const b2 = s.charCodeAt(i + 2);
    if ((b2 & 0xc0) !== 0x80) return RuneError;
    lastWidth = 3;
    return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  }
  if (i + 3 >= n) return RuneError;
  const b1 = s.charCodeAt(i + 1);
  const lo = b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return RuneError;
  const b2 = s.charCodeAt(i + 2);
  const b3 = s.charCodeAt(i + 3);
  if ((b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return RuneError;
  lastWidth = 4;
  return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
}

/** The UTF-8 bytes of a rune; invalid runes (surrogates, > U+10FFFF, negative) encode U+FFFD. */
export function encodeRune(r: number | bigint): string {
  let c = typeof r === 'bigint' ? -1 : r;
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = RuneError;
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

/** string(b) for b []byte. */
export function bytesToString(b: Slice | null): string {
  if (b === null || b.len === 0) return '';
  const { a, off, len } = b;
  let out = '';
  const chunk = 8192;
  for (let i = 0; i < len; i += chunk) {
    const end = Math.min(len, i + chunk);
    out += String.fromCharCode.apply(null, a.slice(off + i, off + end) as number[]);
  }
  return out;
}

/** []byte(s): a fresh slice with capacity rounded up to the allocator's size class. */
export function stringToBytes(s: string): Slice {
  const len = s.length;
  const cap = len === 0 ? 0 : roundupsize(len);
  const a = new Array(cap);
  for (let i = 0; i < len; i++) a[i] = s.charCodeAt(i);
  for (let i = len; i < cap; i++) a[i] = 0;
  return new Slice(a, 0, len, cap);
}

/** string(runes) for runes []rune. */
export function runesToString(r: Slice | null): string {
  if (r === null) return '';
  let out = '';
  for (let i = 0; i < r.len; i++) out += encodeRune(r.a[r.off + i] as number);
  return out;
}

/** []rune(s). */
export function stringToRunes(s: string): Slice {
  const runes: number[] = [];
  for (let i = 0; i < s.length; ) {
    runes.push(decodeRune(s, i));
    i += lastWidth;
  }
  const cap = runes.length === 0 ? 0 : roundupsize(runes.length * 4) / 4;
  while (runes.length < cap) runes.push(0);
  return new Slice(runes, 0, runes.length === 0 ? 0 : countRunes(s), cap);
}

export function countRunes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) i++;
    else {
      decodeRune(s, i);
      i += lastWidth;
    }
    n++;
  }
  return n;
}

/** Converts a JS (UTF-16) string to Go's byte-string form. */
export function fromJS(s: string): string {
  // Fast path: ASCII is the same in both forms.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? s : Buffer.from(s, 'utf8').toString('latin1');
}

/** Converts Go's byte-string form to a JS string (invalid UTF-8 becomes U+FFFD). */
export function toJS(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? s : Buffer.from(s, 'latin1').toString('utf8');
}

/** The decoded rune at s[i] and its width, for `for i, r := range s` (NEXTRUNE). */
export function nextRune(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    lastWidth = 1;
    return c;
  }
  return decodeRune(s, i);
}

export function getLastWidth(): number {
  return lastWidth;
}
