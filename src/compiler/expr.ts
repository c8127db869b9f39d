// Compiling expressions: each yields an operand (a slot, or a constant) holding
// the value. Arrays and structs come back "borrowed" (the object of the
// variable or field itself); `owned` copies them where the value must not be
// shared (stored into a new place, sent, boxed into an interface).

import type * as ast from '../syntax/ast';
import * as constant from '../types/constant';
import { Const, Func, Nil, PkgName, TypeName, Var } from '../types/objects';
import { defaultType, isFloat, isInteger, isComplex, isString, isBoolean, isUnsigned, isUntyped } from '../types/predicates';
import {
  ArrayType,
  Basic,
  BasicKind,
  Chan,
  Interface,
  MapType,
  Named,
  Pointer,
  Signature,
  Slice,
  Struct,
  Type,
  TypeParam,
  Tuple,
} from '../types/types';
import { norm } from '../vm/int64';
import { NK, NONE, Op } from '../vm/op';
import { Kind, RType } from '../vm/rtype';
import { SliceKind } from '../vm/slices';
import { Complex } from '../vm/value';
import { FnCompiler, Label } from './func';
import { lookupFieldOrMethod } from '../types/lookup';
import { methodsOf } from '../types/subst';

declare module './func' {
  interface FnCompiler {
    /** The operand holding e's value; with dst >= 0, arithmetic writes its result there directly. */
    expr(e: ast.Expr, dst?: number): number;
    exprTo(e: ast.Expr, dst: number): void;
    owned(e: ast.Expr): number;
    convertTo(r: number, from: Type, to: Type): number;
    assignable(e: ast.Expr, to: Type): number;
    constOperand(e: ast.Expr): number | null;
    vmConst(v: constant.ConstValue, t: Type): unknown;
    nk(t: Type): NK;
    branchFalse(e: ast.Expr, target: Label): void;
    loadVar(v: Var, dst: number | null): number;
    fieldPath(r: number, t: Type, index: number[]): { r: number; t: Type };
    funcLit(e: ast.FuncLit, name?: string): number;
    isFresh(e: ast.Expr): boolean;
    addr(e: ast.Expr): number;
    objOf(e: ast.Expr): number;
    unparen(e: ast.Expr): ast.Expr;
  }
}

const P = FnCompiler.prototype;

P.unparen = function (e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
};

/** The numeric kind arithmetic and comparisons on values of t use. */
P.nk = function (this: FnCompiler, t: Type): NK {
  const u = this.subst(t).underlying();
  if (u instanceof Basic) {
    switch (u.basic) {
      case BasicKind.Int:
      case BasicKind.Int64:
      case BasicKind.UntypedInt:
        return NK.I64;
      case BasicKind.Uint:
      case BasicKind.Uint64:
      case BasicKind.Uintptr:
        return NK.U64;
      case BasicKind.Int32:
      case BasicKind.UntypedRune:
        return NK.I32;
      case BasicKind.Int16:
        return NK.I16;
      case BasicKind.Int8:
        return NK.I8;
      case BasicKind.Uint32:
        return NK.U32;
      case BasicKind.Uint16:
        return NK.U16;
      case BasicKind.Uint8:
        return NK.U8;
      case BasicKind.Float64:
      case BasicKind.UntypedFloat:
        return NK.F64;
      case BasicKind.Float32:
        return NK.F32;
      case BasicKind.Complex128:
      case BasicKind.UntypedComplex:
        return NK.C128;
      case BasicKind.Complex64:
        return NK.C64;
      case BasicKind.String:
      case BasicKind.UntypedString:
        return NK.STR;
      case BasicKind.Bool:
      case BasicKind.UntypedBool:
        return NK.BOOL;
    }
  }
  return NK.REF;
};

