// Conversions `T(x)` (go/types' conversions.go).

import { Checker } from './checker';
import * as constant from './constant';
import { Mode, Operand } from './operand';
import { defaultType, identical, identicalIgnoreTags, isComplex, isConstType, isFloat, isInteger, isInterface, isString, isTypeParam, isUntyped } from './predicates';
import { ArrayType, Basic, BasicKind, Interface, Pointer, Slice, Type, TypeParam } from './types';

declare module './checker' {
  interface Checker {
    conversion(x: Operand, T: Type): void;
    convertibleTo(x: Operand, T: Type, cause?: { text: string } | null): boolean;
  }
}

Checker.prototype.conversion = function (this: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === Mode.Constant;
  let ok = false;
  const tu = T.underlying();
  if (constArg && isConstType(T) && !(T instanceof TypeParam)) {
    const t = tu as Basic;
    const r = this.representableCode(x, t);
    if (!r.code) {
      ok = true;
      if (r.val) x.val = r.val;
      // A float constant converted to a float type rounds to that type's precision.
    } else if (isInteger(x.type) && isString(t)) {
      const i = constant.toInt(x.val!);
      let cp = 0xfffd;
      if (i.kind === 'int' && i.value >= 0n && i.value <= 0x10ffffn && !(i.value >= 0xd800n && i.value < 0xe000n)) cp = Number(i.value);
      x.val = constant.makeString(Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1'));
      ok = true;
    }
  } else if (constArg && T instanceof TypeParam) {
    ok = this.convertibleTo(x, T);
    if (ok) x.mode = Mode.Value;
  }
  const cause = { text: '' };
  if (!ok && !(constArg && isConstType(T) && !(T instanceof TypeParam)) && !(constArg && T instanceof TypeParam) && this.convertibleTo(x, T, cause)) {
    ok = true;
    x.mode = Mode.Value;
  }
  if (!ok) {
    // Why an interface is not implemented goes on the next line, as for assignments.
    if (cause.text) this.error(x.expr!.pos, `cannot convert ${this.describe(x)} to type ${this.tstr(T)}:`, [cause.text]);
    else this.error(x.expr!.pos, `cannot convert ${this.describe(x)} to type ${this.tstr(T)}`);
    x.invalidate();
    return;
  }
  if (isUntyped(x.type)) {
    let final: Type = T;
    if ((isInterface(T) && !isTypeParam(T)) || (constArg && !isConstType(T)) || x.isNil()) {
      final = defaultType(x.type);
    } else if (x.mode === Mode.Constant && isInteger(x.type) && isString(T)) {
      final = x.type;
    }
    this.updateExprType(x.expr!, final, true);
  }
  x.type = T;
};

function isBytesOrRunes(t: Type): boolean {
  if (!(t instanceof Slice)) return false;
  const e = t.elem.underlying();
  return e instanceof Basic && (e.basic === BasicKind.Uint8 || e.basic === BasicKind.Int32);
}

Checker.prototype.convertibleTo = function (this: Checker, x: Operand, T: Type, cause: { text: string } | null = null): boolean {
  if (this.assignableTo(x, T, cause)) return true;
  const V = x.type;
  const Vu = V.underlying();
  const Tu = T.underlying();
  const Vp = V instanceof TypeParam;
  const Tp = T instanceof TypeParam;
  if (identicalIgnoreTags(Vu, Tu) && !Vp && !Tp) return true;
  if (V instanceof Pointer && T instanceof Pointer) {
    if (identicalIgnoreTags(V.elem.underlying(), T.elem.underlying()) && !isTypeParam(V.elem) && !isTypeParam(T.elem)) return true;
  }
  const intOrFloat = (t: Type) => isInteger(t) || isFloat(t);
  if (!Vp && !Tp) {
    if (intOrFloat(Vu) && intOrFloat(Tu)) return true;
    if (isComplex(Vu) && isComplex(Tu)) return true;
    if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
    if (isString(Vu) && isBytesOrRunes(Tu)) return true;
    if (Vu instanceof Slice && Tu instanceof Pointer) {
      const a = Tu.elem.underlying();
      if (a instanceof ArrayType && identical(Vu.elem, a.elem)) return true;
    }
    if (Vu instanceof Slice && Tu instanceof ArrayType && this.options.goVersion >= 20 && identical(Vu.elem, Tu.elem)) return true;
    return false;
  }
  const termsOf = (t: Type): Type[] | null => {
    if (!(t instanceof TypeParam)) return [t];
    const c = t.constraint.underlying();
    if (!(c instanceof Interface) || !c.terms) return null;
    return c.terms.map((term) => term.type);
  };
  const vs = termsOf(V);
  const ts = termsOf(T);
  if (!vs || !ts) return false;
  return vs.every((v) =>
    ts.every((t) => {
      const o = new Operand();
      o.mode = Mode.Value;
      o.type = v;
      o.expr = x.expr;
      return this.convertibleTo(o, t);
    }),
  );
};
