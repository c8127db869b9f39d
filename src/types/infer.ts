// Type argument inference for calls of generic functions (go/types' infer.go and
// unify.go, reduced to what single-file programs need): unify parameter types with
// argument types, give untyped constant arguments their default types, and use
// constraints' core types (`S ~[]E`) to infer the rest.

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { exprString } from './exprstring';
import { Mode, Operand } from './operand';
import { defaultType, identical, isUntyped } from './predicates';
import { instantiateNamed, makeSubst, subst } from './subst';
import { ArrayType, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Type, TypeParam } from './types';

declare module './checker' {
  interface Checker {
    inferCall(call: ast.CallExpr, sig: Signature, args: Operand[]): Signature | null;
  }
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

Checker.prototype.inferCall = function (this: Checker, call: ast.CallExpr, sig: Signature, args: Operand[]): Signature | null {
  const tparams = sig.typeParams;
  const fun = unparen(call.fun);
  const partial = this.partialInst.get(fun) ?? [];
  const bound = new Map<TypeParam, Type>();
  partial.forEach((t, i) => bound.set(tparams[i], t));
  const isParam = (t: Type): t is TypeParam => t instanceof TypeParam && tparams.includes(t);

  // Parameter types, expanded for variadic calls.
  const params = sig.params.vars.map((v) => v.type);
  let ptypes: Type[] = params;
  if (sig.variadic && call.ellipsis < 0) {
    const last = (params[params.length - 1] as Slice).elem;
    ptypes = params.slice(0, -1);
    while (ptypes.length < args.length) ptypes.push(last);
  }

  const unify = (x: Type, y: Type): boolean => {
    if (isParam(x)) {
      const b = bound.get(x);
      if (!b) {
        bound.set(x, y);
        return true;
      }
      if (identical(b, y)) return true;
      // Inexact: a defined type and its unnamed underlying type unify.
      if (identical(b.underlying(), y.underlying()) && (!(b instanceof Named) || !(y instanceof Named))) {
        if (y instanceof Named) bound.set(x, y);
        return true;
      }
      return false;
    }
    if (x instanceof Named && y instanceof Named) {
      if (x.orig && y.orig && x.orig === y.orig) return x.typeArgs.every((a, i) => unify(a, y.typeArgs[i]));
      return identical(x, y);
    }
    if (y instanceof Named && !(x instanceof Named)) return unify(x, y.underlying());
    if (x instanceof Pointer && y instanceof Pointer) return unify(x.elem, y.elem);
    if (x instanceof Slice && y instanceof Slice) return unify(x.elem, y.elem);
    if (x instanceof ArrayType && y instanceof ArrayType) return x.len === y.len && unify(x.elem, y.elem);
    if (x instanceof MapType && y instanceof MapType) return unify(x.key, y.key) && unify(x.elem, y.elem);
    if (x instanceof Chan && y instanceof Chan) return unify(x.elem, y.elem);
    if (x instanceof Signature && y instanceof Signature) {
      if (x.params.length !== y.params.length || x.results.length !== y.results.length) return false;
      return x.params.vars.every((v, i) => unify(v.type, y.params.vars[i].type)) && x.results.vars.every((v, i) => unify(v.type, y.results.vars[i].type));
    }
    if (x instanceof Struct && y instanceof Struct) {
      return x.fields.length === y.fields.length && x.fields.every((f, i) => f.name === y.fields[i].name && unify(f.type, y.fields[i].type));
    }
    if (x instanceof Interface && y instanceof Interface) return true;
    if (x instanceof Tuple && y instanceof Tuple) return x.length === y.length && x.vars.every((v, i) => unify(v.type, y.vars[i].type));
    return identical(x, y) || !mentions(x, tparams);
  };

  // Pass 1: typed arguments.
  for (let i = 0; i < args.length && i < ptypes.length; i++) {
    const a = args[i];
    if (a.mode === Mode.Invalid || isUntyped(a.type)) continue;
    if (!mentions(ptypes[i], tparams)) continue;
    if (!unify(ptypes[i], a.type)) {
      const pt = subst(ptypes[i], bound);
      this.error(a.expr!.pos, `type ${this.tstr(a.type)} of ${exprString(a.expr!)} does not match ${mentions(pt, tparams) ? this.tstr(ptypes[i]) : 'inferred type ' + this.tstr(pt) + ' for ' + this.tstr(ptypes[i])}`);
      return null;
    }
  }
  // Pass 2: untyped constants for still-unbound bare type parameters.
  for (let i = 0; i < args.length && i < ptypes.length; i++) {
    const a = args[i];
    if (a.mode === Mode.Invalid || !isUntyped(a.type) || a.isNil()) continue;
    const p = ptypes[i];
    if (isParam(p) && !bound.has(p)) bound.set(p, defaultType(a.type));
  }
  // Pass 3: core types of constraints.
  for (let round = 0; round < tparams.length; round++) {
    let progress = false;
    for (const tp of tparams) {
      const c = tp.constraint.underlying();
      if (!(c instanceof Interface) || !c.terms || c.terms.length !== 1) continue;
      const core = c.terms[0].type;
      const b = bound.get(tp);
      if (b) {
        const before = bound.size;
        unify(core, c.terms[0].tilde ? b.underlying() : b);
        if (bound.size !== before) progress = true;
      } else if (!mentions(core, tparams) || tparams.every((q) => q === tp || !mentions(core, [q]) || bound.has(q))) {
        bound.set(tp, subst(core, bound));
        progress = true;
      }
    }
    if (!progress) break;
  }
  const missing = tparams.find((tp) => !bound.has(tp));
  if (missing) {
    this.error(call.rparen, `in call to ${exprString(call.fun)}, cannot infer ${missing.obj.name}`);
    return null;
  }
  const targs = tparams.map((tp) => bound.get(tp)!);
  for (let i = 0; i < tparams.length; i++) {
    if (!this.satisfies(targs[i], tparams[i], targs, call.fun.pos)) return null;
  }
  const m = makeSubst(tparams, targs);
  const inst = subst(new Signature(sig.params, sig.results, sig.variadic), m) as Signature;
  this.info.instances.set(fun, { typeArgs: targs, type: inst });
  const rec = this.info.types.get(call.fun);
  if (rec) rec.type = inst;
  return inst;
};

/** Whether t mentions any of the type parameters. */
export function mentions(t: Type, tparams: TypeParam[]): boolean {
  const seen = new Set<Type>();
  const visit = (x: Type): boolean => {
    if (seen.has(x)) return false;
    seen.add(x);
    if (x instanceof TypeParam) return tparams.includes(x);
    if (x instanceof Pointer || x instanceof Slice || x instanceof ArrayType || x instanceof Chan) return visit(x.elem);
    if (x instanceof MapType) return visit(x.key) || visit(x.elem);
    if (x instanceof Signature) return visit(x.params) || visit(x.results);
    if (x instanceof Tuple) return x.vars.some((v) => visit(v.type));
    if (x instanceof Struct) return x.fields.some((f) => visit(f.type));
    if (x instanceof Named) return x.typeArgs.some(visit);
    if (x instanceof Interface) return x.allMethods.some((m) => visit(m.type));
    return false;
  };
  return visit(t);
}

void instantiateNamed;
