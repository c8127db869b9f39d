// Sizes, alignments and field offsets of types as gc lays them out on amd64
// (go/types' gcSizes for GOARCH=amd64: 8-byte words, 8-byte maximum alignment).
// The VM does not lay memory out; these numbers serve what Go prints about
// memory, such as the faulting address of a nil dereference.

import { ArrayType, Basic, BasicKind, Interface, Struct, Type } from './types';

const wordSize = 8;

/** spec: "For a variable x of any type: unsafe.Alignof(x) is at least 1." */
export function alignof(t: Type): number {
  const u = t.underlying();
  if (u instanceof ArrayType) return alignof(u.elem);
  if (u instanceof Struct) return u.fields.reduce((a, f) => Math.max(a, alignof(f.type)), 1);
  if (u instanceof Basic) {
    // Complex numbers align like their parts.
    if (u.basic === BasicKind.Complex64) return 4;
    if (u.basic === BasicKind.Complex128) return 8;
  }
  return Math.min(sizeof(t), wordSize) || 1;
}

export function sizeof(t: Type): number {
  const u = t.underlying();
  if (u instanceof Basic) {
    if (u.basic === BasicKind.String) return 2 * wordSize;
    if (u.basic === BasicKind.Bool) return 1;
    if (u.basic === BasicKind.Complex64) return 8;
    if (u.basic === BasicKind.Complex128) return 16;
    return u.bits ? u.bits / 8 : wordSize;
  }
  if (u instanceof ArrayType) return u.len === 0 ? 0 : sizeof(u.elem) * u.len;
  if (u instanceof Struct) {
    if (u.fields.length === 0) return 0;
    const offs = offsetsof(u);
    const last = u.fields.length - 1;
    let size = offs[last] + sizeof(u.fields[last].type);
    // gc pads a struct ending in a zero-size field, so &x.last is not past x.
    if (sizeof(u.fields[last].type) === 0) size += 1;
    return align(size, alignof(u));
  }
  if (u instanceof Interface) return 2 * wordSize;
  if (u.kind === 'Slice') return 3 * wordSize;
  // Pointers, maps, channels and functions are one word.
  return wordSize;
}

/** The offset of each field of s. */
export function offsetsof(s: Struct): number[] {
  const offs: number[] = [];
  let off = 0;
  for (const f of s.fields) {
    off = align(off, alignof(f.type));
    offs.push(off);
    off += sizeof(f.type);
  }
  return offs;
}

function align(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}
