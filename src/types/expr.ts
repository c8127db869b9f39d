// Expressions: identifiers, literals, operators, constants and untyped values
// (go/types' expr.go).
//
// Untyped expressions (constants and the results of comparisons and some
// shifts) get their final type only from their context; until then they sit in
// `untyped`, and `updateExprType` pushes the final type down the expression
// tree once it is known, as go/types does.

import type * as ast from '../syntax/ast';
import { Checker, unquote, decodeEscape } from './checker';
import * as constant from './constant';
import { ConstValue } from './constant';
import { exprString } from './exprstring';
import { Builtin, Const, Func, Nil, TypeName, Var } from './objects';
import { Mode, Operand } from './operand';
import {
  comparable,
  defaultType,
  hasNil,
  identical,
  isBoolean,
  isComplex,
  isConstType,
  isFloat,
  isInteger,
  isInterface,
  isNumeric,
  isOrdered,
  isString,
  isTyped,
  isUnsigned,
  isUntyped,
  isValid,
} from './predicates';
import { typeString } from './typestring';
import { Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Tuple, Type, TypeParam, Typ, invalidType, Struct, ArrayType } from './types';
import { iotaObj } from './universe';

declare module './checker' {
  interface Checker {
    expr(x: Operand, e: ast.Expr, hint?: Type | null, allowGeneric?: boolean): void;
    rawExpr(x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean): void;
    exprOrType(x: Operand, e: ast.Expr, allowGeneric?: boolean): void;
    multiExpr(e: ast.Expr, allowCommaOk: boolean, allowGeneric?: boolean): Operand[];
    exprWithHint(x: Operand, e: ast.Expr, hint: Type): void;
    singleValue(x: Operand): void;
    ident(x: Operand, e: ast.Ident, def: Named | null, wantType: boolean): void;
    finishUntyped(): void;
    recordOperand(x: Operand): void;
    useExprs(es: ast.Expr[]): void;
    kindString(t: Type): string;
    tstr(t: Type): string;
    describe(x: Operand): string;
  }
}

Checker.prototype.tstr = function (this: Checker, t: Type): string {
  return typeString(t, this.pkg);
};

Checker.prototype.describe = function (this: Checker, x: Operand): string {
  return x.describe(this.pkg);
};

/** Checks e as an expression with a single value. */
Checker.prototype.expr = function (this: Checker, x: Operand, e: ast.Expr, hint: Type | null = null, allowGeneric = false): void {
  this.rawExpr(x, e, hint, allowGeneric);
  exclude(this, x, ['novalue', 'builtin', 'type']);
  this.singleValue(x);
};

Checker.prototype.exprWithHint = function (this: Checker, x: Operand, e: ast.Expr, hint: Type): void {
  this.expr(x, e, hint);
};

Checker.prototype.exprOrType = function (this: Checker, x: Operand, e: ast.Expr, allowGeneric = false): void {
  this.rawExpr(x, e, null, allowGeneric);
  exclude(this, x, ['novalue']);
  this.singleValue(x);
};

/** Checks e, which may have several values (a call) or a comma-ok form. */
Checker.prototype.multiExpr = function (this: Checker, e: ast.Expr, allowCommaOk: boolean, allowGeneric = false): Operand[] {
  const x = new Operand();
  this.rawExpr(x, e, null, allowGeneric);
  exclude(this, x, ['novalue', 'builtin', 'type']);
  if (x.mode !== Mode.Invalid && x.type instanceof Tuple) {
    return x.type.vars.map((v) => {
      const o = new Operand();
      o.mode = Mode.Value;
      o.expr = e;
      o.type = v.type;
      return o;
    });
  }
  if (allowCommaOk && (x.mode === Mode.MapIndex || x.mode === Mode.CommaOK)) {
    const ok = new Operand();
    ok.mode = Mode.Value;
    ok.expr = e;
    ok.type = Typ[BasicKind.UntypedBool];
    if (x.mode === Mode.CommaOK) x.mode = Mode.Value;
    return [x, ok];
  }
  return [x];
};

