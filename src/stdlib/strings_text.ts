// The text algorithms behind package strings' natives, on byte strings (one
// JS char per byte, see vm/value.ts): searching, splitting, trimming, case
// mapping. Package bytes reuses them on the bytes of a slice.
//
// Go's semantics for invalid UTF-8 are kept throughout: an invalid byte is a
// rune of its own, RuneError, so it matches a RuneError in a cutset or char
// set, and case mapping turns it into the encoding of U+FFFD.

import { decodeLastString, decodeString, encodeRune, RUNE_ERROR, runeOf, sizeOf, validString } from './unicode_utf8';
import { isDigitRune, isLetterRune, isSpaceRune, simpleFold, toLowerRune, toTitleRune, toUpperRune } from './unicode';

// ---- searching ---------------------------------------------------------------

/** Go's IndexRune: RuneError finds the first invalid byte or U+FFFD; other invalid runes are never found. */
export function indexRune(s: string, r: number): number {
  if (r >= 0 && r < 0x80) return s.indexOf(String.fromCharCode(r));
  if (r === RUNE_ERROR) {
    for (let i = 0; i < s.length; ) {
      const p = decodeString(s, i);
      if (runeOf(p) === RUNE_ERROR) return i;
      i += sizeOf(p);
    }
    return -1;
  }
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return -1;
  return s.indexOf(encodeRune(r));
}

export function indexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  for (let i = 0; i < s.length; ) {
    const p = decodeString(s, i);
    if (indexRune(chars, runeOf(p)) >= 0) return i;
    i += sizeOf(p);
  }
  return -1;
}

export function lastIndexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  for (let i = s.length; i > 0; ) {
    const p = decodeLastString(s, i);
    i -= sizeOf(p);
    if (indexRune(chars, runeOf(p)) >= 0) return i;
  }
  return -1;
}

export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += s.charCodeAt(i) < 0x80 ? 1 : sizeOf(decodeString(s, i));
  return n;
}

/** Non-overlapping occurrences; the empty string occurs between every rune and at both ends. */
export function count(s: string, sub: string): number {
  if (sub === '') return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

// ---- splitting ---------------------------------------------------------------

export interface Split {
  spans: [number, number][];
  /** The capacity of Go's result slice. */
  cap: number;
  /** Split after each rune (empty separator): strings.Split turns invalid bytes into U+FFFD then. */
  exploded?: boolean;
}

/**
 * Go's genSplit: the pieces of s around sep (each keeping the first sepSave
 * bytes of sep), at most n of them (n < 0: all). An empty sep splits after each
 * rune. n == 0 is the caller's business (Go returns nil).
 */
export function splitSpans(s: string, sep: string, sepSave: number, n: number): Split {
  if (sep === '') return explode(s, n);
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.length + 1) n = s.length + 1;
  const spans: [number, number][] = [];
  let start = 0;
  while (spans.length < n - 1) {
    const m = s.indexOf(sep, start);
    if (m < 0) break;
    spans.push([start, m + sepSave]);
    start = m + sep.length;
  }
  spans.push([start, s.length]);
  return { spans, cap: n };
}

/** s split into its runes (invalid bytes alone), the last piece holding the rest once n is reached. */
function explode(s: string, n: number): Split {
  const l = runeCount(s);
  if (n < 0 || n > l) n = l;
  const spans: [number, number][] = [];
  let i = 0;
  while (spans.length < n - 1) {
    const size = sizeOf(decodeString(s, i));
    spans.push([i, i + size]);
    i += size;
  }
  if (n > 0) spans.push([i, s.length]);
  return { spans, cap: n, exploded: true };
}

/** The fields of s: maximal runs of runes that are not unicode.IsSpace. */
export function fieldSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let space: boolean;
    let size = 1;
    if (c < 0x80) space = c === 0x20 || (c >= 0x09 && c <= 0x0d);
    else {
      const p = decodeString(s, i);
      size = sizeOf(p);
      space = isSpaceRune(runeOf(p));
    }
    if (space) {
      if (start >= 0) spans.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
    i += size;
  }
  if (start >= 0) spans.push([start, s.length]);
  return spans;
}

// ---- trimming ---------------------------------------------------------------------

/**
 * A cutset's membership test. An ASCII cutset is compared byte by byte (so it
 * never matches part of a multi-byte rune); any other compares runes with
 * IndexRune's rules, so a cutset holding an invalid byte or U+FFFD trims every
 * invalid byte.
 */
function cutter(cutset: string): { byByte: boolean; has: (r: number) => boolean } {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(cutset)) return { byByte: true, has: (c) => c < 0x80 && cutset.includes(String.fromCharCode(c)) };
  return { byByte: false, has: (r) => indexRune(cutset, r) >= 0 };
}

export function trimLeftIndex(s: string, cutset: string): number {
  if (s === '' || cutset === '') return 0;
  const c = cutter(cutset);
  let i = 0;
  while (i < s.length) {
    if (c.byByte) {
      if (!c.has(s.charCodeAt(i))) break;
      i++;
    } else {
      const p = decodeString(s, i);
      if (!c.has(runeOf(p))) break;
      i += sizeOf(p);
    }
  }
  return i;
}

export function trimRightIndex(s: string, cutset: string): number {
  if (s === '' || cutset === '') return s.length;
  const c = cutter(cutset);
  let j = s.length;
  while (j > 0) {
    if (c.byByte) {
      if (!c.has(s.charCodeAt(j - 1))) break;
      j--;
    } else {
      const p = decodeLastString(s, j);
      if (!c.has(runeOf(p))) break;
      j -= sizeOf(p);
    }
  }
  return j;
}

