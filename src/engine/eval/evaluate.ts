// Evaluating a Go expression against a stopped goroutine's frame: the values
// are the program's own (see vm/value.ts), typed by their RTypes, and the
// rules are the spec's — untyped constants take the type of the other
// operand, integer arithmetic wraps at the type's width, == follows the
// comparison rules (interfaces against concrete values too). Nothing here
// advances the program: calls go through the `call` the caller provides (see
// eval/call.ts), which refuses functions that could block or print.

import type { FuncProto } from '../../vm/func';
import { big, norm } from '../../vm/int64';
import { Kind, RType, UncomparableError, ifaceEqual, implementsIface } from '../../vm/rtype';
import * as slices from '../../vm/slices';
import { encodeRune, runesToString, stringToBytes, stringToRunes, bytesToString } from '../../vm/strings';
import { Closure, Complex, GoMap, Iface, Ref, Slice } from '../../vm/value';
import { GoPanic, RuntimeError } from '../../vm/panics';
import { Chan } from '../../runtime/chan';
import { Expr, parseExpr, SyntaxError } from './syntax';
import { TypeTable, intBits, isComplex, isFloat, isInteger, isNumeric, isUnsigned } from './types';

/** An error the user made in an expression (shown as the evaluation's result). */
export class EvalError extends Error {}

/** Where an addressable value lives: read and written through here (setVariable, &x). */
export interface Place {
  get(): unknown;
  set(v: unknown): void;
  /** The holder and key a pointer to it would use (vm/value.ts's Ref). */
  ref?: { o: unknown[]; k: number };
}

export interface Val {
  t: RType;
  v: unknown;
  /** An untyped constant (literal or constant expression): ints as bigint, floats as number. */
  untyped?: boolean;
  /** The predeclared nil. */
  nil?: boolean;
  place?: Place;
  /** A function or method value (callable). */
  fn?: FuncProto;
  /** A method value's receiver. */
  recv?: unknown;
  /** A closure's captured variables. */
  env?: unknown[] | null;
  /** A builtin function name (len, cap...). */
  builtin?: string;
  /** A type used as a value (the callee of a conversion). */
  type?: RType;
  /** The result of calling a function without results. */
  novalue?: boolean;
}

/** A named variable the expression can refer to. */
export interface Binding {
  type: RType;
  place: Place;
}

export interface EvalScope {
  /** A local, argument, captured or package-level variable. */
  variable(name: string): Binding | null;
  /** A function by name (`f`, `main.f`). */
  func(name: string): FuncProto | null;
  /** A method of a type by Go name (`main.T.M` or `main.(*T).M`). */
  method(t: RType, name: string): { fn: FuncProto; ptr: boolean } | null;
}

export interface EvalEnv {
  types: TypeTable;
  scope: EvalScope;
  /** Runs a Go function to completion and returns its results; null when calls are not allowed here. */
  call: ((fn: FuncProto, args: unknown[], env: unknown[] | null) => unknown[]) | null;
}

const builtins = new Set(['len', 'cap', 'min', 'max', 'real', 'imag', 'complex']);

/** Evaluates expression text. Throws EvalError (or SyntaxError) for mistakes. */
export function evaluate(env: EvalEnv, text: string): Val {
  return new Evaluator(env).value(parse(text));
}

/** The value of expression text converted for assignment to a variable of type t (setVariable). */
export function assignValue(env: EvalEnv, text: string, t: RType): Val {
  const ev = new Evaluator(env);
  const x = ev.expr(parse(text));
  if (x.novalue || x.type || x.builtin || x.fn) throw new EvalError(`${text} is not a value`);
  return ev.assignable(x, t);
}

function parse(text: string): Expr {
  try {
    return parseExpr(text);
  } catch (err) {
    if (err instanceof SyntaxError) throw new EvalError(`syntax error: ${err.message}`);
    throw err;
  }
}

class Evaluator {
  constructor(private readonly env: EvalEnv) {}

  private get types(): TypeTable {
    return this.env.types;
  }

  /** An expression's value, with untyped constants given their default type's form. */
  value(e: Expr): Val {
    const x = this.expr(e);
    if (x.type) throw new EvalError(`${x.type.str} (type) is not an expression`);
    if (x.builtin) throw new EvalError(`${x.builtin} (built-in function) must be called`);
    if (x.untyped && !x.nil) return this.convert(x, x.t);
    return x;
  }

