// Compiling the expressions that reach into a value: selectors (fields, methods,
// qualified names), index and slice expressions, and addresses (&x).

import type * as ast from '../syntax/ast';
import { Const, Func, Var } from '../types/objects';
import { ArrayType, Basic, MapType, Pointer, Slice, Struct, Type } from '../types/types';
import { NONE, Op } from '../vm/op';
import { SliceKind } from '../vm/slices';
import { offsetsof } from '../types/sizes';
import type { FieldPath } from './expr';
import { FnCompiler } from './func';
import './nilcheck';

const P = FnCompiler.prototype;

// ---- selectors ------------------------------------------------------------------------------

export function selector(fc: FnCompiler, e: ast.SelectorExpr): number {
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
      return fc.fieldPath(x, fc.typeOf(e.x), sel.index, fc.knownNil(e.x), fc.derefBehind(e.x, x)).r;
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
P.fieldPath = function (this: FnCompiler, r: number, t: Type, index: number[], knownNil = false, from: FieldPath['deref'] = null): FieldPath {
  let cur = r;
  let ct = this.subst(t);
  // The PFIELD reading through the latest pointer, and the offset reached from it so far
  // (from: the read that produced r, when r is a struct field reached through a pointer).
  let deref = from ? from.pc : -1;
  let offset = from ? from.offset : 0;
  for (const i of index) {
    let st = ct.underlying();
    let viaPtr = false;
    if (st instanceof Pointer) {
      viaPtr = true;
      if (deref >= 0) this.faultAddress(deref, offset);
      // A pointer known to be nil faults at the explicit nil check, at 0.
      deref = cur === r && knownNil ? -1 : this.pc;
      offset = 0;
      st = st.elem.underlying();
    }
    const s = st as Struct;
    offset += offsetsof(s)[i];
    const d = this.temp();
    this.emit(viaPtr ? Op.PFIELD : Op.FIELD, d, cur, i);
    cur = d;
    ct = s.fields[i].type;
  }
  if (deref >= 0) this.faultAddress(deref, offset);
  this.lastFieldPath = { r: cur, t: ct, deref: deref >= 0 ? { pc: deref, offset } : null };
  return this.lastFieldPath;
};

/** The pointer read behind x, the value of e: a field reached through a pointer (p.a in p.a.b). */
P.derefBehind = function (this: FnCompiler, e: ast.Expr, x: number): FieldPath['deref'] {
  const u = this.unparen(e);
  return u.kind === 'SelectorExpr' && this.lastFieldPath?.r === x ? this.lastFieldPath.deref : null;
};

/**
 * Records the address a nil dereference at pc faults at: the offset of the
 * memory it reads or writes (gc checks nil explicitly, faulting at 0, beyond
 * the first 4 KiB).
 */
P.faultAddress = function (this: FnCompiler, pc: number, offset: number): void {
  if (offset > 0 && offset < 4096) (this.proto.faultAddrs ??= new Map()).set(pc, offset);
};

// ---- index and slice expressions ---------------------------------------------------------------

export function index(fc: FnCompiler, e: ast.IndexExpr, dst: number): number {
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

export function sliceExpr(fc: FnCompiler, e: ast.SliceExpr): number {
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
