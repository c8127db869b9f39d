// Type expressions and type declarations (go/types' typexpr.go, decl.go, signature.go, interface.go).

import type * as ast from '../syntax/ast';
import { Unsupported } from '../syntax/source';
import { Checker, recvBaseName, stringLitValue } from './checker';
import { toInt } from './constant';
import { exprString } from './exprstring';
import { Const, Func, TypeName, Var } from './objects';
import { Mode, Operand } from './operand';
import { comparable, identical, isInteger, isUntyped, isValid } from './predicates';
import { instantiateNamed, resolvePendingInstances } from './subst';
import { typeString } from './typestring';
import { noteInstance } from './validtype';
import { startPos } from './positions';
import {
  ArrayType,
  Basic,
  Chan,
  Interface,
  MapType,
  Named,
  Pointer,
  Signature,
  Slice,
  Struct,
  Term,
  Tuple,
  Type,
  TypeParam,
  Union,
  invalidType,
} from './types';
import { anyType } from './universe';

declare module './checker' {
  interface Checker {
    /** Aliases whose right-hand side is being evaluated (`type T = T` refers to itself). */
    aliasesInProgress: Set<TypeName>;
    typExpr(e: ast.Expr): Type;
    varType(e: ast.Expr): Type;
    typExprOrNil(e: ast.Expr | null): Type | null;
    definedType(e: ast.Expr, def: Named | null): Type;
    typeDecl(obj: TypeName, spec: ast.TypeSpec): void;
    funcType(t: ast.FuncType, recv: ast.Field | null, obj: Func | null): Signature;
    attachMethod(obj: Func, decl: ast.FuncDecl): void;
    declareTypeParams(list: ast.Field[]): TypeParam[];
    completeInterface(t: Interface): void;
    instantiateType(e: ast.IndexExpr, generic: Named): Type;
    arrayLength(e: ast.Expr): number;
  }
}

Object.defineProperty(Checker.prototype, 'aliasesInProgress', {
  get(this: Checker & { _aliases?: Set<TypeName> }) {
    if (!this._aliases) this._aliases = new Set();
    return this._aliases;
  },
});

Checker.prototype.typExpr = function (this: Checker, e: ast.Expr): Type {
  return this.definedType(e, null);
};

/**
 * The type of a variable, parameter, field or element: any type but a
 * constraint interface (one with type terms or embedding comparable), which
 * only type parameter lists may use.
 */
Checker.prototype.varType = function (this: Checker, e: ast.Expr): Type {
  const t = this.typExpr(e);
  if (t instanceof TypeParam) return t;
  // Checked once declarations are complete: the interface may still be being declared.
  this.delayed.push(() => {
    const u = t.underlying();
    if (!(u instanceof Interface)) return;
    this.completeInterface(u);
    if (u.isMethodSet) return;
    const why = u.comparable ? 'interface is (or embeds) comparable' : 'interface contains type constraints';
    this.error(e.pos, `cannot use type ${this.tstr(t)} outside a type constraint: ${why}`);
  });
  return t;
};

Checker.prototype.typExprOrNil = function (this: Checker, e: ast.Expr | null): Type | null {
  return e ? this.typExpr(e) : null;
};

/** Evaluates a type expression; `def` is the Named type being declared (for recursive types). */
Checker.prototype.definedType = function (this: Checker, e: ast.Expr, def: Named | null): Type {
  const t = typInternal(this, e, def);
  this.record(e, Mode.TypeExpr, t, null);
  return t;
};

/** A type name that may denote a generic type: the `G` of `G[int]` or of a receiver `G[T]`. */
function genericType(c: Checker, e: ast.Expr): Type {
  const t = typInternal(c, e, null, true);
  c.record(e, Mode.TypeExpr, t, null);
  return t;
}

