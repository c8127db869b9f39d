// Untyped values and constants in types: whether a constant is representable
// in a type (and rounded to it), constant overflow, the implicit conversion of
// untyped operands, and the final types of untyped expressions (go/types'
// const.go, and the untyped parts of expr.go).
//
// spec: "an untyped constant ... is implicitly converted to the type required
// by its context". Until an untyped expression's context is known it waits in
// Checker.untyped; updateExprType gives it (and its untyped operands) the
// type the context settles on.

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { ConstValue } from './constant';
import { exprString } from './exprstring';
import { forAllTypes } from './expr';
import { comparisonOps } from './comparison';
import { Mode, Operand } from './operand';
import { defaultType, isBoolean, isInteger, isNumeric, isString, isTyped, isUntyped, isValid } from './predicates';
import { Basic, BasicInfo, BasicKind, Chan, Interface, MapType, Pointer, Signature, Slice, Type, TypeParam, Typ } from './types';

declare module './checker' {
  interface Checker {
    convertUntyped(x: Operand, target: Type): void;
    implicitTypeAndValue(x: Operand, target: Type): { type: Type | null; val: ConstValue | null; code: string };
    updateExprType(e: ast.Expr, t: Type, final: boolean, parent?: ast.Expr | null): void;
    representable(x: Operand, t: Basic): void;
    representableCode(x: Operand, t: Basic): { val: ConstValue | null; code: string };
    overflow(x: Operand, pos: number): void;
  }
}

/**
 * spec: "Typed constants must always be accurately representable by values of
 * the constant type." Checked after each constant operation; opPos is the
 * operator's position, where go build reports an untyped constant grown too big.
 */
Checker.prototype.overflow = function (this: Checker, x: Operand, opPos: number): void {
  if (x.val!.kind === 'unknown') {
    return;
  }
  if (isTyped(x.type)) {
    const u = x.type.underlying();
    if (u instanceof Basic) {
      const r = this.representableCode(x, u);
      if (r.code) {
        const what = r.code === 'truncated' ? 'truncated to' : r.code === 'overflows' ? 'overflows' : '';
        if (what) this.error(x.expr!.pos, `${this.describe(x)} ${what} ${this.tstr(x.type)}`);
        else this.error(x.expr!.pos, `cannot convert ${this.describe(x)} to ${this.tstr(x.type)}`);
        x.val = constant.unknown;
      } else if (r.val) x.val = r.val;
    }
    return;
  }
  // Untyped constants: the spec allows any size; the gc compiler stops at 512 bits.
  const v = x.val!;
  if (v.kind === 'int' && (v.value < 0n ? -v.value : v.value).toString(2).length > 512) {
    const op = opName(x.expr);
    this.error(opPos, `constant ${op ? op + ' ' : ''}overflow`);
    x.val = constant.unknown;
  }
};

/** The name go build gives an operation that overflowed. */
function opName(e: ast.Expr | null): string {
  if (e?.kind === 'BinaryExpr') {
    const names: Partial<Record<ast.BinaryOp, string>> = { '+': 'addition', '-': 'subtraction', '^': 'bitwise XOR', '*': 'multiplication', '<<': 'shift' };
    return names[e.op] ?? '';
  }
  if (e?.kind === 'UnaryExpr' && e.op === '^') return 'bitwise complement';
  return '';
}

Checker.prototype.representable = function (this: Checker, x: Operand, t: Basic): void {
  const r = this.representableCode(x, t);
  if (r.code) {
    if (r.code === 'truncated') this.error(x.expr!.pos, `${c_describe(this, x)} truncated to ${this.tstr(t)}`);
    else if (r.code === 'overflows') this.error(x.expr!.pos, `${c_describe(this, x)} overflows ${this.tstr(t)}`);
    else this.error(x.expr!.pos, `cannot convert ${c_describe(this, x)} to ${this.tstr(t)}`);
    x.invalidate();
    return;
  }
  if (r.val) x.val = r.val;
};

function c_describe(c: Checker, x: Operand): string {
  return c.describe(x);
}

