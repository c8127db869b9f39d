// Compiling expressions: each yields an operand (a slot, or a constant) holding
// the value. Arrays and structs come back "borrowed" (the object of the
// variable or field itself); `owned` copies them where the value must not be
// shared (stored into a new place, sent, boxed into an interface).
//
// Here: constants, conversions, the dispatch on the kind of expression, identifiers
// and variables. Function and composite literals are in literals.ts; selectors, index
// and slice expressions and addresses in indexexpr.ts; operators in operators.ts.

import type * as ast from '../syntax/ast';
import * as constant from '../types/constant';
import { Const, Func, Nil, Var } from '../types/objects';
import { defaultType, isFloat, isInteger, isComplex, isUntyped } from '../types/predicates';
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
import { NK, Op } from '../vm/op';
import { Complex } from '../vm/value';
import { FnCompiler, Label } from './func';
import { binary, unary } from './operators';
import { compositeLit } from './literals';
import { index, selector, sliceExpr } from './indexexpr';

/** Where a field path led: the register and type, and its last read through a pointer (the pc, and the offset it reads at). */
export interface FieldPath {
  r: number;
  t: Type;
  deref: { pc: number; offset: number } | null;
}

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
    /** knownNil: r holds a pointer the compiler knows to be nil (see nilcheck.ts). */
    fieldPath(r: number, t: Type, index: number[], knownNil?: boolean, from?: FieldPath['deref']): FieldPath;
    /** The last field path compiled (derefBehind continues its offset). */
    lastFieldPath: FieldPath | undefined;
    derefBehind(e: ast.Expr, x: number): FieldPath['deref'];
    faultAddress(pc: number, offset: number): void;
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

void Chan;
void Named;
void TypeParam;
void Tuple;
