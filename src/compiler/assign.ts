// Storing values: the places an assignment can write (variables, fields,
// elements, map entries, pointer targets), prepared before the values are
// stored so `a[i], i = x, y` evaluates as the spec says: "First, the operands
// of index expressions and pointer indirections on the left and the
// expressions on the right are all evaluated in the usual order. Second, the
// assignments are carried out in left-to-right order."

import type * as ast from '../syntax/ast';
import { Var } from '../types/objects';
import { Mode } from '../types/operand';
import { offsetsof } from '../types/sizes';
import { Basic, BasicKind, Interface, MapType, Pointer, Slice, Struct, Tuple, Typ, Type } from '../types/types';
import { Op } from '../vm/op';
import type { RType } from '../vm/rtype';
import { FnCompiler } from './func';

/** A prepared place to store into. */
export type Place =
  | { kind: 'blank' }
  | { kind: 'var'; v: Var }
  | { kind: 'object'; obj: number; t: RType }
  | { kind: 'field'; obj: number; index: number; viaPtr: boolean; offset: number }
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
      const knownNil = this.knownNil(e.x);
      const holder = this.fieldPath(x, this.typeOf(e.x), sel.index.slice(0, -1), knownNil, this.derefBehind(e.x, x));
      const ht = holder.t.underlying();
      const viaPtr = ht instanceof Pointer;
      const index = sel.index[sel.index.length - 1];
      const offset = viaPtr && !(knownNil && holder.r === x) ? offsetsof(ht.elem.underlying() as Struct)[index] : 0;
      // A field of a struct reached through a pointer (p.a.b = v) is written at the pointer's offset plus its own.
      if (!viaPtr && holder.deref) this.faultAddress(holder.deref.pc, holder.deref.offset + offsetsof(ht as Struct)[index]);
      return { kind: 'field', obj: holder.r, index, viaPtr, offset };
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
      if (p.viaPtr) this.faultAddress(this.pc, p.offset);
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
      if (p.viaPtr) this.faultAddress(this.pc, p.offset);
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

// ---- assignment and declarations ---------------------------------------------------------------

/** The values of a multi-valued expression (call, comma-ok form), converted to the given types. */
export function multiValues(fc: FnCompiler, e: ast.Expr, types: Type[]): number[] {
  const x = fc.unparen(e);
  const tv = fc.info.types.get(x) ?? fc.info.types.get(e)!;
  if (tv.mode === Mode.CommaOK || (tv.type instanceof Tuple && x.kind !== 'CallExpr')) {
    const v = fc.temp();
    const ok = fc.temp();
    commaOk(fc, x, v, ok);
    return [fc.convertTo(v, (tv.type as Tuple).vars[0].type, types[0]), fc.convertTo(ok, Typ[BasicKind.Bool], types[1])];
  }
  const r = fc.callResults(x as ast.CallExpr);
  return r.types.map((t, i) => fc.convertTo(r.base + i, t, types[i]));
}

/** `v, ok` forms: map index, type assertion, receive. */
function commaOk(fc: FnCompiler, e: ast.Expr, v: number, ok: number): void {
  switch (e.kind) {
    case 'IndexExpr': {
      const mt = fc.subst(fc.typeOf(e.x)).underlying() as MapType;
      const m = fc.expr(e.x);
      const k = fc.assignable(e.indices[0], mt.key);
      fc.emit(Op.MAPGET2, v, ok, m, k, fc.constIdx(fc.rtype(mt.elem)));
      return;
    }
    case 'TypeAssertExpr': {
      const x = fc.expr(e.x);
      fc.emit(Op.ASSERT2, v, ok, x, fc.constIdx(fc.rtype(fc.typeOf(e.type!))));
      return;
    }
    case 'UnaryExpr': {
      const ch = fc.expr(e.x);
      fc.emit(Op.RECV2, v, ok, ch);
      return;
    }
  }
  throw new Error(`gosim: compiler: comma-ok form of ${e.kind}`);
}