function typInternal(c: Checker, e: ast.Expr, def: Named | null, allowGeneric = false): Type {
  switch (e.kind) {
    case 'Ident':
    case 'SelectorExpr': {
      const x = new Operand();
      if (e.kind === 'Ident') c.ident(x, e, def, true);
      else c.selector(x, e, def, true);
      switch (x.mode) {
        case Mode.TypeExpr: {
          const t = x.type;
          if (!allowGeneric && t instanceof Named && t.typeParams.length && !t.orig) {
            c.error(e.pos, `cannot use generic type ${typeString(t, c.pkg)} without instantiation`);
            return invalidType;
          }
          return t;
        }
        case Mode.Invalid:
          return invalidType;
        // A name is described (`i (variable of type int) is not a type`).
        case Mode.NoValue:
          c.error(e.pos, `${c.describe(x)} used as type`);
          return invalidType;
        default:
          c.error(e.pos, `${c.describe(x)} is not a type`);
          return invalidType;
      }
    }
    case 'IndexExpr': {
      const gt = genericType(c, e.x);
      if (!isValid(gt)) return invalidType;
      if (!(gt instanceof Named) || !gt.typeParams.length || gt.orig) {
        c.error(e.x.pos, `${exprString(e.x)} is not a generic type`);
        return invalidType;
      }
      return c.instantiateType(e, gt);
    }
    case 'ParenExpr':
      return c.definedType(e.x, def);
    case 'ArrayType': {
      if (e.len === null) return new Slice(c.varType(e.elt));
      if (e.len.kind === 'Ellipsis') {
        c.error(e.pos, 'invalid use of [...] array (outside a composite literal)');
        c.typExpr(e.elt);
        return invalidType;
      }
      const n = c.arrayLength(e.len);
      const elem = c.varType(e.elt);
      return n < 0 ? invalidType : new ArrayType(elem, n);
    }
    case 'Ellipsis':
      c.error(e.pos, 'invalid use of ...');
      return invalidType;
    case 'StructType':
      return structType(c, e);
    case 'StarExpr':
      return new Pointer(c.varType(e.x));
    case 'FuncType':
      return c.funcType(e, null, null);
    case 'InterfaceType':
      return interfaceType(c, e, def);
    case 'MapType': {
      const key = c.varType(e.key);
      const elem = c.varType(e.value);
      // Checked later: the key type may not be complete yet (recursive types).
      c.delayed.push(() => {
        if (isValid(key) && !(key instanceof TypeParam) && !comparable(key)) {
          c.error(startPos(e.key, c.file.text), `invalid map key type ${typeString(key, c.pkg)}`);
        }
      });
      return new MapType(key, elem);
    }
    case 'ChanType':
      return new Chan(e.dir, c.varType(e.value));
    case 'UnaryExpr':
      if (e.op === '~') {
        c.error(e.pos, `invalid use of ~ outside a type constraint`);
        return invalidType;
      }
      break;
    case 'BinaryExpr':
      if (e.op === '|') {
        c.error(e.pos, `cannot use a type union outside a type constraint`);
        return invalidType;
      }
      break;
  }
  c.error(e.pos, `${exprString(e)} is not a type`);
  return invalidType;
}

