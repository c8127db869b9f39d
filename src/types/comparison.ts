// Comparison operators `==`, `!=`, `<`, `<=`, `>`, `>=` (go/types' expr.go: comparison).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { exprString } from './exprstring';
import { Mode, Operand } from './operand';
import { comparable, defaultType, hasNil, isOrdered } from './predicates';
import { BasicKind, Chan, Interface, MapType, Pointer, Signature, Slice, Type, TypeParam, Typ, Struct, ArrayType } from './types';
import { forAllTypes } from './expr';

declare module './checker' {
  interface Checker {
    kindString(t: Type): string;
  }
}

export const comparisonOps = new Set(['==', '!=', '<', '<=', '>', '>=']);

export function comparison(c: Checker, x: Operand, y: Operand, op: string, e: ast.Expr, switchCase: boolean): void {
  let errOp = x;
  let cause = '';
  let ok = c.assignableTo(x, y.type, null) || c.assignableTo(y, x.type, null);
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${c.tstr(x.type)} and ${c.tstr(y.type)}`;
  } else if (op === '==' || op === '!=') {
    if (x.isNil() || y.isNil()) {
      const t = x.isNil() ? y.type : x.type;
      if (x.isNil() && y.isNil()) {
        // nil == nil: untyped nil has no ==.
        errOp = y;
        ok = false;
      } else if (!hasNil(t) && !(t instanceof TypeParam)) {
        errOp = y;
        ok = false;
        cause = `mismatched types ${c.tstr(x.type)} and ${c.tstr(y.type)}`;
      }
    } else if (!comparable(x.type)) {
      errOp = x;
      ok = false;
      cause = incomparableCause(c, x.type);
    } else if (!comparable(y.type)) {
      errOp = y;
      ok = false;
      cause = incomparableCause(c, y.type);
    }
  } else {
    if (!forAllTypes(x.type, isOrdered)) {
      errOp = x;
      ok = false;
    } else if (!forAllTypes(y.type, isOrdered)) {
      errOp = y;
      ok = false;
    }
  }
  if (!ok) {
    if (!cause) {
      if (x.type instanceof TypeParam || y.type instanceof TypeParam) {
        if (!(x.type instanceof TypeParam)) errOp = y;
        cause = `type parameter ${c.tstr(errOp.type)} is not comparable with ${op}`;
      } else {
        cause = `operator ${op} not defined on ${c.kindString(errOp.type)}`;
      }
    }
    // A mismatch is only known once the second operand is seen: go build reports it there.
    if (switchCase) c.error(x.expr!.pos, `invalid case ${exprString(x.expr!)} in switch on ${exprString(y.expr!)} (${cause})`);
    else c.error(errOp.expr!.pos, `invalid operation: ${exprString(e)} (${cause})`);
    x.invalidate();
    return;
  }
  if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
    x.val = constant.makeBool(constant.compare(x.val!, op as constant.CompareOp, y.val!));
  } else {
    x.mode = Mode.Value;
    x.val = null;
    c.updateExprType(x.expr!, defaultType(x.type), true);
    c.updateExprType(y.expr!, defaultType(y.type), true);
  }
  x.type = Typ[BasicKind.UntypedBool];
  x.expr = e;
}

function incomparableCause(c: Checker, t: Type): string {
  const u = t.underlying();
  if (u instanceof Slice || u instanceof Signature || u instanceof MapType) return `${c.kindString(t)} can only be compared to nil`;
  if (u instanceof Struct) {
    for (const f of u.fields) if (!comparable(f.type)) return `struct containing ${c.tstr(f.type)} cannot be compared`;
  }
  if (u instanceof ArrayType) return `${c.tstr(t)} cannot be compared`;
  return `operator == not defined on ${c.kindString(t)}`;
}

/** How comparison errors name a type: by its kind for composite types (`slice`, `struct`). */
Checker.prototype.kindString = function (this: Checker, t: Type): string {
  const u = t.underlying();
  if (u instanceof ArrayType) return 'array';
  if (u instanceof Slice) return 'slice';
  if (u instanceof Struct) return 'struct';
  if (u instanceof Pointer) return 'pointer';
  if (u instanceof Signature) return 'func';
  if (u instanceof Interface) return t instanceof TypeParam ? `type parameter ${this.tstr(t)}` : 'interface';
  if (u instanceof MapType) return 'map';
  if (u instanceof Chan) return 'chan';
  return this.tstr(t);
};
