// Binary expressions: arithmetic and logical operators, and shifts (go/types'
// expr.go: binary, matchTypes, shift).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { ConstValue } from './constant';
import { exprString } from './exprstring';
import { Mode, Operand } from './operand';
import { hasNil, identical, isBoolean, isComplex, isFloat, isInteger, isNumeric, isString, isTyped, isUntyped, isValid } from './predicates';
import { Basic, BasicKind, Interface, Pointer, Type, TypeParam, Typ } from './types';
import { forAllTypes } from './expr';
import { comparison, comparisonOps } from './comparison';

export function binary(c: Checker, x: Operand, e: ast.Expr, lhs: ast.Expr, rhs: ast.Expr, op: ast.BinaryOp, opPos: number): void {
  const y = new Operand();
  c.expr(x, lhs);
  c.expr(y, rhs);
  if (x.mode === Mode.Invalid) return;
  if (y.mode === Mode.Invalid) {
    x.invalidate();
    x.expr = y.expr;
    return;
  }
  if (op === '<<' || op === '>>') {
    shift(c, x, y, e, op, opPos);
    return;
  }
  matchTypes(c, x, y);
  if (x.invalid) return;
  if (comparisonOps.has(op)) {
    comparison(c, x, y, op, e, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      // An op-assignment is shown as written: `i += "x"`.
      const what = c.opAssignExprs.has(e) ? `${exprString(lhs)} ${op}= ${exprString(rhs)}` : exprString(e);
      c.error(lhs.pos, `invalid operation: ${what} (mismatched types ${c.tstr(x.type)} and ${c.tstr(y.type)})`);
    }
    x.invalidate();
    return;
  }
  if (!binaryPredicate(x.type, op)) {
    c.error(lhs.pos, `invalid operation: operator ${op} not defined on ${c.describe(x)}`);
    x.invalidate();
    return;
  }
  if (op === '/' || op === '%') {
    if ((x.mode === Mode.Constant || forAllTypes(x.type, isInteger)) && y.mode === Mode.Constant && y.val!.kind !== 'unknown' && constant.sign(y.val!) === 0) {
      c.error(rhs.pos, 'invalid operation: division by zero');
      x.invalidate();
      return;
    }
    if (x.mode === Mode.Constant && y.mode === Mode.Constant && isComplex(x.type)) {
      const yv = y.val!;
      if (yv.kind === 'complex' && yv.re.num === 0n && yv.im.num === 0n) {
        c.error(rhs.pos, 'invalid operation: division by zero');
        x.invalidate();
        return;
      }
    }
  }
  if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
    if (x.val!.kind === 'unknown' || y.val!.kind === 'unknown') {
      x.val = constant.unknown;
      return;
    }
    const intDiv = op === '/' && isInteger(x.type);
    let v = constant.binaryOp(x.val!, op as constant.ConstOp, y.val!, intDiv);
    // Typed float constants round to their type after each operation.
    if (isTyped(x.type) && isFloat(x.type) && v.kind === 'float') v = roundFloat(v, (x.type.underlying() as Basic).bits);
    x.val = v;
    x.expr = e;
    c.overflow(x, opPos);
    return;
  }
  x.mode = Mode.Value;
}

function roundFloat(v: constant.FloatVal, bits: number): ConstValue {
  const f = bits === 32 ? constant.float32Val(v) : constant.float64Val(v);
  if (!Number.isFinite(f)) return v;
  return constant.makeFloat64(f);
}

function binaryPredicate(t: Type, op: ast.BinaryOp): boolean {
  switch (op) {
    case '+':
      return forAllTypes(t, (u) => isNumeric(u) || isString(u));
    case '-':
    case '*':
    case '/':
      return forAllTypes(t, isNumeric);
    case '%':
    case '&':
    case '|':
    case '^':
    case '&^':
      return forAllTypes(t, isInteger);
    case '&&':
    case '||':
      return forAllTypes(t, isBoolean);
  }
  return false;
}

