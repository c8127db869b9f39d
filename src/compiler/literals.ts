// Compiling function literals (closures and their captured variables) and composite
// literals (arrays, slices, maps, structs; nested elements with elided types).

import type * as ast from '../syntax/ast';
import * as constant from '../types/constant';
import { ArrayType, MapType, Pointer, Signature, Slice, Struct, Type } from '../types/types';
import { NONE, Op } from '../vm/op';
import { FnCompiler } from './func';

const P = FnCompiler.prototype;

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

export function compositeLit(fc: FnCompiler, e: ast.CompositeLit, type: Type): number {
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