/** A Go constant as a VM value of type t. */
P.vmConst = function (this: FnCompiler, v: constant.ConstValue, t: Type): unknown {
  let u = this.subst(t).underlying();
  if (isUntyped(u)) u = defaultType(u).underlying();
  switch (v.kind) {
    case 'bool':
      return v.value;
    case 'string':
      return v.value;
    case 'unknown':
      return 0;
  }
  if (u instanceof Basic) {
    if (isInteger(u)) {
      const i = constant.toInt(v);
      return i.kind === 'int' ? norm(i.value) : 0;
    }
    if (isFloat(u)) return u.bits === 32 ? constant.float32Val(v) : constant.float64Val(v);
    if (isComplex(u)) {
      const c = constant.toComplex(v);
      if (c.kind !== 'complex') return new Complex(0, 0);
      const f = u.basic === BasicKind.Complex64 ? constant.float32Val : constant.float64Val;
      return new Complex(f(c.re), f(c.im));
    }
  }
  // A constant converted to an interface: its default type decides.
  if (v.kind === 'int') return norm(v.value);
  if (v.kind === 'float') return constant.float64Val(v);
  if (v.kind === 'complex') return new Complex(constant.float64Val(v.re), constant.float64Val(v.im));
  return 0;
};

/** The operand of a constant expression, or null if e is not constant. */
P.constOperand = function (this: FnCompiler, e: ast.Expr): number | null {
  const tv = this.info.types.get(e);
  if (!tv || tv.value === null) return null;
  return this.k(this.vmConst(tv.value, tv.type));
};

P.isFresh = function (this: FnCompiler, e: ast.Expr): boolean {
  e = this.unparen(e);
  if (e.kind === 'CompositeLit') return true;
  if (e.kind === 'CallExpr') {
    const tv = this.info.types.get(e.fun);
    return !tv || tv.mode !== 4 /* TypeExpr: conversions of structs borrow */;
  }
  return false;
};

/** A value that may be stored: arrays and structs are copied unless freshly made. */
P.owned = function (this: FnCompiler, e: ast.Expr): number {
  const r = this.expr(e);
  const t = this.rtype(this.typeOf(e));
  if (!t.isValue || this.isFresh(e)) return r;
  const d = this.temp();
  this.emit(Op.CLONE, d, r, this.constIdx(t));
  return d;
};

/** e, converted for assignment to a variable of type `to` (boxing into interfaces). */
P.assignable = function (this: FnCompiler, e: ast.Expr, to: Type): number {
  const r = this.owned(e);
  return this.convertTo(r, this.typeOf(e), to);
};

/** Implicit conversion of an assigned value: concrete → interface, nil → anything. */
P.convertTo = function (this: FnCompiler, r: number, from: Type, to: Type): number {
  from = this.subst(from);
  to = this.subst(to);
  const tu = to.underlying();
  if (!(tu instanceof Interface)) return r;
  if (from instanceof Basic && from.basic === BasicKind.UntypedNil) return r;
  if (from.underlying() instanceof Interface) return r;
  const d = this.temp();
  this.emit(Op.TOIFACE, d, r, this.constIdx(this.rtype(from)));
  return d;
};

P.exprTo = function (this: FnCompiler, e: ast.Expr, dst: number): void {
  const r = this.expr(e, dst);
  if (r !== dst) this.emit(Op.MOV, dst, r);
};

P.expr = function (this: FnCompiler, e: ast.Expr, dst = -1): number {
  if (this.hoisted !== undefined) {
    const h = this.hoisted.get(e);
    if (h !== undefined) return h;
  }
  const c = this.constOperand(e);
  if (c !== null) return c;
  switch (e.kind) {
    case 'ParenExpr':
      return this.expr(e.x, dst);
    case 'Ident':
      return ident(this, e);
    case 'BasicLit':
      return this.k(0);
    case 'FuncLit':
      return this.funcLit(e);
    case 'CompositeLit':
      return compositeLit(this, e, this.typeOf(e));
    case 'SelectorExpr':
      return selector(this, e);
    case 'IndexExpr':
      return index(this, e, dst);
    case 'SliceExpr':
      return sliceExpr(this, e);
    case 'TypeAssertExpr': {
      const x = this.expr(e.x);
      const T = this.typeOf(e);
      const d = this.temp();
      const tt = this.typeOf(e.type!);
      this.emit(Op.ASSERT, d, x, this.constIdx(this.rtype(tt)), this.constIdx(this.rtype(this.typeOf(e.x))));
      void T;
      return d;
    }
    case 'CallExpr':
      return this.call(e, null);
    case 'StarExpr': {
      const x = this.expr(e.x);
      const t = this.rtype(this.typeOf(e));
      if (t.isValue) {
        this.emit(Op.NILCHECK, x);
        return x;
      }
      const d = this.temp();
      this.emit(Op.DEREF, d, x);
      return d;
    }
    case 'UnaryExpr':
      return unary(this, e, dst);
    case 'BinaryExpr':
      return binary(this, e, dst);
    case 'KeyValueExpr':
    case 'BadExpr':
    default:
      throw new Error(`gosim: compiler: unexpected ${e.kind}`);
  }
};

