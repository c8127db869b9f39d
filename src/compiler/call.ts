// Compiling calls: functions, methods (static and through interfaces), closures,
// natives, conversions and the predeclared functions; and the function values
// method values and method expressions make.

import type * as ast from '../syntax/ast';
import { Builtin, Func, Var } from '../types/objects';
import { Mode } from '../types/operand';
import { isInteger, isString, isUntyped, defaultType } from '../types/predicates';
import { lookupFieldOrMethod } from '../types/lookup';
import { methodsOf } from '../types/subst';
import { ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Tuple, Type, TypeParam, Typ } from '../types/types';
import { FuncProto } from '../vm/func';
import { NK, NONE, Op } from '../vm/op';
import { Kind } from '../vm/rtype';
import { FnCompiler } from './func';
import { methodValueWrapper, ifaceMethodExprWrapper } from './methods';

declare module './func' {
  interface FnCompiler {
    /** Compiles a call; returns the operand of its first result (NONE without results). */
    call(e: ast.CallExpr, dst: number | null): number;
    /** Compiles a call; returns the slots of all its results. */
    callResults(e: ast.CallExpr): { base: number; n: number; types: Type[] };
    methodValue(e: ast.SelectorExpr): number;
    methodExpr(e: ast.SelectorExpr): number;
    receiverFor(x: ast.Expr, path: number[], method: Func): number;
    /** The function value and argument slots of a call, for go and defer statements. */
    callParts(e: ast.CallExpr): { fn: number; base: number; n: number } | null;
  }
}

const P = FnCompiler.prototype;

P.call = function (this: FnCompiler, e: ast.CallExpr, dst: number | null): number {
  const r = this.callResults(e);
  if (r.n === 0) return NONE;
  if (dst !== null && dst !== r.base) {
    this.emit(Op.MOV, dst, r.base);
    return dst;
  }
  return r.base;
};

/** What a call calls. */
type Callee =
  | { kind: 'static'; proto: FuncProto; recv: number | null }
  | { kind: 'iface'; x: number; name: string }
  | { kind: 'closure'; x: number };

P.callResults = function (this: FnCompiler, e: ast.CallExpr): { base: number; n: number; types: Type[] } {
  const fun = this.unparen(e.fun);
  const ftv = this.info.types.get(e.fun)!;
  if (ftv.mode === Mode.TypeExpr) {
    const d = conversion(this, e);
    return { base: d, n: 1, types: [this.typeOf(e)] };
  }
  if (ftv.mode === Mode.Builtin) {
    const id = (this.info.uses.get(fun as ast.Ident) as Builtin).id;
    const d = builtin(this, e, id);
    return { base: d, n: d === NONE ? 0 : 1, types: d === NONE ? [] : [this.typeOf(e)] };
  }
  const callee = calleeOf(this, e);
  const sig = this.subst(ftv.type).underlying() as Signature;
  const args = argSlots(this, e, sig, callee.kind === 'static' ? callee.recv : null);
  const nres = sig.results.length;
  const ret = nres > 0 ? this.temp(nres) : args.base;
  switch (callee.kind) {
    case 'static':
      if (callee.proto.native) this.emit(Op.CALLNATIVE, this.constIdx(callee.proto), args.base, args.n, ret);
      else this.emit(Op.CALL, this.constIdx(callee.proto), args.base, args.n, ret);
      break;
    case 'iface':
      this.emit(Op.CALLIFACE, callee.x, this.constIdx(callee.name), args.base, args.n, ret);
      break;
    case 'closure':
      this.emit(Op.CALLCL, callee.x, args.base, args.n, ret);
      break;
  }
  if (this.c.inlining && this.info === this.c.loaded.main.info && this.c.inlining.inlinedCall(e, this.node)) (this.proto.inlinedCalls ??= new Set()).add(this.pc);
  return { base: ret, n: nres, types: sig.results.vars.map((v) => v.type) };
};

