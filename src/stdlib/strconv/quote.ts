// Quoting and unquoting Go string and rune literals (strconv.Quote, QuoteRune,
// Unquote, UnquoteChar and their ASCII/graphic variants), shared with fmt's %q.
//
// Strings are byte strings (vm/value.ts): a rune is decoded from its UTF-8
// bytes, and bytes that are not valid UTF-8 are quoted one by one as \xNN.

import { decodeRune, encodeRune, getLastWidth } from '../../vm/strings';
import { printRanges } from './isprint';

const MAX_RUNE = 0x10ffff;
const RUNE_ERROR = 0xfffd;
const lowerHex = '0123456789abcdef';

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x7f) return r >= 0x20;
  // Binary search for the last range starting at or below r.
  let lo = 0;
  let hi = printRanges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (printRanges[2 * mid] <= r) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && r <= printRanges[2 * (lo - 1) + 1];
}

/** The spaces strconv.IsGraphic adds to IsPrint (Unicode's Zs category). */
function isGraphicSpace(r: number): boolean {
  return r === 0xa0 || r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x202f || r === 0x205f || r === 0x3000;
}

/** strconv.IsGraphic. */
export function isGraphic(r: number): boolean {
  return isPrint(r) || isGraphicSpace(r);
}

function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MAX_RUNE);
}

function hexDigits(v: number, n: number): string {
  let s = '';
  for (let shift = (n - 1) * 4; shift >= 0; shift -= 4) s += lowerHex[Math.floor(v / 2 ** shift) & 15];
  return s;
}

/** The escaped form of one rune inside a literal delimited by quote. */
function escapeRune(r: number, bytes: string, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (r === quote || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return bytes;
  } else if (isPrint(r) || (graphicOnly && isGraphicSpace(r))) {
    return bytes;
  }
  switch (r) {
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x0b:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hexDigits(r, 2);
  if (!validRune(r)) r = RUNE_ERROR;
  if (r < 0x10000) return '\\u' + hexDigits(r, 4);
  return '\\U' + hexDigits(r, 8);
}

/** Quotes the byte string s with the given delimiter. */
export function quoteWith(s: string, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  const q = String.fromCharCode(quote);
  let out = q;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    // Printable ASCII other than the delimiter and backslash: the common case.
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== 0x5c) {
      out += s[i];
      i++;
      continue;
    }
    const r = c < 0x80 ? c : decodeRune(s, i);
    const w = c < 0x80 ? 1 : getLastWidth();
    if (w === 1 && r === RUNE_ERROR) {
      out += '\\x' + lowerHex[c >> 4] + lowerHex[c & 15];
    } else {
      out += escapeRune(r, s.slice(i, i + w), quote, asciiOnly, graphicOnly);
    }
    i += w;
  }
  return out + q;
}

export const quote = (s: string): string => quoteWith(s, 0x22, false, false);
export const quoteToASCII = (s: string): string => quoteWith(s, 0x22, true, false);
export const quoteToGraphic = (s: string): string => quoteWith(s, 0x22, false, true);

/** Quotes a rune as a Go character literal; invalid runes become U+FFFD. */
export function quoteRuneWith(r: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (!validRune(r)) r = RUNE_ERROR;
  return "'" + escapeRune(r, encodeRune(r), 0x27, asciiOnly, graphicOnly) + "'";
}

/** strconv.CanBackquote: whether s can be written as a raw string literal unchanged. */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c < 0x20 && c !== 0x09) || c === 0x60 || c === 0x7f) return false;
      i++;
      continue;
    }
    const r = decodeRune(s, i);
    const w = getLastWidth();
    // A byte order mark is invisible, so it would be lost in a raw literal.
    if (w === 1 || r === 0xfeff) return false;
    i += w;
  }
  return true;
}

/** The result of UnquoteChar; null stands for ErrSyntax. */
export interface UnquotedChar {
  value: number;
  multibyte: boolean;
  tail: string;
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

const simpleEscapes: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 0x5c };

/**
 * strconv.UnquoteChar: decodes the first character or escape sequence of s,
 * a literal delimited by quote (0 for none).
 */