// ---- identifiers and variables ----------------------------------------------------------

function ident(fc: FnCompiler, e: ast.Ident): number {
  const obj = fc.info.uses.get(e) ?? fc.info.defs.get(e);
  if (!obj) throw new Error(`gosim: compiler: unresolved ${e.name} at ${fc.src.format(e.pos)}`);
  if (obj instanceof Var) return fc.loadVar(obj, null);
  if (obj instanceof Nil) return fc.k(null);
  if (obj instanceof Func) {
    const inst = fc.info.instances.get(e);
    const targs = inst ? inst.typeArgs.map((t) => fc.subst(t)) : [];
    return fc.k(fc.c.funcValue(fc.c.funcProto(obj, targs)));
  }
  if (obj instanceof Const) return fc.k(fc.vmConst(obj.val, fc.typeOf(e)));
  throw new Error(`gosim: compiler: ${e.name} is not a value`);
}

/** Loads a variable's value (into dst, or wherever convenient when dst is null). */
P.loadVar = function (this: FnCompiler, v: Var, dst: number | null): number {
  const loc = this.lookup(v);
  switch (loc.kind) {
    case 'slot':
      if (!loc.cell) {
        if (dst !== null && dst !== loc.slot) this.emit(Op.MOV, dst, loc.slot);
        return dst ?? loc.slot;
      }
      {
        const d = dst ?? this.temp();
        this.emit(Op.LOADCELL, d, loc.slot);
        return d;
      }
    case 'env': {
      const d = dst ?? this.temp();
      this.emit(Op.LOADENV, d, loc.index);
      if (loc.cell) this.emit(Op.LOADCELL, d, d);
      return d;
    }
    case 'global': {
      const d = dst ?? this.temp();
      this.emit(Op.LOADCELL, d, this.k(loc.cell));
      return d;
    }
  }
};

// ---- function literals ------------------------------------------------------------------------

P.funcLit = function (this: FnCompiler, e: ast.FuncLit, name?: string): number {
  const sig = this.info.funcSigs.get(e) as Signature;
  const n = ++this.closureCount.n;
  // Go names closures main.main.func1, and closures nested in them main.main.func1.1.
  const lname = name ?? (this.parent ? `${this.proto.name}.${n}` : `${this.closurePrefix ?? this.proto.name}.func${n}`);
  const inner = new FnCompiler(this.c, lname, this.info, this.src, this.sm, this, e);
  inner.closureCount = { n: 0 };
  inner.proto.line = this.src.line(e.pos);
  if (this.proto.library) inner.proto.library = true;
  inner.compileFunction(e.type, null, e.body, sig);
  const caps = inner.captures;
  if (caps.length === 0) return this.k(this.c.funcValue(inner.proto));
  const base = this.temp(caps.length);
  caps.forEach((v, i) => {
    const loc = this.lookup(v);
    // The closure shares the variable: its cell, or the array/struct object itself.
    switch (loc.kind) {
      case 'slot':
        this.emit(Op.MOV, base + i, loc.slot);
        break;
      case 'env':
        this.emit(Op.LOADENV, base + i, loc.index);
        break;
      case 'global':
        this.emit(Op.MOV, base + i, this.k(loc.cell));
        break;
    }
  });
  const d = this.temp();
  this.emit(Op.MAKECLOSURE, d, this.constIdx(inner.proto), base, caps.length);
  return d;
};