  expr(e: Expr): Val {
    switch (e.kind) {
      case 'int':
        return { t: this.types.basic('int'), v: e.value, untyped: true };
      case 'float':
        return { t: this.types.basic('float64'), v: e.value, untyped: true };
      case 'imag':
        return { t: this.types.basic('complex128'), v: new Complex(0, e.value), untyped: true };
      case 'char':
        return { t: this.types.basic('int32'), v: BigInt(e.value), untyped: true };
      case 'string':
        return { t: this.types.basic('string'), v: e.value, untyped: true };
      case 'paren':
        return this.expr(e.x);
      case 'ident':
        return this.ident(e.name);
      case 'type': {
        const t = this.types.lookup(e.type.text);
        if (!t) throw new EvalError(`undefined: ${e.type.text}`);
        return { t, v: null, type: t };
      }
      case 'selector':
        return this.selector(e.x, e.sel);
      case 'index':
        return this.index(this.value(e.x), this.expr(e.index));
      case 'slice':
        return this.slice(e);
      case 'call':
        return this.call(e);
      case 'assert':
        return this.assert(this.value(e.x), e.type.text);
      case 'unary':
        return this.unary(e.op, e.x);
      case 'binary':
        return this.binary(e.op, e.x, e.y);
    }
  }

  private ident(name: string): Val {
    const b = this.env.scope.variable(name);
    if (b) return { t: b.type, v: b.place.get(), place: b.place };
    switch (name) {
      case 'true':
      case 'false':
        return { t: this.types.basic('bool'), v: name === 'true', untyped: true };
      case 'nil':
        return { t: this.types.basic('interface {}'), v: null, untyped: true, nil: true };
    }
    if (builtins.has(name)) return { t: this.types.basic('bool'), v: null, builtin: name };
    const fn = this.env.scope.func(name);
    if (fn) return { t: this.types.basic('bool'), v: null, fn };
    const t = this.types.lookup(name);
    if (t) return { t, v: null, type: t };
    throw new EvalError(`undefined: ${name}`);
  }

  private selector(xe: Expr, sel: string): Val {
    // A qualified name: pkg.Var, pkg.Func, pkg.Type.
    if (xe.kind === 'ident' && !this.env.scope.variable(xe.name)) {
      const q = `${xe.name}.${sel}`;
      const b = this.env.scope.variable(q);
      if (b) return { t: b.type, v: b.place.get(), place: b.place };
      const fn = this.env.scope.func(q);
      if (fn) return { t: this.types.basic('bool'), v: null, fn };
      const t = this.types.lookup(q);
      if (t) return { t, v: null, type: t };
    }
    const x = this.value(xe);
    return this.field(x, sel);
  }

  /** x.sel: a field (through pointers and embedded structs) or a method value. */
  private field(x: Val, sel: string): Val {
    const m = this.env.scope.method(x.t, sel);
    if (m) return { t: x.t, v: null, fn: m.fn, recv: this.receiver(x, m.ptr) };
    if (x.t.kind === Kind.Interface && x.v !== null) {
      const i = x.v as Iface;
      const im = this.env.scope.method(i.t, sel);
      if (im) return { t: i.t, v: null, fn: im.fn, recv: this.receiver({ t: i.t, v: i.v }, im.ptr) };
    }
    let t = x.t;
    let v = x.v;
    if (t.kind === Kind.Pointer && t.elem!.kind === Kind.Struct) {
      if (v === null) throw new EvalError(`invalid memory address or nil pointer dereference (${sel} of nil ${t.str})`);
      t = t.elem!;
    }
    if (t.kind !== Kind.Struct) throw new EvalError(`${x.t.str} has no field or method ${sel}`);
    const found = this.findField(t, v as unknown[], sel);
    if (!found) throw new EvalError(`${x.t.str} has no field or method ${sel}`);
    const obj = found.obj;
    const k = found.index;
    v = obj[k];
    return { t: found.type, v, place: { get: () => obj[k], set: (nv) => (obj[k] = nv), ref: { o: obj, k } } };
  }