/** Resolves what a call calls, evaluating the function value or receiver. */
function calleeOf(fc: FnCompiler, e: ast.CallExpr): Callee {
  const fun = fc.unparen(e.fun);
  if (fun.kind === 'Ident') {
    const obj = fc.info.uses.get(fun);
    if (obj instanceof Func) return { kind: 'static', proto: fc.c.funcProto(obj, instArgs(fc, fun)), recv: null };
  }
  if (fun.kind === 'IndexExpr') {
    const inst = fc.info.instances.get(fun);
    const base = fc.unparen(fun.x);
    const obj = base.kind === 'Ident' ? fc.info.uses.get(base) : base.kind === 'SelectorExpr' ? fc.info.uses.get(base.sel) : null;
    if (inst && obj instanceof Func) return { kind: 'static', proto: fc.c.funcProto(obj, inst.typeArgs.map((t) => fc.subst(t))), recv: null };
  }
  if (fun.kind === 'SelectorExpr') {
    const sel = fc.info.selections.get(fun);
    if (!sel) {
      const obj = fc.info.uses.get(fun.sel);
      if (obj instanceof Func) return { kind: 'static', proto: fc.c.funcProto(obj, instArgs(fc, fun)), recv: null };
    } else if (sel.kind === 'method') {
      const xt = fc.subst(fc.typeOf(fun.x));
      const holder = embeddedHolder(fc, xt, sel.index);
      const ht = holder instanceof Pointer ? holder.elem : holder;
      if (ht.underlying() instanceof Interface && !(ht instanceof TypeParam)) {
        // An interface method: evaluate the interface value (through embedded fields).
        const x = fc.expr(fun.x);
        const iv = fc.fieldPath(x, xt, sel.index).r;
        return { kind: 'iface', x: iv, name: fun.sel.name };
      }
      const m = concreteMethod(fc, ht, fun.sel.name);
      const recv = fc.receiverFor(fun.x, sel.index, m);
      return { kind: 'static', proto: methodProto(fc, m, ht), recv };
    }
  }
  const x = fc.expr(e.fun);
  return { kind: 'closure', x };
}

function instArgs(fc: FnCompiler, e: ast.Expr): Type[] {
  const inst = fc.info.instances.get(e);
  return inst ? inst.typeArgs.map((t) => fc.subst(t)) : [];
}

/** The type holding a method after following embedded fields from t. */
function embeddedHolder(fc: FnCompiler, t: Type, path: number[]): Type {
  let cur = t;
  for (const i of path) {
    let u = cur.underlying();
    if (u instanceof Pointer) u = u.elem.underlying();
    cur = (u as import('../types/types').Struct).fields[i].type;
  }
  return fc.subst(cur);
}

/** The method named `name` of a concrete (possibly instantiated) named type. */
function concreteMethod(fc: FnCompiler, t: Type, name: string): Func {
  const r = lookupFieldOrMethod(t, name, (n) => methodsOf(n));
  if (!(r.obj instanceof Func)) throw new Error(`gosim: compiler: no method ${name} on ${fc.rtype(t).str}`);
  return r.obj;
}

/** The FuncProto of a method of a concrete type (generic receivers are instantiated with its type arguments). */
function methodProto(fc: FnCompiler, m: Func, holder: Type): FuncProto {
  let base = holder instanceof Pointer ? holder.elem : holder;
  if (base instanceof Pointer) base = base.elem;
  const targs = base instanceof Named && base.typeArgs.length ? base.typeArgs : [];
  return fc.c.funcProto(m.orig ?? m, targs);
}

/**
 * The receiver argument for calling method m on x through the embedded path:
 * the value or pointer the method's receiver declares, taking x's address or
 * dereferencing it as Go does implicitly.
 */
