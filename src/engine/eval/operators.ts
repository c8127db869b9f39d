// Operators in an evaluation: unary `-x`, `!x`, `^x`, `&x`, `*x`, binary arithmetic
// that wraps at the operand type's width, shifts, comparisons (interfaces against
// concrete values too) and constant arithmetic on untyped operands.

import { big, norm } from '../../vm/int64';
import { Kind, RType, UncomparableError, ifaceEqual } from '../../vm/rtype';
import { Complex, Iface, Ref } from '../../vm/value';
import { Expr } from './syntax';
import { intBits, isComplex, isFloat, isInteger, isNumeric, isUnsigned } from './types';
import { EvalError, Val } from './evaluate';
import { Evaluator } from './expr';

declare module './expr' {
  interface Evaluator {
    unary(op: string, xe: Expr): Val;
    binary(op: string, xe: Expr, ye: Expr): Val;
    shift(op: string, x: Val, y: Val): Val;
    constBinary(op: string, x: Val, y: Val): Val;
    compare(op: string, x: Val, y: Val): boolean;
    arith(op: string, t: RType, a: unknown, b: unknown): unknown;
    wrap(r: bigint, t: RType): unknown;
    float(f: number, t: RType): number;
    binaryVals(op: string, x: Val, y: Val): boolean;
  }
}

Evaluator.prototype.unary = function (this: Evaluator, op: string, xe: Expr): Val {
  if (op === '&') {
    const x = this.value(xe);
    if (x.t.isValue) return { t: this.types.pointerTo(x.t), v: x.v };
    if (!x.place?.ref) throw new EvalError('cannot take the address of this expression');
    return { t: this.types.pointerTo(x.t), v: new Ref(x.place.ref.o, x.place.ref.k) };
  }
  if (op === '<-') throw new EvalError('receiving from a channel is not allowed in an evaluation');
  const x = this.expr(xe);
  if (op === '*') {
    if (x.type) return { t: this.types.pointerTo(x.type), v: null, type: this.types.pointerTo(x.type) };
    if (x.t.kind !== Kind.Pointer) throw new EvalError(`invalid operation: cannot indirect ${x.t.str}`);
    if (x.v === null) throw new EvalError('invalid memory address or nil pointer dereference');
    const e = x.t.elem!;
    if (e.isValue) return { t: e, v: x.v };
    const r = x.v as Ref;
    return { t: e, v: r.get(), place: { get: () => r.get(), set: (nv) => r.set(nv), ref: { o: r.o, k: r.k } } };
  }
  const k = x.t.kind;
  if (op === '!') {
    if (k !== Kind.Bool) throw new EvalError(`invalid operation: operator ! not defined on ${x.t.str}`);
    return { t: x.t, v: !x.v, untyped: x.untyped };
  }
  if (op === '+') {
    if (!isNumeric(k)) throw new EvalError(`invalid operation: operator + not defined on ${x.t.str}`);
    return x;
  }
  if (op === '-') {
    if (x.untyped && typeof x.v === 'bigint') return { ...x, v: -x.v, place: undefined };
    if (isInteger(k)) return { t: x.t, v: this.wrap(-big(x.v as number | bigint), x.t) };
    if (isFloat(k)) return { t: x.t, v: this.float(-(x.v as number), x.t), untyped: x.untyped };
    if (isComplex(k)) {
      const c = x.v as Complex;
      return { t: x.t, v: new Complex(-c.re, -c.im), untyped: x.untyped };
    }
  }
  if (op === '^') {
    if (x.untyped && typeof x.v === 'bigint') return { ...x, v: ~x.v, place: undefined };
    if (isInteger(k)) return { t: x.t, v: this.wrap(~big(x.v as number | bigint), x.t) };
  }
  throw new EvalError(`invalid operation: operator ${op} not defined on ${x.t.str}`);
};

