// Conversions `T(x)` and assignability in an evaluation: untyped constants given
// a type, and conversions between numeric, string, byte and rune slice types and
// named types with identical underlying types.

import { big } from '../../vm/int64';
import { Kind, RType, implementsIface } from '../../vm/rtype';
import { encodeRune, runesToString, stringToBytes, stringToRunes, bytesToString } from '../../vm/strings';
import { Complex, Iface, Slice } from '../../vm/value';
import { isComplex, isFloat, isInteger } from './types';
import { EvalError, Val } from './evaluate';
import { Evaluator } from './expr';

declare module './expr' {
  interface Evaluator {
    assignable(x: Val, t: RType): Val;
    convert(x: Val, t: RType): Val;
  }
}

Evaluator.prototype.assignable = function (this: Evaluator, x: Val, t: RType): Val {
  if (x.nil) {
    if (![Kind.Pointer, Kind.Slice, Kind.Map, Kind.Chan, Kind.Func, Kind.Interface, Kind.UnsafePointer].includes(t.kind)) {
      throw new EvalError(`cannot use nil as ${t.str} value`);
    }
    return { t, v: null };
  }
  if (x.untyped) return this.convert(x, t);
  if (x.t === t) return x;
  if (t.kind === Kind.Interface) {
    if (x.t.kind === Kind.Interface) return { t, v: x.v };
    if (!implementsIface(x.t, t)) throw new EvalError(`cannot use ${x.t.str} as ${t.str} value`);
    return { t, v: new Iface(x.t, x.t.isValue ? x.t.clone(x.v) : x.v) };
  }
  if (!x.t.named && !t.named && x.t.str === t.str) return { t, v: x.v };
  throw new EvalError(`cannot use value of type ${x.t.str} as ${t.str} value`);
};

/** T(x): the spec's conversions between numeric types, strings, byte and rune slices, and identical underlying types. */
Evaluator.prototype.convert = function (this: Evaluator, x: Val, t: RType): Val {
  const from = x.t.kind;
  const to = t.kind;
  const v = x.v;
  if (isInteger(to)) {
    if (typeof v === 'bigint' || isInteger(from)) return { t, v: this.wrap(big(v as number | bigint), t) };
    if (isFloat(from) || (x.untyped && typeof v === 'number')) {
      const f = v as number;
      if (x.untyped && !Number.isInteger(f)) throw new EvalError(`cannot convert ${f} (untyped float constant) to type ${t.str} (truncated)`);
      if (!Number.isFinite(f)) throw new EvalError(`cannot convert ${f} to type ${t.str}`);
      return { t, v: this.wrap(BigInt(Math.trunc(f)), t) };
    }
  }
  if (isFloat(to)) {
    if (typeof v === 'bigint' || isInteger(from)) return { t, v: this.float(Number(big(v as number | bigint)), t) };
    if (typeof v === 'number') return { t, v: this.float(v, t) };
  }
  if (isComplex(to)) {
    if (v instanceof Complex) return { t, v: to === Kind.Complex64 ? new Complex(Math.fround(v.re), Math.fround(v.im)) : v };
    if (typeof v === 'bigint' || typeof v === 'number') return { t, v: new Complex(Number(v), 0) };
  }
  if (to === Kind.String) {
    if (from === Kind.String) return { t, v };
    if (isInteger(from) || typeof v === 'bigint') return { t, v: encodeRune(big(v as number | bigint)) };
    if (from === Kind.Slice && x.t.elem!.kind === Kind.Uint8) return { t, v: bytesToString(v as Slice | null) };
    if (from === Kind.Slice && x.t.elem!.kind === Kind.Int32) return { t, v: runesToString(v as Slice | null) };
  }
  if (to === Kind.Slice && from === Kind.String) {
    if (t.elem!.kind === Kind.Uint8) return { t, v: stringToBytes(v as string) };
    if (t.elem!.kind === Kind.Int32) return { t, v: stringToRunes(v as string) };
  }
  if (to === Kind.Bool && from === Kind.Bool) return { t, v };
  if (to === Kind.Interface) return this.assignable(x, t);
  if (x.nil) return this.assignable(x, t);
  if (from === to && underlyingStr(x.t) === underlyingStr(t)) return { t, v };
  throw new EvalError(`cannot convert ${x.untyped ? 'constant' : 'value'} of type ${x.t.str} to type ${t.str}`);
};

/** A type's structure without its name, for conversions between named types with identical underlying types. */
function underlyingStr(t: RType): string {
  if (!t.named) return t.str;
  switch (t.kind) {
    case Kind.Struct:
      return `struct{${t.fields.map((f) => `${f.name} ${f.type.str}`).join(';')}}`;
    case Kind.Slice:
    case Kind.Pointer:
    case Kind.Array:
      return `${t.kind}:${t.len}:${t.elem!.str}`;
    case Kind.Map:
      return `map[${t.key!.str}]${t.elem!.str}`;
    default:
      return String(t.kind);
  }
}