export function unquoteChar(s: string, quote: number): UnquotedChar | null {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  // A bare delimiter ends the literal, so it cannot be a character of it.
  if (c === quote && (quote === 0x27 || quote === 0x22)) return null;
  if (c >= 0x80) {
    const r = decodeRune(s, 0);
    const w = getLastWidth();
    return { value: r, multibyte: true, tail: s.slice(w) };
  }
  if (c !== 0x5c) return { value: c, multibyte: false, tail: s.slice(1) };
  if (s.length <= 1) return null;
  const e = s[1];
  let rest = s.slice(2);
  const simple = simpleEscapes[e];
  if (simple !== undefined) return { value: simple, multibyte: false, tail: rest };
  switch (e) {
    case 'x':
    case 'u':
    case 'U': {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      if (rest.length < n) return null;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const d = unhex(rest.charCodeAt(j));
        if (d < 0) return null;
        v = v * 16 + d;
      }
      rest = rest.slice(n);
      if (e === 'x') return { value: v, multibyte: false, tail: rest };
      if (!validRune(v)) return null;
      return { value: v, multibyte: true, tail: rest };
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      let v = e.charCodeAt(0) - 0x30;
      if (rest.length < 2) return null;
      for (let j = 0; j < 2; j++) {
        const d = rest.charCodeAt(j) - 0x30;
        if (d < 0 || d > 7) return null;
        v = v * 8 + d;
      }
      if (v > 255) return null;
      return { value: v, multibyte: false, tail: rest.slice(2) };
    }
    case "'":
    case '"':
      if (e.charCodeAt(0) !== quote) return null;
      return { value: quote, multibyte: false, tail: rest };
  }
  return null;
}

/** strconv.Unquote: the string a Go string or rune literal denotes; null for ErrSyntax. */
export function unquote(s: string): string | null {
  const n = s.length;
  if (n < 2) return null;
  const q = s.charCodeAt(0);
  if (q !== s.charCodeAt(n - 1)) return null;
  const body = s.slice(1, n - 1);
  if (q === 0x60) {
    if (body.includes('`')) return null;
    // Carriage returns are dropped from raw literals, as the compiler does.
    return body.includes('\r') ? body.replace(/\r/g, '') : body;
  }
  if (q !== 0x22 && q !== 0x27) return null;
  if (body.includes('\n')) return null;
  if (!body.includes('\\') && !body.includes(String.fromCharCode(q))) {
    if (q === 0x22 && validUTF8(body)) return body;
    if (q === 0x27 && body.length > 0) {
      // A rune literal holds exactly one rune.
      const r = body.charCodeAt(0) < 0x80 ? body.charCodeAt(0) : decodeRune(body, 0);
      const w = body.charCodeAt(0) < 0x80 ? 1 : getLastWidth();
      if (w === body.length && !(r === RUNE_ERROR && w === 1)) return body;
    }
  }
  let out = '';
  let rest = body;
  while (rest.length > 0) {
    const u = unquoteChar(rest, q);
    if (u === null) return null;
    rest = u.tail;
    out += u.value < 0x80 || !u.multibyte ? String.fromCharCode(u.value) : encodeRune(u.value);
    if (q === 0x27) break;
  }
  if (q === 0x27 && rest.length !== 0) return null;
  return out;
}

/** strconv.QuotedPrefix: the quoted literal at the start of s, or null. */
export function quotedPrefix(s: string): string | null {
  if (s.length === 0) return null;
  const q = s.charCodeAt(0);
  if (q === 0x60) {
    const end = s.indexOf('`', 1);
    return end < 0 ? null : s.slice(0, end + 1);
  }
  if (q !== 0x22 && q !== 0x27) return null;
  let rest = s.slice(1);
  let count = 0;
  while (rest.length > 0 && rest.charCodeAt(0) !== q) {
    if (rest.charCodeAt(0) === 0x0a) return null;
    const u = unquoteChar(rest, q);
    if (u === null) return null;
    rest = u.tail;
    count++;
  }
  if (rest.length === 0) return null;
  // Go 1.19 accepts the empty rune literal '' here, as Unquote does.
  if (q === 0x27 && count > 1) return null;
  return s.slice(0, s.length - rest.length + 1);
}

/** Whether the byte string s is valid UTF-8. */
export function validUTF8(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    decodeRune(s, i);
    const w = getLastWidth();
    if (w === 1) return false;
    i += w;
  }
  return true;
}
