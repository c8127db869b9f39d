// Type declarations and type parameter lists (go/types' decl.go: typeDecl,
// collectTypeParams).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { TypeName } from './objects';
import { isValid } from './predicates';
import { resolvePendingInstances } from './subst';
import { Interface, Named, Type, TypeParam, invalidType } from './types';
import { anyType } from './universe';
import { constraintTerm } from './interface';

declare module './checker' {
  interface Checker {
    typeDecl(obj: TypeName, spec: ast.TypeSpec): void;
    declareTypeParams(list: ast.Field[]): TypeParam[];
  }
}

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
