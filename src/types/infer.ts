// Type argument inference (go/types' infer.go and unify.go, as of Go 1.19).
//
// Inference fills in the type arguments a call (or an instantiation such as
// `f[int]`) leaves out, in the order Go 1.19 does, since that order decides
// which error a program gets:
//
//  1. unify each parameter type mentioning a type parameter with the type of
//     its typed argument;
//  2. constraint type inference: unify each type parameter with the core type
//     of its constraint (`S ~[]E` gives E once S is known);
//  3. give parameters still unknown whose type is a bare type parameter the
//     default type of their untyped constant argument;
//  4. constraint type inference again.
//
// Unification is inexact: a defined type and a type literal unify when the
// defined type's underlying type does (a `Names` argument for an `[]E`
// parameter gives E = string).

import { Checker } from './checker';
import { exprString } from './exprstring';
import { Mode, Operand } from './operand';
import { defaultType, identical, isNumeric, isTyped } from './predicates';
import { makeSubst, subst } from './subst';
import { ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Type, TypeParam } from './types';
import { coreType } from './expr';

declare module './checker' {
  interface Checker {
    infer(pos: number, tparams: TypeParam[], given: Type[], params: Type[], args: Operand[], genericArgs?: boolean[]): Type[] | null;
  }
}

/**
 * Infers the type arguments of tparams, `given` being the explicit ones (a
 * prefix), from arguments `args` passed for parameters of types `params`.
 * Returns all type arguments, or null after reporting why not (at pos, the
 * call's `(` or the instantiation's `[`, unless an argument is to blame).
 */
Checker.prototype.infer = function (this: Checker, pos: number, tparams: TypeParam[], given: Type[], params: Type[], args: Operand[], genericArgs: boolean[] = []): Type[] | null {
  if (given.length === tparams.length) return given;
  const u = new Unifier(tparams);
  given.forEach((t, i) => u.set(tparams[i], t));
  // Parameter types with the explicit type arguments in place (messages show them so).
  if (given.length) {
    const m = makeSubst(tparams.slice(0, given.length), given);
    params = params.map((p) => subst(p, m));
  }

  const mismatch = (kind: string, par: Type, targ: Type, arg: Operand): null => {
    const known = tparams.map((tp) => u.at(tp));
    const what = `${kind} ${this.tstr(targ)} of ${exprString(arg.expr!)} does not match`;
    if (known.every((t) => t === null)) {
      this.error(arg.expr!.pos, `${what} ${this.tstr(par)} (cannot infer ${typeParamsString(tparams)})`);
      return null;
    }
    const m = new Map<TypeParam, Type>();
    tparams.forEach((tp, i) => known[i] && m.set(tp, known[i]!));
    const inferred = subst(par, m);
    if (inferred !== par) this.error(arg.expr!.pos, `${what} inferred type ${this.tstr(inferred)} for ${this.tstr(par)}`);
    else this.error(arg.expr!.pos, `${what} ${this.tstr(par)}`);
    return null;
  };

  // 1: typed arguments; remember the untyped ones for bare type parameters.
  const untyped: number[] = [];
  for (let i = 0; i < args.length && i < params.length; i++) {
    const par = params[i];
    const arg = args[i];
    if (!parameterized(par, tparams) || arg.mode === Mode.Invalid) continue;
    if (isTyped(arg.type)) {
      // A generic function argument's own type parameters are unknowns too (funcinst.ts).
      if (!u.unify(par, arg.type, genericArgs[i] ?? false)) return mismatch('type', par, arg.type, arg);
    } else if (par instanceof TypeParam && tparams.includes(par)) {
      untyped.push(i);
    }
  }
  if (u.complete()) return u.result();

  // 2: constraint type inference.
  if (!this.inferFromConstraints(pos, u)) return null;
  if (u.complete()) return u.result();

  // 3: untyped constants give their default types, for the type parameters
  // unknown so far (a second untyped argument must then agree with the first).
  const unknown = new Set(tparams.filter((tp) => !u.at(tp)));
  // From Go 1.21 the untyped arguments of one type parameter agree on the
  // "largest" of their kinds (1 and 2.5 give float64) instead of the first.
  const largest = new Map<TypeParam, Type>();
  if (this.options.goVersion >= 21) {
    for (const i of untyped) {
      const par = params[i] as TypeParam;
      const t = args[i].type;
      const prev = largest.get(par);
      if (t instanceof Basic && t.basic !== BasicKind.UntypedNil && (!prev || (isNumeric(prev) && isNumeric(t) && t.basic > (prev as Basic).basic))) largest.set(par, t);
    }
  }
  for (const i of untyped) {
    const par = params[i] as TypeParam;
    if (!unknown.has(par)) continue;
    const targ = defaultType(largest.get(par) ?? args[i].type);
    // Untyped nil has no default type and infers nothing.
    if (isTyped(targ) && !u.unify(par, targ, false)) return mismatch('default type', par, targ, args[i]);
  }

  // 4: constraint type inference again.
  if (!this.inferFromConstraints(pos, u)) return null;
  if (u.complete()) return u.result();

  const missing = tparams.find((tp) => !u.at(tp))!;
  this.error(pos, `cannot infer ${missing.obj.name} (${this.file.format(missing.obj.pos)})`);
  return null;
};

