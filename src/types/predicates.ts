// Type predicates: kinds of types, identity, comparability (go/types' predicates.go).

import {
  ArrayType,
  Basic,
  BasicInfo,
  BasicKind,
  Chan,
  Interface,
  MapType,
  Named,
  Pointer,
  Signature,
  Slice,
  Struct,
  Tuple,
  Type,
  TypeParam,
  Typ,
  Union,
} from './types';

function basicInfo(t: Type): number {
  const u = t.underlying();
  return u instanceof Basic ? u.info : 0;
}

export const isBoolean = (t: Type) => (basicInfo(t) & BasicInfo.IsBoolean) !== 0;
export const isInteger = (t: Type) => (basicInfo(t) & BasicInfo.IsInteger) !== 0;
export const isUnsigned = (t: Type) => (basicInfo(t) & BasicInfo.IsUnsigned) !== 0;
export const isFloat = (t: Type) => (basicInfo(t) & BasicInfo.IsFloat) !== 0;
export const isComplex = (t: Type) => (basicInfo(t) & BasicInfo.IsComplex) !== 0;
export const isNumeric = (t: Type) => (basicInfo(t) & BasicInfo.IsNumeric) !== 0;
export const isString = (t: Type) => (basicInfo(t) & BasicInfo.IsString) !== 0;
export const isOrdered = (t: Type) => (basicInfo(t) & BasicInfo.IsOrdered) !== 0;
export const isConstType = (t: Type) => (basicInfo(t) & BasicInfo.IsConstType) !== 0;

export function isUntyped(t: Type): boolean {
  return t instanceof Basic && (t.info & BasicInfo.IsUntyped) !== 0;
}

export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}

export function isInterface(t: Type): boolean {
  return !(t instanceof TypeParam) && t.underlying() instanceof Interface;
}

export function isTypeParam(t: Type): boolean {
  return t instanceof TypeParam;
}

export function isNamed(t: Type): boolean {
  return t instanceof Named || t instanceof Basic || t instanceof TypeParam;
}

export function isValid(t: Type): boolean {
  return !(t instanceof Basic && t.basic === BasicKind.Invalid);
}

/**
 * Whether a type literal has a type in error somewhere inside it ([3]invalid,
 * func() invalid): errors about it were reported where it was written, and
 * are not reported again by its uses. Named types are not looked into.
 */
export function containsInvalid(t: Type): boolean {
  if (!isValid(t)) return true;
  if (t instanceof Pointer || t instanceof Slice || t instanceof ArrayType || t instanceof Chan) return containsInvalid(t.elem);
  if (t instanceof MapType) return containsInvalid(t.key) || containsInvalid(t.elem);
  if (t instanceof Struct) return t.fields.some((f) => containsInvalid(f.type));
  if (t instanceof Signature) return [...t.params.vars, ...t.results.vars].some((v) => containsInvalid(v.type));
  return false;
}

/** The type an untyped constant gets where a typed value is needed. */
export function defaultType(t: Type): Type {
  if (t instanceof Basic) {
    switch (t.basic) {
      case BasicKind.UntypedBool:
        return Typ[BasicKind.Bool];
      case BasicKind.UntypedInt:
        return Typ[BasicKind.Int];
      case BasicKind.UntypedRune:
        return Typ[BasicKind.Int32];
      case BasicKind.UntypedFloat:
        return Typ[BasicKind.Float64];
      case BasicKind.UntypedComplex:
        return Typ[BasicKind.Complex128];
      case BasicKind.UntypedString:
        return Typ[BasicKind.String];
    }
  }
  return t;
}

/** spec: "Two types are either identical or different." */
export function identical(x: Type, y: Type): boolean {
  return identicalImpl(x, y, null);
}

/** Identity where struct tags do not matter, at any depth (spec: conversions). */
export function identicalIgnoreTags(x: Type, y: Type): boolean {
  return identicalImpl(x, y, null, true);
}

interface Pair {
  x: Type;
  y: Type;
  prev: Pair | null;
}

