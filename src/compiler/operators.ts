// Compiling unary and binary operators (&& and || short-circuit), comparisons, and
// conditions as branches.

import type * as ast from '../syntax/ast';
import { isInteger, isUnsigned, isUntyped } from '../types/predicates';
import { Basic, BasicKind, Interface } from '../types/types';
import { NK, Op } from '../vm/op';
import { Kind } from '../vm/rtype';
import { FnCompiler, Label } from './func';

const P = FnCompiler.prototype;

// ---- operators ------------------------------------------------------------------------------------

export function unary(fc: FnCompiler, e: ast.UnaryExpr, dst: number): number {
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

export function binary(fc: FnCompiler, e: ast.BinaryExpr, dst: number): number {
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