/** Whether constant x fits type t: '' if so (with the rounded value), else 'overflows', 'truncated' or 'mismatch'. */
Checker.prototype.representableCode = function (this: Checker, x: Operand, t: Basic): { val: ConstValue | null; code: string } {
  const v = x.val!;
  if (v.kind === 'unknown') return { val: null, code: '' };
  const info = t.info;
  if (info & BasicInfo.IsInteger) {
    // A float or complex operand that does not fit is "truncated" (whatever its value), an integer one "overflows".
    const fail = isNumeric(x.type) && !isInteger(x.type) ? 'truncated' : isNumeric(x.type) ? 'overflows' : 'mismatch';
    const i = constant.toInt(v);
    if (i.kind !== 'int') return { val: null, code: v.kind === 'float' || v.kind === 'complex' ? fail : 'mismatch' };
    if (info & BasicInfo.IsUntyped) return { val: i, code: '' };
    const n = i.value;
    const bits = BigInt(t.bits);
    const ok = info & BasicInfo.IsUnsigned ? n >= 0n && n < 1n << bits : n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n);
    return ok ? { val: i, code: '' } : { val: null, code: fail };
  }
  if (info & BasicInfo.IsFloat) {
    const f = constant.toFloat(v);
    if (f.kind !== 'float') return { val: null, code: v.kind === 'complex' ? 'truncated' : 'mismatch' };
    if (info & BasicInfo.IsUntyped) return { val: f, code: '' };
    const num = t.bits === 32 ? constant.float32Val(f) : constant.float64Val(f);
    if (!Number.isFinite(num)) return { val: null, code: 'overflows' };
    return { val: constant.makeFloat64(num), code: '' };
  }
  if (info & BasicInfo.IsComplex) {
    const cv = constant.toComplex(v);
    if (cv.kind !== 'complex') return { val: null, code: 'mismatch' };
    if (info & BasicInfo.IsUntyped) return { val: cv, code: '' };
    const bits = t.bits === 64 ? 32 : 64;
    const re = bits === 32 ? constant.float32Val(cv.re) : constant.float64Val(cv.re);
    const im = bits === 32 ? constant.float32Val(cv.im) : constant.float64Val(cv.im);
    if (!Number.isFinite(re) || !Number.isFinite(im)) return { val: null, code: 'overflows' };
    const rounded = constant.makeComplex(constant.makeFloat64(re) as constant.FloatVal, constant.makeFloat64(im) as constant.FloatVal);
    return { val: cv.fromReal ? { ...rounded, fromReal: true } : rounded, code: '' };
  }
  if (info & BasicInfo.IsString) return v.kind === 'string' ? { val: v, code: '' } : { val: null, code: 'mismatch' };
  if (info & BasicInfo.IsBoolean) return v.kind === 'bool' ? { val: v, code: '' } : { val: null, code: 'mismatch' };
  return { val: null, code: 'mismatch' };
};

Checker.prototype.convertUntyped = function (this: Checker, x: Operand, target: Type): void {
  const r = this.implicitTypeAndValue(x, target);
  if (r.code) {
    let t = target;
    if (!(target instanceof TypeParam)) t = safeUnderlying(target);
    void t;
    if (r.code === 'truncated') this.error(x.expr!.pos, `${this.describe(x)} truncated to ${this.tstr(target)}`);
    else if (r.code === 'overflows') this.error(x.expr!.pos, `${this.describe(x)} overflows ${this.tstr(target)}`);
    else this.error(x.expr!.pos, `cannot convert ${this.describe(x)} to ${this.tstr(target)}`);
    x.invalidate();
    return;
  }
  if (r.val) x.val = r.val;
  if (r.type && r.type !== x.type) {
    x.type = r.type;
    this.updateExprType(x.expr!, r.type, false);
  }
};

function safeUnderlying(t: Type): Type {
  return t.underlying();
}