function exclude(c: Checker, x: Operand, modes: ('novalue' | 'builtin' | 'type')[]): void {
  let msg = '';
  // Where a type would do as well, no value is "used as value or type".
  if (x.mode === Mode.NoValue && modes.includes('novalue')) msg = `${exprString(x.expr!)} (no value) used as value${modes.includes('type') ? '' : ' or type'}`;
  else if (x.mode === Mode.Builtin && modes.includes('builtin')) msg = `${exprString(x.expr!)} (built-in) must be called`;
  else if (x.mode === Mode.TypeExpr && modes.includes('type')) msg = `${exprString(x.expr!)} (type) is not an expression`;
  if (msg) {
    c.error(x.expr!.pos, msg);
    x.invalidate();
  }
}

Checker.prototype.singleValue = function (this: Checker, x: Operand): void {
  if (x.mode === Mode.Value && x.type instanceof Tuple) {
    this.error(x.expr!.pos, `multiple-value ${exprString(x.expr!)} (value of type ${this.tstr(x.type)}) in single-value context`);
    x.invalidate();
  }
};

Checker.prototype.rawExpr = function (this: Checker, x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean): void {
  exprInternal(this, x, e, hint);
  if (!allowGeneric && x.mode !== Mode.Invalid && x.mode !== Mode.TypeExpr) {
    const sig = x.type instanceof Signature ? x.type : null;
    if (sig && sig.typeParams.length && !(x.expr && this.info.instances.has(x.expr))) {
      // Go 1.21: the type it is assigned to may give the type arguments.
      x.expr = e;
      if (!(this.options.goVersion >= 21 && hint && this.instantiateFromTarget(x, hint))) {
        this.error(e.pos, `cannot use generic function ${exprString(e)} without instantiation`);
        x.invalidate();
      }
    }
  }
  if (allowGeneric && x.mode === Mode.TypeExpr && x.type instanceof Named && x.type.typeParams.length && !x.type.orig) {
    // A generic type used as the function of a call (instantiated by the caller).
  }
  x.expr = e;
  this.recordOperand(x);
};

Checker.prototype.recordOperand = function (this: Checker, x: Operand): void {
  const e = x.expr!;
  let type: Type;
  let val: ConstValue | null = null;
  switch (x.mode) {
    case Mode.Invalid:
      type = invalidType;
      break;
    case Mode.NoValue:
      type = new Tuple([]);
      break;
    case Mode.Constant:
      type = x.type;
      val = x.val;
      break;
    default:
      type = x.type;
  }
  if (isUntyped(type)) {
    this.untyped.set(e, { isLhs: false, mode: x.mode, type, val });
  }
  this.record(e, x.mode, type, val);
};

Checker.prototype.finishUntyped = function (this: Checker): void {
  for (const [e, info] of this.untyped) this.record(e, info.mode, info.type, info.val);
  this.untyped.clear();
};

Checker.prototype.useExprs = function (this: Checker, es: ast.Expr[]): void {
  for (const e of es) {
    const x = new Operand();
    this.rawExpr(x, e, null, true);
  }
};

