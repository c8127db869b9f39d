// Generic functions used as values without type arguments (Go 1.21's
// "reverse type inference", go/types' funcInst with a target type):
//
//	var g func(float64) float64 = Double   // Double[float64]
//	slices.SortFunc(nums, cmp.Compare)     // cmp.Compare[int]
//	Apply(nums, Double)                    // Double's T inferred with Apply's
//
// The type arguments come from unifying the function's signature with the
// type it is assigned to: a variable's, a parameter's, a result's. Before Go
// 1.21 such a use is an error (`cannot use generic function Double without
// instantiation`).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { Unifier } from './infer';
import { Operand } from './operand';
import { makeSubst, subst } from './subst';
import { Signature, Type } from './types';

declare module './checker' {
  interface Checker {
    /** x is a generic function value: infer its type arguments from the function type `target`; false if they cannot be. */
    instantiateFromTarget(x: Operand, target: Type): boolean;
    /** After a call's inference: instantiate a generic function argument with its inferred type arguments. */
    instantiateArgument(x: Operand, targs: Type[]): void;
  }
}

/** Whether x is a generic function not yet instantiated. */
export function isGenericValue(c: Checker, x: Operand): x is Operand & { type: Signature } {
  return x.type instanceof Signature && x.type.typeParams.length > 0 && !(x.expr !== null && c.info.instances.has(unparen(x.expr)));
}

/** The signature without its type parameter list (unification then binds them as unknowns). */
export function withoutTypeParams(sig: Signature): Signature {
  return new Signature(sig.params, sig.results, sig.variadic);
}

Checker.prototype.instantiateFromTarget = function (this: Checker, x: Operand, target: Type): boolean {
  const sig = x.type as Signature;
  const t = target.underlying();
  if (!(t instanceof Signature) || t.typeParams.length) return false;
  const u = new Unifier(sig.typeParams);
  if (!u.unify(withoutTypeParams(sig), t, false)) return false;
  if (!u.complete() && !this.inferFromConstraints(x.expr!.pos, u)) return false;
  if (!u.complete()) return false;
  this.instantiateArgument(x, u.result());
  return true;
};

Checker.prototype.instantiateArgument = function (this: Checker, x: Operand, targs: Type[]): void {
  const sig = x.type as Signature;
  const e = unparen(x.expr!);
  this.verifyInstance(sig.typeParams, targs, () => e.pos);
  const inst = subst(withoutTypeParams(sig), makeSubst(sig.typeParams, targs)) as Signature;
  this.info.instances.set(e, { typeArgs: targs, type: inst });
  x.type = inst;
  for (const n of [x.expr!, e]) {
    const tv = this.info.types.get(n);
    if (tv) tv.type = inst;
  }
};

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}