// ---- composite literals --------------------------------------------------------------------

function compositeLit(fc: FnCompiler, e: ast.CompositeLit, type: Type): number {
  let t = fc.subst(type);
  let ptr = false;
  if (t.underlying() instanceof Pointer && !(e.type)) {
    // An elided &T{...} inside another literal.
    ptr = true;
    t = (t.underlying() as Pointer).elem;
  }
  const u = t.underlying();
  const rt = fc.rtype(t);
  let d: number;
  if (u instanceof Struct) {
    d = fc.temp();
    fc.emit(Op.ZERO, d, fc.constIdx(rt));
    e.elts.forEach((el, i) => {
      let fi = i;
      let ve = el;
      if (el.kind === 'KeyValueExpr') {
        fi = u.fields.findIndex((f) => f.name === (el.key as ast.Ident).name);
        ve = el.value;
      }
      const ft = u.fields[fi].type;
      const m = fc.mark();
      const v = elementValue(fc, ve, ft);
      fc.emit(Op.SETFIELD, d, fi, v);
      fc.release(m);
    });
  } else if (u instanceof ArrayType) {
    d = fc.temp();
    fc.emit(Op.ZERO, d, fc.constIdx(rt));
    let idx = 0;
    for (const el of e.elts) {
      let ve = el;
      if (el.kind === 'KeyValueExpr') {
        idx = Number(constant.toInt(fc.info.types.get(el.key)!.value!).kind === 'int' ? (constant.toInt(fc.info.types.get(el.key)!.value!) as constant.IntVal).value : 0n);
        ve = el.value;
      }
      const m = fc.mark();
      const v = elementValue(fc, ve, u.elem);
      fc.emit(Op.SETINDEX, d, fc.k(idx), v);
      fc.release(m);
      idx++;
    }
  } else if (u instanceof Slice) {
    const keyed = e.elts.some((el) => el.kind === 'KeyValueExpr');
    if (!keyed) {
      const n = e.elts.length;
      const base = fc.temp(n);
      e.elts.forEach((el, i) => {
        const m = fc.mark();
        const v = elementValue(fc, el, u.elem);
        if (v !== base + i) fc.emit(Op.MOV, base + i, v);
        fc.release(m);
      });
      d = fc.temp();
      fc.emit(Op.SLICELIT, d, base, n);
    } else {
      // Sparse: the length is the largest index + 1.
      let idx = 0;
      let max = 0;
      const positions: number[] = [];
      for (const el of e.elts) {
        if (el.kind === 'KeyValueExpr') idx = Number((constant.toInt(fc.info.types.get(el.key)!.value!) as constant.IntVal).value);
        positions.push(idx);
        idx++;
        max = Math.max(max, idx);
      }
      d = fc.temp();
      fc.emit(Op.MAKESLICE, d, fc.constIdx(fc.rtype(u.elem)), fc.k(max), NONE);
      e.elts.forEach((el, i) => {
        const ve = el.kind === 'KeyValueExpr' ? el.value : el;
        const m = fc.mark();
        const v = elementValue(fc, ve, u.elem);
        fc.emit(Op.SSETINDEX, d, fc.k(positions[i]), v);
        fc.release(m);
      });
    }
  } else if (u instanceof MapType) {
    d = fc.temp();
    fc.emit(Op.MAKEMAP, d, fc.constIdx(rt));
    for (const el of e.elts) {
      const kv = el as ast.KeyValueExpr;
      const m = fc.mark();
      const k = elementValue(fc, kv.key, u.key);
      const v = elementValue(fc, kv.value, u.elem);
      fc.emit(Op.MAPSET, d, k, v);
      fc.release(m);
    }
  } else {
    throw new Error(`gosim: compiler: composite literal of ${rt.str}`);
  }
  if (ptr && !rt.isValue) {
    const cell = fc.temp();
    fc.emit(Op.NEWCELL, cell, d);
    fc.emit(Op.REFCELL, cell, cell);
    return cell;
  }
  return d;
}

