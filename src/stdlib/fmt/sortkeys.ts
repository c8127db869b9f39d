// The order fmt prints map entries in (Go's internal/fmtsort): keys sorted by
// value, so that printing a map is deterministic.
//
//   ints, uints, floats, strings  numeric or byte order; NaN before other floats
//   bool                          false before true
//   complex                       by real part, then imaginary part
//   pointers, channels            by address (simulated: address.ts)
//   structs, arrays               field by field, element by element
//   interfaces                    nil first, then by dynamic type, then by value
//
// Go orders dynamic types by the address of their type descriptor, which its
// linker lays out by type name; gosim orders them by the type as %T prints it.

import { Kind, RType } from '../../vm/rtype';
import { Complex, GoMap, Iface } from '../../vm/value';
import { addressOf } from './address';

function numCompare(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function floatCompare(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  // At least one NaN: NaN sorts first.
  const an = a !== a;
  const bn = b !== b;
  return an && !bn ? -1 : !an && bn ? 1 : 0;
}

/** Compares two keys of type t: -1, 0 or 1. */
export function compareKeys(t: RType, a: unknown, b: unknown): number {
  switch (t.kind) {
    case Kind.String:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case Kind.Float32:
    case Kind.Float64:
      return floatCompare(a as number, b as number);
    case Kind.Complex64:
    case Kind.Complex128: {
      const x = a as Complex;
      const y = b as Complex;
      return floatCompare(x.re, y.re) || floatCompare(x.im, y.im);
    }
    case Kind.Bool:
      return a === b ? 0 : a ? 1 : -1;
    case Kind.Pointer:
    case Kind.Chan:
    case Kind.UnsafePointer:
      return numCompare(addressOf(t, a), addressOf(t, b));
    case Kind.Struct: {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < t.fields.length; i++) {
        const c = compareKeys(t.fields[i].type, x[i], y[i]);
        if (c !== 0) return c;
      }
      return 0;
    }
    case Kind.Array: {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < x.length; i++) {
        const c = compareKeys(t.elem!, x[i], y[i]);
        if (c !== 0) return c;
      }
      return 0;
    }
    case Kind.Interface: {
      const x = a as Iface | null;
      const y = b as Iface | null;
      if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
      if (x.t !== y.t) return x.t.str < y.t.str ? -1 : x.t.str > y.t.str ? 1 : x.t.id - y.t.id;
      return compareKeys(x.t, x.v, y.v);
    }
    default:
      return numCompare(a as number | bigint, b as number | bigint);
  }
}

/** The entries of a map, sorted by key. */
export function sortedEntries(m: GoMap): [unknown, unknown][] {
  const entries: [unknown, unknown][] = [];
  for (const [e, v] of m.m) entries.push([m.decode(e), v]);
  const kt = m.keyType;
  if (entries.length > 1) entries.sort((x, y) => compareKeys(kt, x[0], y[0]));
  return entries;
}