P.receiverFor = function (this: FnCompiler, x: ast.Expr, path: number[], m: Func): number {
  const xt = this.subst(this.typeOf(x));
  const wantPtr = m.ptrRecv;
  // The receiver's own storage when a pointer is needed from an addressable value.
  let r: number;
  let t: Type;
  if (path.length === 0) {
    if (wantPtr && !(xt.underlying() instanceof Pointer)) return this.addr(x);
    r = this.expr(x);
    t = xt;
  } else {
    const fp = this.fieldPath(this.expr(x), xt, path.slice(0, -1));
    const last = path[path.length - 1];
    let hu = fp.t.underlying();
    const viaPtr = hu instanceof Pointer;
    if (viaPtr) hu = (hu as Pointer).elem.underlying();
    const ft = (hu as import('../types/types').Struct).fields[last].type;
    const frt = this.rtype(ft);
    if (wantPtr && !(ft.underlying() instanceof Pointer) && !frt.isValue) {
      const d = this.temp();
      this.emit(Op.REFFIELD, d, fp.r, last);
      return d;
    }
    const d = this.temp();
    this.emit(viaPtr ? Op.PFIELD : Op.FIELD, d, fp.r, last);
    r = d;
    t = ft;
  }
  const isPtr = t.underlying() instanceof Pointer;
  if (!wantPtr && isPtr) {
    // A value method called through a pointer: dereference (arrays and structs are their own pointers).
    const elem = this.rtype((t.underlying() as Pointer).elem);
    if (elem.isValue) {
      this.emit(Op.NILCHECK, r);
      return r;
    }
    const d = this.temp();
    this.emit(Op.DEREF, d, r);
    return d;
  }
  return r;
};

/** Evaluates the arguments of a call into consecutive slots (receiver first), converted to the parameter types. */
function argSlots(fc: FnCompiler, e: ast.CallExpr, sig: Signature, recv: number | null): { base: number; n: number } {
  const params = sig.params.vars.map((v) => v.type);
  const np = params.length + (recv !== null ? 1 : 0);
  // A single multi-valued call spreads into the parameters.
  const only = e.args.length === 1 ? fc.unparen(e.args[0]) : null;
  if (only && only.kind === 'CallExpr' && e.ellipsis < 0) {
    const tv = fc.info.types.get(only);
    if (tv && tv.type instanceof Tuple && tv.type.length > 1 && tv.mode !== Mode.CommaOK) {
      const inner = fc.callResults(fc.unparen(e.args[0]) as ast.CallExpr);
      const base = fc.temp(np);
      let i = 0;
      if (recv !== null) fc.emit(Op.MOV, base + i++, recv);
      const variadicFrom = sig.variadic ? params.length - 1 : Infinity;
      if (sig.variadic) {
        const fixed = params.length - 1;
        for (let k = 0; k < fixed; k++) fc.emit(Op.MOV, base + i + k, fc.convertTo(inner.base + k, inner.types[k], params[k]));
        const elem = (params[fixed] as Slice).elem;
        const rest = inner.n - fixed;
        const vb = fc.temp(Math.max(rest, 0));
        for (let k = 0; k < rest; k++) fc.emit(Op.MOV, vb + k, fc.convertTo(inner.base + fixed + k, inner.types[fixed + k], elem));
        if (rest > 0) fc.emit(Op.SLICELIT, base + i + fixed, vb, rest);
        else fc.emit(Op.MOV, base + i + fixed, fc.k(null));
      } else {
        for (let k = 0; k < inner.n; k++) fc.emit(Op.MOV, base + i + k, fc.convertTo(inner.base + k, inner.types[k], params[k]));
      }
      void variadicFrom;
      return { base, n: np };
    }
  }
  const base = fc.temp(np);
  let i = 0;
  if (recv !== null) {
    if (recv !== base) fc.emit(Op.MOV, base, recv);
    i = 1;
  }
  const fixed = sig.variadic ? params.length - 1 : params.length;
  for (let k = 0; k < fixed; k++) {
    const m = fc.mark();
    const v = fc.assignable(e.args[k], params[k]);
    fc.emit(Op.MOV, base + i + k, v);
    fc.release(m);
  }
  if (sig.variadic) {
    const slot = base + i + fixed;
    if (e.ellipsis >= 0) {
      const v = fc.expr(e.args[fixed]);
      fc.emit(Op.MOV, slot, v);
    } else {
      const extra = e.args.slice(fixed);
      if (extra.length === 0) fc.emit(Op.MOV, slot, fc.k(null));
      else {
        const elem = (params[params.length - 1] as Slice).elem;
        const vb = fc.temp(extra.length);
        extra.forEach((a, k) => {
          const v = fc.assignable(a, elem);
          if (v !== vb + k) fc.emit(Op.MOV, vb + k, v);
        });
        fc.emit(Op.SLICELIT, slot, vb, extra.length);
      }
    }
  }
  return { base, n: np };
}