export function assign(fc: FnCompiler, s: ast.AssignStmt): void {
  if (s.tok === ':=' || s.tok === '=') {
    const define = s.tok === ':=';
    const lhsTypes = s.lhs.map((l) => (isBlank(l) ? null : lhsType(fc, l)));
    if (s.lhs.length === s.rhs.length) {
      // Single plain-variable assignment: compute straight into it.
      if (s.lhs.length === 1) {
        const target = s.lhs[0];
        if (isBlank(target)) {
          const e = fc.unparen(s.rhs[0]);
          if (e.kind === 'CallExpr') fc.callResults(e);
          else fc.expr(s.rhs[0]);
          return;
        }
        const newVar = define ? definedVar(fc, target) : null;
        if (newVar) {
          const v = fc.assignable(s.rhs[0], newVar.type);
          initVar(fc, newVar, v, target.pos);
          return;
        }
        const place = fc.placeOf(target);
        const slot = plainSlot(fc, place);
        if (slot >= 0 && sameKind(fc, s.rhs[0], lhsTypes[0]!)) {
          // A plain local: compute straight into its slot.
          fc.exprTo(s.rhs[0], slot);
          return;
        }
        const v = fc.assignable(s.rhs[0], lhsTypes[0]!);
        fc.store(place, v);
        return;
      }
      const places: (Place | Var | null)[] = s.lhs.map((l) => {
        if (isBlank(l)) return null;
        const nv = define ? definedVar(fc, l) : null;
        return nv ?? fc.placeOf(l);
      });
      const vals = s.rhs.map((r, i) => {
        if (lhsTypes[i] === null) {
          fc.expr(r);
          return -1;
        }
        // Values must survive the other stores: copy into fresh temporaries.
        const v = fc.assignable(r, lhsTypes[i]!);
        const t = fc.temp();
        fc.emit(Op.MOV, t, v);
        return t;
      });
      places.forEach((p, i) => storeTo(fc, p, vals[i], s.lhs[i]));
      return;
    }
    // One multi-valued right-hand side.
    const places: (Place | Var | null)[] = s.lhs.map((l) => {
      if (isBlank(l)) return null;
      const nv = define ? definedVar(fc, l) : null;
      return nv ?? fc.placeOf(l);
    });
    const vals = multiValues(
      fc,
      s.rhs[0],
      lhsTypes.map((t, i) => t ?? multiType(fc, s.rhs[0], i)),
    );
    places.forEach((p, i) => storeTo(fc, p, vals[i], s.lhs[i]));
    return;
  }
  // x op= y
  const bin = fc.info.types.get(s.lhs[0]) ? null : null;
  void bin;
  const op = s.tok.slice(0, -1);
  const p = fc.placeOf(s.lhs[0]);
  const t = fc.typeOf(s.lhs[0]);
  const x = fc.load(p);
  const y = fc.expr(s.rhs[0]);
  const ps = plainSlot(fc, p);
  const d = ps >= 0 ? ps : fc.temp();
  const ops: Record<string, Op> = { '+': Op.ADD, '-': Op.SUB, '*': Op.MUL, '/': Op.DIV, '%': Op.REM, '&': Op.AND, '|': Op.OR, '^': Op.XOR, '&^': Op.ANDNOT, '<<': Op.SHL, '>>': Op.SHR };
  if (op === '<<' || op === '>>') {
    const yt = fc.typeOf(s.rhs[0]);
    const yu = yt.underlying();
    const signed = yu instanceof Basic && (yu.info & 2) && !(yu.info & 4) && !(yu.info & 64) ? 1 : 0;
    fc.emit(ops[op], d, x, y, fc.nk(t), signed);
  } else fc.emit(ops[op], d, x, y, fc.nk(t));
  fc.store(p, d);
}

/** The slot of a place that is a plain local variable (not in a cell), or -1. */
export function plainSlot(fc: FnCompiler, p: Place): number {
  if (p.kind !== 'var') return -1;
  const loc = fc.lookup(p.v);
  return loc.kind === 'slot' && !loc.cell ? loc.slot : -1;
}

/** Assigning e to a variable of type `to` needs no conversion or copy. */
function sameKind(fc: FnCompiler, e: ast.Expr, to: Type): boolean {
  const from = fc.subst(fc.typeOf(e));
  if (fc.rtype(to).isValue) return false;
  const ti = fc.subst(to).underlying() instanceof Interface;
  const fi = from.underlying() instanceof Interface;
  return ti === fi || (from instanceof Basic && from.basic === BasicKind.UntypedNil);
}

function multiType(fc: FnCompiler, e: ast.Expr, i: number): Type {
  const tv = fc.info.types.get(fc.unparen(e))!;
  return tv.type instanceof Tuple ? fc.subst(tv.type.vars[i].type) : i === 0 ? fc.typeOf(e) : Typ[BasicKind.Bool];
}

export function isBlank(e: ast.Expr): boolean {
  return e.kind === 'Ident' && e.name === '_';
}

function lhsType(fc: FnCompiler, e: ast.Expr): Type {
  const id = fc.unparen(e);
  if (id.kind === 'Ident') {
    const obj = fc.info.defs.get(id) ?? fc.info.uses.get(id);
    if (obj instanceof Var) return fc.subst(obj.type);
  }
  return fc.typeOf(e);
}

/** The variable a `:=` declares at this identifier (null if it reuses an existing one). */
export function definedVar(fc: FnCompiler, e: ast.Expr): Var | null {
  if (e.kind !== 'Ident') return null;
  const obj = fc.info.defs.get(e);
  return obj instanceof Var && !fc.vars.has(obj) ? obj : null;
}

function storeTo(fc: FnCompiler, p: Place | Var | null, v: number, at: ast.Expr): void {
  if (p === null || v < 0 && v === -1) return;
  if (p instanceof Var) {
    initVar(fc, p, v, at.pos);
    return;
  }
  fc.store(p, v);
}

/** Declares a new local and gives it its first value. */
export function initVar(fc: FnCompiler, v: Var, r: number, pos: number): void {
  const loc = fc.declareVar(v, pos);
  if (loc.kind !== 'slot') return;
  if (loc.cell) fc.emit(Op.NEWCELL, loc.slot, r);
  else if (r !== loc.slot) fc.emit(Op.MOV, loc.slot, r);
}

export function varSpec(fc: FnCompiler, spec: ast.ValueSpec): void {
  fc.stmtStart(spec);
  const vars = spec.names.map((id) => fc.info.defs.get(id) as Var);
  if (spec.values.length === 0) {
    vars.forEach((v, i) => {
      if (!v || v.name === '_') return;
      const d = fc.temp();
      fc.zeroInto(d, fc.rtype(v.type));
      initVar(fc, v, d, spec.names[i].pos);
    });
    return;
  }
  if (spec.values.length === vars.length) {
    const vals = spec.values.map((e, i) => {
      const v = fc.assignable(e, vars[i].type);
      const t = fc.temp();
      fc.emit(Op.MOV, t, v);
      return t;
    });
    vars.forEach((v, i) => {
      if (v.name !== '_') initVar(fc, v, vals[i], spec.names[i].pos);
    });
    return;
  }
  const vals = multiValues(
    fc,
    spec.values[0],
    vars.map((v) => v.type),
  );
  vars.forEach((v, i) => {
    if (v.name !== '_') initVar(fc, v, vals[i], spec.names[i].pos);
  });
}