  /** A field by name, searching embedded structs breadth-first (the spec's "shallowest depth"). */
  private findField(t: RType, obj: unknown[], sel: string): { obj: unknown[]; index: number; type: RType } | null {
    let level: { t: RType; obj: unknown[] }[] = [{ t, obj }];
    while (level.length) {
      const next: { t: RType; obj: unknown[] }[] = [];
      for (const s of level) {
        for (let i = 0; i < s.t.fields.length; i++) {
          const f = s.t.fields[i];
          if (f.name === sel) return { obj: s.obj, index: i, type: f.type };
          if (f.embedded) {
            let ft = f.type;
            let fv = s.obj[i];
            if (ft.kind === Kind.Pointer) {
              ft = ft.elem!;
              if (fv === null) continue;
            }
            if (ft.kind === Kind.Struct) next.push({ t: ft, obj: fv as unknown[] });
          }
        }
      }
      level = next;
    }
    return null;
  }

  /** The receiver a method gets: a copy of the value, or (pointer receiver) the address of an addressable operand. */
  private receiver(x: Val, ptr: boolean): unknown {
    const t = x.t;
    if (t.kind === Kind.Pointer) {
      if (ptr) return x.v;
      if (x.v === null) throw new EvalError(`invalid memory address or nil pointer dereference (method of nil ${t.str})`);
      const e = t.elem!;
      return e.isValue ? e.clone(x.v) : (x.v as Ref).get();
    }
    if (!ptr) return t.isValue ? t.clone(x.v) : x.v;
    if (t.isValue) return x.v;
    if (x.place?.ref) return new Ref(x.place.ref.o, x.place.ref.k);
    throw new EvalError(`cannot call pointer method on ${t.str} value that is not addressable`);
  }

  private index(x: Val, ie: Val): Val {
    const t = x.t;
    if (t.kind === Kind.Map) {
      const k = this.assignable(ie, t.key!).v;
      const m = x.v as GoMap | null;
      const has = m !== null && m.has(k);
      return { t: t.elem!, v: has ? m!.get(k) : t.elem!.zero() };
    }
    const i = this.intIndex(ie);
    switch (t.kind) {
      case Kind.String: {
        const s = x.v as string;
        this.bounds(i, s.length);
        return { t: this.types.basic('uint8'), v: s.charCodeAt(i) };
      }
      case Kind.Slice: {
        const s = x.v as Slice | null;
        this.bounds(i, s ? s.len : 0);
        const a = s!.a;
        const k = s!.off + i;
        return { t: t.elem!, v: a[k], place: { get: () => a[k], set: (nv) => (a[k] = nv), ref: { o: a, k } } };
      }
      case Kind.Array: {
        const a = x.v as unknown[];
        this.bounds(i, a.length);
        return { t: t.elem!, v: a[i], place: { get: () => a[i], set: (nv) => (a[i] = nv), ref: { o: a, k: i } } };
      }
      case Kind.Pointer:
        if (t.elem!.kind === Kind.Array) {
          if (x.v === null) throw new EvalError('invalid memory address or nil pointer dereference');
          return this.index({ t: t.elem!, v: x.v }, ie);
        }
    }
    throw new EvalError(`cannot index ${t.str}`);
  }

  private intIndex(ie: Val): number {
    if (!isInteger(ie.t.kind) && !(ie.untyped && typeof ie.v === 'bigint')) throw new EvalError(`invalid index of type ${ie.t.str}`);
    const n = Number(big(ie.v as number | bigint));
    if (n < 0) throw new EvalError(`invalid index ${n} (index must be non-negative)`);
    return n;
  }

  private bounds(i: number, len: number): void {
    if (i >= len) throw new EvalError(`index out of range [${i}] with length ${len}`);
  }

  private slice(e: Extract<Expr, { kind: 'slice' }>): Val {
    const x = this.value(e.x);
    const n = (b: Expr | null) => (b === null ? null : this.intIndex(this.value(b)));
    const lo = n(e.lo);
    const hi = n(e.hi);
    const max = n(e.max);
    let kind: number;
    let rt: RType;
    switch (x.t.kind) {
      case Kind.String:
        kind = slices.SliceKind.string;
        rt = x.t;
        break;
      case Kind.Slice:
        kind = slices.SliceKind.slice;
        rt = x.t;
        break;
      case Kind.Array:
        kind = slices.SliceKind.array;
        rt = this.types.sliceOf(x.t.elem!);
        break;
      case Kind.Pointer:
        if (x.t.elem!.kind !== Kind.Array) throw new EvalError(`cannot slice ${x.t.str}`);
        kind = slices.SliceKind.arrayPtr;
        rt = this.types.sliceOf(x.t.elem!.elem!);
        break;
      default:
        throw new EvalError(`cannot slice ${x.t.str}`);
    }
    try {
      return { t: rt, v: slices.slice(x.v, lo ?? undefined, hi ?? undefined, max ?? undefined, kind) };
    } catch (err) {
      throw this.panicError(err);
    }
  }

