// Field and method lookup through embedded structs, and interface satisfaction
// (go/types' lookup.go).
//
// spec: "For a value x of type T or *T where T is not a pointer or interface
// type, x.f denotes the field or method at the shallowest depth in T where
// there is such an f. If there is not exactly one f with shallowest depth, the
// selector expression is illegal."

import { Func, Var } from './objects';
import { identical } from './predicates';
import { Interface, Named, Pointer, Signature, Struct, Type, TypeParam } from './types';
import type { Substitution } from './subst';

export interface LookupResult {
  obj: Var | Func | null;
  /** Indices of the embedded fields traversed, then the field's own index (fields only). */
  index: number[];
  /** Some pointer was dereferenced on the way (or the receiver is a pointer). */
  indirect: boolean;
  /** More than one candidate at the shallowest depth. */
  ambiguous: boolean;
}

interface Embedded {
  type: Type;
  index: number[];
  indirect: boolean;
  multiples: boolean;
}

function deref(t: Type): [Type, boolean] {
  if (t instanceof Pointer) return [t.elem, true];
  return [t, false];
}

/**
 * Looks up `name` in T's fields and methods (T may be a pointer to a named type).
 * With foldCase, names differing only in case match (for "missing M method, have m()").
 */
export function lookupFieldOrMethod(T: Type, name: string, methodsOf: (n: Named) => Func[], foldCase = false): LookupResult {
  const none: LookupResult = { obj: null, index: [], indirect: false, ambiguous: false };
  // A named pointer type has no methods, but the fields of what it points to are reachable.
  if (T instanceof Named && T.underlying() instanceof Pointer) {
    const r = lookupFieldOrMethod(T.underlying(), name, methodsOf, foldCase);
    return r.obj instanceof Func ? none : r;
  }
  const lower = name.toLowerCase();
  const is = (n: string): boolean => n === name || (foldCase && n.toLowerCase() === lower);
  if (name === '_') return none;
  let [typ, isPtr] = deref(T);
  // *T where T is a pointer or interface has no methods or fields.
  if (isPtr && (typ.underlying() instanceof Interface || typ.underlying() instanceof Pointer) && !(typ instanceof TypeParam)) return none;
  if (typ instanceof TypeParam) {
    // Methods of a type parameter come from its constraint.
    const c = typ.constraint.underlying();
    if (c instanceof Interface) {
      const m = c.allMethods.find((f) => is(f.name));
      if (m) return { obj: m, index: [], indirect: isPtr, ambiguous: false };
    }
    return none;
  }
  let current: Embedded[] = [{ type: typ, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Type>();
  while (current.length) {
    const next: Embedded[] = [];
    let found: LookupResult | null = null;
    let count = 0;
    for (const e of current) {
      let t = e.type;
      if (t instanceof Named) {
        if (seen.has(t)) continue;
        seen.add(t);
        const m = methodsOf(t).find((f) => is(f.name));
        if (m) {
          count += e.multiples ? 2 : 1;
          found = { obj: m, index: e.index, indirect: e.indirect, ambiguous: false };
          continue;
        }
        t = t.underlying();
      }
      const u = t.underlying();
      if (u instanceof Struct) {
        u.fields.forEach((f, i) => {
          if (is(f.name)) {
            count += e.multiples ? 2 : 1;
            found = { obj: f, index: [...e.index, i], indirect: e.indirect, ambiguous: false };
            return;
          }
          if (f.embedded) {
            const [ft, ptr] = deref(f.type);
            next.push({ type: ft, index: [...e.index, i], indirect: e.indirect || ptr, multiples: e.multiples });
          }
        });
      } else if (u instanceof Interface) {
        const m = u.allMethods.find((f) => is(f.name));
        if (m) {
          count += e.multiples ? 2 : 1;
          found = { obj: m, index: e.index, indirect: e.indirect, ambiguous: false };
        }
      }
    }
    if (count > 1) return { ...none, ambiguous: true };
    if (found) return found;
    current = consolidate(next);
  }
  return none;
}

/** Merges entries for the same embedded type at one depth, marking them as multiples. */
function consolidate(list: Embedded[]): Embedded[] {
  const out: Embedded[] = [];
  for (const e of list) {
    const prev = out.find((p) => identical(p.type, e.type));
    if (prev) prev.multiples = true;
    else out.push(e);
  }
  return out;
}

export interface MissingMethod {
  method: Func;
  /** The method exists but with a pointer receiver (T, not *T, was tested). */
  pointerReceiver: boolean;
  /** A method with that name exists with another signature, or one whose name differs only in case. */
  wrongType: Func | null;
}

/**
 * Returns the first method of interface `iface` that type V lacks, or null if V
 * implements it. `subst` maps a generic receiver's type parameters when needed.
 */
export function missingMethod(
  V: Type,
  iface: Interface,
  methodsOf: (n: Named) => Func[],
  methodType: (m: Func, recv: Type) => Signature,
  _subst?: Substitution,
): MissingMethod | null {
  const vu = V.underlying();
  if (vu instanceof Interface && !(V instanceof TypeParam)) {
    for (const m of iface.allMethods) {
      const f = vu.allMethods.find((x) => x.name === m.name);
      if (!f) {
        const alt = vu.allMethods.find((x) => x.name.toLowerCase() === m.name.toLowerCase());
        return { method: m, pointerReceiver: false, wrongType: alt ?? null };
      }
      if (!identical(f.type, m.type)) return { method: m, pointerReceiver: false, wrongType: f };
    }
    return null;
  }
  for (const m of iface.allMethods) {
    const r = lookupFieldOrMethod(V, m.name, methodsOf);
    if (!r.obj || !(r.obj instanceof Func)) {
      const alt = lookupFieldOrMethod(V, m.name, methodsOf, true).obj;
      return { method: m, pointerReceiver: false, wrongType: alt instanceof Func ? alt : null };
    }
    const f = r.obj;
    if (!identical(methodType(f, V), m.type)) return { method: m, pointerReceiver: false, wrongType: f };
    if (f.ptrRecv && !r.indirect && !(V instanceof Pointer) && !(V instanceof TypeParam)) {
      return { method: m, pointerReceiver: true, wrongType: null };
    }
  }
  return null;
}
