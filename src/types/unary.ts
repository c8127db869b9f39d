// Unary expressions: `+x`, `-x`, `^x`, `!x`, the address operator `&x` and the
// receive operator `<-ch` (go/types' expr.go: unary).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { Var } from './objects';
import { Mode, Operand } from './operand';
import { isBoolean, isInteger, isNumeric, isUnsigned } from './predicates';
import { Basic, Chan, Pointer, Type, ArrayType } from './types';
import { coreType, forAllTypes } from './expr';

export function unary(c: Checker, x: Operand, e: ast.UnaryExpr): void {
  c.expr(x, e.x);
  if (x.mode === Mode.Invalid) return;
  switch (e.op) {
    case '&': {
      const inner = unparen(e.x);
      if (inner.kind === 'CompositeLit') {
        x.mode = Mode.Value;
        x.type = new Pointer(x.type);
        return;
      }
      if (x.mode !== Mode.Variable) {
        c.error(e.x.pos, `invalid operation: cannot take address of ${c.describe(x)}`);
        x.invalidate();
        return;
      }
      markAddressed(c, e.x);
      x.mode = Mode.Value;
      x.type = new Pointer(x.type);
      return;
    }
    case '<-': {
      const u = coreType(x.type);
      if (!(u instanceof Chan)) {
        c.error(e.x.pos, `invalid operation: cannot receive from non-channel ${c.describe(x)}`);
        x.invalidate();
        return;
      }
      if (u.dir === 'send') {
        c.error(e.x.pos, `invalid operation: cannot receive from send-only channel ${c.describe(x)}`);
        x.invalidate();
        return;
      }
      x.mode = Mode.CommaOK;
      x.type = u.elem;
      return;
    }
    case '~':
      c.error(e.pos, 'invalid use of ~ outside a type constraint');
      x.invalidate();
      return;
  }
  if (!unaryPredicate(x.type, e.op)) {
    c.error(e.x.pos, `invalid operation: operator ${e.op} not defined on ${c.describe(x)}`);
    x.invalidate();
    return;
  }
  if (x.mode === Mode.Constant) {
    if (x.val!.kind === 'unknown') return;
    let bits = 0;
    if (isUnsigned(x.type)) {
      const b = x.type.underlying() as Basic;
      bits = b.bits;
    }
    x.val = constant.unaryOp(e.op as '+' | '-' | '^' | '!', x.val!, bits);
    x.expr = e;
    c.overflow(x, e.pos);
    return;
  }
  x.mode = Mode.Value;
}

function unaryPredicate(t: Type, op: string): boolean {
  const check = (u: Type) => {
    switch (op) {
      case '+':
      case '-':
        return isNumeric(u);
      case '^':
        return isInteger(u);
      case '!':
        return isBoolean(u);
    }
    return false;
  };
  return forAllTypes(t, check);
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** Marks the variable whose address is taken by `&e` (so the compiler gives it a heap cell). */
export function markAddressed(c: Checker, e: ast.Expr): void {
  e = unparen(e);
  if (e.kind === 'Ident') {
    const obj = c.info.uses.get(e);
    if (obj instanceof Var) obj.addressed = true;
  } else if (e.kind === 'SelectorExpr') {
    const sel = c.info.selections.get(e);
    if (sel && sel.kind === 'field' && !sel.indirect) markAddressed(c, e.x);
  } else if (e.kind === 'IndexExpr') {
    const t = c.info.types.get(e.x)?.type;
    if (t && t.underlying() instanceof ArrayType) markAddressed(c, e.x);
  }
}