declare module './checker' {
  interface Checker {
    inferFromConstraints(pos: number, u: Unifier): boolean;
  }
}

/**
 * Constraint type inference: a type parameter whose constraint has a core
 * type unifies with it, repeatedly while that infers more. Inferred types
 * still mentioning type parameters are then completed by substitution; any
 * that cannot be are dropped. False after reporting a mismatch at pos.
 */
Checker.prototype.inferFromConstraints = function (this: Checker, pos: number, u: Unifier): boolean {
  const tparams = u.tparams;
  const given = new Set(tparams.filter((tp) => u.at(tp)));
  for (let n = u.unknowns(); n > 0; ) {
    for (const tp of tparams) {
      const core = coreTerm(tp);
      if (!core) continue;
      let tx = u.at(tp);
      if (tx) {
        // With a tilde the argument's underlying type must match the core type.
        if (core.tilde && !(tx instanceof TypeParam)) tx = tx.underlying();
        if (!u.unify(tx, core.type, true)) {
          this.error(pos, `${this.tstr(tp)} does not match ${core.tilde ? '~' : ''}${this.tstr(core.type)}`);
          return false;
        }
      } else if (core.single && !core.tilde) {
        u.set(tp, core.type);
      }
    }
    const nn = u.unknowns();
    if (nn === n) break;
    n = nn;
  }
  // Substitute inferred types into each other until nothing changes (a cycle
  // such as [A interface{ *A }] never settles: give up after a few rounds).
  let dirty = tparams.filter((tp) => u.at(tp) && !given.has(tp));
  for (let round = 0; dirty.length && round <= tparams.length; round++) {
    const m = new Map<TypeParam, Type>();
    for (const tp of tparams) if (u.at(tp)) m.set(tp, u.at(tp)!);
    dirty = dirty.filter((tp) => {
      const t0 = u.at(tp)!;
      const t1 = subst(t0, m);
      if (t1 === t0) return false;
      u.set(tp, t1);
      return true;
    });
  }
  for (const tp of tparams) {
    const t = u.at(tp);
    if (t && parameterized(t, tparams)) u.clear(tp);
  }
  return true;
};

/**
 * The core term of a type parameter's constraint: its single term (single),
 * or its core type, with a tilde if any term has one; null if neither.
 */
function coreTerm(tp: TypeParam): { type: Type; tilde: boolean; single: boolean } | null {
  const c = tp.constraint.underlying();
  if (!(c instanceof Interface) || !c.terms || c.terms.length === 0) return null;
  if (c.terms.length === 1) return { type: c.terms[0].type, tilde: c.terms[0].tilde, single: true };
  const core = coreType(tp);
  return core ? { type: core, tilde: c.terms.some((t) => t.tilde), single: false } : null;
}

/** "T", "K and V", "A, B, and C", as go build lists type parameters. */
function typeParamsString(list: TypeParam[]): string {
  const names = list.map((tp) => tp.obj.name);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** Whether t mentions any of the type parameters. */
export function parameterized(t: Type, tparams: TypeParam[]): boolean {
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
    if (x instanceof Interface) return x.allMethods.some((m) => visit(m.type)) || (x.terms ?? []).some((t) => visit(t.type));
    return false;
  };
  return visit(t);
}

/** Kept for callers that ask whether a type mentions type parameters. */
export const mentions = parameterized;

/**
 * Unification of types containing the type parameters being inferred,
 * recording what each must be. Joined type parameters (unified with each
 * other while both unknown) share one entry.
 */
export class Unifier {
  private readonly inferred = new Map<TypeParam, Type>();
  private readonly alias = new Map<TypeParam, TypeParam>();

  constructor(readonly tparams: TypeParam[]) {}

  private find(tp: TypeParam): TypeParam {
    for (let a = this.alias.get(tp); a; a = this.alias.get(tp)) tp = a;
    return tp;
  }

  at(tp: TypeParam): Type | null {
    return this.inferred.get(this.find(tp)) ?? null;
  }

