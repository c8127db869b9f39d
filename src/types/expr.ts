// Expressions: the walk over an expression's kinds, identifiers, and operands
// recorded with their types and values (go/types' expr.go). The operators are in
// unary.ts, binary.ts and comparison.ts, literals in literals.ts.
//
// Untyped expressions (constants and the results of comparisons and some
// shifts) get their final type only from their context; until then they sit in
// `untyped`, and `updateExprType` pushes the final type down the expression
// tree once it is known, as go/types does.

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { ConstValue } from './constant';
import { exprString } from './exprstring';
import { Builtin, Const, Func, Nil, TypeName, Var } from './objects';
import { Mode, Operand } from './operand';
import { startPos } from './positions';
import { identical, isUntyped, isValid } from './predicates';
import { typeString } from './typestring';
import { BasicKind, Interface, Named, Pointer, Signature, Tuple, Type, TypeParam, Typ, invalidType } from './types';
import { iotaObj } from './universe';
import { basicLit } from './literals';
import { unary } from './unary';
import { binary } from './binary';

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
    c.error(startPos(x.expr!, c.file.text), msg);
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

/** Whether pred holds for t, or for every type in a type parameter's type set. */
export function forAllTypes(t: Type, pred: (u: Type) => boolean): boolean {
  if (t instanceof TypeParam) {
    const c = t.constraint.underlying();
    if (!(c instanceof Interface) || !c.terms) return false;
    return c.terms.every((term) => pred(term.type.underlying()));
  }
  return pred(t);
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