function exprInternal(c: Checker, x: Operand, e: ast.Expr, hint: Type | null): void {
  x.mode = Mode.Invalid;
  x.type = invalidType;
  x.val = null;
  x.expr = e;
  switch (e.kind) {
    case 'BadExpr':
      return;
    case 'Ident':
      c.ident(x, e, null, false);
      return;
    case 'Ellipsis':
      c.error(e.pos, 'invalid use of ...');
      return;
    case 'BasicLit':
      basicLit(c, x, e);
      return;
    case 'FuncLit':
      c.funcLit(x, e);
      return;
    case 'CompositeLit':
      c.compositeLit(x, e, hint);
      return;
    case 'ParenExpr':
      c.rawExpr(x, e.x, null, true);
      x.expr = e;
      return;
    case 'SelectorExpr':
      c.selector(x, e, null, false);
      return;
    case 'IndexExpr':
      if (c.indexExpr(x, e)) c.funcInst(x, e);
      return;
    case 'SliceExpr':
      c.sliceExpr(x, e);
      return;
    case 'TypeAssertExpr': {
      // x.(type) belongs to a type switch; elsewhere x is not even evaluated.
      if (e.type === null) {
        c.error(e.pos, 'invalid AST: use of .(type) outside type switch');
        return;
      }
      c.expr(x, e.x);
      if (x.mode === Mode.Invalid) return;
      if (x.type instanceof TypeParam) {
        c.error(e.x.pos, `invalid operation: cannot use type assertion on type parameter value ${c.describe(x)}`);
        x.invalidate();
        return;
      }
      if (!(x.type.underlying() instanceof Interface)) {
        c.error(e.x.pos, `invalid operation: ${c.describe(x)} is not an interface`);
        x.invalidate();
        return;
      }
      const T = c.typExpr(e.type);
      if (!isValid(T)) {
        x.invalidate();
        return;
      }
      c.typeAssertion(e, x, T, false);
      x.mode = Mode.CommaOK;
      x.type = T;
      return;
    }
    case 'CallExpr':
      c.callExpr(x, e);
      return;
    case 'StarExpr':
      c.exprOrType(x, e.x, false);
      switch (x.mode as Mode) {
        case Mode.Invalid:
          return;
        case Mode.TypeExpr:
          x.type = new Pointer(x.type);
          return;
        default: {
          const u = x.type instanceof TypeParam ? coreType(x.type) : x.type.underlying();
          if (!(u instanceof Pointer)) {
            if (x.isNil()) c.error(e.x.pos, `invalid operation: cannot indirect nil`);
            else c.error(e.x.pos, `invalid operation: cannot indirect ${c.describe(x)}`);
            x.invalidate();
            return;
          }
          x.mode = Mode.Variable;
          x.type = u.elem;
          return;
        }
      }
    case 'UnaryExpr':
      unary(c, x, e);
      return;
    case 'BinaryExpr':
      binary(c, x, e, e.x, e.y, e.op, e.opPos);
      return;
    case 'KeyValueExpr':
      c.error(e.pos, 'no key:value expected');
      return;
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      x.mode = Mode.TypeExpr;
      x.type = c.typExpr(e);
      return;
  }
}

/** The single underlying type of a type parameter's type set, if there is one. */
export function coreType(t: Type): Type | null {
  if (!(t instanceof TypeParam)) return t.underlying();
  const c = t.constraint.underlying();
  if (!(c instanceof Interface) || !c.terms || c.terms.length === 0) return null;
  const u = c.terms[0].type.underlying();
  return c.terms.every((term) => identical(term.type.underlying(), u)) ? u : null;
}

// ---- identifiers ---------------------------------------------------------------

Checker.prototype.ident = function (this: Checker, x: Operand, e: ast.Ident, def: Named | null, wantType: boolean): void {
  x.mode = Mode.Invalid;
  x.expr = e;
  x.type = invalidType;
  if (e.name === '_') {
    if (this.info.defs.get(e) === null) return;
    this.error(e.pos, 'cannot use _ as value or type');
    return;
  }
  const found = this.scope.lookupParent(e.name);
  if (!found) {
    this.error(e.pos, `undefined: ${e.name}`);
    return;
  }
  const [, obj] = found;
  this.recordUse(e, obj);
  // Package-level objects are resolved on first use.
  if (obj.parent === this.pkg.scope) this.objDecl(obj);
  void def;
  void wantType;
  switch (obj.kind) {
    case 'PkgName':
      // Not a use: the import is still reported unused.
      this.error(e.pos, `use of package ${obj.name} not in selector`);
      return;
    case 'Const': {
      const k = obj as Const;
      this.addDep(k);
      if (!isValid(k.type)) return;
      if (k === iotaObj) {
        if (!this.iota) {
          this.error(e.pos, 'cannot use iota outside constant declaration');
          return;
        }
        x.setConst(Typ[BasicKind.UntypedInt], this.iota);
        return;
      }
      x.setConst(k.type, k.val);
      return;
    }
    case 'TypeName': {
      const tn = obj as TypeName;
      // A local alias used in its own definition (package-level ones are caught by objDecl).
      if (this.aliasesInProgress.has(tn) && !this.decls.has(tn)) {
        const at = this.file.format(tn.pos);
        this.error(tn.pos, `invalid recursive type ${tn.name}`, [`${at}: ${tn.name} refers to`, `${at}: ${tn.name}`]);
        return;
      }
      x.mode = Mode.TypeExpr;
      x.type = tn.type;
      return;
    }
    case 'Var': {
      const v = obj as Var;
      // Package-level variables are used; locals are marked when read.
      if (v.pkg === this.pkg || !v.isGlobal) v.used = true;
      if (v.isGlobal) this.addDep(v);
      if (this.fctx && v.ownerFunc && v.ownerFunc !== this.fctx.node && !v.isGlobal) v.captured = true;
      if (!isValid(v.type)) return;
      x.mode = Mode.Variable;
      x.type = v.type;
      return;
    }
    case 'Func': {
      const f = obj as Func;
      this.addDep(f);
      x.mode = Mode.Value;
      x.type = f.type;
      return;
    }
    case 'Builtin':
      x.mode = Mode.Builtin;
      x.type = invalidType;
      x.builtin = (obj as Builtin).id;
      if ((x.builtin === 'min' || x.builtin === 'max' || x.builtin === 'clear') && this.options.goVersion < 21) {
        this.error(e.pos, `undefined: ${e.name}`);
        x.invalidate();
      }
      return;
    case 'Nil':
      void (obj as Nil);
      x.mode = Mode.Value;
      x.type = Typ[BasicKind.UntypedNil];
      return;
    default:
      this.error(e.pos, `${e.name} is not an expression`);
  }
};