  set(tp: TypeParam, t: Type): void {
    this.inferred.set(this.find(tp), t);
  }

  clear(tp: TypeParam): void {
    this.inferred.delete(this.find(tp));
  }

  unknowns(): number {
    return this.tparams.filter((tp) => !this.at(tp)).length;
  }

  complete(): boolean {
    return this.unknowns() === 0;
  }

  result(): Type[] {
    return this.tparams.map((tp) => this.at(tp)!);
  }

  private isParam(t: Type): t is TypeParam {
    return t instanceof TypeParam && this.tparams.includes(t);
  }

  /**
   * Unifies x (which may mention the type parameters) with y. With bothSides,
   * type parameters in y are inference variables too (constraint inference);
   * otherwise y is an argument's type, where they stand for themselves.
   */
  unify(x: Type, y: Type, bothSides: boolean): boolean {
    return this.nify(x, y, bothSides, 0);
  }

  private nify(x: Type, y: Type, both: boolean, depth: number): boolean {
    if (depth > 64) return false;
    const d = depth + 1;
    // Inexact unification: a defined type against a type literal compares the underlying type.
    if (x instanceof Named && !hasName(y)) return this.nify(x.underlying(), y, both, d);
    if (y instanceof Named && !hasName(x)) return this.nify(x, y.underlying(), both, d);
    const px = this.isParam(x);
    const py = both && this.isParam(y);
    if (px && py) {
      const tx = this.at(x);
      const ty = this.at(y);
      if (this.find(x) === this.find(y)) return true;
      if (!tx && !ty) {
        this.alias.set(this.find(y), this.find(x));
        return true;
      }
      if (tx && !ty) {
        this.set(y, tx);
        return true;
      }
      if (!tx && ty) {
        this.set(x, ty);
        return true;
      }
      return this.nifyEq(tx!, ty!, both, d);
    }
    if (px) {
      const tx = this.at(x);
      if (tx) return this.nifyEq(tx, y, both, d);
      this.set(x, y);
      return true;
    }
    if (py) {
      const ty = this.at(y);
      if (ty) return this.nifyEq(x, ty, both, d);
      this.set(y, x);
      return true;
    }
    if (x === y) return true;
    // Type parameters from outside (the caller's own) unify through their core types.
    if (x instanceof TypeParam && !hasName(y)) {
      const cx = coreType(x);
      if (cx) return this.nify(cx, y, both, d);
    } else if (y instanceof TypeParam && !hasName(x)) {
      const cy = coreType(y);
      if (cy) return this.nify(x, cy, both, d);
    }
    if (x instanceof Basic && y instanceof Basic) return identical(x, y);
    if (x instanceof Pointer && y instanceof Pointer) return this.nify(x.elem, y.elem, both, d);
    if (x instanceof Slice && y instanceof Slice) return this.nify(x.elem, y.elem, both, d);
    if (x instanceof ArrayType && y instanceof ArrayType) return x.len === y.len && this.nify(x.elem, y.elem, both, d);
    if (x instanceof MapType && y instanceof MapType) return this.nify(x.key, y.key, both, d) && this.nify(x.elem, y.elem, both, d);
    if (x instanceof Chan && y instanceof Chan) return this.nify(x.elem, y.elem, both, d);
    if (x instanceof Struct && y instanceof Struct) {
      return (
        x.fields.length === y.fields.length &&
        x.fields.every((f, i) => f.name === y.fields[i].name && f.embedded === y.fields[i].embedded && this.nify(f.type, y.fields[i].type, both, d))
      );
    }
    if (x instanceof Tuple && y instanceof Tuple) return x.length === y.length && x.vars.every((v, i) => this.nify(v.type, y.vars[i].type, both, d));
    if (x instanceof Signature && y instanceof Signature) {
      return x.variadic === y.variadic && x.typeParams.length === y.typeParams.length && this.nify(x.params, y.params, both, d) && this.nify(x.results, y.results, both, d);
    }
    if (x instanceof Named && y instanceof Named) {
      if (x.orig && x.orig === y.orig) return x.typeArgs.every((a, i) => this.nify(a, y.typeArgs[i], both, d));
      return identical(x, y);
    }
    return identical(x, y);
  }

  private nifyEq(x: Type, y: Type, both: boolean, depth: number): boolean {
    return x === y || this.nify(x, y, both, depth);
  }
}

/** Types with a name: defined types, basic types and type parameters (they do not unify inexactly). */
function hasName(t: Type): boolean {
  return t instanceof Named || t instanceof Basic || t instanceof TypeParam;
}
