// Assignments, variable and constant declarations (go/types' assignments.go and decl.go).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { exprString } from './exprstring';
import { startPos } from './positions';
import { Const, Var } from './objects';
import { Mode, Operand } from './operand';
import { containsInvalid, defaultType, isConstType, isInterface, isTypeParam, isUntyped, isValid } from './predicates';
import { BasicKind, Signature, Tuple, Type, Typ, invalidType } from './types';

declare module './checker' {
  interface Checker {
    assignment(x: Operand, T: Type | null, context: string): void;
    assignVar(lhs: ast.Expr, x: Operand): Type | null;
    initVar(lhs: Var, x: Operand, context: string): void;
    initVars(lhs: Var[], rhs: ast.Expr[], returnStmt: ast.ReturnStmt | null): void;
    assignVars(lhs: ast.Expr[], rhs: ast.Expr[]): void;
    shortVarDecl(pos: number, lhs: ast.Expr[], rhs: ast.Expr[]): void;
    constDecl(obj: Const, spec: ast.ValueSpec, index: number): void;
    varDecl(obj: Var, spec: ast.ValueSpec, lhs: Var[]): void;
    assignError(rhs: ast.Expr[], nvars: number, nvals: number): void;
    declareLocal(id: ast.Ident, v: Var): void;
  }
}

/** Checks that x can be assigned to a variable of type T (T null: the blank identifier). */
Checker.prototype.assignment = function (this: Checker, x: Operand, T: Type | null, context: string): void {
  this.singleValue(x);
  switch (x.mode) {
    case Mode.Invalid:
      return;
    case Mode.Constant:
    case Mode.Variable:
    case Mode.MapIndex:
    case Mode.Value:
    case Mode.CommaOK:
      break;
    default:
      this.error(x.expr!.pos, `cannot assign ${this.describe(x)} to ${T ? this.tstr(T) : '_'} in ${context}`);
      x.invalidate();
      return;
  }
  if (isUntyped(x.type)) {
    let target = T;
    if (!T || (isInterface(T) && !isTypeParam(T))) {
      if (!T && x.type === Typ[BasicKind.UntypedNil]) {
        this.error(x.expr!.pos, `use of untyped nil in ${context}`);
        x.invalidate();
        return;
      }
      if (!T || !x.isNil()) target = defaultType(x.type);
    }
    const r = this.implicitTypeAndValue(x, target!);
    if (r.code) {
      let msg = `cannot use ${this.describe(x)} as ${this.tstr(target!)} value in ${context}`;
      if (r.code === 'truncated') msg += ' (truncated)';
      else if (r.code === 'overflows') msg += ' (overflows)';
      this.error(x.expr!.pos, msg);
      x.invalidate();
      return;
    }
    if (r.val) {
      x.val = r.val;
      const tv = this.info.types.get(x.expr!);
      if (tv) tv.value = r.val;
    }
    if (r.type && r.type !== x.type) {
      x.type = r.type;
      this.updateExprType(x.expr!, r.type, false);
    }
  }
  if (x.type.underlying() instanceof Signature && (x.type.underlying() as Signature).typeParams.length) {
    this.error(x.expr!.pos, `cannot use generic function ${exprString(x.expr!)} without instantiation in ${context}`);
    x.invalidate();
    return;
  }
  if (!T) return;
  const cause = { text: '' };
  if (!this.assignableTo(x, T, cause) && !containsInvalid(T) && !containsInvalid(x.type)) {
    if (cause.text) this.error(x.expr!.pos, `cannot use ${this.describe(x)} as type ${this.tstr(T)} in ${context}:`, [cause.text]);
    else this.error(x.expr!.pos, `cannot use ${this.describe(x)} as type ${this.tstr(T)} in ${context}`);
    x.invalidate();
  }
};

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