  private assert(x: Val, typeText: string): Val {
    if (x.t.kind !== Kind.Interface) throw new EvalError(`invalid operation: ${x.t.str} is not an interface`);
    const t = this.types.lookup(typeText);
    if (!t) throw new EvalError(`undefined: ${typeText}`);
    const i = x.v as Iface | null;
    if (t.kind === Kind.Interface) {
      if (i === null || !implementsIface(i.t, t)) throw new EvalError(`interface conversion: ${i ? i.t.str : 'interface'} is not ${t.str}`);
      return { t, v: i };
    }
    if (i === null || i.t !== t) throw new EvalError(`interface conversion: interface {} is ${i ? i.t.str : 'nil'}, not ${t.str}`);
    return { t, v: i.v };
  }

  // ---- operators -------------------------------------------------------------------

  private unary(op: string, xe: Expr): Val {
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
  }

  private binary(op: string, xe: Expr, ye: Expr): Val {
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
  }

  private shift(op: string, x: Val, y: Val): Val {
    const ny = y.untyped ? big(y.v as bigint) : isInteger(y.t.kind) ? big(y.v as number | bigint) : null;
    if (ny === null) throw new EvalError(`invalid operation: shift count type ${y.t.str}, must be integer`);
    if (ny < 0n) throw new EvalError('invalid operation: negative shift count');
    if (x.untyped && typeof x.v === 'bigint') return { ...x, v: op === '<<' ? x.v << ny : x.v >> ny };
    if (!isInteger(x.t.kind)) throw new EvalError(`invalid operation: shifted operand of type ${x.t.str}`);
    const a = big(x.v as number | bigint);
    const c = ny > 1024n ? 1024n : ny;
    return { t: x.t, v: this.wrap(op === '<<' ? a << c : a >> c, x.t) };
  }

  /** Both operands untyped constants: exact arithmetic, as Go's constant expressions. */
  private constBinary(op: string, x: Val, y: Val): Val {
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
  }

  private compare(op: string, x: Val, y: Val): boolean {
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
  }

  private arith(op: string, t: RType, a: unknown, b: unknown): unknown {
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
  }

  /** An integer result reduced to the type's width (Go's wrap-around), in the VM's representation. */
  private wrap(r: bigint, t: RType): unknown {
    const bits = intBits(t.kind);
    const w = isUnsigned(t.kind) ? BigInt.asUintN(bits, r) : BigInt.asIntN(bits, r);
    return bits === 64 ? norm(w) : Number(w);
  }

  private float(f: number, t: RType): number {
    return t.kind === Kind.Float32 ? Math.fround(f) : f;
  }

  // ---- conversions and assignability ----------------------------------------------------

  /** An untyped constant given type t (or a value that must already have type t). */
  assignable(x: Val, t: RType): Val {
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
  }

  /** T(x): the spec's conversions between numeric types, strings, byte and rune slices, and identical underlying types. */
  convert(x: Val, t: RType): Val {
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
  }

  // ---- calls -----------------------------------------------------------------------------

  private call(e: Extract<Expr, { kind: 'call' }>): Val {
    const f = this.expr(e.fn);
    if (f.type) {
      if (e.args.length !== 1) throw new EvalError(`wrong argument count in conversion to ${f.type.str}`);
      return this.convert(this.expr(e.args[0]), f.type);
    }
    if (f.builtin) return this.builtin(f.builtin, e.args.map((a) => this.value(a)));
    let fn = f.fn;
    let env: unknown[] | null = null;
    let recv: unknown[] = [];
    if (!fn && f.t.kind === Kind.Func) {
      if (f.v === null) throw new EvalError('call of nil function');
      const c = f.v as Closure;
      fn = c.fn;
      env = c.env;
    }
    if (!fn) throw new EvalError(`invalid operation: cannot call non-function (value of type ${f.t.str})`);
    if (f.recv !== undefined) recv = [f.recv];
    if (!this.env.call) throw new EvalError('function calls are not allowed here');
    const params = fn.nparams - recv.length;
    const args = e.args.map((a) => this.value(a));
    if (args.length !== params && !fn.variadic) throw new EvalError(`wrong argument count in call to ${fn.name}: have ${args.length}, want ${params}`);
    const paramTypes = this.paramTypes(fn, recv.length);
    const values = args.map((a, i) => (paramTypes[i] ? this.assignable(a, paramTypes[i]!).v : a.v));
    const results = this.env.call(fn, [...recv, ...values], env);
    const rt = fn.resultTypes;
    if (rt.length === 0) return { t: this.types.lookup('struct {}') ?? this.types.basic('bool'), v: null, novalue: true };
    if (rt.length > 1) throw new EvalError(`multiple-value ${fn.name}() (value of type (${rt.map((t) => t.str).join(', ')})) in single-value context`);
    return { t: rt[0], v: results[0] };
  }

