// Native parts of package sort: sorting and searching slices of basic types,
// which needs no Go code. Ints and Strings may use any correct sort (equal
// ints or strings cannot be told apart); Float64s must leave -0 and 0 where
// Go's pdqsort does, so it runs the same algorithm.

import type { NativeImpl } from '../vm/native';
import type { Iface, Slice } from '../vm/value';
import { Kind } from '../vm/rtype';
import { pdqsortAll } from './sort_pdq';

type Elem = number | bigint | string;

const isNaNValue = (x: Elem): boolean => typeof x === 'number' && x !== x;

/** Go's ordering of ints, floats and strings: cmp.Less, with NaNs before everything. */
export function orderedLess(x: Elem, y: Elem): boolean {
  return x < y || (isNaNValue(x) && !isNaNValue(y));
}

function sortBasic(s: Slice | null): void {
  if (s === null || s.len < 2) return;
  const part = s.a.slice(s.off, s.off + s.len) as Elem[];
  part.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < part.length; i++) s.a[s.off + i] = part[i];
}

/** Sorts a slice of ordered values exactly as pdqsort over cmp.Less does. */
export function pdqsortOrdered(s: Slice | null): void {
  if (s === null || s.len < 2) return;
  const a = s.a as Elem[];
  const o = s.off;
  pdqsortAll(
    {
      less: (i, j) => orderedLess(a[o + i], a[o + j]),
      swap: (i, j) => {
        const t = a[o + i];
        a[o + i] = a[o + j];
        a[o + j] = t;
      },
    },
    s.len,
  );
}

function isSorted(s: Slice | null): boolean {
  if (s === null) return true;
  const a = s.a as Elem[];
  for (let i = s.len - 1; i > 0; i--) if (orderedLess(a[s.off + i], a[s.off + i - 1])) return false;
  return true;
}

/** The smallest index i with a[i] >= x (NaN-aware for floats, as Go's < is not). */
function search(s: Slice | null, x: Elem): number {
  if (s === null) return 0;
  const a = s.a as Elem[];
  let i = 0;
  let j = s.len;
  while (i < j) {
    const h = Math.floor((i + j) / 2);
    if (!(a[s.off + h] >= x)) i = h + 1;
    else j = h;
  }
  return i;
}

/** reflect.Kind's names, as reflect's panics print them. */
const kindNames: Record<number, string> = {
  [Kind.Invalid]: 'zero',
  [Kind.Bool]: 'bool',
  [Kind.Int]: 'int',
  [Kind.Int8]: 'int8',
  [Kind.Int16]: 'int16',
  [Kind.Int32]: 'int32',
  [Kind.Int64]: 'int64',
  [Kind.Uint]: 'uint',
  [Kind.Uint8]: 'uint8',
  [Kind.Uint16]: 'uint16',
  [Kind.Uint32]: 'uint32',
  [Kind.Uint64]: 'uint64',
  [Kind.Uintptr]: 'uintptr',
  [Kind.Float32]: 'float32',
  [Kind.Float64]: 'float64',
  [Kind.Complex64]: 'complex64',
  [Kind.Complex128]: 'complex128',
  [Kind.Array]: 'array',
  [Kind.Chan]: 'chan',
  [Kind.Func]: 'func',
  [Kind.Interface]: 'interface',
  [Kind.Map]: 'map',
  [Kind.Pointer]: 'ptr',
  [Kind.Slice]: 'slice',
  [Kind.String]: 'string',
  [Kind.Struct]: 'struct',
  [Kind.UnsafePointer]: 'unsafe.Pointer',
};

/**
 * Swaps two elements of the slice in an interface. Elements held by value
 * (structs, arrays) swap contents, so pointers to an element keep pointing
 * at its slot, as in Go.
 */
function swapElems(x: Iface, i: number, j: number): void {
  const s = x.v as Slice;
  const a = s.a;
  const elem = x.t.elem!;
  const p = s.off + i;
  const q = s.off + j;
  if (elem.isValue) {
    const t = elem.clone(a[p]) as unknown[];
    elem.copyInto(a[p] as unknown[], a[q] as unknown[]);
    elem.copyInto(a[q] as unknown[], t);
    return;
  }
  const t = a[p];
  a[p] = a[q];
  a[q] = t;
}

export const natives: Record<string, NativeImpl> = {
  'sort.Ints': { fn: (_h, [s]) => sortBasic(s as Slice | null) },
  'sort.Strings': { fn: (_h, [s]) => sortBasic(s as Slice | null) },
  'sort.Float64s': { fn: (_h, [s]) => pdqsortOrdered(s as Slice | null) },
  'sort.IntsAreSorted': { fn: (_h, [s]) => isSorted(s as Slice | null) },
  'sort.StringsAreSorted': { fn: (_h, [s]) => isSorted(s as Slice | null) },
  'sort.Float64sAreSorted': { fn: (_h, [s]) => isSorted(s as Slice | null) },
  'sort.SearchInts': { fn: (_h, [s, x]) => search(s as Slice | null, x as Elem) },
  'sort.SearchStrings': { fn: (_h, [s, x]) => search(s as Slice | null, x as Elem) },
  'sort.sliceLen': {
    fn: (_h, [x]) => {
      const i = x as Iface | null;
      if (i === null) return [0, kindNames[Kind.Invalid]];
      if (i.t.kind !== Kind.Slice) return [0, kindNames[i.t.kind]];
      return [i.v === null ? 0 : (i.v as Slice).len, ''];
    },
  },
  'sort.swapElems': { fn: (_h, [x, i, j]) => swapElems(x as Iface, Number(i), Number(j)) },
  'sort.SearchFloat64s': { fn: (_h, [s, x]) => search(s as Slice | null, x as Elem) },
};