// ---- literals --------------------------------------------------------------------

function basicLit(c: Checker, x: Operand, e: ast.BasicLit): void {
  switch (e.litKind) {
    case 'INT': {
      const v = constant.parseIntLit(e.value);
      if (v.kind === 'unknown') {
        c.error(e.pos, `invalid integer literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedInt], v);
      return;
    }
    case 'FLOAT': {
      const v = constant.parseFloatLit(e.value);
      if (v.kind === 'unknown') {
        c.error(e.pos, `invalid floating-point literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedFloat], v);
      return;
    }
    case 'IMAG': {
      const body = e.value.slice(0, -1);
      const v = /^[0-9_]+$/.test(body) && !/^0[0-9]/.test(body) ? constant.parseFloatLit(body) : /^0[xXbBoO]/.test(body) ? constant.toFloat(constant.parseIntLit(body)) : constant.parseFloatLit(body);
      if (v.kind !== 'float') {
        c.error(e.pos, `invalid imaginary literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedComplex], constant.makeComplex(constant.makeRat(0n, 1n), v));
      return;
    }
    case 'CHAR': {
      const r = runeLitValue(e.value);
      if (r === null) {
        c.error(e.pos, `invalid rune literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedRune], constant.makeInt(r));
      return;
    }
    case 'STRING': {
      const s = unquote(e.value);
      if (s === null) {
        c.error(e.pos, `invalid string literal ${e.value}`);
        return;
      }
      x.setConst(Typ[BasicKind.UntypedString], constant.makeString(s));
      return;
    }
  }
}

/** The code point of a rune literal such as `'a'`, `'\n'`, `'\u00e9'` or `'世'`. */
export function runeLitValue(lit: string): number | null {
  const body = lit.slice(1, -1);
  if (body.length === 0) return null;
  if (body[0] !== '\\') {
    const cp = body.codePointAt(0)!;
    return String.fromCodePoint(cp).length === body.length ? cp : null;
  }
  const r = decodeEscape(body, 1, "'");
  if (!r || r.next !== body.length) return null;
  return r.rune ?? null;
}

// ---- unary expressions ---------------------------------------------------------

function unary(c: Checker, x: Operand, e: ast.UnaryExpr): void {
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

/** Whether pred holds for t, or for every type in a type parameter's type set. */
export function forAllTypes(t: Type, pred: (u: Type) => boolean): boolean {
  if (t instanceof TypeParam) {
    const c = t.constraint.underlying();
    if (!(c instanceof Interface) || !c.terms) return false;
    return c.terms.every((term) => pred(term.type.underlying()));
  }
  return pred(t);
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

// ---- binary expressions --------------------------------------------------------------

export const comparisonOps = new Set(['==', '!=', '<', '<=', '>', '>=']);

function binary(c: Checker, x: Operand, e: ast.Expr, lhs: ast.Expr, rhs: ast.Expr, op: ast.BinaryOp, opPos: number): void {
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

void isConstType;
void isInterface;