Checker.prototype.assignVar = function (this: Checker, lhs: ast.Expr, x: Operand): Type | null {
  // After an error in the assignment the variable counts as used, so that it
  // is not reported unused as well (go build does the same).
  if (x.mode === Mode.Invalid || !isValid(x.type)) {
    const id = unparen(lhs);
    if (id.kind === 'Ident' && id.name === '_') this.recordDef(id, null);
    else this.rawExpr(new Operand(), lhs, null, true);
    return null;
  }
  const ident = unparen(lhs);
  if (ident.kind === 'Ident' && ident.name === '_') {
    this.recordDef(ident, null);
    this.assignment(x, null, 'assignment to _ identifier');
    return x.invalid ? null : x.type;
  }
  let v: Var | null = null;
  let vUsed = false;
  if (ident.kind === 'Ident') {
    const found = this.scope.lookupParent(ident.name);
    if (found && found[1] instanceof Var && found[1].pkg === this.pkg) {
      v = found[1];
      vUsed = v.used;
    }
  }
  const z = new Operand();
  this.expr(z, lhs);
  if (v) v.used = vUsed;
  if (z.mode === Mode.Invalid || !isValid(z.type)) return null;
  if (z.mode !== Mode.Variable && z.mode !== Mode.MapIndex) {
    if (z.expr!.kind === 'SelectorExpr') {
      const tv = this.info.types.get(z.expr!.x);
      if (tv && tv.mode === Mode.MapIndex) {
        this.error(startPos(z.expr!, this.file.text), `cannot assign to struct field ${exprString(z.expr!)} in map`);
        return null;
      }
    }
    this.error(startPos(z.expr!, this.file.text), `cannot assign to ${this.describe(z)}`);
    return null;
  }
  this.assignment(x, z.type, 'assignment');
  if (x.invalid && v) v.used = true;
  return x.invalid ? null : x.type;
};

/** Evaluates a left-hand side that will not be assigned (after an error) without marking variables used. */
function useLHS(c: Checker, e: ast.Expr): void {
  const id = unparen(e);
  if (id.kind === 'Ident') {
    if (id.name === '_') return;
    const found = c.scope.lookupParent(id.name);
    if (found && found[1] instanceof Var) {
      const v = found[1];
      const used = v.used;
      const x = new Operand();
      c.rawExpr(x, e, null, true);
      v.used = used;
      return;
    }
  }
  const x = new Operand();
  c.rawExpr(x, e, null, true);
}

Checker.prototype.initVar = function (this: Checker, lhs: Var, x: Operand, context: string): void {
  if (x.mode === Mode.Invalid || !isValid(x.type) || (lhs.hasType && !isValid(lhs.type))) {
    if (!lhs.hasType) {
      lhs.type = invalidType;
      lhs.hasType = true;
    }
    lhs.used = true;
    return;
  }
  if (!lhs.hasType) {
    let t = x.type;
    if (isUntyped(t)) {
      if (t === Typ[BasicKind.UntypedNil]) {
        this.error(x.expr!.pos, `use of untyped nil in ${context}`);
        lhs.type = invalidType;
        lhs.hasType = true;
        return;
      }
      t = defaultType(t);
    }
    lhs.type = t;
    lhs.hasType = true;
  }
  this.assignment(x, lhs.type, context);
  if (x.invalid) lhs.used = true;
};

/** Gives a declared variable the type its declaration names (initVar then only checks assignability). */
export function setVarType(v: Var, t: Type): void {
  v.type = t;
  v.hasType = true;
}