/** An element of a composite literal: an elided literal takes the element type. */
function elementValue(fc: FnCompiler, e: ast.Expr, t: Type): number {
  if (e.kind === 'CompositeLit' && !e.type) return fc.convertTo(compositeLit(fc, e, t), t, t);
  return fc.assignable(e, t);
}

// ---- selectors ------------------------------------------------------------------------------

function selector(fc: FnCompiler, e: ast.SelectorExpr): number {
  const sel = fc.info.selections.get(e);
  if (!sel) {
    // A qualified identifier: pkg.Name.
    const obj = fc.info.uses.get(e.sel);
    if (obj instanceof Var) return fc.loadVar(obj, null);
    if (obj instanceof Func) return fc.k(fc.c.funcValue(fc.c.funcProto(obj, instArgs(fc, e))));
    if (obj instanceof Const) return fc.k(fc.vmConst(obj.val, fc.typeOf(e)));
    throw new Error(`gosim: compiler: cannot select ${e.sel.name}`);
  }
  switch (sel.kind) {
    case 'field': {
      const x = fc.expr(e.x);
      return fc.fieldPath(x, fc.typeOf(e.x), sel.index).r;
    }
    case 'method':
      return fc.methodValue(e);
    case 'methodExpr':
      return fc.methodExpr(e);
  }
}

function instArgs(fc: FnCompiler, e: ast.Expr): Type[] {
  const inst = fc.info.instances.get(e);
  return inst ? inst.typeArgs.map((t) => fc.subst(t)) : [];
}

/** Follows a field path from the value in r (of type t): FIELD steps, PFIELD through pointers. */
P.fieldPath = function (this: FnCompiler, r: number, t: Type, index: number[]): { r: number; t: Type } {
  let cur = r;
  let ct = this.subst(t);
  for (const i of index) {
    let st = ct.underlying();
    let viaPtr = false;
    if (st instanceof Pointer) {
      viaPtr = true;
      st = st.elem.underlying();
    }
    const s = st as Struct;
    const d = this.temp();
    this.emit(viaPtr ? Op.PFIELD : Op.FIELD, d, cur, i);
    cur = d;
    ct = s.fields[i].type;
  }
  return { r: cur, t: ct };
};

// ---- index and slice expressions ---------------------------------------------------------------

function index(fc: FnCompiler, e: ast.IndexExpr, dst: number): number {
  const inst = fc.info.instances.get(e);
  if (inst) {
    // f[int]: an instantiated generic function value.
    const fn = fc.info.uses.get(fc.unparen(e.x) as ast.Ident) as Func | undefined;
    const target = fn ?? (fc.info.uses.get((fc.unparen(e.x) as ast.SelectorExpr).sel) as Func);
    return fc.k(fc.c.funcValue(fc.c.funcProto(target, inst.typeArgs.map((t) => fc.subst(t)))));
  }
  const xt = fc.typeOf(e.x);
  const u = xt.underlying();
  const x = fc.expr(e.x);
  const d = dst >= 0 ? dst : fc.temp();
  if (u instanceof MapType) {
    const k = fc.assignable(e.indices[0], u.key);
    fc.emit(Op.MAPGET, d, x, k, fc.constIdx(fc.rtype(u.elem)));
    return d;
  }
  const i = fc.expr(e.indices[0]);
  if (u instanceof Basic) fc.emit(Op.STRINDEX, d, x, i);
  else if (u instanceof Slice) fc.emit(Op.SINDEX, d, x, i);
  else if (u instanceof ArrayType) fc.emit(Op.INDEX, d, x, i);
  else if (u instanceof Pointer) {
    fc.emit(Op.NILCHECK, x);
    fc.emit(Op.INDEX, d, x, i);
  } else throw new Error(`gosim: compiler: cannot index ${fc.rtype(xt).str}`);
  return d;
}