function identicalImpl(x: Type, y: Type, seen: Pair | null, ignoreTags = false): boolean {
  if (x === y) return true;
  if (x instanceof Basic && y instanceof Basic) return x.basic === y.basic;
  if (x instanceof Named && y instanceof Named) {
    // Instances of the same generic type with identical arguments are identical.
    if (x.orig && y.orig && x.orig === y.orig) {
      return x.typeArgs.every((a, i) => identicalImpl(a, y.typeArgs[i], seen, ignoreTags));
    }
    return false;
  }
  if (x.kind !== y.kind) return false;
  if (x instanceof ArrayType && y instanceof ArrayType) return x.len === y.len && identicalImpl(x.elem, y.elem, seen, ignoreTags);
  if (x instanceof Slice && y instanceof Slice) return identicalImpl(x.elem, y.elem, seen, ignoreTags);
  if (x instanceof Pointer && y instanceof Pointer) return identicalImpl(x.elem, y.elem, seen, ignoreTags);
  if (x instanceof MapType && y instanceof MapType) return identicalImpl(x.key, y.key, seen, ignoreTags) && identicalImpl(x.elem, y.elem, seen, ignoreTags);
  if (x instanceof Chan && y instanceof Chan) return x.dir === y.dir && identicalImpl(x.elem, y.elem, seen, ignoreTags);
  if (x instanceof Struct && y instanceof Struct) {
    if (x.fields.length !== y.fields.length) return false;
    return x.fields.every((f, i) => {
      const g = y.fields[i];
      return (
        f.embedded === g.embedded &&
        (ignoreTags || (x.tags[i] ?? '') === (y.tags[i] ?? '')) &&
        f.name === g.name &&
        (f.exported || f.pkg === g.pkg) &&
        identicalImpl(f.type, g.type, seen, ignoreTags)
      );
    });
  }
  if (x instanceof Tuple && y instanceof Tuple) {
    return x.length === y.length && x.vars.every((v, i) => identicalImpl(v.type, y.vars[i].type, seen, ignoreTags));
  }
  if (x instanceof Signature && y instanceof Signature) {
    return (
      x.variadic === y.variadic &&
      x.typeParams.length === y.typeParams.length &&
      identicalImpl(x.params, y.params, seen, ignoreTags) &&
      identicalImpl(x.results, y.results, seen, ignoreTags)
    );
  }
  if (x instanceof Interface && y instanceof Interface) {
    if (x.comparable !== y.comparable) return false;
    if ((x.terms === null) !== (y.terms === null)) return false;
    if (x.terms && y.terms) {
      if (x.terms.length !== y.terms.length) return false;
      if (!x.terms.every((t) => y.terms!.some((u) => u.tilde === t.tilde && identicalImpl(t.type, u.type, seen, ignoreTags)))) return false;
    }
    const a = x.allMethods;
    const b = y.allMethods;
    if (a.length !== b.length) return false;
    for (let p = seen; p; p = p.prev) if ((p.x === x && p.y === y) || (p.x === y && p.y === x)) return true;
    const q: Pair = { x, y, prev: seen };
    return a.every((m, i) => m.name === b[i].name && identicalImpl(m.type, b[i].type, q, ignoreTags));
  }
  if (x instanceof Union && y instanceof Union) {
    return x.terms.length === y.terms.length && x.terms.every((t, i) => t.tilde === y.terms[i].tilde && identicalImpl(t.type, y.terms[i].type, seen, ignoreTags));
  }
  return false;
}

/** spec: comparable types can be compared with == (structs/arrays if their elements are). */
export function comparable(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  if (t instanceof TypeParam) {
    const c = t.constraint.underlying();
    return c instanceof Interface && typeSetComparable(c);
  }
  const u = t.underlying();
  if (u instanceof Basic) return u.basic !== BasicKind.UntypedNil;
  if (u instanceof Pointer || u instanceof Chan || u instanceof Interface) return true;
  if (u instanceof Struct) return u.fields.every((f) => comparable(f.type, seen));
  if (u instanceof ArrayType) return comparable(u.elem, seen);
  return false;
}

function typeSetComparable(i: Interface): boolean {
  if (i.comparable) return true;
  if (i.terms) return i.terms.every((term) => comparable(term.type));
  return false;
}

/** Types whose values may be nil. */
export function hasNil(t: Type): boolean {
  // A type parameter has nil if every type in its type set does.
  if (t instanceof TypeParam) {
    const c = t.constraint.underlying();
    return c instanceof Interface && c.terms !== null && c.terms.length > 0 && c.terms.every((term) => hasNil(term.type));
  }
  const u = t.underlying();
  if (u instanceof Basic) return u.basic === BasicKind.UnsafePointer || u.basic === BasicKind.UntypedNil;
  return u instanceof Slice || u instanceof Pointer || u instanceof Signature || u instanceof Interface || u instanceof MapType || u instanceof Chan;
}
