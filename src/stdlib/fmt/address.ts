// Simulated addresses: what %p and %v print for pointers, slices, maps,
// channels and functions.
//
// The VM has no memory addresses, so every object gets one from its stable
// identity (vm/value.ts objectId): heap objects at 0xc000010000 plus 4 KiB per
// object, an element or field k of an object 8·k bytes further, and functions
// in a code range from their function id. Addresses are deterministic for a
// run (ids are handed out in the order objects are first printed or hashed)
// and distinct for distinct objects; they are not real Go addresses, and
// their order says nothing about allocation order.

import type { FuncProto } from '../../vm/func';
import { Kind, RType } from '../../vm/rtype';
import { Closure, Ref, Slice, objectId } from '../../vm/value';

const HEAP_BASE = 0xc000010000;
const OBJECT_STRIDE = 0x1000;
const WORD = 8;
const CODE_BASE = 0x47e000;
const FUNC_STRIDE = 0x40;

function objectAddress(o: object, index = 0): number {
  return HEAP_BASE + objectId(o) * OBJECT_STRIDE + index * WORD;
}

/** The address a value of a pointer-like kind holds (0 for nil), as reflect.Value.Pointer gives it. */
export function addressOf(t: RType, v: unknown): number {
  if (v === null || v === undefined) return 0;
  switch (t.kind) {
    case Kind.Pointer:
    case Kind.UnsafePointer:
      if (v instanceof Ref) return objectAddress(v.o, v.k);
      return objectAddress(v as object);
    case Kind.Slice: {
      const s = v as Slice;
      return objectAddress(s.a, s.off);
    }
    case Kind.Func: {
      const fn: FuncProto = v instanceof Closure ? v.fn : (v as FuncProto);
      return CODE_BASE + fn.id * FUNC_STRIDE;
    }
    default:
      return typeof v === 'object' ? objectAddress(v as object) : 0;
  }
}