P.callParts = function (this: FnCompiler, e: ast.CallExpr): { fn: number; base: number; n: number } | null {
  const ftv = this.info.types.get(e.fun)!;
  if (ftv.mode === Mode.Builtin || ftv.mode === Mode.TypeExpr) return null;
  const callee = calleeOf(this, e);
  const sig = this.subst(ftv.type).underlying() as Signature;
  let fn: number;
  let recv: number | null = null;
  switch (callee.kind) {
    case 'static':
      fn = this.k(callee.proto);
      recv = callee.recv;
      break;
    case 'iface': {
      // Bind the interface method now (its receiver is evaluated at the statement).
      const d = this.temp();
      const w = methodValueWrapper(this.c, null, callee.name, sig);
      const cell = this.temp();
      this.emit(Op.MOV, cell, callee.x);
      this.emit(Op.MAKECLOSURE, d, this.constIdx(w), cell, 1);
      fn = d;
      break;
    }
    default:
      fn = callee.x;
  }
  if (recv !== null) {
    // go/defer copy a value receiver now.
    const rt = this.rtype(this.subst(this.typeOf(this.unparen(e.fun) as ast.Expr)));
    void rt;
  }
  const args = argSlots(this, e, sig, recv);
  // Arrays and structs passed by value are copied when the statement runs.
  return { fn, base: args.base, n: args.n };
};

// ---- method values and expressions ----------------------------------------------------------

P.methodValue = function (this: FnCompiler, e: ast.SelectorExpr): number {
  const sel = this.info.selections.get(e)!;
  const xt = this.subst(this.typeOf(e.x));
  const holder = embeddedHolder(this, xt, sel.index);
  const ht = holder instanceof Pointer ? holder.elem : holder;
  const sig = this.subst(this.typeOf(e)) as Signature;
  if (ht.underlying() instanceof Interface && !(ht instanceof TypeParam)) {
    const x = this.fieldPath(this.expr(e.x), xt, sel.index).r;
    this.emit(Op.NILCHECK, x);
    const w = methodValueWrapper(this.c, null, e.sel.name, sig);
    const cell = this.temp();
    this.emit(Op.MOV, cell, x);
    const d = this.temp();
    this.emit(Op.MAKECLOSURE, d, this.constIdx(w), cell, 1);
    return d;
  }
  const m = concreteMethod(this, ht, e.sel.name);
  let recv = this.receiverFor(e.x, sel.index, m);
  // A value receiver is copied when the method value is evaluated.
  if (!m.ptrRecv) {
    const rt = this.rtype((m.type as Signature).recv ? this.subst(methodRecvType(m, ht)) : ht);
    if (rt.isValue) {
      const c = this.temp();
      this.emit(Op.CLONE, c, recv, this.constIdx(rt));
      recv = c;
    }
  }
  const w = methodValueWrapper(this.c, methodProto(this, m, ht), e.sel.name, sig);
  const cell = this.temp();
  this.emit(Op.MOV, cell, recv);
  const d = this.temp();
  this.emit(Op.MAKECLOSURE, d, this.constIdx(w), cell, 1);
  return d;
};

function methodRecvType(m: Func, holder: Type): Type {
  const r = (m.type as Signature).recv!.type;
  return r instanceof Pointer ? holder : r;
}

P.methodExpr = function (this: FnCompiler, e: ast.SelectorExpr): number {
  const sel = this.info.selections.get(e)!;
  const T = this.subst(sel.recv);
  const base = T instanceof Pointer ? T.elem : T;
  if (base.underlying() instanceof Interface) {
    const sig = this.subst(this.typeOf(e)) as Signature;
    return this.k(this.c.funcValue(ifaceMethodExprWrapper(this.c, e.sel.name, sig)));
  }
  const holder = embeddedHolder(this, T, sel.index);
  const ht = holder instanceof Pointer ? holder.elem : holder;
  const m = concreteMethod(this, ht, e.sel.name);
  if (sel.index.length === 0) return this.k(this.c.funcValue(methodProto(this, m, ht)));
  throw new Error('gosim: compiler: method expressions of promoted methods are not supported yet');
};

