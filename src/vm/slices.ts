// Slices: make, slicing, append with Go's growth rule, copy.
//
// A slice is a window on a backing JS array (value.ts); appending within
// capacity writes into the shared backing array, exactly as Go aliases it.
// Capacity growth follows Go 1.19's growslice: double below 256 elements, then
// grow by (newcap + 3*256)/4 until large enough, then round the byte size up to
// the allocator's size class — so `cap` prints what real Go prints.

import { nilPanic, sliceBoundsPanic, errorStringPanic, GoPanic } from './panics';
import type { RType } from './rtype';
import { Slice } from './value';

/** The Go allocator's size classes (bytes), as Go 1.19 rounds small allocations. */
const sizeClasses = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640,
  704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
  9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/** runtime.roundupsize: the size Go actually allocates for `size` bytes. */
export function roundupsize(size: number): number {
  if (size <= 32768) {
    let lo = 0;
    let hi = sizeClasses.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sizeClasses[mid] >= size) hi = mid;
      else lo = mid + 1;
    }
    return sizeClasses[lo];
  }
  const page = 8192;
  return Math.ceil(size / page) * page;
}

/** The capacity growslice picks when a slice of capacity oldCap must hold `needed` elements. */
export function growCap(oldCap: number, needed: number, elemSize: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else if (oldCap < 256) {
    newcap = doublecap;
  } else {
    while (newcap > 0 && newcap < needed) newcap += Math.floor((newcap + 3 * 256) / 4);
    if (newcap <= 0) newcap = needed;
  }
  if (elemSize === 0) return newcap;
  return Math.floor(roundupsize(newcap * elemSize) / elemSize);
}

/** Upper bound on elements one slice may hold (the simulated heap's cap). */
export const maxSliceLen = 1 << 27;

export function makeSlice(elem: RType, len: unknown, cap: unknown): Slice {
  const l = len as number;
  const c = cap === undefined ? l : (cap as number);
  if (typeof len === 'bigint' || l < 0) throw errorStringPanic('makeslice: len out of range');
  if (typeof cap === 'bigint' || c < l) throw errorStringPanic('makeslice: cap out of range');
  if (c > maxSliceLen) throw new OutOfMemory(c * Math.max(elem.size, 1));
  return new Slice(fill(elem, c), 0, l, c);
}

/** A fresh backing array of n zero values. */
export function fill(elem: RType, n: number): unknown[] {
  const a = new Array(n);
  if (elem.isValue) for (let i = 0; i < n; i++) a[i] = elem.zero();
  else a.fill(elem.zero());
  return a;
}

/** Thrown when a program asks for more memory than the simulation allows. */
export class OutOfMemory {
  constructor(readonly bytes: number) {}
}

/** Slicing kinds (the SLICE instruction's last operand). */
export const SliceKind = { slice: 0, array: 1, string: 2, arrayPtr: 3 } as const;

/** x[lo:hi:max] (absent bounds are undefined). */
export function slice(x: unknown, lo: unknown, hi: unknown, max: unknown, kind: number): unknown {
  if (kind === SliceKind.string) {
    const s = x as string;
    const len = s.length;
    const h = hi === undefined ? len : (hi as number);
    const l = lo === undefined ? 0 : (lo as number);
    if (typeof hi === 'bigint' || h < 0 || h > len) throw sliceBoundsPanic('hi', hi, len, 'length');
    if (typeof lo === 'bigint' || l < 0 || l > h) throw sliceBoundsPanic('lohi', lo, h, 'length');
    return s.substring(l, h);
  }
  let a: unknown[];
  let off: number;
  let len: number;
  let cap: number;
  let what: 'length' | 'capacity' = 'capacity';
  if (kind === SliceKind.slice) {
    const sl = x as Slice | null;
    if (sl === null) {
      a = [];
      off = 0;
      len = 0;
      cap = 0;
    } else {
      a = sl.a;
      off = sl.off;
      len = sl.len;
      cap = sl.cap;
    }
  } else {
    if (x === null) throw nilPanic();
    a = x as unknown[];
    off = 0;
    len = a.length;
    cap = a.length;
    what = 'length';
  }
  const l = lo === undefined ? 0 : (lo as number);
  let h: number;
  let m = cap;
  if (max !== undefined) {
    m = max as number;
    if (typeof max === 'bigint' || m < 0 || m > cap) throw sliceBoundsPanic('max', max, cap, what);
    h = hi as number;
    if (typeof hi === 'bigint' || h < 0 || h > m) throw sliceBoundsPanic('himax', hi, m, what);
  } else {
    h = hi === undefined ? len : (hi as number);
    if (typeof hi === 'bigint' || h < 0 || h > cap) throw sliceBoundsPanic('hi', hi, cap, what);
  }
  if (typeof lo === 'bigint' || l < 0 || l > h) throw sliceBoundsPanic('lohi', lo, h, what);
  return new Slice(a, off + l, h - l, m - l);
}

