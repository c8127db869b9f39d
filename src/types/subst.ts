// Type substitution and instantiation of generic types (go/types' subst.go and
// instantiate.go).
//
// Instances are canonical: instantiating the same generic type with identical
// arguments yields the same Named object, so the compiler and the runtime can
// compare instantiated types by identity.

import { Func, TypeName, Var } from './objects';
import { identical } from './predicates';
import {
  ArrayType,
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
  Union,
} from './types';

export type Substitution = Map<TypeParam, Type>;

export function makeSubst(params: TypeParam[], args: Type[]): Substitution {
  const m: Substitution = new Map();
  params.forEach((p, i) => m.set(p, args[i]));
  return m;
}

export function subst(t: Type, m: Substitution): Type {
  if (m.size === 0) return t;
  return new Subster(m).type(t);
}

class Subster {
  private readonly ifaceCache = new Map<Interface, Interface>();
  constructor(private readonly m: Substitution) {}

  type(t: Type): Type {
    if (t instanceof TypeParam) return this.m.get(t) ?? t;
    if (t instanceof Pointer) {
      const e = this.type(t.elem);
      return e === t.elem ? t : new Pointer(e);
    }
    if (t instanceof Slice) {
      const e = this.type(t.elem);
      return e === t.elem ? t : new Slice(e);
    }
    if (t instanceof ArrayType) {
      const e = this.type(t.elem);
      return e === t.elem ? t : new ArrayType(e, t.len);
    }
    if (t instanceof MapType) {
      const k = this.type(t.key);
      const e = this.type(t.elem);
      return k === t.key && e === t.elem ? t : new MapType(k, e);
    }
    if (t instanceof Chan) {
      const e = this.type(t.elem);
      return e === t.elem ? t : new Chan(t.dir, e);
    }
    if (t instanceof Struct) {
      let changed = false;
      const fields = t.fields.map((f) => {
        const ft = this.type(f.type);
        if (ft === f.type) return f;
        changed = true;
        const g = new Var(f.name, ft, f.pos, f.pkg);
        g.isField = true;
        g.embedded = f.embedded;
        return g;
      });
      return changed ? new Struct(fields, t.tags) : t;
    }
    if (t instanceof Tuple) {
      let changed = false;
      const vars = t.vars.map((v) => {
        const vt = this.type(v.type);
        if (vt === v.type) return v;
        changed = true;
        const w = new Var(v.name, vt, v.pos, v.pkg);
        w.isParam = v.isParam;
        return w;
      });
      return changed ? new Tuple(vars) : t;
    }
    if (t instanceof Signature) {
      const params = this.type(t.params) as Tuple;
      const results = this.type(t.results) as Tuple;
      if (params === t.params && results === t.results) return t;
      return new Signature(params, results, t.variadic, t.recv, t.typeParams.filter((p) => !this.m.has(p)));
    }
    if (t instanceof Interface) {
      const cached = this.ifaceCache.get(t);
      if (cached) return cached;
      let changed = false;
      const substituted = new Map<Func, Func>();
      const method = (f: Func): Func => {
        let g = substituted.get(f);
        if (!g) {
          const ft = this.type(f.type);
          g = f;
          if (ft !== f.type) {
            changed = true;
            g = new Func(f.name, ft, f.pos, f.pkg);
            g.iface = f.iface;
          }
          substituted.set(f, g);
        }
        return g;
      };
      const all = t.allMethods.map(method);
      const methods = t.methods.map(method);
      const terms = t.terms?.map((term) => {
        const tt = this.type(term.type);
        if (tt !== term.type) changed = true;
        return { tilde: term.tilde, type: tt };
      });
      const embeddeds = t.embeddeds.map((e) => {
        const et = this.type(e);
        if (et !== e) changed = true;
        return et;
      });
      if (!changed) return t;
      const r = new Interface(methods, embeddeds);
      r.implicit = t.implicit;
      r.allMethods = all;
      r.terms = terms ?? null;
      r.comparable = t.comparable;
      r.complete = true;
      this.ifaceCache.set(t, r);
      return r;
    }
    if (t instanceof Union) {
      return new Union(t.terms.map((term) => ({ tilde: term.tilde, type: this.type(term.type) })));
    }
    if (t instanceof Named && t.orig && t.typeArgs.length) {
      const args = t.typeArgs.map((a) => this.type(a));
      if (args.every((a, i) => a === t.typeArgs[i])) return t;
      return instantiateNamed(t.orig, args);
    }
    return t;
  }
}

const instances = new WeakMap<Named, Named[]>();

/** `G[A1, ..., An]` for a generic named type G: the canonical instance. */
export function instantiateNamed(orig: Named, args: Type[]): Named {
  let list = instances.get(orig);
  if (!list) instances.set(orig, (list = []));
  for (const inst of list) {
    if (inst.typeArgs.every((a, i) => identical(a, args[i]))) return inst;
  }
  const tn = new TypeName(orig.obj.name, orig.obj.type, orig.obj.pos, orig.obj.pkg);
  const inst = new Named(tn);
  tn.type = inst;
  inst.orig = orig;
  inst.typeArgs = args;
  list.push(inst);
  resolveInstance(inst);
  return inst;
}

/** Fills in an instance's underlying type once its generic type is resolved. */
export function resolveInstance(inst: Named): void {
  const orig = inst.orig!;
  if (!orig.resolved || inst.resolved) return;
  const m = makeSubst(orig.typeParams, inst.typeArgs);
  // The underlying type of the generic declaration (not the chain's end: `type L[T] []T`).
  inst.setUnderlying(subst(orig.underlying(), m));
}

/** Re-resolves all instances made before their generic type was complete. */
export function resolvePendingInstances(orig: Named): void {
  for (const inst of instances.get(orig) ?? []) resolveInstance(inst);
}

const instanceMethods = new WeakMap<Named, Func[]>();

/** The methods of a named type; for an instance, its generic type's methods with receiver type parameters substituted. */
export function methodsOf(n: Named): Func[] {
  if (!n.orig) return n.methods;
  let list = instanceMethods.get(n);
  if (list && list.length === n.orig.methods.length) return list;
  list = n.orig.methods.map((m) => {
    const sig = m.type as Signature;
    const recvParams = recvTypeParams(sig);
    const inst = new Func(m.name, subst(sig, makeSubst(recvParams, n.typeArgs)), m.pos, m.pkg);
    const isig = inst.type as Signature;
    const recvType = sig.recv ? subst(sig.recv.type, makeSubst(recvParams, n.typeArgs)) : n;
    if (isig === sig) {
      inst.type = new Signature(sig.params, sig.results, sig.variadic, null, []);
    }
    (inst.type as Signature).recv = new Var(sig.recv?.name ?? '', recvType, sig.recv?.pos ?? -1, m.pkg);
    inst.decl = m.decl;
    inst.ptrRecv = m.ptrRecv;
    inst.orig = m;
    return inst;
  });
  instanceMethods.set(n, list);
  return list;
}

/** The type parameters a generic method's receiver declares (`func (s *Stack[T]) ...`). */
export function recvTypeParams(sig: Signature): TypeParam[] {
  const r = sig.recv;
  if (!r) return [];
  let t = r.type;
  if (t instanceof Pointer) t = t.elem;
  if (t instanceof Named && t.typeArgs.length) return t.typeArgs.filter((a): a is TypeParam => a instanceof TypeParam);
  return [];
}