Checker.prototype.assignError = function (this: Checker, rhs: ast.Expr[], nvars: number, nvals: number): void {
  const measure = (n: number, unit: string) => `${n} ${unit}${n !== 1 ? 's' : ''}`;
  const vars = measure(nvars, 'variable');
  const vals = measure(nvals, 'value');
  const rhs0 = rhs[0];
  if (rhs.length === 1) {
    const call = unparen(rhs0);
    if (call.kind === 'CallExpr') {
      this.error(rhs0.pos, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
      return;
    }
  }
  this.error(rhs0.pos, `assignment mismatch: ${vars} but ${vals}`);
};

/** Evaluates a right-hand side list: one multi-valued call or comma-ok expression, or one value each. */
function exprList(c: Checker, rhs: ast.Expr[], allowCommaOk: boolean): { ops: Operand[]; commaOk: boolean } {
  if (rhs.length === 1) {
    const ops = c.multiExpr(rhs[0], allowCommaOk);
    const e = unparen(rhs[0]);
    const isCall = e.kind === 'CallExpr';
    return { ops, commaOk: ops.length === 2 && !isCall };
  }
  return {
    ops: rhs.map((e) => {
      const x = new Operand();
      c.expr(x, e);
      return x;
    }),
    commaOk: false,
  };
}

Checker.prototype.initVars = function (this: Checker, lhs: Var[], rhs: ast.Expr[], returnStmt: ast.ReturnStmt | null): void {
  const { ops, commaOk } = exprList(this, rhs, lhs.length === 2 && !returnStmt);
  // After an error on the right, none of the variables is reported unused.
  if (ops.some((x) => x.mode === Mode.Invalid)) for (const v of lhs) v.used = true;
  if (lhs.length !== ops.length) {
    for (const v of lhs) {
      v.used = true;
      if (!v.hasType) {
        v.type = invalidType;
        v.hasType = true;
      }
    }
    if (ops.some((x) => x.mode === Mode.Invalid)) return;
    if (returnStmt) {
      let at = returnStmt.pos;
      let qualifier = 'not enough';
      if (ops.length > lhs.length) {
        at = ops[lhs.length].expr!.pos;
        qualifier = 'too many';
      } else if (ops.length > 0) at = ops[ops.length - 1].expr!.pos;
      this.error(at, `${qualifier} return values`, [
        `have ${this.typesSummary(
          ops.map((o) => o.type),
          false,
        )}`,
        `want ${this.typesSummary(
          lhs.map((v) => v.type),
          false,
        )}`,
      ]);
      return;
    }
    this.assignError(rhs, lhs.length, ops.length);
    return;
  }
  const context = returnStmt ? 'return statement' : 'assignment';
  if (commaOk) {
    for (let i = 0; i < 2; i++) this.initVar(lhs[i], ops[i], context);
    recordCommaOk(this, rhs[0], ops);
    return;
  }
  lhs.forEach((v, i) => this.initVar(v, ops[i], context));
};

/** Records the two-value type of a comma-ok expression so the compiler knows to produce both. */
function recordCommaOk(c: Checker, e: ast.Expr, ops: Operand[]): void {
  for (let x = e; ; x = (x as ast.ParenExpr).x) {
    const tv = c.info.types.get(x);
    if (tv) {
      const ok = new Var('', Typ[BasicKind.Bool], -1, null);
      const v = new Var('', ops[0].type, -1, null);
      tv.type = new Tuple([v, ok]);
      tv.mode = Mode.CommaOK;
    }
    if (x.kind !== 'ParenExpr') break;
  }
}

Checker.prototype.assignVars = function (this: Checker, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const { ops, commaOk } = exprList(this, rhs, lhs.length === 2);
  if (lhs.length !== ops.length) {
    // The variables count as used: they are not reported unused as well.
    for (const e of lhs) {
      const id = unparen(e);
      if (id.kind === 'Ident' && id.name === '_') this.recordDef(id, null);
      else this.rawExpr(new Operand(), e, null, true);
    }
    if (ops.some((x) => x.mode === Mode.Invalid)) return;
    this.assignError(rhs, lhs.length, ops.length);
    return;
  }
  if (commaOk) {
    this.assignVar(lhs[0], ops[0]);
    this.assignVar(lhs[1], ops[1]);
    recordCommaOk(this, rhs[0], ops);
    return;
  }
  lhs.forEach((e, i) => this.assignVar(e, ops[i]));
};

/** Declares a local variable in the current scope and remembers it for the unused-variable check. */
Checker.prototype.declareLocal = function (this: Checker, id: ast.Ident, v: Var): void {
  v.ownerFunc = this.fctx?.node ?? null;
  if (v.name === '_') return;
  const prev = this.scope.insert(v);
  // Only variables actually declared can be reported unused.
  if (prev) this.redeclared(v, prev);
  else this.fctx?.locals.push(v);
  void id;
};

Checker.prototype.shortVarDecl = function (this: Checker, pos: number, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const seen = new Set<string>();
  const lhsVars: (Var | null)[] = [];
  const newVars: { id: ast.Ident; v: Var }[] = [];
  let hasErr = false;
  for (const l of lhs) {
    if (l.kind !== 'Ident') {
      useLHS(this, l);
      this.error(l.pos, `non-name ${exprString(l)} on left side of :=`);
      hasErr = true;
      lhsVars.push(null);
      continue;
    }
    const name = l.name;
    if (name !== '_') {
      if (seen.has(name)) {
        this.error(l.pos, `${name} repeated on left side of :=`);
        hasErr = true;
        lhsVars.push(null);
        continue;
      }
      seen.add(name);
    }
    const alt = this.scope.lookup(name);
    if (alt) {
      this.recordUse(l, alt);
      if (alt instanceof Var) lhsVars.push(alt);
      else {
        this.error(l.pos, `cannot assign to ${exprString(l)}`);
        hasErr = true;
        lhsVars.push(null);
      }
      continue;
    }
    const v = new Var(name, invalidType, l.pos, this.pkg);
    v.hasType = false;
    lhsVars.push(v);
    if (name !== '_') newVars.push({ id: l, v });
    else this.fctx?.locals.push(v);
    this.recordDef(l, v);
  }
  const vars = lhsVars.map((v, i) => {
    if (v) return v;
    const dummy = new Var('_', invalidType, lhs[i].pos, this.pkg);
    dummy.hasType = false;
    return dummy;
  });
  this.initVars(vars, rhs, null);
  if (newVars.length === 0 && !hasErr) {
    this.error(pos, 'no new variables on left side of :=');
    return;
  }
  for (const { id, v } of newVars) this.declareLocal(id, v);
};

Checker.prototype.constDecl = function (this: Checker, obj: Const, spec: ast.ValueSpec, index: number): void {
  const savedIota = this.iota;
  const savedErrpos = this.errpos;
  this.iota = { kind: 'int', value: BigInt(spec.iota) };
  // An inherited expression has no place of its own here: errors in it go to the constant's name.
  if (spec.implicit) this.errpos = obj.pos;
  try {
    let t: Type | null = null;
    if (spec.type) {
      t = this.typExpr(spec.type);
      if (!isConstType(t)) {
        if (isValid(t)) this.error(startPos(spec.type, this.file.text), `invalid constant type ${this.tstr(t)}`);
        obj.type = invalidType;
        return;
      }
      obj.type = t;
    }
    const init = spec.values[index];
    if (!init) {
      obj.type = invalidType;
      return;
    }
    const x = new Operand();
    this.expr(x, init);
    if (spec.implicit && this.errors.length && x.mode === Mode.Invalid) {
      // Errors in an inherited expression are reported at the inheriting constant.
    }
    if (x.mode === Mode.Invalid || !isValid(x.type) || (t && !isValid(t))) {
      if (!t) obj.type = invalidType;
      return;
    }
    if (x.mode !== Mode.Constant) {
      this.error(x.expr!.pos, `${this.describe(x)} is not constant`);
      if (!t) obj.type = invalidType;
      return;
    }
    if (!t) obj.type = x.type;
    this.assignment(x, obj.type, 'constant declaration');
    if (x.invalid) return;
    obj.val = x.val!;
  } finally {
    this.iota = savedIota;
    this.errpos = savedErrpos;
  }
};

Checker.prototype.varDecl = function (this: Checker, obj: Var, spec: ast.ValueSpec, lhs: Var[]): void {
  let t: Type | null = null;
  if (spec.type) {
    t = this.varType(spec.type);
    for (const v of lhs) setVarType(v, t);
  }
  if (spec.values.length === 0) {
    if (!t) obj.type = invalidType;
    return;
  }
  if (spec.values.length === lhs.length) {
    const i = lhs.indexOf(obj);
    const x = new Operand();
    this.expr(x, spec.values[i], t);
    this.initVar(obj, x, 'variable declaration');
    return;
  }
  if (spec.values.length === 1) {
    // Shared initialiser: resolve all variables at once.
    this.initVars(lhs, spec.values, null);
    for (const v of lhs) {
      if (v !== obj) this.color.set(v, 'black');
      if (v !== obj) {
        const deps = this.deps.get(obj);
        if (deps) this.deps.set(v, deps);
      }
    }
    return;
  }
  // Counts differ (reported by the arity check): a variable with a value of its own is initialized with it.
  const i = lhs.indexOf(obj);
  if (i < spec.values.length) {
    const x = new Operand();
    this.expr(x, spec.values[i], t);
    this.initVar(obj, x, 'variable declaration');
  }
  if (!obj.hasType) {
    obj.type = invalidType;
    obj.hasType = true;
  }
};

void Tuple;
void Signature;