/** append(s, v): the common one-element case. */
export function append1(s: Slice | null, v: unknown, elem: RType): Slice {
  if (s !== null && s.len < s.cap) {
    s.a[s.off + s.len] = v;
    return new Slice(s.a, s.off, s.len + 1, s.cap);
  }
  const r = grow(s, 1, elem);
  r.a[r.off + r.len - 1] = v;
  return r;
}

/** append(s, vs...). */
export function append(s: Slice | null, vs: unknown[], elem: RType): Slice | null {
  if (vs.length === 0) return s;
  const len = s === null ? 0 : s.len;
  let r: Slice;
  if (s !== null && len + vs.length <= s.cap) r = new Slice(s.a, s.off, len + vs.length, s.cap);
  else r = grow(s, vs.length, elem);
  const base = r.off + len;
  for (let i = 0; i < vs.length; i++) r.a[base + i] = vs[i];
  return r;
}

/** append(s, t...) where t is a slice (or, for []byte, a string). */
export function appendSlice(s: Slice | null, t: Slice | string | null, elem: RType): Slice | null {
  if (typeof t === 'string') {
    // append([]byte, string...): the bytes go straight into the backing array.
    const n = t.length;
    if (n === 0) return s;
    const len = s === null ? 0 : s.len;
    const r = s !== null && len + n <= s.cap ? new Slice(s.a, s.off, len + n, s.cap) : grow(s, n, elem);
    const a = r.a;
    const base = r.off + len;
    for (let i = 0; i < n; i++) a[base + i] = t.charCodeAt(i);
    return r;
  }
  if (t === null || t.len === 0) return s;
  // Copy first: t may alias s's backing array.
  const vs = t.a.slice(t.off, t.off + t.len);
  if (elem.isValue) for (let i = 0; i < vs.length; i++) vs[i] = elem.clone(vs[i]);
  return append(s, vs, elem);
}

/** A new backing array with room for n more elements, holding s's elements. */
function grow(s: Slice | null, n: number, elem: RType): Slice {
  const len = s === null ? 0 : s.len;
  const oldCap = s === null ? 0 : s.cap;
  const needed = len + n;
  const cap = growCap(oldCap, needed, elem.size);
  if (cap > maxSliceLen) throw new OutOfMemory(cap * Math.max(elem.size, 1));
  // The new backing array holds copies: arrays and structs must not be shared with the old one.
  const a = new Array(cap);
  if (s !== null) {
    const src = s.a;
    const off = s.off;
    if (elem.isValue) for (let i = 0; i < len; i++) a[i] = elem.clone(src[off + i]);
    else for (let i = 0; i < len; i++) a[i] = src[off + i];
  }
  // Zero values after them (the copied part is not zeroed first).
  if (elem.isValue) for (let i = len; i < cap; i++) a[i] = elem.zero();
  else a.fill(elem.zero(), len);
  return new Slice(a, 0, needed, cap);
}

/** copy(dst, src): src may be a string when dst is []byte. */
export function copy(dst: Slice | null, src: Slice | string | null, elem: RType | null = null): number {
  if (dst === null || src === null) return 0;
  if (typeof src === 'string') {
    const n = Math.min(dst.len, src.length);
    for (let i = 0; i < n; i++) dst.a[dst.off + i] = src.charCodeAt(i);
    return n;
  }
  const n = Math.min(dst.len, src.len);
  if (n === 0) return 0;
  if (elem !== null && elem.isValue) {
    const tmp = src.a.slice(src.off, src.off + n);
    for (let i = 0; i < n; i++) elem.copyInto(dst.a[dst.off + i] as unknown[], tmp[i] as unknown[]);
    return n;
  }
  // memmove semantics: overlapping ranges copy as if through a temporary.
  if (dst.a === src.a && dst.off > src.off) {
    for (let i = n - 1; i >= 0; i--) dst.a[dst.off + i] = src.a[src.off + i];
  } else {
    for (let i = 0; i < n; i++) dst.a[dst.off + i] = src.a[src.off + i];
  }
  return n;
}

/** clear(s): sets every element to its zero value. */
export function clearSlice(s: Slice | null, elem: RType): void {
  if (s === null) return;
  if (elem.isValue) for (let i = 0; i < s.len; i++) elem.copyInto(s.a[s.off + i] as unknown[], elem.zero() as unknown[]);
  else for (let i = 0; i < s.len; i++) s.a[s.off + i] = elem.zero();
}

void GoPanic;
