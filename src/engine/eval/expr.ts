// The Evaluator: the walk over an expression's kinds, identifiers, selectors,
// index and slice expressions and type assertions. Its operators are in
// operators.ts, conversions in conversions.ts, calls and builtins in callexpr.ts;
// evaluate.ts loads them all.

import { big } from '../../vm/int64';
import { Kind, RType, implementsIface } from '../../vm/rtype';
import * as slices from '../../vm/slices';
import { Complex, GoMap, Iface, Ref, Slice } from '../../vm/value';
import { GoPanic, RuntimeError } from '../../vm/panics';
import { Expr } from './syntax';
import { TypeTable, isInteger } from './types';
import { EvalEnv, EvalError, Val } from './evaluate';

const builtins = new Set(['len', 'cap', 'min', 'max', 'real', 'imag', 'complex']);

export class Evaluator {
  constructor(readonly env: EvalEnv) {}

  get types(): TypeTable {
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

  private panicError(err: unknown): Error {
    if (err instanceof GoPanic) {
      const v = err.value as { text?: string; msg?: string };
      return new EvalError(v instanceof RuntimeError ? v.text : 'panic');
    }
    return err as Error;
  }
}
