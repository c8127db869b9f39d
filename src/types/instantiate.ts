// Whether type arguments satisfy their constraints (go/types' instantiate.go:
// verify and implements).
//
// spec: "A type argument T satisfies a type constraint C if T implements C";
// in Go 1.19 a type argument satisfies `comparable` only if it is strictly
// comparable (interfaces are not). The reasons go build gives are checked in
// the order it checks them: methods first, then comparability (reported only
// if nothing else is wrong), then the constraint's type set.

import { Checker } from './checker';
import { comparable, identical, isValid } from './predicates';
import { makeSubst, subst } from './subst';
import { Interface, Term, Type, TypeParam } from './types';

declare module './checker' {
  interface Checker {
    implementsConstraint(V: Type, T: Type): string | null;
    verifyInstance(tparams: TypeParam[], targs: Type[], posOf: (i: number) => number): boolean;
  }
}

/**
 * Checks each type argument against its type parameter's constraint, with
 * the type arguments substituted in the constraint (`S ~[]E`); reports the
 * first failure at posOf(i). Returns whether all are satisfied.
 */
Checker.prototype.verifyInstance = function (this: Checker, tparams: TypeParam[], targs: Type[], posOf: (i: number) => number): boolean {
  const m = makeSubst(tparams, targs);
  for (let i = 0; i < tparams.length; i++) {
    const why = this.implementsConstraint(targs[i], subst(tparams[i].constraint, m));
    if (why) {
      this.error(posOf(i), why);
      return false;
    }
  }
  return true;
};

/** Why V does not implement the constraint T, or null if it does. */
Checker.prototype.implementsConstraint = function (this: Checker, V: Type, T: Type): string | null {
  const Tu = T.underlying();
  if (!isValid(V.underlying()) || !isValid(Tu)) return null;
  const vs = this.tstr(V);
  const ts = this.tstr(T);
  if (!(Tu instanceof Interface)) return `${ts} is not an interface`;
  this.completeInterface(Tu);
  // Every type satisfies an unrestricted empty interface.
  if (Tu.allMethods.length === 0 && Tu.terms === null && !Tu.comparable) return null;
  // A type parameter (or interface) argument stands for its whole type set.
  const Vi = V instanceof TypeParam ? (V.constraint.underlying() as Interface) : V.underlying() instanceof Interface ? (V.underlying() as Interface) : null;
  if (Vi) this.completeInterface(Vi);
  if (Vi && Vi.terms && Vi.terms.length === 0) return null;
  if (Tu.terms && Tu.terms.length === 0) return `cannot implement ${vs} (empty type set)`;

  const missing = this.missingMethod(V, Tu);
  if (missing) return `${vs} does not implement ${ts} ${missing}`;

  let pending: string | null = null;
  // Go 1.19 wants strictly comparable type arguments; from Go 1.20 any comparable type (interfaces too) will do.
  const comparableOk = Vi && !(V instanceof TypeParam) && this.options.goVersion >= 20 ? true : Vi ? typeSetComparable(Vi) : comparable(V);
  if (typeSetComparable(Tu) && !comparableOk) pending = `${vs} does not implement comparable`;
  if (!Tu.terms) return pending;

  if (Vi) {
    // Each type V may stand for must be in T's type set.
    const subset = Vi.terms !== null && Vi.terms.every((v) => Tu.terms!.some((t) => termIncludesTerm(t, v)));
    return subset ? pending : `${vs} does not implement ${ts}`;
  }
  if (!Tu.terms.some((t) => termIncludes(t, V))) {
    const alt = Tu.terms.find((t) => !t.tilde && identical(t.type, t.type.underlying()) && identical(V.underlying(), t.type));
    if (alt) return `${vs} does not implement ${ts} (possibly missing ~ for ${this.tstr(alt.type)} in constraint ${ts})`;
    const terms = Tu.terms.map((t) => (t.tilde ? '~' : '') + this.tstr(t.type)).join(' | ');
    return `${vs} does not implement ${ts} (${vs} missing in ${terms})`;
  }
  return pending;
};

/** Whether every type in an interface's type set is comparable (`comparable`, or terms all comparable). */
function typeSetComparable(i: Interface): boolean {
  if (i.comparable) return true;
  return i.terms !== null && i.terms.every((t) => comparable(t.type));
}

/** Whether type V is in the set a term denotes: T, or every type whose underlying type is T (~T). */
function termIncludes(t: Term, V: Type): boolean {
  return t.tilde ? identical(V.underlying(), t.type.underlying()) : identical(V, t.type);
}

/** Whether term t's set contains all of term v's set. */
function termIncludesTerm(t: Term, v: Term): boolean {
  if (t.tilde) return identical(v.type.underlying(), t.type.underlying());
  return !v.tilde && identical(v.type, t.type);
}
