// Function types and signatures: parameters, results, receivers, and the methods
// they attach to their receiver's base type (go/types' signature.go).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { recvBaseName } from './resolver';
import { exprString } from './exprstring';
import { Func, TypeName, Var } from './objects';
import { Mode } from './operand';
import { isValid } from './predicates';
import { instantiateNamed } from './subst';
import { typeString } from './typestring';
import { Basic, Interface, Named, Pointer, Signature, Slice, Struct, Tuple, Type, TypeParam, invalidType } from './types';
import { genericType } from './typexpr';

declare module './checker' {
  interface Checker {
    funcType(t: ast.FuncType, recv: ast.Field | null, obj: Func | null): Signature;
    attachMethod(obj: Func, decl: ast.FuncDecl): void;
  }
}

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