function sliceExpr(fc: FnCompiler, e: ast.SliceExpr): number {
  const xt = fc.typeOf(e.x);
  const u = xt.underlying();
  let kind: number = SliceKind.slice;
  if (u instanceof Basic) kind = SliceKind.string;
  else if (u instanceof ArrayType) kind = SliceKind.array;
  else if (u instanceof Pointer) kind = SliceKind.arrayPtr;
  const x = kind === SliceKind.array ? fc.objOf(e.x) : fc.expr(e.x);
  const lo = e.low ? fc.expr(e.low) : NONE;
  const hi = e.high ? fc.expr(e.high) : NONE;
  const max = e.max ? fc.expr(e.max) : NONE;
  const d = fc.temp();
  fc.emit(Op.SLICE, d, x, lo, hi, max, kind);
  return d;
}

// ---- addresses ----------------------------------------------------------------------------------

/**
 * The object an addressable array or struct expression denotes (its storage),
 * so slicing an array or taking a field's address aliases it.
 */
P.objOf = function (this: FnCompiler, e: ast.Expr): number {
  return this.expr(e);
};

/** &e. */
P.addr = function (this: FnCompiler, e: ast.Expr): number {
  e = this.unparen(e);
  const t = this.rtype(this.typeOf(e));
  if (t.isValue) {
    // Pointers to arrays and structs are the objects themselves.
    if (e.kind === 'CompositeLit') return this.expr(e);
    return this.expr(e);
  }
  const d = this.temp();
  switch (e.kind) {
    case 'Ident': {
      const v = (this.info.uses.get(e) ?? this.info.defs.get(e)) as Var;
      const loc = this.lookup(v);
      if (loc.kind === 'global') {
        this.emit(Op.REFCELL, d, this.k(loc.cell));
        return d;
      }
      if (!loc.cell) throw new Error(`gosim: compiler: address of ${v.name}, which has no cell`);
      if (loc.kind === 'slot') this.emit(Op.REFCELL, d, loc.slot);
      else {
        this.emit(Op.LOADENV, d, loc.index);
        this.emit(Op.REFCELL, d, d);
      }
      return d;
    }
    case 'SelectorExpr': {
      const sel = this.info.selections.get(e);
      if (!sel) {
        const v = this.info.uses.get(e.sel) as Var;
        this.emit(Op.REFCELL, d, this.k(this.c.globalCell(v)));
        return d;
      }
      const x = this.expr(e.x);
      const path = sel.index;
      const holder = this.fieldPath(x, this.typeOf(e.x), path.slice(0, -1));
      let ht = holder.t.underlying();
      if (ht instanceof Pointer) {
        // The last step goes through a pointer: nil-check it.
        this.emit(Op.REFFIELD, d, holder.r, path[path.length - 1]);
        return d;
      }
      void ht;
      this.emit(Op.REFFIELD, d, holder.r, path[path.length - 1]);
      return d;
    }
    case 'IndexExpr': {
      const xt = this.typeOf(e.x).underlying();
      const x = this.expr(e.x);
      const i = this.expr(e.indices[0]);
      if (xt instanceof Slice) this.emit(Op.REFSINDEX, d, x, i);
      else this.emit(Op.REFINDEX, d, x, i);
      return d;
    }
    case 'StarExpr':
      return this.expr(e.x);
    case 'CompositeLit': {
      const v = this.expr(e);
      this.emit(Op.NEWCELL, d, v);
      this.emit(Op.REFCELL, d, d);
      return d;
    }
  }
  throw new Error(`gosim: compiler: cannot take the address of ${e.kind}`);
};

// ---- operators ------------------------------------------------------------------------------------

function unary(fc: FnCompiler, e: ast.UnaryExpr, dst: number): number {
  switch (e.op) {
    case '&':
      return fc.addr(e.x);
    case '<-': {
      const ch = fc.expr(e.x);
      const d = fc.temp();
      fc.emit(Op.RECV, d, ch);
      return d;
    }
    case '+':
      return fc.expr(e.x);
  }
  const x = fc.expr(e.x);
  const d = dst >= 0 ? dst : fc.temp();
  const nk = fc.nk(fc.typeOf(e));
  if (e.op === '-') fc.emit(Op.NEG, d, x, nk);
  else if (e.op === '^') fc.emit(Op.BITNOT, d, x, nk);
  else if (e.op === '!') fc.emit(Op.NOT, d, x);
  return d;
}