/** The length of an array type: a non-negative constant representable as an int. */
Checker.prototype.arrayLength = function (this: Checker, e: ast.Expr): number {
  // A name that is not a constant may be a type parameter missing its
  // constraint (`type A[n] int`): say so without evaluating (or using) it.
  if (e.kind === 'Ident') {
    const found = this.scope.lookupParent(e.name);
    if (!found) {
      this.error(e.pos, `undeclared name ${e.name} for array length`);
      return -1;
    }
    if (!(found[1] instanceof Const)) {
      this.error(e.pos, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = new Operand();
  this.expr(x, e);
  if (x.mode !== Mode.Constant) {
    if (x.mode !== Mode.Invalid) this.error(e.pos, `array length ${this.describe(x)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = toInt(x.val!);
    // An int value is a length, or an invalid (negative) one; anything else "must be integer".
    if (v.kind === 'int' && v.value >= -(1n << 63n) && v.value < 1n << 63n) {
      if (v.value < 0n) {
        this.error(e.pos, `invalid array length ${this.describe(x)}`);
        return -1;
      }
      if (v.value > BigInt(1 << 30)) {
        this.errors.push(new Unsupported(this.file, e.pos, `array length ${v.value} (gosim limits arrays to 2^30 elements)`));
        return -1;
      }
      return Number(v.value);
    }
  }
  this.error(e.pos, `array length ${this.describe(x)} must be integer`);
  return -1;
};

function structType(c: Checker, e: ast.StructType): Struct {
  const fields: Var[] = [];
  const tags: (string | null)[] = [];
  const seen = new Map<string, Var>();
  const add = (name: string, pos: number, type: Type, embedded: boolean, tag: string | null) => {
    const f = new Var(name, type, pos, c.pkg);
    f.isField = true;
    f.embedded = embedded;
    if (name !== '_') {
      const prev = seen.get(name);
      // spec: "non-blank field names must be unique": a second one is not a field.
      if (prev) {
        c.error(pos, `${name} redeclared`, [`${c.file.format(prev.pos)}: other declaration of ${name}`]);
        return f;
      }
      seen.set(name, f);
    }
    fields.push(f);
    tags.push(tag);
    return f;
  };
  for (const field of e.fields) {
    const tag = field.tag ? stringLitValue(field.tag.value) : null;
    if (field.names.length) {
      const t = c.varType(field.type);
      for (const id of field.names) c.recordDef(id, add(id.name, id.pos, t, false, tag));
    } else {
      const t = c.typExpr(field.type);
      let base = field.type;
      if (base.kind === 'StarExpr') base = base.x;
      if (base.kind === 'IndexExpr') base = base.x;
      const name = base.kind === 'SelectorExpr' ? base.sel.name : base.kind === 'Ident' ? base.name : '?';
      add(name, base.kind === 'SelectorExpr' ? base.sel.pos : base.pos, t, true, tag);
      c.delayed.push(() => {
        // The embedded type (after a written *) must not be a pointer, nor a pointer to an interface.
        const isPtr = t instanceof Pointer;
        const u = isPtr ? (t as Pointer).elem : t;
        if (u instanceof TypeParam) c.error(field.type.pos, 'embedded field type cannot be a (pointer to a) type parameter');
        else if (u.underlying() instanceof Pointer) c.error(field.type.pos, 'embedded field type cannot be a pointer');
        else if (isPtr && u.underlying() instanceof Interface) c.error(field.type.pos, 'embedded field type cannot be a pointer to an interface');
      });
    }
  }
  return new Struct(fields, tags);
}

function interfaceType(c: Checker, e: ast.InterfaceType, def: Named | null): Interface {
  const methods: Func[] = [];
  const embeddeds: Type[] = [];
  const iface = new Interface(methods, embeddeds);
  if (def) def.setUnderlying(iface);
  for (const m of e.methods) {
    const name = m.names[0];
    const sig = c.funcType(m.type as ast.FuncType, null, null);
    const f = new Func(name.name, sig, name.pos, c.pkg);
    f.iface = def ?? iface;
    sig.recv = new Var('', def ?? iface, -1, c.pkg);
    c.recordDef(name, f);
    const prev = methods.find((x) => x.name === f.name);
    if (prev) c.error(name.pos, `duplicate method ${f.name}`, [`${c.file.format(prev.pos)}: other declaration of ${f.name}`]);
    methods.push(f);
  }
  for (const emb of e.embeddeds) {
    embeddeds.push(constraintTerm(c, emb));
    iface.embeddedPos.push(emb.pos);
  }
  if (def) {
    const i = c.embeddingCycle(def, embeddeds);
    if (i >= 0) embeddeds[i] = invalidType;
  }
  // Embedded interfaces may still be being declared (recursive declarations): then complete later.
  const ready = embeddeds.every((t) => !(t instanceof Named) || t.resolved);
  if (ready) c.completeInterface(iface);
  else c.delayed.push(() => c.completeInterface(iface));
  return iface;
}

/** An embedded element of an interface: an interface, a type, `~T`, or a union. */
function constraintTerm(c: Checker, e: ast.Expr): Type {
  if (e.kind === 'BinaryExpr' && e.op === '|') {
    const terms: Term[] = [];
    const collect = (x: ast.Expr) => {
      if (x.kind === 'BinaryExpr' && x.op === '|') {
        collect(x.x);
        collect(x.y);
      } else terms.push(termOf(c, x));
    };
    collect(e);
    const u = new Union(terms);
    c.record(e, Mode.TypeExpr, u, null);
    return u;
  }
  if (e.kind === 'UnaryExpr' && e.op === '~') {
    const u = new Union([termOf(c, e)]);
    c.record(e, Mode.TypeExpr, u, null);
    return u;
  }
  return c.typExpr(e);
}

function termOf(c: Checker, e: ast.Expr): Term {
  if (e.kind === 'UnaryExpr' && e.op === '~') {
    const t = c.typExpr(e.x);
    if (isValid(t) && !identical(t, t.underlying())) {
      c.error(e.pos, `invalid use of ~ (underlying type of ${typeString(t, c.pkg)} is ${typeString(t.underlying(), c.pkg)})`);
    }
    return { tilde: true, type: t };
  }
  return { tilde: false, type: c.typExpr(e) };
}

/** Computes an interface's full method set and type set from its embedded elements. */
Checker.prototype.completeInterface = function (this: Checker, t: Interface): void {
  if (t.complete) return;
  t.complete = true;
  const all = new Map<string, Func>();
  // Where each method came in: its declaration, or the embedding that brought it.
  const from = new Map<string, number>();
  for (const m of t.methods) {
    all.set(m.name, m);
    from.set(m.name, m.pos);
  }
  let terms: Term[] | null = null;
  const intersect = (ts: Term[]) => {
    if (terms === null) terms = ts;
    else terms = terms.filter((a) => ts.some((b) => identical(a.type, b.type) || (b.tilde && identical(a.type.underlying(), b.type))));
  };
  t.embeddeds.forEach((e, i) => {
    const pos = t.embeddedPos[i] ?? -1;
    const u = e instanceof Union ? e : e.underlying();
    if (e instanceof Union) {
      // A union's terms that are interfaces contribute their type sets.
      const flat: Term[] = [];
      for (const term of e.terms) {
        const tu = term.type.underlying();
        if (tu instanceof Interface && !term.tilde) {
          this.completeInterface(tu);
          if (tu.terms) flat.push(...tu.terms);
        } else flat.push(term);
      }
      intersect(flat);
      return;
    }
    if (u instanceof Interface) {
      this.completeInterface(u);
      for (const m of u.allMethods) {
        const prev = all.get(m.name);
        // spec: methods of the same name must have identical signatures.
        if (prev && !identical(prev.type, m.type)) {
          if (pos >= 0) this.error(pos, `duplicate method ${m.name}`, [`${this.file.format(from.get(m.name)!)}: other declaration of ${m.name}`]);
          continue;
        }
        if (!prev) {
          all.set(m.name, m);
          from.set(m.name, pos);
        }
      }
      if (u.terms) intersect(u.terms);
      if (u.comparable) t.comparable = true;
      return;
    }
    if (isValid(e)) intersect([{ tilde: false, type: e }]);
  });
  t.terms = terms;
  t.allMethods = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};

// ---- type declarations -----------------------------------------------------------

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

/** `G[A1, ..., An]` in a type expression. */
Checker.prototype.instantiateType = function (this: Checker, e: ast.IndexExpr, generic: Named): Type {
  const args = e.indices.map((a) => this.typExpr(a));
  if (args.some((a) => !isValid(a))) return invalidType;
  if (args.length !== generic.typeParams.length) {
    this.error(e.pos, `got ${args.length} arguments but ${generic.typeParams.length} type parameters`);
    return invalidType;
  }
  const inst = instantiateNamed(generic, args);
  noteInstance(inst, e.pos);
  this.info.instances.set(e, { typeArgs: args, type: inst });
  // Constraint satisfaction is checked once all declarations are resolved.
  this.delayed.push(() => {
    this.verifyInstance(generic.typeParams, args, (i) => e.indices[i].pos);
  });
  return inst;
};

// ---- signatures and methods ----------------------------------------------------------

Checker.prototype.funcType = function (this: Checker, t: ast.FuncType, recvField: ast.Field | null, obj: Func | null): Signature {
  let tparams: TypeParam[] = [];
  const scope = this.openScope(t, 'signature');
  void scope;
  let recv: Var | null = null;
  if (recvField) {
    recv = receiver(this, recvField, obj);
  }
  if (t.typeParams.length) {
    if (recvField) this.error(t.typeParams[0].pos, 'methods cannot have type parameters');
    tparams = this.declareTypeParams(t.typeParams);
  }
  const [params, variadic] = paramTuple(this, t.params, true);
  const [results] = paramTuple(this, t.results, false);
  this.closeScope();
  // Receiver, type parameters, parameters and results share one block: names must differ.
  const seen = new Map<string, Var | TypeName>();
  for (const tp of tparams) seen.set(tp.obj.name, tp.obj);
  for (const v of [...(recv ? [recv] : []), ...params.vars, ...results.vars]) {
    if (!v.name || v.name === '_') continue;
    const prev = seen.get(v.name);
    if (prev) this.redeclared(v, prev);
    else seen.set(v.name, v);
  }
  const sig = new Signature(params, results, variadic, recv, tparams);
  if (obj && recvField && recv) {
    obj.ptrRecv = recv.type instanceof Pointer;
  }
  return sig;
};

function paramTuple(c: Checker, fields: ast.Field[], isParams: boolean): [Tuple, boolean] {
  const vars: Var[] = [];
  let variadic = false;
  fields.forEach((f, i) => {
    let te = f.type;
    if (te.kind === 'Ellipsis') {
      if (!isParams || i !== fields.length - 1 || f.names.length > 1) {
        c.error(te.pos, isParams ? 'can only use ... with final parameter in list' : 'can only use ... with final parameter in list');
      } else variadic = true;
      te = te.elt!;
      const et = c.varType(te);
      const st = new Slice(et);
      c.record(f.type, Mode.TypeExpr, st, null);
      pushVars(c, vars, f, st);
      return;
    }
    pushVars(c, vars, f, c.varType(te));
  });
  return [new Tuple(vars), variadic];
}

function pushVars(c: Checker, vars: Var[], f: ast.Field, t: Type): void {
  if (f.names.length === 0) {
    const v = new Var('', t, f.type.pos, c.pkg);
    v.isParam = true;
    vars.push(v);
    return;
  }
  for (const id of f.names) {
    const v = new Var(id.name, t, id.pos, c.pkg);
    v.isParam = true;
    vars.push(v);
  }
}

/** The receiver of a method: `(t T)`, `(t *T)`, or `(s *Stack[T])` declaring receiver type parameters. */
function receiver(c: Checker, f: ast.Field, obj: Func | null): Var {
  let te = f.type;
  let ptr = false;
  while (te.kind === 'ParenExpr') te = te.x;
  if (te.kind === 'StarExpr') {
    ptr = true;
    te = te.x;
    while (te.kind === 'ParenExpr') te = te.x;
  }
  let t: Type = invalidType;
  if (te.kind === 'IndexExpr') {
    // Receiver type parameters: declare fresh ones named as written, bound like the type's.
    const base = genericType(c, te.x);
    if (base instanceof Named && base.typeParams.length) {
      const names = te.indices;
      if (names.length !== base.typeParams.length) {
        c.error(te.pos, `got ${names.length} type parameters, but receiver base type declares ${base.typeParams.length}`);
      } else {
        const tps: TypeParam[] = [];
        names.forEach((n, i) => {
          const name = n.kind === 'Ident' ? n.name : '_';
          const tn = new TypeName(name, invalidType, n.pos, c.pkg);
          const tp = new TypeParam(tn, i, base.typeParams[i].constraint);
          tn.type = tp;
          if (n.kind === 'Ident') c.declare(c.scope, n, tn);
          tps.push(tp);
        });
        t = instantiateNamed(base, tps);
        c.record(te, Mode.TypeExpr, t, null);
      }
    } else if (isValid(base)) {
      c.error(te.x.pos, `${exprString(te.x)} is not a generic type`);
    }
  } else {
    t = c.typExpr(te);
    if (t instanceof Named && t.typeParams.length && !t.orig) {
      c.error(te.pos, `cannot use generic type ${t.obj.name} without instantiation`);
      t = invalidType;
    }
  }
  const rt = ptr && isValid(t) ? new Pointer(t) : t;
  c.record(f.type, Mode.TypeExpr, rt, null);
  const name = f.names[0];
  const v = new Var(name ? name.name : '', rt, name ? name.pos : f.type.pos, c.pkg);
  // spec: "The receiver base type ... must not be a pointer or interface type
  // and it must be declared in the same package as the method." Reported at
  // the receiver (its name if it has one).
  if (isValid(t)) {
    if (t instanceof Basic) {
      c.error(v.pos, `cannot define new methods on non-local type ${typeString(t, c.pkg)}`);
      t = invalidType;
    } else if (!(t instanceof Named)) {
      c.error(v.pos, `invalid receiver type ${typeString(rt, c.pkg)}`);
    } else if (t.obj.pkg !== c.pkg) {
      c.error(v.pos, `cannot define new methods on non-local type ${typeString(t, c.pkg)}`);
      t = invalidType;
    } else {
      const u = t.underlying();
      if (u instanceof Pointer || u instanceof Interface) {
        c.error(v.pos, `invalid receiver type ${typeString(t, c.pkg)} (pointer or interface type)`);
      }
    }
    if (!isValid(t)) v.type = invalidType;
  }
  v.isParam = true;
  void obj;
  return v;
}

Checker.prototype.attachMethod = function (this: Checker, obj: Func, decl: ast.FuncDecl): void {
  const recv = obj.sig.recv;
  if (!recv) return;
  let t = recv.type;
  if (t instanceof Pointer) t = t.elem;
  if (!(t instanceof Named)) return;
  const base = t.orig ?? t;
  if (base.obj.pkg !== this.pkg) return;
  if (obj.name === '_') return;
  const prev = base.methods.find((m) => m.name === obj.name);
  if (prev) {
    this.error(decl.name.pos, `${base.obj.name}.${obj.name} redeclared in this block`, [`${this.file.format(prev.pos)}: other declaration of ${obj.name}`]);
    return;
  }
  // The method is still declared: it may satisfy interfaces.
  const u = base.underlying();
  if (u instanceof Struct && u.fields.some((f) => f.name === obj.name)) {
    this.error(decl.name.pos, `field and method with the same name ${obj.name}`, [`${this.file.format(u.fields.find((f) => f.name === obj.name)!.pos)}: other declaration of ${obj.name}`]);
  }
  base.methods.push(obj);
  void recvBaseName;
};

void Basic;