  /** The declared parameter types of fn, from its debug information (when it has locals for them). */
  private paramTypes(fn: FuncProto, skip: number): (RType | undefined)[] {
    const out: (RType | undefined)[] = [];
    for (let i = skip; i < fn.nparams; i++) out.push(fn.locals.find((l) => l.kind === 'param' && l.slot === i)?.type);
    return out;
  }

  private builtin(name: string, args: Val[]): Val {
    const int = this.types.basic('int');
    const one = () => {
      if (args.length !== 1) throw new EvalError(`wrong number of arguments to ${name}`);
      return args[0];
    };
    switch (name) {
      case 'len': {
        const x = one();
        const v = x.v;
        switch (x.t.kind) {
          case Kind.String:
            return { t: int, v: (v as string).length };
          case Kind.Slice:
            return { t: int, v: v === null ? 0 : (v as Slice).len };
          case Kind.Array:
            return { t: int, v: (v as unknown[]).length };
          case Kind.Map:
            return { t: int, v: v === null ? 0 : (v as GoMap).size };
          case Kind.Chan:
            return { t: int, v: v === null ? 0 : (v as Chan).qcount };
          case Kind.Pointer:
            if (x.t.elem!.kind === Kind.Array) return { t: int, v: x.t.elem!.len };
        }
        throw new EvalError(`invalid argument: ${x.t.str} for built-in len`);
      }
      case 'cap': {
        const x = one();
        const v = x.v;
        switch (x.t.kind) {
          case Kind.Slice:
            return { t: int, v: v === null ? 0 : (v as Slice).cap };
          case Kind.Array:
            return { t: int, v: (v as unknown[]).length };
          case Kind.Chan:
            return { t: int, v: v === null ? 0 : (v as Chan).size };
        }
        throw new EvalError(`invalid argument: ${x.t.str} for built-in cap`);
      }
      case 'min':
      case 'max': {
        if (!args.length) throw new EvalError(`not enough arguments for ${name}()`);
        let best = args[0];
        for (const a of args.slice(1)) {
          const less = this.binaryVals('<', a, best);
          if (name === 'min' ? less : !less && !this.binaryVals('==', a, best)) best = a;
        }
        return best.untyped ? this.convert(best, best.t) : best;
      }
      case 'real':
      case 'imag': {
        const x = one();
        if (!(x.v instanceof Complex)) throw new EvalError(`invalid argument: ${x.t.str} for built-in ${name}`);
        const f = this.types.basic(x.t.kind === Kind.Complex64 ? 'float32' : 'float64');
        return { t: f, v: name === 'real' ? x.v.re : x.v.im };
      }
      case 'complex': {
        if (args.length !== 2) throw new EvalError('wrong number of arguments to complex');
        const [re, im] = args.map((a) => Number(a.v as number | bigint));
        return { t: this.types.basic('complex128'), v: new Complex(re, im) };
      }
    }
    throw new EvalError(`${name} is not supported in evaluations`);
  }

  private binaryVals(op: string, x: Val, y: Val): boolean {
    if (x.untyped && !y.untyped) x = this.assignable(x, y.t);
    else if (y.untyped && !x.untyped) y = this.assignable(y, x.t);
    else if (x.untyped && y.untyped) return this.constBinary(op, x, y).v as boolean;
    return this.compare(op, x, y);
  }

  private panicError(err: unknown): Error {
    if (err instanceof GoPanic) {
      const v = err.value as { text?: string; msg?: string };
      return new EvalError(v instanceof RuntimeError ? v.text : 'panic');
    }
    return err as Error;
  }
}

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
