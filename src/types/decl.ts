// Declarations (go/types' decl.go): package-level objects resolved on first use,
// with cycles among them; function, type and type parameter declarations; and
// declarations in function bodies.

import type * as ast from '../syntax/ast';
import { setVarType } from './assignments';
import { Checker } from './checker';
import * as constant from './constant';
import { AnyObj, Const, Func, TypeName, Var } from './objects';
import { Operand } from './operand';
import { isValid } from './predicates';
import { resolvePendingInstances } from './subst';
import { Interface, Named, Signature, Tuple, Type, TypeParam, invalidType } from './types';
import { anyType } from './universe';
import { constraintTerm } from './interface';

declare module './checker' {
  interface Checker {
    packageObjects(): void;
    objDecl(obj: AnyObj): void;
    cycle(obj: AnyObj): void;
    funcDecl(obj: Func, decl: ast.FuncDecl): void;
    declStmt(d: ast.GenDecl): void;
    typeDecl(obj: TypeName, spec: ast.TypeSpec): void;
    declareTypeParams(list: ast.Field[]): TypeParam[];
  }
}

/** Resolves every package-level object (types first so that methods can attach). */
Checker.prototype.packageObjects = function (this: Checker): void {
  const objs = [...this.decls.keys()];
  // Type declarations first, then their methods, then everything else.
  for (const o of objs) if (o instanceof TypeName) this.objDecl(o);
  for (const o of objs) if (!(o instanceof TypeName)) this.objDecl(o);
};

/** Resolves a package-level object's declaration on first use (any order is allowed). */
Checker.prototype.objDecl = function (this: Checker, obj: AnyObj): void {
  const state = this.color.get(obj);
  if (state === 'black') return;
  const d = this.decls.get(obj);
  if (!d) return;
  if (state === 'grey') {
    this.cycle(obj);
    return;
  }
  this.color.set(obj, 'grey');
  this.objPath.push(obj);
  const saved = { scope: this.scope, declObj: this.declObj, fctx: this.fctx, iota: this.iota };
  this.scope = d.file.scope;
  this.fctx = null;
  this.iota = null;
  try {
    switch (d.kind) {
      case 'const':
        this.declObj = obj;
        this.constDecl(obj as Const, d.spec, d.index);
        break;
      case 'var':
        this.declObj = obj;
        this.varDecl(obj as Var, d.spec, d.lhs);
        break;
      case 'type':
        this.declObj = null;
        this.typeDecl(obj as TypeName, d.spec);
        break;
      case 'func':
        this.declObj = obj;
        this.funcDecl(obj as Func, d.decl);
        break;
    }
  } finally {
    this.objPath.pop();
    this.scope = saved.scope;
    this.declObj = saved.declObj;
    this.fctx = saved.fctx;
    this.iota = saved.iota;
    this.color.set(obj, 'black');
  }
};

Checker.prototype.cycle = function (this: Checker, obj: AnyObj): void {
  if (obj instanceof TypeName) {
    // A cycle through a defined type is fine here (validtype.ts judges it);
    // one of aliases only never reaches a type.
    const cycle = this.objPath.slice(this.objPath.indexOf(obj));
    if (cycle.some((o) => o instanceof TypeName && !o.isAlias)) return;
    const first = cycle.reduce((a, b) => (b.pos < a.pos ? b : a));
    const i = cycle.indexOf(first);
    const list = [...cycle.slice(i), ...cycle.slice(0, i)];
    const detail = list.map((o) => `${this.file.format(o.pos)}: ${o.name} refers to`);
    detail.push(`${this.file.format(first.pos)}: ${first.name}`);
    this.error(first.pos, `invalid recursive type ${first.name}`, detail);
    return;
  }
  // A constant or variable depending on itself is reported with the
  // initialization order (initorder.ts); here it just has no type.
  if (obj instanceof Const || obj instanceof Var) obj.type = invalidType;
};

Checker.prototype.funcDecl = function (this: Checker, obj: Func, decl: ast.FuncDecl): void {
  // A function mentioned in its own signature is a func() meanwhile (`func foo(x foo)`).
  obj.type = new Signature(new Tuple([]), new Tuple([]), false);
  const sig = this.funcType(decl.type, decl.recv, obj);
  obj.type = sig;
  this.info.funcSigs.set(decl, sig);
  if (decl.recv) this.attachMethod(obj, decl);
  if (decl.body) {
    const body = decl.body;
    this.delayed.push(() => {
      this.declObj = obj;
      this.funcBody(decl, obj, sig, body);
      this.declObj = null;
    });
  }
};