Checker.prototype.implicitTypeAndValue = function (
  this: Checker,
  x: Operand,
  target: Type,
): { type: Type | null; val: ConstValue | null; code: string } {
  if (x.mode === Mode.Invalid || isTyped(x.type) || !isValid(target)) return { type: x.type, val: null, code: '' };
  if (isUntyped(target)) {
    // Both untyped: the "larger" numeric kind wins.
    if (isNumeric(x.type) && isNumeric(target)) {
      const xk = (x.type as Basic).basic;
      const tk = (target as Basic).basic;
      return { type: xk < tk ? target : x.type, val: null, code: '' };
    }
    if ((x.type as Basic).basic !== (target as Basic).basic) return { type: null, val: null, code: 'mismatch' };
    return { type: x.type, val: null, code: '' };
  }
  if (target instanceof TypeParam) {
    const c = target.constraint.underlying();
    if (c instanceof Interface && c.terms) {
      for (const term of c.terms) {
        const u = term.type.underlying();
        if (!(u instanceof Basic) && !x.isNil()) return { type: null, val: null, code: 'mismatch' };
        if (u instanceof Basic && x.mode === Mode.Constant && this.representableCode(x, u).code) return { type: null, val: null, code: 'mismatch' };
        if (u instanceof Basic && x.mode !== Mode.Constant && !compatibleUntyped(x.type as Basic, u)) return { type: null, val: null, code: 'mismatch' };
      }
      // nil stays untyped: it is nil of whichever type the type parameter stands for.
      if (x.isNil()) return { type: Typ[BasicKind.UntypedNil], val: null, code: '' };
      return { type: target, val: null, code: '' };
    }
    if (x.isNil()) return { type: null, val: null, code: 'mismatch' };
    return { type: null, val: null, code: 'mismatch' };
  }
  const u = target.underlying();
  if (u instanceof Basic) {
    if (x.mode === Mode.Constant) {
      const r = this.representableCode(x, u);
      if (r.code) return { type: null, val: null, code: r.code };
      return { type: target, val: r.val, code: '' };
    }
    if (!compatibleUntyped(x.type as Basic, u)) return { type: null, val: null, code: 'mismatch' };
    return { type: target, val: null, code: '' };
  }
  if (u instanceof Interface) {
    if (x.isNil()) return { type: Typ[BasicKind.UntypedNil], val: null, code: '' };
    if (!u.isMethodSet) return { type: null, val: null, code: 'mismatch' };
    // Non-empty method sets cannot be satisfied by basic types' default types except with methods; let assignability decide.
    return { type: defaultType(x.type), val: null, code: '' };
  }
  if (u instanceof Pointer || u instanceof Signature || u instanceof Slice || u instanceof MapType || u instanceof Chan) {
    if (!x.isNil()) return { type: null, val: null, code: 'mismatch' };
    return { type: Typ[BasicKind.UntypedNil], val: null, code: '' };
  }
  return { type: null, val: null, code: 'mismatch' };
};

function compatibleUntyped(x: Basic, t: Basic): boolean {
  switch (x.basic) {
    case BasicKind.UntypedBool:
      return isBoolean(t);
    case BasicKind.UntypedInt:
    case BasicKind.UntypedRune:
    case BasicKind.UntypedFloat:
    case BasicKind.UntypedComplex:
      return isNumeric(t);
    case BasicKind.UntypedString:
      return isString(t);
    case BasicKind.UntypedNil:
      return t.basic === BasicKind.UnsafePointer;
  }
  return false;
}

Checker.prototype.updateExprType = function (this: Checker, e: ast.Expr, t: Type, final: boolean, parent: ast.Expr | null = null): void {
  const old = this.untyped.get(e);
  if (!old) return;
  switch (e.kind) {
    case 'ParenExpr':
      this.updateExprType(e.x, t, final, e);
      break;
    case 'UnaryExpr':
      if (old.val === null) this.updateExprType(e.x, t, final, e);
      break;
    case 'BinaryExpr':
      if (old.val !== null) break;
      if (comparisonOps.has(e.op)) {
        // The result type does not depend on the operands'.
      } else if (e.op === '<<' || e.op === '>>') {
        this.updateExprType(e.x, t, final, e);
      } else {
        this.updateExprType(e.x, t, final, e);
        this.updateExprType(e.y, t, final, e);
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(t)) {
    old.type = t.underlying() as Basic;
    return;
  }
  this.untyped.delete(e);
  // The left operand of a non-constant shift takes its type from the context: it must be an integer.
  if (old.isLhs) {
    if (!forAllTypes(t, isInteger)) {
      this.error(e.pos, `invalid operation: ${exprString(parent ?? e)} (shift of type ${this.tstr(t)})`);
      return;
    }
  }
  let val = old.val;
  if (old.val !== null) {
    const x = new Operand();
    x.mode = old.mode;
    x.expr = e;
    x.type = old.type;
    x.val = old.val;
    this.convertUntyped(x, t);
    if (x.mode === Mode.Invalid) return;
    val = x.val;
  }
  this.record(e, old.mode, t, val);
};