Evaluator.prototype.binary = function (this: Evaluator, op: string, xe: Expr, ye: Expr): Val {
  const bool = this.types.basic('bool');
  if (op === '&&' || op === '||') {
    const x = this.value(xe);
    if (x.t.kind !== Kind.Bool) throw new EvalError(`invalid operation: operator ${op} not defined on ${x.t.str}`);
    if (op === '&&' ? !x.v : x.v) return { t: bool, v: x.v };
    const y = this.value(ye);
    if (y.t.kind !== Kind.Bool) throw new EvalError(`invalid operation: operator ${op} not defined on ${y.t.str}`);
    return { t: bool, v: y.v };
  }
  let x = this.expr(xe);
  let y = this.expr(ye);
  if (x.type || y.type || x.fn || y.fn || x.builtin || y.builtin) throw new EvalError(`invalid operation: operator ${op} on a function or type`);
  if (op === '<<' || op === '>>') return this.shift(op, x, y);
  // Untyped operands take the other operand's type.
  if (x.untyped && !y.untyped) x = this.assignable(x, y.t);
  else if (y.untyped && !x.untyped) y = this.assignable(y, x.t);
  else if (x.untyped && y.untyped) return this.constBinary(op, x, y);
  if (['==', '!=', '<', '<=', '>', '>='].includes(op)) return { t: bool, v: this.compare(op, x, y), untyped: true };
  if (x.t !== y.t) throw new EvalError(`invalid operation: mismatched types ${x.t.str} and ${y.t.str}`);
  return { t: x.t, v: this.arith(op, x.t, x.v, y.v) };
};

Evaluator.prototype.shift = function (this: Evaluator, op: string, x: Val, y: Val): Val {
  const ny = y.untyped ? big(y.v as bigint) : isInteger(y.t.kind) ? big(y.v as number | bigint) : null;
  if (ny === null) throw new EvalError(`invalid operation: shift count type ${y.t.str}, must be integer`);
  if (ny < 0n) throw new EvalError('invalid operation: negative shift count');
  if (x.untyped && typeof x.v === 'bigint') return { ...x, v: op === '<<' ? x.v << ny : x.v >> ny };
  if (!isInteger(x.t.kind)) throw new EvalError(`invalid operation: shifted operand of type ${x.t.str}`);
  const a = big(x.v as number | bigint);
  const c = ny > 1024n ? 1024n : ny;
  return { t: x.t, v: this.wrap(op === '<<' ? a << c : a >> c, x.t) };
};

/** Both operands untyped constants: exact arithmetic, as Go's constant expressions. */
Evaluator.prototype.constBinary = function (this: Evaluator, op: string, x: Val, y: Val): Val {
  if (x.nil || y.nil) {
    if (op === '==' || op === '!=') return { t: this.types.basic('bool'), v: (x.nil && y.nil) === (op === '=='), untyped: true };
    throw new EvalError(`invalid operation: operator ${op} not defined on nil`);
  }
  const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(op);
  const bool = this.types.basic('bool');
  if (typeof x.v === 'bigint' && typeof y.v === 'bigint') {
    const a = x.v;
    const b = y.v;
    if (cmp) return { t: bool, v: compareOrdered(op, a, b), untyped: true };
    // A rune constant wins over an int constant (spec: "Constant expressions").
    const t = x.t.kind === Kind.Int32 || y.t.kind === Kind.Int32 ? this.types.basic('int32') : x.t;
    return { t, v: bigArith(op, a, b), untyped: true };
  }
  if (typeof x.v === 'number' || typeof y.v === 'number') {
    if (typeof x.v === 'boolean' || typeof y.v === 'boolean' || typeof x.v === 'string' || typeof y.v === 'string') {
      throw new EvalError(`invalid operation: mismatched types ${x.t.str} and ${y.t.str}`);
    }
    const a = Number(x.v as number | bigint);
    const b = Number(y.v as number | bigint);
    const f = this.types.basic('float64');
    if (cmp) return { t: bool, v: compareOrdered(op, a, b), untyped: true };
    return { t: f, v: this.arith(op, f, a, b), untyped: true };
  }
  if (x.t !== y.t) throw new EvalError(`invalid operation: mismatched types untyped ${x.t.str} and untyped ${y.t.str}`);
  if (cmp) return { t: bool, v: this.compare(op, x, y), untyped: true };
  return { t: x.t, v: this.arith(op, x.t, x.v, y.v), untyped: true };
};