Checker.prototype.typeDecl = function (this: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  if (spec.alias) {
    if (spec.typeParams.length) this.error(spec.name.pos, 'generic type cannot be alias');
    obj.isAlias = true;
    obj.type = invalidType;
    this.aliasesInProgress.add(obj);
    obj.type = this.typExpr(spec.type);
    this.aliasesInProgress.delete(obj);
    return;
  }
  const named = new Named(obj);
  obj.type = named;
  if (spec.typeParams.length) {
    const scope = this.openScope(spec, 'type parameters');
    named.typeParams = this.declareTypeParams(spec.typeParams);
    void scope;
    const rhs = this.definedType(spec.type, named);
    this.closeScope();
    if (!named.resolved) named.setUnderlying(rhs instanceof Named ? rhs : rhs);
    if (rhs instanceof TypeParam) {
      this.error(spec.type.pos, `cannot use a type parameter as RHS in type declaration`);
      named.setUnderlying(invalidType);
    }
  } else {
    const rhs = this.definedType(spec.type, named);
    if (!named.resolved) named.setUnderlying(rhs);
  }
  // The underlying type of `type T U` is U's underlying type (resolved through Named.underlying()).
  resolvePendingInstances(named);
  if (!this.namedCycle(named)) this.validType(named);
  // Methods declared on this type.
  for (const decl of this.methodDecls.get(obj.name) ?? []) {
    const m = this.info.funcObjs.get(decl);
    if (m) this.objDecl(m);
  }
};

Checker.prototype.declareTypeParams = function (this: Checker, list: ast.Field[]): TypeParam[] {
  const tparams: TypeParam[] = [];
  // Declare all names first: constraints may refer to any of them.
  for (const f of list) {
    for (const id of f.names) {
      const tn = new TypeName(id.name, invalidType, id.pos, this.pkg);
      const tp = new TypeParam(tn, tparams.length, anyType);
      tn.type = tp;
      this.declare(this.scope, id, tn);
      tparams.push(tp);
    }
  }
  let i = 0;
  for (const f of list) {
    let bound: Type;
    const ce = f.type;
    if ((ce.kind === 'BinaryExpr' && ce.op === '|') || (ce.kind === 'UnaryExpr' && ce.op === '~')) {
      const u = constraintTerm(this, ce);
      const iface = new Interface([], [u]);
      iface.implicit = true;
      this.completeInterface(iface);
      bound = iface;
    } else {
      bound = this.typExpr(ce);
      const u = bound.underlying();
      if (isValid(bound) && !(u instanceof Interface)) {
        const iface = new Interface([], [bound]);
        iface.implicit = true;
        this.completeInterface(iface);
        bound = iface;
      }
    }
    for (let k = 0; k < f.names.length; k++) tparams[i++].constraint = bound;
  }
  return tparams;
};

// ---- declarations in function bodies ------------------------------------------------------

Checker.prototype.declStmt = function (this: Checker, d: ast.GenDecl): void {
  switch (d.tok) {
    case 'const':
      for (const spec of d.specs as ast.ValueSpec[]) {
        const objs = spec.names.map((id) => new Const(id.name, invalidType, id.pos, this.pkg, constant.unknown));
        objs.forEach((o, i) => this.constDecl(o, spec, i));
        this.arity(spec, true);
        spec.names.forEach((id, i) => {
          this.recordDef(id, objs[i]);
          if (id.name !== '_') {
            const prev = this.scope.insert(objs[i]);
            if (prev) this.redeclared(objs[i], prev);
          }
        });
      }
      return;
    case 'var':
      for (const spec of d.specs as ast.ValueSpec[]) {
        const vars = spec.names.map((id) => {
          const v = new Var(id.name, invalidType, id.pos, this.pkg);
          v.hasType = false;
          return v;
        });
        vars.forEach((v, i) => this.recordDef(spec.names[i], v));
        let t: Type | null = null;
        if (spec.type) {
          t = this.varType(spec.type);
          for (const v of vars) {
            setVarType(v, t);
            // A variable of a type in error is not also reported unused.
            if (!isValid(t)) v.used = true;
          }
        }
        if (spec.values.length === vars.length) {
          vars.forEach((v, i) => {
            const x = new Operand();
            this.expr(x, spec.values[i], t);
            this.initVar(v, x, 'variable declaration');
          });
        } else if (spec.values.length === 1) {
          this.initVars(vars, spec.values, null);
        } else {
          // Counts differ: each variable with a value of its own is initialized with it.
          vars.forEach((v, i) => {
            if (i >= spec.values.length) return;
            const x = new Operand();
            this.expr(x, spec.values[i], t);
            this.initVar(v, x, 'variable declaration');
          });
        }
        for (const v of vars) {
          if (!v.hasType) {
            // No type and no value (an arity error): not also reported unused.
            v.type = invalidType;
            v.hasType = true;
            v.used = true;
          }
        }
        this.arity(spec, false);
        vars.forEach((v, i) => this.declareLocal(spec.names[i], v));
      }
      return;
    case 'type':
      for (const spec of d.specs as ast.TypeSpec[]) {
        const obj = new TypeName(spec.name.name, invalidType, spec.name.pos, this.pkg);
        this.declare(this.scope, spec.name, obj);
        this.typeDecl(obj, spec);
      }
      return;
    case 'import':
      return;
  }
};
