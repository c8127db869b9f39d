// Storing values: the places an assignment can write (variables, fields,
// elements, map entries, pointer targets), prepared before the values are
// stored so `a[i], i = x, y` evaluates as the spec says: "First, the operands
// of index expressions and pointer indirections on the left and the
// expressions on the right are all evaluated in the usual order. Second, the
// assignments are carried out in left-to-right order."

import type * as ast from '../syntax/ast';
import { Var } from '../types/objects';
import { ArrayType, MapType, Pointer, Slice, Struct, Type } from '../types/types';
import { Op } from '../vm/op';
import type { RType } from '../vm/rtype';
import { FnCompiler } from './func';

/** A prepared place to store into. */
export type Place =
  | { kind: 'blank' }
  | { kind: 'var'; v: Var }
  | { kind: 'object'; obj: number; t: RType }
  | { kind: 'field'; obj: number; index: number; viaPtr: boolean }
  | { kind: 'elem'; arr: number; idx: number }
  | { kind: 'selem'; s: number; idx: number }
  | { kind: 'map'; m: number; key: number; elem: RType }
  | { kind: 'ref'; ref: number };

declare module './func' {
  interface FnCompiler {
    placeOf(e: ast.Expr): Place;
    store(p: Place, r: number): void;
    load(p: Place): number;
    placeType(e: ast.Expr): Type;
  }
}

const P = FnCompiler.prototype;

P.placeType = function (this: FnCompiler, e: ast.Expr): Type {
  return this.subst(this.typeOf(e));
};

P.placeOf = function (this: FnCompiler, e: ast.Expr): Place {
  e = this.unparen(e);
  if (e.kind === 'Ident' && e.name === '_') return { kind: 'blank' };
  // An identifier on the left may have no recorded expression type: use its variable's.
  const idObj = e.kind === 'Ident' ? this.info.uses.get(e) ?? this.info.defs.get(e) : null;
  const t = this.rtype(idObj instanceof Var ? idObj.type : this.typeOf(e));
  const isMapElem = e.kind === 'IndexExpr' && this.subst(this.typeOf(e.x)).underlying() instanceof MapType;
  if (t.isValue && !isMapElem) {
    // Arrays and structs are stored by copying into their object (map elements are replaced whole).
    return { kind: 'object', obj: this.expr(e), t };
  }
  switch (e.kind) {
    case 'Ident': {
      const v = (this.info.uses.get(e) ?? this.info.defs.get(e)) as Var;
      return { kind: 'var', v };
    }
    case 'SelectorExpr': {
      const sel = this.info.selections.get(e);
      if (!sel) return { kind: 'var', v: this.info.uses.get(e.sel) as Var };
      const x = this.expr(e.x);
      const holder = this.fieldPath(x, this.typeOf(e.x), sel.index.slice(0, -1));
      const viaPtr = holder.t.underlying() instanceof Pointer;
      return { kind: 'field', obj: holder.r, index: sel.index[sel.index.length - 1], viaPtr };
    }
    case 'IndexExpr': {
      const xt = this.subst(this.typeOf(e.x)).underlying();
      const x = this.expr(e.x);
      if (xt instanceof MapType) return { kind: 'map', m: x, key: this.assignable(e.indices[0], xt.key), elem: this.rtype(xt.elem) };
      const i = this.expr(e.indices[0]);
      if (xt instanceof Slice) return { kind: 'selem', s: x, idx: i };
      if (xt instanceof Pointer) this.emit(Op.NILCHECK, x);
      return { kind: 'elem', arr: x, idx: i };
    }
    case 'StarExpr':
      return { kind: 'ref', ref: this.expr(e.x) };
  }
  throw new Error(`gosim: compiler: cannot assign to ${e.kind}`);
};

P.store = function (this: FnCompiler, p: Place, r: number): void {
  switch (p.kind) {
    case 'blank':
      return;
    case 'var': {
      const loc = this.lookup(p.v);
      switch (loc.kind) {
        case 'slot':
          if (loc.cell) this.emit(Op.STORECELL, loc.slot, r);
          else if (r !== loc.slot) this.emit(Op.MOV, loc.slot, r);
          return;
        case 'env': {
          const d = this.temp();
          this.emit(Op.LOADENV, d, loc.index);
          if (loc.cell) this.emit(Op.STORECELL, d, r);
          else throw new Error('gosim: compiler: captured variable without a cell');
          return;
        }
        case 'global':
          this.emit(Op.STORECELL, this.k(loc.cell), r);
          return;
      }
      return;
    }
    case 'object':
      this.emit(Op.COPYINTO, p.obj, r, this.constIdx(p.t));
      return;
    case 'field':
      this.emit(p.viaPtr ? Op.PSETFIELD : Op.SETFIELD, p.obj, p.index, r);
      return;
    case 'elem':
      this.emit(Op.SETINDEX, p.arr, p.idx, r);
      return;
    case 'selem':
      this.emit(Op.SSETINDEX, p.s, p.idx, r);
      return;
    case 'map':
      this.emit(Op.MAPSET, p.m, p.key, r);
      return;
    case 'ref':
      this.emit(Op.STOREREF, p.ref, r);
      return;
  }
};

/** Reads a prepared place (for `x op= y` and `x++`). */
P.load = function (this: FnCompiler, p: Place): number {
  switch (p.kind) {
    case 'var':
      return this.loadVar(p.v, null);
    case 'object':
      return p.obj;
    case 'field': {
      const d = this.temp();
      this.emit(p.viaPtr ? Op.PFIELD : Op.FIELD, d, p.obj, p.index);
      return d;
    }
    case 'elem': {
      const d = this.temp();
      this.emit(Op.INDEX, d, p.arr, p.idx);
      return d;
    }
    case 'selem': {
      const d = this.temp();
      this.emit(Op.SINDEX, d, p.s, p.idx);
      return d;
    }
    case 'map': {
      const d = this.temp();
      this.emit(Op.MAPGET, d, p.m, p.key, this.constIdx(p.elem));
      return d;
    }
    case 'ref': {
      const d = this.temp();
      this.emit(Op.DEREF, d, p.ref);
      return d;
    }
  }
  throw new Error('gosim: compiler: cannot read _');
};

void ArrayType;
void Struct;