/** [start, end) of s without leading and trailing white space (unicode.IsSpace runes). */
export function trimSpaceSpan(s: string): [number, number] {
  let i = 0;
  while (i < s.length) {
    const p = decodeString(s, i);
    if (!isSpaceRune(runeOf(p))) break;
    i += sizeOf(p);
  }
  let j = s.length;
  while (j > i) {
    const p = decodeLastString(s, j);
    if (!isSpaceRune(runeOf(p))) break;
    j -= sizeOf(p);
  }
  return [i, j];
}

// ---- case mapping -----------------------------------------------------------------

/**
 * Go's strings.Map for a native mapping: each rune (RuneError for an invalid
 * byte) is replaced by mapping(r), dropped if that is negative. Go leaves the
 * string as it is when nothing changes, which for byte strings is the same value.
 */
export function mapRunes(s: string, mapping: (r: number) => number): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const r = mapping(c);
      if (r !== c) {
        out += s.slice(from, i) + (r >= 0 ? encodeRune(r) : '');
        from = i + 1;
      }
      i++;
      continue;
    }
    const p = decodeString(s, i);
    const size = sizeOf(p);
    const r = mapping(runeOf(p));
    // An invalid byte is always rewritten, as the encoding of the mapped RuneError.
    if (r !== runeOf(p) || (size === 1 && runeOf(p) === RUNE_ERROR)) {
      out += s.slice(from, i) + (r >= 0 ? encodeRune(r) : '');
      from = i + size;
    }
    i += size;
  }
  return from === 0 ? s : out + s.slice(from);
}

export const toUpper = (s: string): string => mapRunes(s, toUpperRune);
export const toLower = (s: string): string => mapRunes(s, toLowerRune);
export const toTitle = (s: string): string => mapRunes(s, toTitleRune);

/** Go's (deprecated) Title: title-cases each rune that follows a separator. */
export function title(s: string): string {
  let prev = 0x20;
  return mapRunes(s, (r) => {
    const sep = isSeparator(prev);
    prev = r;
    return sep ? toTitleRune(r) : r;
  });
}

/** Title's word boundaries: ASCII non-alphanumerics except '_', and white space. */
function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || r === 0x5f) return false;
    return true;
  }
  if (isLetterRune(r) || isDigitRune(r)) return false;
  return isSpaceRune(r);
}

/** Go's EqualFold: equal under simple Unicode case folding. */
export function equalFold(s: string, t: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s.length && j < t.length) {
    const ps = decodeString(s, i);
    const pt = decodeString(t, j);
    i += sizeOf(ps);
    j += sizeOf(pt);
    let sr = runeOf(ps);
    let tr = runeOf(pt);
    if (sr === tr) continue;
    if (tr < sr) [sr, tr] = [tr, sr];
    if (tr < 0x80) {
      if (sr >= 0x41 && sr <= 0x5a && tr === sr + 32) continue;
      return false;
    }
    // Walk sr's folding orbit up to tr.
    let r = simpleFold(sr);
    while (r !== sr && r < tr) r = simpleFold(r);
    if (r === tr) continue;
    return false;
  }
  return i === s.length && j === t.length;
}

// ---- building --------------------------------------------------------------------

/** Go's Replace with n already resolved (n < 0: all). */
export function replace(s: string, old: string, nw: string, n: number): string {
  if (old === nw || n === 0) return s;
  const m = count(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  let out = '';
  let start = 0;
  for (let k = 0; k < n; k++) {
    let j = start;
    if (old === '') {
      if (k > 0) j += sizeOf(decodeString(s, start));
    } else j = s.indexOf(old, start);
    out += s.slice(start, j) + nw;
    start = j + old.length;
  }
  return out + s.slice(start);
}

/** Each run of invalid UTF-8 bytes replaced by one copy of replacement. */
export function toValidUTF8(s: string, replacement: string): string {
  if (validString(s)) return s;
  let out = '';
  let invalid = false;
  for (let i = 0; i < s.length; ) {
    const p = decodeString(s, i);
    const size = sizeOf(p);
    if (size === 1 && runeOf(p) === RUNE_ERROR && s.charCodeAt(i) >= 0x80) {
      if (!invalid) out += replacement;
      invalid = true;
    } else {
      out += s.slice(i, i + size);
      invalid = false;
    }
    i += size;
  }
  return out;
}

/**
 * What a strings.Replacer does: scanning s, at each position the first
 * (old, new) pair in argument order whose old string starts there is
 * replaced, and scanning resumes after it. An empty old string matches once
 * at each position (not twice in a row, so scanning advances).
 */
export function replacePairs(s: string, oldnew: string[]): string {
  let out = '';
  let last = 0;
  let prevEmpty = false;
  const firstBytes = new Set(oldnew.filter((_, k) => k % 2 === 0).map((o) => o.charCodeAt(0)));
  const hasEmpty = firstBytes.has(NaN);
  for (let i = 0; i <= s.length; ) {
    if (!hasEmpty && i < s.length && !firstBytes.has(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let k = 0;
    for (; k < oldnew.length; k += 2) {
      const old = oldnew[k];
      if (old === '' ? !prevEmpty : s.startsWith(old, i)) break;
    }
    if (k < oldnew.length) {
      prevEmpty = oldnew[k] === '';
      out += s.slice(last, i) + oldnew[k + 1];
      i += oldnew[k].length;
      last = i;
      continue;
    }
    prevEmpty = false;
    i++;
  }
  return last === 0 && out === '' ? s : out + s.slice(last);
}
