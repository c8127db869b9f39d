// What generated code calls (R): the runtime functions it does not inline (64-bit and
// complex arithmetic, slices, strings, panics, ...), and the stack limits it checks.

import * as complex from '../complex';
import { Frame, FuncProto } from '../func';
import * as i64 from '../int64';
import { NK } from '../op';
import { PARK } from '../native';
import * as panics from '../panics';
import { RType, UncomparableError, implementsIface, missingMethod as missingMethodOf } from '../rtype';
import * as slices from '../slices';
import * as strings from '../strings';
import { Closure, Complex, GoMap, Iface, Ref, Slice } from '../value';

/** Powers of two 2^0..2^64 (shifts of 64-bit values done with multiplication). */
const P2: number[] = [];
for (let i = 0; i <= 64; i++) P2.push(Math.pow(2, i));

/** What generated code calls: everything it needs that is not inlined. */
export const R = {
  ...i64,
  ...complex,
  P2,
  Slice,
  Ref,
  Iface,
  Closure,
  Complex,
  GoMap,
  makeSlice: slices.makeSlice,
  slice: slices.slice,
  append1: slices.append1,
  append: slices.append,
  appendSlice: slices.appendSlice,
  copy: slices.copy,
  clearSlice: slices.clearSlice,
  decodeRune: strings.nextRune,
  lastWidth: strings.getLastWidth,
  strconv: [strings.bytesToString, strings.stringToBytes, strings.runesToString, strings.stringToRunes, strings.encodeRune],
  indexPanic: panics.indexPanic,
  nilPanic: panics.nilPanic,
  divPanic: panics.divPanic,
  shiftPanic: panics.shiftPanic,
  nilMapPanic: panics.nilMapPanic,
  plainPanic: panics.plainPanic,
  GoPanic: panics.GoPanic,
  PARK,
  Frame,
  stackOverflow: () => new StackOverflow(),
  equal(t: RType, a: unknown, b: unknown): boolean {
    try {
      return t.equal(a, b);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`comparing uncomparable type ${e.type.str}`);
      throw e;
    }
  },
  mapGet(m: GoMap | null, k: unknown): unknown {
    if (m === null) return undefined;
    try {
      return m.get(k);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  mapHas(m: GoMap | null, k: unknown): boolean {
    if (m === null) return false;
    try {
      return m.has(k);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  mapSet(m: GoMap | null, k: unknown, v: unknown): void {
    if (m === null) throw panics.nilMapPanic();
    try {
      m.set(k, v);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  mapDelete(m: GoMap | null, k: unknown): void {
    if (m === null) return;
    try {
      m.delete(k);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  implements: implementsIface,
  /**
   * An interface method call's target, through the call site's cache `ic`:
   * pairs of dynamic type and method (the generated code checks the first pair).
   */
  method(ic: unknown[], t: RType, name: string): FuncProto {
    for (let i = 2; i < ic.length; i += 2) if (ic[i] === t) return ic[i + 1] as FuncProto;
    const fn = t.methods.get(name);
    if (!fn) throw new Error(`gosim: ${t.str} has no method ${name}`);
    if (ic[0] === null) {
      ic[0] = t;
      ic[1] = fn;
    } else if (ic.length < 8) ic.push(t, fn);
    return fn;
  },
  assertFail(x: Iface | null, want: RType, iface: RType): panics.GoPanic {
    const have = x === null ? 'nil' : x.t.str;
    const ifaceStr = iface.str;
    if (want.kind === 20 /* Interface */) {
      if (x === null) return new panics.GoPanic(new panics.RuntimeError('TypeAssertionError', `interface conversion: interface is nil, not ${want.str}`));
      const missing = missingMethodOf(x.t, want);
      return new panics.GoPanic(new panics.RuntimeError('TypeAssertionError', `interface conversion: ${have} is not ${want.str}: missing method ${missing}`));
    }
    return new panics.GoPanic(new panics.RuntimeError('TypeAssertionError', `interface conversion: ${ifaceStr} is ${have}, not ${want.str}`));
  },
  minmax(vals: unknown[], kind: NK, isMax: boolean): unknown {
    let r = vals[0];
    for (let i = 1; i < vals.length; i++) {
      const v = vals[i];
      if (kind === NK.F64 || kind === NK.F32) {
        const a = r as number;
        const b = v as number;
        if (Number.isNaN(a) || Number.isNaN(b)) {
          r = NaN;
          continue;
        }
        // min(-0, +0) is -0; max(-0, +0) is +0.
        if (a === b) {
          if (a === 0) r = isMax ? (Object.is(a, -0) ? b : a) : Object.is(a, -0) ? a : b;
          continue;
        }
        r = isMax ? (b > a ? b : a) : b < a ? b : a;
        continue;
      }
      if (isMax ? (v as number) > (r as number) : (v as number) < (r as number)) r = v;
    }
    return r;
  },
};

export type Helpers = typeof R;

/** The deepest stack a goroutine may have: the simulation's stand-in for Go's 1 GB stack limit. */
export const MAX_FRAMES = 500_000;

/** Thrown when a goroutine's stack exceeds MAX_FRAMES. */
export class StackOverflow {}

/** How many Go calls generated code may nest on the JavaScript stack before leaving them to the dispatch loop. */
export const MAX_DIVE = 48;