Evaluator.prototype.compare = function (this: Evaluator, op: string, x: Val, y: Val): boolean {
  if (op === '==' || op === '!=') {
    let eq: boolean;
    if (x.nil || y.nil) {
      const other = x.nil ? y : x;
      if (![Kind.Pointer, Kind.Slice, Kind.Map, Kind.Chan, Kind.Func, Kind.Interface, Kind.UnsafePointer].includes(other.t.kind)) {
        throw new EvalError(`invalid operation: mismatched types ${other.t.str} and untyped nil`);
      }
      eq = other.v === null;
    } else if (x.t.kind === Kind.Interface && y.t.kind !== Kind.Interface) {
      eq = ifaceHolds(x.v as Iface | null, y.t, y.v);
    } else if (y.t.kind === Kind.Interface && x.t.kind !== Kind.Interface) {
      eq = ifaceHolds(y.v as Iface | null, x.t, x.v);
    } else {
      if (x.t !== y.t) throw new EvalError(`invalid operation: mismatched types ${x.t.str} and ${y.t.str}`);
      if (!x.t.comparable || [Kind.Slice, Kind.Map, Kind.Func].includes(x.t.kind)) throw new EvalError(`invalid operation: ${x.t.str} cannot be compared`);
      try {
        eq = x.t.kind === Kind.Interface ? ifaceEqual(x.v as Iface | null, y.v as Iface | null) : x.t.equal(x.v, y.v);
      } catch (err) {
        if (err instanceof UncomparableError) throw new EvalError(`runtime error: comparing uncomparable type ${err.type.str}`);
        throw err;
      }
    }
    return op === '==' ? eq : !eq;
  }
  if (x.t !== y.t) throw new EvalError(`invalid operation: mismatched types ${x.t.str} and ${y.t.str}`);
  const k = x.t.kind;
  if (isInteger(k)) return compareOrdered(op, big(x.v as number | bigint), big(y.v as number | bigint));
  if (isFloat(k) || k === Kind.String) return compareOrdered(op, x.v as number, y.v as number);
  throw new EvalError(`invalid operation: operator ${op} not defined on ${x.t.str}`);
};

Evaluator.prototype.arith = function (this: Evaluator, op: string, t: RType, a: unknown, b: unknown): unknown {
  const k = t.kind;
  if (k === Kind.String) {
    if (op !== '+') throw new EvalError(`invalid operation: operator ${op} not defined on ${t.str}`);
    return (a as string) + (b as string);
  }
  if (isInteger(k)) {
    const x = big(a as number | bigint);
    const y = big(b as number | bigint);
    if ((op === '/' || op === '%') && y === 0n) throw new EvalError('runtime error: integer divide by zero');
    const r = bigArith(op, x, y);
    return this.wrap(r, t);
  }
  if (isFloat(k)) {
    const x = a as number;
    const y = b as number;
    const r = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : NaN;
    if (Number.isNaN(r) && !['+', '-', '*', '/'].includes(op)) throw new EvalError(`invalid operation: operator ${op} not defined on ${t.str}`);
    return this.float(r, t);
  }
  if (isComplex(k)) {
    const x = a as Complex;
    const y = b as Complex;
    switch (op) {
      case '+':
        return new Complex(x.re + y.re, x.im + y.im);
      case '-':
        return new Complex(x.re - y.re, x.im - y.im);
      case '*':
        return new Complex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
      case '/': {
        const d = y.re * y.re + y.im * y.im;
        return new Complex((x.re * y.re + x.im * y.im) / d, (x.im * y.re - x.re * y.im) / d);
      }
    }
  }
  if (k === Kind.Bool) throw new EvalError(`invalid operation: operator ${op} not defined on ${t.str}`);
  throw new EvalError(`invalid operation: operator ${op} not defined on ${t.str}`);
};

/** An integer result reduced to the type's width (Go's wrap-around), in the VM's representation. */
Evaluator.prototype.wrap = function (this: Evaluator, r: bigint, t: RType): unknown {
  const bits = intBits(t.kind);
  const w = isUnsigned(t.kind) ? BigInt.asUintN(bits, r) : BigInt.asIntN(bits, r);
  return bits === 64 ? norm(w) : Number(w);
};

Evaluator.prototype.float = function (this: Evaluator, f: number, t: RType): number {
  return t.kind === Kind.Float32 ? Math.fround(f) : f;
};

Evaluator.prototype.binaryVals = function (this: Evaluator, op: string, x: Val, y: Val): boolean {
  if (x.untyped && !y.untyped) x = this.assignable(x, y.t);
  else if (y.untyped && !x.untyped) y = this.assignable(y, x.t);
  else if (x.untyped && y.untyped) return this.constBinary(op, x, y).v as boolean;
  return this.compare(op, x, y);
};

function compareOrdered<T extends number | bigint | string>(op: string, a: T, b: T): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

function bigArith(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0n) throw new EvalError('division by zero');
      return a / b;
    case '%':
      if (b === 0n) throw new EvalError('division by zero');
      return a % b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&^':
      return a & ~b;
  }
  throw new EvalError(`invalid operation: operator ${op} not defined on integers`);
}

/** Whether interface value i holds a value of type t equal to v (interface == concrete). */
function ifaceHolds(i: Iface | null, t: RType, v: unknown): boolean {
  if (i === null || i.t !== t) return false;
  return t.equal(i.v, v);
}
