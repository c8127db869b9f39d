// Native parts of package bytes: the searches, comparisons and copying
// transforms, run on the slices' bytes as byte strings with the algorithms of
// package strings (strings_text.ts). Whatever returns part of its argument
// (Split, Trim, Fields...) is written in Go (go/bytes.go), so results alias
// the argument's array exactly as in Go.

import type { NativeImpl } from '../vm/native';
import { Slice } from '../vm/value';
import { bytesToString, runesOf, stringToBytes } from './unicode_utf8';
import { num } from './strings';
import {
  count,
  equalFold,
  fieldSpans,
  indexAny,
  indexRune,
  lastIndexAny,
  replace,
  title,
  toLower,
  toTitle,
  toUpper,
  toValidUTF8,
  trimLeftIndex,
  trimRightIndex,
  trimSpaceSpan,
} from './strings_text';

type Bytes = Slice | null;

const str = (b: unknown): string => bytesToString(b as Bytes);

/** A new []byte holding a byte string (never nil). */
export function bytesOf(s: string): Slice {
  const a = stringToBytes(s);
  return new Slice(a, 0, a.length, a.length);
}

const ints = (xs: number[]): Slice => new Slice(xs, 0, xs.length, xs.length);

const b1 = (f: (s: string) => unknown): NativeImpl => ({ fn: (_h, [s]) => f(str(s)) });
const b2 = (f: (s: string, t: string) => unknown): NativeImpl => ({ fn: (_h, [s, t]) => f(str(s), str(t)) });
/** A function of bytes and a Go string argument. */
const bs = (f: (s: string, t: string) => unknown): NativeImpl => ({ fn: (_h, [s, t]) => f(str(s), t as string) });

export const natives: Record<string, NativeImpl> = {
  'bytes.Compare': b2((a, b) => (a === b ? 0 : a < b ? -1 : 1)),
  'bytes.Equal': b2((a, b) => a === b),
  'bytes.EqualFold': b2(equalFold),
  'bytes.Contains': b2((s, sub) => s.includes(sub)),
  'bytes.ContainsAny': bs((s, chars) => indexAny(s, chars) >= 0),
  'bytes.ContainsRune': { fn: (_h, [s, r]) => indexRune(str(s), r as number) >= 0 },
  'bytes.Count': b2(count),
  'bytes.HasPrefix': b2((s, p) => s.startsWith(p)),
  'bytes.HasSuffix': b2((s, p) => s.endsWith(p)),
  'bytes.Index': b2((s, sep) => s.indexOf(sep)),
  'bytes.IndexAny': bs(indexAny),
  'bytes.IndexByte': { fn: (_h, [s, c]) => str(s).indexOf(String.fromCharCode(c as number)) },
  'bytes.IndexRune': { fn: (_h, [s, r]) => indexRune(str(s), r as number) },
  'bytes.LastIndex': b2((s, sep) => s.lastIndexOf(sep)),
  'bytes.LastIndexAny': bs(lastIndexAny),
  'bytes.LastIndexByte': { fn: (_h, [s, c]) => str(s).lastIndexOf(String.fromCharCode(c as number)) },

  'bytes.ToUpper': b1((s) => bytesOf(toUpper(s))),
  'bytes.ToLower': b1((s) => bytesOf(toLower(s))),
  'bytes.ToTitle': b1((s) => bytesOf(toTitle(s))),
  'bytes.Title': b1((s) => bytesOf(title(s))),
  'bytes.ToValidUTF8': b2((s, r) => bytesOf(toValidUTF8(s, r))),
  'bytes.Runes': b1((s) => ints(runesOf(s))),
  'bytes.repeat': { fn: (_h, [b, n]) => bytesOf(str(b).repeat(num(n))) },
  'bytes.replace': {
    fn: (_h, [s, old, nw, n]) => bytesOf(replace(str(s), str(old), str(nw), num(n))),
  },
  'bytes.join': {
    fn: (_h, [s, sep]) => {
      const l = s as Slice;
      return bytesOf((l.a.slice(l.off, l.off + l.len) as Bytes[]).map(bytesToString).join(str(sep)));
    },
  },

  'bytes.trimLeftIndex': bs(trimLeftIndex),
  'bytes.trimRightIndex': bs(trimRightIndex),
  'bytes.trimSpaceSpan': b1(trimSpaceSpan),
  'bytes.fieldSpans': b1((s) => ints(fieldSpans(s).flat())),
};