// ---- conversions -------------------------------------------------------------------------------

function conversion(fc: FnCompiler, e: ast.CallExpr): number {
  const c = fc.constOperand(e);
  if (c !== null) return c;
  const to = fc.subst(fc.typeOf(e));
  const arg = e.args[0];
  const from = fc.subst(fc.typeOf(arg));
  const x = fc.expr(arg);
  const tu = to.underlying();
  const fu = from.underlying();
  const d = fc.temp();
  if (tu instanceof Interface) return fc.convertTo(fc.owned(arg), from, to);
  if (tu instanceof Basic && fu instanceof Basic) {
    if (isString(tu) && isInteger(fu)) {
      fc.emit(Op.STRCONV, d, x, 4);
      return d;
    }
    const a = fc.nk(from);
    const b = fc.nk(to);
    if (a === b) return x;
    fc.emit(Op.CONV, d, x, a, b);
    return d;
  }
  if (tu instanceof Basic && isString(tu) && fu instanceof Slice) {
    const elem = fu.elem.underlying() as Basic;
    fc.emit(Op.STRCONV, d, x, elem.basic === BasicKind.Uint8 ? 0 : 2);
    return d;
  }
  if (tu instanceof Slice && fu instanceof Basic && isString(fu)) {
    const elem = tu.elem.underlying() as Basic;
    fc.emit(Op.STRCONV, d, x, elem.basic === BasicKind.Uint8 ? 1 : 3);
    return d;
  }
  if (tu instanceof Pointer && fu instanceof Slice) {
    const a = tu.elem.underlying() as ArrayType;
    fc.emit(Op.ARR2PTR, d, x, a.len);
    return d;
  }
  if (tu instanceof ArrayType && fu instanceof Slice) {
    fc.emit(Op.ARR2PTR, d, x, tu.len);
    const c2 = fc.temp();
    fc.emit(Op.CLONE, c2, d, fc.constIdx(fc.rtype(to)));
    return c2;
  }
  // Same underlying types: the value is unchanged.
  return x;
}

// ---- predeclared functions ---------------------------------------------------------------------