const arithOps: Record<string, Op> = {
  '+': Op.ADD,
  '-': Op.SUB,
  '*': Op.MUL,
  '/': Op.DIV,
  '%': Op.REM,
  '&': Op.AND,
  '|': Op.OR,
  '^': Op.XOR,
  '&^': Op.ANDNOT,
  '<<': Op.SHL,
  '>>': Op.SHR,
};

const cmpOps: Record<string, Op> = { '==': Op.EQ, '!=': Op.NE, '<': Op.LT, '<=': Op.LE, '>': Op.GT, '>=': Op.GE };

function binary(fc: FnCompiler, e: ast.BinaryExpr, dst: number): number {
  if (e.op === '&&' || e.op === '||') {
    const d = fc.temp();
    const end = new Label();
    fc.exprTo(e.x, d);
    fc.emitJump(e.op === '&&' ? Op.JF : Op.JT, end, d);
    fc.exprTo(e.y, d);
    fc.place(end);
    return d;
  }
  if (e.op in cmpOps) return comparison(fc, e, dst);
  const t = fc.typeOf(e);
  const x = fc.expr(e.x);
  const y = fc.expr(e.y);
  const d = dst >= 0 ? dst : fc.temp();
  const op = arithOps[e.op];
  if (op === Op.SHL || op === Op.SHR) {
    const yt = fc.typeOf(e.y);
    const signed = isInteger(yt) && !isUnsigned(yt) && !isUntyped(yt) ? 1 : 0;
    fc.emit(op, d, x, y, fc.nk(t), signed);
    return d;
  }
  fc.emit(op, d, x, y, fc.nk(t));
  return d;
}

function comparison(fc: FnCompiler, e: ast.BinaryExpr, dst: number): number {
  const op = cmpOps[e.op];
  let xt = fc.typeOf(e.x);
  let yt = fc.typeOf(e.y);
  let x = fc.expr(e.x);
  let y = fc.expr(e.y);
  const d = dst >= 0 ? dst : fc.temp();
  const xi = xt.underlying() instanceof Interface;
  const yi = yt.underlying() instanceof Interface;
  const xnil = xt instanceof Basic && xt.basic === BasicKind.UntypedNil;
  const ynil = yt instanceof Basic && yt.basic === BasicKind.UntypedNil;
  if (xnil || ynil) {
    fc.emit(op, d, x, y, NK.REF);
    return d;
  }
  // Mixed interface and concrete operands compare as interfaces.
  if (xi && !yi) {
    y = fc.convertTo(y, yt, xt);
    yt = xt;
  } else if (yi && !xi) {
    x = fc.convertTo(x, xt, yt);
    xt = yt;
  }
  const rt = fc.rtype(xt);
  const nk = fc.nk(xt);
  const simple = nk !== NK.REF || rt.kind === Kind.Chan || rt.kind === Kind.Map || rt.kind === Kind.Func || rt.kind === Kind.UnsafePointer || (rt.kind === Kind.Pointer && rt.elem!.isValue);
  if (simple) fc.emit(op, d, x, y, nk);
  else fc.emit(op === Op.EQ ? Op.EQT : Op.NET, d, x, y, fc.constIdx(rt));
  return d;
}

/** Jumps to target when the condition e is false (with short-circuit evaluation). */
P.branchFalse = function (this: FnCompiler, e: ast.Expr, target: Label): void {
  const m = this.mark();
  const r = this.expr(e);
  this.emitJump(Op.JF, target, r);
  this.release(m);
};

void Chan;
void Named;
void TypeName;
void PkgName;
void TypeParam;
void Tuple;
void isString;
void isBoolean;
void RType;
void lookupFieldOrMethod;
void methodsOf;
