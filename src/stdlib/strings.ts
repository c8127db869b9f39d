// Native parts of package strings: the searching, splitting, trimming and
// case-mapping functions, which run far faster in JS than interpreted. The Go
// side (go/strings.go) validates arguments and panics where Go does, and holds
// everything that calls back into Go (Map, FieldsFunc, TrimFunc...).

import type { NativeImpl } from '../vm/native';
import { Slice } from '../vm/value';
import { RUNE_ERROR_UTF8 } from './unicode_utf8';
import {
  count,
  equalFold,
  fieldSpans,
  indexAny,
  indexRune,
  lastIndexAny,
  replace,
  replacePairs,
  splitSpans,
  title,
  toLower,
  toTitle,
  toUpper,
  toValidUTF8,
  trimLeftIndex,
  trimRightIndex,
  trimSpaceSpan,
} from './strings_text';

/** A Go int argument as a JS number (huge values only matter as "huge"). */
export const num = (v: unknown): number => Number(v as number | bigint);

/** A []string of the given pieces, with Go's capacity. */
function strings(pieces: string[], cap = pieces.length): Slice {
  const len = pieces.length;
  const a: unknown[] = pieces;
  while (a.length < cap) a.push('');
  return new Slice(a, 0, len, cap);
}

/** Go's genSplit for strings; n == 0 gives a nil slice. */
function split(s: string, sep: string, sepSave: number, n: number): Slice | null {
  if (n === 0) return null;
  const { spans, cap, exploded } = splitSpans(s, sep, sepSave, n);
  const pieces = spans.map(([a, b]) => s.slice(a, b));
  // Each rune split off alone that is an invalid byte becomes RuneError (not the rest).
  if (exploded) for (let i = 0; i < pieces.length - 1; i++) if (pieces[i].length === 1 && pieces[i].charCodeAt(0) >= 0x80) pieces[i] = RUNE_ERROR_UTF8;
  return strings(pieces, cap);
}

const str = (f: (s: string) => unknown): NativeImpl => ({ fn: (_h, [s]) => f(s as string) });
const str2 = (f: (s: string, t: string) => unknown): NativeImpl => ({ fn: (_h, [s, t]) => f(s as string, t as string) });

export const natives: Record<string, NativeImpl> = {
  'strings.Compare': str2((a, b) => (a === b ? 0 : a < b ? -1 : 1)),
  'strings.Contains': str2((s, sub) => s.includes(sub)),
  'strings.ContainsAny': str2((s, chars) => indexAny(s, chars) >= 0),
  'strings.ContainsRune': { fn: (_h, [s, r]) => indexRune(s as string, r as number) >= 0 },
  'strings.Count': str2(count),
  'strings.EqualFold': str2(equalFold),
  'strings.HasPrefix': str2((s, p) => s.startsWith(p)),
  'strings.HasSuffix': str2((s, p) => s.endsWith(p)),
  'strings.Index': str2((s, sub) => s.indexOf(sub)),
  'strings.IndexAny': str2(indexAny),
  'strings.IndexByte': { fn: (_h, [s, c]) => (s as string).indexOf(String.fromCharCode(c as number)) },
  'strings.IndexRune': { fn: (_h, [s, r]) => indexRune(s as string, r as number) },
  'strings.LastIndex': str2((s, sub) => s.lastIndexOf(sub)),
  'strings.LastIndexAny': str2(lastIndexAny),
  'strings.LastIndexByte': { fn: (_h, [s, c]) => (s as string).lastIndexOf(String.fromCharCode(c as number)) },

  'strings.Fields': str((s) => strings(fieldSpans(s).map(([a, b]) => s.slice(a, b)))),
  'strings.genSplit': { fn: (_h, [s, sep, save, n]) => split(s as string, sep as string, num(save), num(n)) },
  'strings.Join': {
    fn: (_h, [elems, sep]) => {
      if (elems === null) return '';
      const e = elems as Slice;
      return (e.a.slice(e.off, e.off + e.len) as string[]).join(sep as string);
    },
  },
  'strings.repeat': { fn: (_h, [s, n]) => (s as string).repeat(num(n)) },
  'strings.Replace': { fn: (_h, [s, old, nw, n]) => replace(s as string, old as string, nw as string, num(n)) },
  'strings.ReplaceAll': { fn: (_h, [s, old, nw]) => replace(s as string, old as string, nw as string, -1) },

  'strings.ToUpper': str(toUpper),
  'strings.ToLower': str(toLower),
  'strings.ToTitle': str(toTitle),
  'strings.Title': str(title),
  'strings.ToValidUTF8': str2(toValidUTF8),

  'strings.Trim': str2((s, cut) => {
    const i = trimLeftIndex(s, cut);
    return s.slice(i, i + trimRightIndex(s.slice(i), cut));
  }),
  'strings.TrimLeft': str2((s, cut) => s.slice(trimLeftIndex(s, cut))),
  'strings.TrimRight': str2((s, cut) => s.slice(0, trimRightIndex(s, cut))),
  'strings.TrimSpace': str((s) => s.slice(...trimSpaceSpan(s))),
  'strings.TrimPrefix': str2((s, p) => (s.startsWith(p) ? s.slice(p.length) : s)),
  'strings.TrimSuffix': str2((s, p) => (p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s)),

  'strings.Cut': str2((s, sep) => {
    const i = s.indexOf(sep);
    return i >= 0 ? [s.slice(0, i), s.slice(i + sep.length), true] : [s, '', false];
  }),
  'strings.replace': {
    fn: (_h, [s, oldnew]) => {
      const p = oldnew as Slice | null;
      return p === null ? s : replacePairs(s as string, p.a.slice(p.off, p.off + p.len) as string[]);
    },
  },
};