function isNonTypeParamInterface(t: Type): boolean {
  return !(t instanceof TypeParam) && t.underlying() instanceof Interface;
}


/** Converts untyped operands toward each other's types where Go allows it. */
function matchTypes(c: Checker, x: Operand, y: Operand): void {
  const mayConvert = (): boolean => {
    if (isTyped(x.type) && isTyped(y.type)) return false;
    // An untyped operand paired with an interface takes its default type.
    if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) return true;
    if (forAllTypes(x.type, isBoolean) !== forAllTypes(y.type, isBoolean)) return false;
    if (forAllTypes(x.type, isString) !== forAllTypes(y.type, isString)) return false;
    if (x.isNil()) return hasNil(y.type);
    if (y.isNil()) return hasNil(x.type);
    if (x.type.underlying() instanceof Pointer || y.type.underlying() instanceof Pointer) return false;
    return true;
  };
  if (mayConvert()) {
    c.convertUntyped(x, y.type);
    if (x.mode === Mode.Invalid) return;
    c.convertUntyped(y, x.type);
    if (y.mode === Mode.Invalid) {
      x.invalidate();
      return;
    }
  }
}

function shift(c: Checker, x: Operand, y: Operand, e: ast.Expr, op: '<<' | '>>', opPos: number): void {
  let xval: ConstValue | null = null;
  if (x.mode === Mode.Constant) xval = constant.toInt(x.val!);
  if (forAllTypes(x.type, isInteger) || (isUntyped(x.type) && xval && xval.kind === 'int')) {
    // ok
  } else {
    c.error(x.expr!.pos, `invalid operation: shifted operand ${c.describe(x)} must be integer`);
    x.invalidate();
    return;
  }
  let yval: ConstValue | null = null;
  if (y.mode === Mode.Constant) {
    yval = constant.toInt(y.val!);
    if (yval.kind === 'int' && yval.value < 0n) {
      c.error(y.expr!.pos, `invalid operation: negative shift count ${c.describe(y)}`);
      x.invalidate();
      return;
    }
    if (isUntyped(y.type)) {
      // spec: the count must be "representable by a value of type uint" (it is not converted).
      const probe = new Operand();
      probe.copyFrom(y);
      c.representable(probe, Typ[BasicKind.Uint]);
      if (probe.invalid) {
        x.invalidate();
        return;
      }
    }
  } else if (forAllTypes(y.type, isInteger)) {
    // ok
  } else if (isUntyped(y.type)) {
    c.convertUntyped(y, Typ[BasicKind.Uint]);
    if (y.mode === Mode.Invalid) {
      x.invalidate();
      return;
    }
  } else {
    c.error(y.expr!.pos, `invalid operation: shift count ${c.describe(y)} must be integer`);
    x.invalidate();
    return;
  }
  if (x.mode === Mode.Constant) {
    if (y.mode === Mode.Constant) {
      if (x.val!.kind === 'unknown' || y.val!.kind === 'unknown') {
        x.val = constant.unknown;
        return;
      }
      if (isUntyped(x.type)) x.type = Typ[BasicKind.UntypedInt];
      const s = yval!.kind === 'int' ? yval!.value : -1n;
      if (s < 0n || s > 1023n - 1n + 52n) {
        c.error(y.expr!.pos, `invalid shift count ${c.describe(y)}`);
        x.invalidate();
        return;
      }
      x.val = constant.shift(xval!, op, Number(s));
      x.expr = e;
      c.overflow(x, opPos);
      return;
    }
    if (isUntyped(x.type)) {
      // spec: the untyped constant takes the type it would have without the shift.
      const info = c.untyped.get(x.expr!);
      if (info) info.isLhs = true;
      x.mode = Mode.Value;
      return;
    }
  }
  if (!forAllTypes(x.type, isInteger)) {
    c.error(x.expr!.pos, `invalid operation: shifted operand ${c.describe(x)} must be integer`);
    x.invalidate();
    return;
  }
  x.mode = Mode.Value;
}