function builtin(fc: FnCompiler, e: ast.CallExpr, id: string): number {
  const c = fc.constOperand(e);
  if (c !== null) return c;
  const args = e.args;
  const d = () => fc.temp();
  switch (id) {
    case 'len':
    case 'cap': {
      const t = fc.subst(fc.typeOf(args[0]));
      const u = t.underlying();
      const x = fc.expr(args[0]);
      const r = d();
      if (u instanceof ArrayType || (u instanceof Pointer && u.elem.underlying() instanceof ArrayType)) {
        const a = (u instanceof Pointer ? u.elem.underlying() : u) as ArrayType;
        fc.emit(Op.MOV, r, fc.k(a.len));
        return r;
      }
      const kind = u instanceof Slice ? 0 : u instanceof Basic ? 1 : u instanceof MapType ? 2 : u instanceof Chan ? 3 : 4;
      fc.emit(id === 'len' ? Op.LEN : Op.CAP, r, x, kind);
      return r;
    }
    case 'append': {
      const st = fc.subst(fc.typeOf(e));
      const elem = (st.underlying() as Slice).elem;
      const s = fc.expr(args[0]);
      const r = d();
      const ek = fc.constIdx(fc.rtype(elem));
      if (e.ellipsis >= 0) {
        const t = fc.expr(args[1]);
        fc.emit(Op.APPENDSLICE, r, s, t, ek);
        return r;
      }
      const rest = args.slice(1);
      if (rest.length === 0) return s;
      const base = fc.temp(rest.length);
      rest.forEach((a, i) => {
        const v = fc.assignable(a, elem);
        if (v !== base + i) fc.emit(Op.MOV, base + i, v);
      });
      fc.emit(Op.APPEND, r, s, base, rest.length, ek);
      return r;
    }
    case 'make': {
      const t = fc.subst(fc.typeOf(args[0]));
      const u = t.underlying();
      const r = d();
      if (u instanceof Slice) {
        const len = fc.expr(args[1]);
        const cap = args[2] ? fc.expr(args[2]) : NONE;
        fc.emit(Op.MAKESLICE, r, fc.constIdx(fc.rtype(u.elem)), len, cap);
      } else if (u instanceof MapType) {
        if (args[1]) fc.expr(args[1]);
        fc.emit(Op.MAKEMAP, r, fc.constIdx(fc.rtype(t)));
      } else if (u instanceof Chan) {
        const size = args[1] ? fc.expr(args[1]) : fc.k(0);
        fc.emit(Op.MAKECHAN, r, fc.constIdx(fc.rtype(u.elem)), size);
      }
      return r;
    }
    case 'new': {
      const t = fc.subst(fc.typeOf(args[0]));
      const rt = fc.rtype(t);
      const r = d();
      if (rt.isValue) {
        fc.emit(Op.NEWOBJ, r, fc.constIdx(rt));
        return r;
      }
      fc.zeroInto(r, rt);
      fc.emit(Op.NEWCELL, r, r);
      fc.emit(Op.REFCELL, r, r);
      return r;
    }
    case 'delete': {
      const mt = fc.subst(fc.typeOf(args[0])).underlying() as MapType;
      const m = fc.expr(args[0]);
      const k = fc.assignable(args[1], mt.key);
      fc.emit(Op.MAPDELETE, m, k);
      return NONE;
    }
    case 'copy': {
      const dt = fc.subst(fc.typeOf(args[0])).underlying() as Slice;
      const a = fc.expr(args[0]);
      const b = fc.expr(args[1]);
      const r = d();
      const ert = fc.rtype(dt.elem);
      fc.emit(Op.COPY, r, a, b, fc.constIdx(ert));
      return r;
    }
    case 'panic': {
      const v = fc.assignable(args[0], fc.c.anyType);
      fc.emit(Op.PANIC, v);
      return NONE;
    }
    case 'recover': {
      const r = d();
      fc.emit(Op.RECOVER, r);
      return r;
    }
    case 'print':
    case 'println': {
      const base = fc.temp(args.length);
      args.forEach((a, i) => {
        const v = fc.assignable(a, fc.c.anyType);
        if (v !== base + i) fc.emit(Op.MOV, base + i, v);
      });
      const sl = d();
      if (args.length) fc.emit(Op.SLICELIT, sl, base, args.length);
      else fc.emit(Op.MOV, sl, fc.k(null));
      const argBase = fc.temp(2);
      fc.emit(Op.MOV, argBase, fc.k(id === 'println'));
      fc.emit(Op.MOV, argBase + 1, sl);
      fc.emit(Op.CALLNATIVE, fc.constIdx(fc.c.printProto()), argBase, 2, argBase);
      return NONE;
    }
    case 'close': {
      const ch = fc.expr(args[0]);
      fc.emit(Op.CLOSE, ch);
      return NONE;
    }
    case 'complex': {
      const t = fc.subst(fc.typeOf(e));
      const re = fc.expr(args[0]);
      const im = fc.expr(args[1]);
      const r = d();
      fc.emit(Op.COMPLEX, r, re, im, fc.nk(t));
      return r;
    }
    case 'real':
    case 'imag': {
      const x = fc.expr(args[0]);
      const r = d();
      fc.emit(id === 'real' ? Op.REAL : Op.IMAG, r, x, fc.nk(fc.typeOf(args[0])));
      return r;
    }
    case 'min':
    case 'max': {
      const t = fc.subst(fc.typeOf(e));
      const base = fc.temp(args.length);
      args.forEach((a, i) => {
        const v = fc.expr(a);
        if (v !== base + i) fc.emit(Op.MOV, base + i, v);
      });
      const r = d();
      fc.emit(Op.MINMAX, r, base, args.length, fc.nk(t), id === 'max' ? 1 : 0);
      return r;
    }
    case 'clear': {
      const t = fc.subst(fc.typeOf(args[0]));
      const x = fc.expr(args[0]);
      fc.emit(Op.CLEAR, x, fc.constIdx(fc.rtype(t)));
      return NONE;
    }
  }
  throw new Error(`gosim: compiler: builtin ${id}`);
}

void Var;
void isUntyped;
void defaultType;
void Typ;
void Kind;
void NK;
