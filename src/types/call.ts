// Calls, selectors, method values and expressions, assignability and interface
// satisfaction (go/types' call.go, operand.go's assignableTo, lookup.go's missingMethod).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { exprString } from './exprstring';
import { isStdPath, symbolInGoroot } from './goroot';
import { lookupFieldOrMethod, missingMethod } from './lookup';
import { Const, Func, PkgName, TypeName, Var } from './objects';
import { Mode, Operand } from './operand';
import { containsInvalid, hasNil, identical, isNumeric, isUntyped, isValid } from './predicates';
import { makeSubst, methodsOf, subst } from './subst';
import { Basic, Chan, Interface, Named, Pointer, Signature, Slice, Tuple, Type, TypeParam, invalidType } from './types';
import { coreType } from './expr';
import { parameterized } from './infer';
import { isGenericValue, withoutTypeParams } from './funcinst';

declare module './checker' {
  interface Checker {
    callExpr(x: Operand, call: ast.CallExpr): void;
    selector(x: Operand, e: ast.SelectorExpr, def: Named | null, wantType: boolean): void;
    arguments(call: ast.CallExpr, sig: Signature, targs: Type[], xlist: ast.Expr[], args: Operand[], name: string): Signature;
    argList(args: ast.Expr[]): Operand[];
    assignableTo(x: Operand, T: Type, cause: { text: string } | null): boolean;
    implements(V: Type, T: Type): string | null;
    missingMethod(V: Type, iface: Interface): string | null;
    typeAssertion(e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void;
    typesSummary(list: Type[], variadic: boolean): string;
    methodsOf(n: Named): Func[];
    inGoVersion(path: string, name: string): boolean;
  }
}

/** Whether a standard-library name exists in the Go version the program is checked for (the library's own code sees every name). */
Checker.prototype.inGoVersion = function (this: Checker, path: string, name: string): boolean {
  return isStdPath(this.pkg.path) || symbolInGoroot(path, name, this.options.goVersion);
};

Checker.prototype.methodsOf = function (this: Checker, n: Named): Func[] {
  // A generic type's methods are declared lazily with the type.
  const src = n.orig ?? n;
  if (src.obj.pkg === this.pkg) this.objDecl(src.obj);
  return methodsOf(n);
};

Checker.prototype.callExpr = function (this: Checker, x: Operand, call: ast.CallExpr): void {
  // A generic callee may leave type arguments to be inferred from the arguments.
  const fun = unparen(call.fun);
  this.callees.add(fun);
  this.exprOrType(x, call.fun, true);
  this.callees.delete(fun);
  switch (x.mode) {
    case Mode.Invalid:
      this.useExprs(call.args);
      x.expr = call;
      return;
    case Mode.TypeExpr: {
      const T = x.type;
      x.invalidate();
      if (T instanceof Named && T.typeParams.length && !T.orig) {
        this.error(call.fun.pos, `cannot use generic type ${this.tstr(T)} without instantiation`);
        this.useExprs(call.args);
        return;
      }
      if (call.args.length === 0) {
        this.error(call.pos, `missing argument in conversion to ${this.tstr(T)}`);
      } else if (call.args.length === 1) {
        this.expr(x, call.args[0], T);
        const Tu = T.underlying();
        if (!x.invalid && Tu instanceof Interface && !(T instanceof TypeParam) && (this.completeInterface(Tu), !Tu.isMethodSet)) {
          this.error(call.pos, `cannot use interface ${this.tstr(T)} in conversion (contains specific type constraints or is comparable)`);
          x.invalidate();
        } else if (!x.invalid) {
          if (call.ellipsis >= 0) {
            this.error(call.args[0].pos, `invalid use of ... in conversion to ${this.tstr(T)}`);
            x.invalidate();
          } else {
            this.conversion(x, T);
          }
        }
      } else {
        this.useExprs(call.args);
        this.error(call.args[call.args.length - 1].pos, `too many arguments in conversion to ${this.tstr(T)}`);
      }
      x.expr = call;
      return;
    }
    case Mode.Builtin:
      this.builtin(x, call, x.builtin!);
      x.expr = call;
      if ((x.mode as Mode) === Mode.Constant) this.overflow(x, call.pos);
      return;
  }
  const sig = x.type instanceof TypeParam ? coreType(x.type) : x.type.underlying();
  if (!(sig instanceof Signature)) {
    this.error(call.fun.pos, `invalid operation: cannot call non-function ${this.describe(x)}`);
    this.useExprs(call.args);
    x.invalidate();
    x.expr = call;
    return;
  }
  // Explicit type arguments not covering all type parameters (`Convert[string](...)`).
  const partial = fun.kind === 'IndexExpr' ? this.partialInst.get(fun) : undefined;
  const args = this.argList(call.args);
  const s = this.arguments(call, sig, partial ?? [], partial && fun.kind === 'IndexExpr' ? fun.indices : [], args, exprString(call.fun));
  if (s.results.length === 0) {
    x.mode = Mode.NoValue;
    x.type = new Tuple([]);
  } else if (s.results.length === 1) {
    x.mode = Mode.Value;
    x.type = s.results.vars[0].type;
  } else {
    x.mode = Mode.Value;
    x.type = s.results;
  }
  x.expr = call;
  // Inference failed: a result mentioning type parameters has no type.
  if (s.typeParams.length && parameterized(x.type, s.typeParams)) x.invalidate();
};

declare module './checker' {
  interface Checker {
    /** Callees being evaluated: generic functions there may be partially instantiated. */
    callees: Set<ast.Expr>;
  }
}
Object.defineProperty(Checker.prototype, 'callees', {
  get(this: Checker & { _callees?: Set<ast.Expr> }) {
    if (!this._callees) this._callees = new Set();
    return this._callees;
  },
});

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** Evaluates call arguments; a single multi-value call spreads into its results. */
Checker.prototype.argList = function (this: Checker, args: ast.Expr[]): Operand[] {
  // Go 1.21: a generic function may be an argument, its type arguments inferred with the call's.
  const generic = this.options.goVersion >= 21;
  if (args.length === 1) {
    const list = this.multiExpr(args[0], false, generic);
    return list;
  }
  return args.map((a) => {
    const x = new Operand();
    this.expr(x, a, null, generic);
    return x;
  });
};

Checker.prototype.typesSummary = function (this: Checker, list: Type[], variadic: boolean): string {
  const res = list.map((t, i) => {
    if (!isValid(t)) return '<T>';
    if (isUntyped(t)) {
      if (isNumeric(t)) return 'number';
      return (t as Basic).name.replace('untyped ', '');
    }
    if (variadic && i === list.length - 1) return '...' + this.tstr((t as Slice).elem);
    return this.tstr(t);
  });
  return `(${res.join(', ')})`;
};

/**
 * Checks a call's arguments against the parameters: their number, then (for
 * a generic function) inference and instantiation, then assignability.
 * Returns the signature called: instantiated for a generic function, unless
 * inference failed.
 */
Checker.prototype.arguments = function (this: Checker, call: ast.CallExpr, sig: Signature, targs: Type[], xlist: ast.Expr[], args: Operand[], name: string): Signature {
  // Errors in arguments were reported: stop there.
  if (args.some((a) => a.mode === Mode.Invalid)) return sig;
  const nargs = args.length;
  let npars = sig.params.length;
  const ddd = call.ellipsis >= 0;
  let params = sig.params.vars.map((v) => v.type);
  if (sig.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        this.error(call.pos, `cannot use ... with ${nargs}-valued ${exprString(call.args[0])}`);
        return sig;
      }
    } else if (nargs >= npars - 1) {
      // One parameter of the element type per argument passed to the ... parameter.
      const last = (params[npars - 1] as Slice).elem;
      params = params.slice(0, npars - 1);
      while (params.length < nargs) params.push(last);
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    this.error(call.pos, `cannot use ... in call to non-variadic ${name}`);
    return sig;
  }
  if (nargs !== npars) {
    // Reported at the first extra argument, else at the last one, else at the call.
    let at = call.pos;
    let qualifier = 'not enough';
    if (nargs > npars) {
      at = args[npars].expr!.pos;
      qualifier = 'too many';
    } else if (nargs > 0) {
      at = args[nargs - 1].expr!.pos;
    }
    this.error(at, `${qualifier} arguments in call to ${name}`, [
      `have ${this.typesSummary(
        args.map((a) => a.type),
        false,
      )}`,
      `want ${this.typesSummary(
        sig.params.vars.map((v) => v.type),
        sig.variadic,
      )}`,
    ]);
    return sig;
  }
  let rsig = sig;
  const genericArgs = args.map((a) => isGenericValue(this, a));
  if (genericArgs.some((g) => g) && !sig.typeParams.length) {
    // A generic function passed to a plain one: the parameter's type gives its type arguments.
    for (let i = 0; i < args.length; i++) {
      if (genericArgs[i] && !this.instantiateFromTarget(args[i], params[i])) {
        this.error(args[i].expr!.pos, `cannot use generic function ${exprString(args[i].expr!)} without instantiation`);
        return sig;
      }
    }
  }
  if (sig.typeParams.length) {
    // Generic function arguments add their type parameters to those inferred (Go 1.21).
    const argTparams = args.flatMap((a, i) => (genericArgs[i] ? (a.type as Signature).typeParams : []));
    const tparams = [...sig.typeParams, ...argTparams];
    const inferArgs = args.map((a, i) => (genericArgs[i] ? Object.assign(new Operand(), a, { type: withoutTypeParams(a.type as Signature) }) : a));
    const all0 = this.infer(call.lparen, tparams, targs, params, inferArgs, genericArgs);
    if (!all0) return sig;
    let next = sig.typeParams.length;
    args.forEach((a, i) => {
      if (!genericArgs[i]) return;
      const n = (a.type as Signature).typeParams.length;
      this.instantiateArgument(a, all0.slice(next, next + n));
      next += n;
    });
    const all = all0.slice(0, sig.typeParams.length);
    const calleeTparams = sig.typeParams;
    // Explicit type arguments are blamed where written, inferred ones at the call.
    this.verifyInstance(calleeTparams, all, (i) => (i < xlist.length ? xlist[i].pos : call.lparen));
    const m = makeSubst(calleeTparams, all);
    rsig = subst(new Signature(sig.params, sig.results, sig.variadic), m) as Signature;
    if (rsig === sig) rsig = new Signature(sig.params, sig.results, sig.variadic);
    params = params.map((p) => subst(p, m));
    recordCallInstance(this, call, all, rsig);
  }
  const context = `argument to ${name}`;
  args.forEach((a, i) => this.assignment(a, params[i], context));
  return rsig;
};

/** Records the instance a call of a generic function uses, on the callee (and the name inside `f[T]`). */
function recordCallInstance(c: Checker, call: ast.CallExpr, targs: Type[], sig: Signature): void {
  const fun = unparen(call.fun);
  c.info.instances.set(fun, { typeArgs: targs, type: sig });
  if (fun.kind === 'IndexExpr') c.info.instances.set(unparen(fun.x), { typeArgs: targs, type: sig });
  const rec = c.info.types.get(call.fun);
  if (rec) rec.type = sig;
  if (fun !== call.fun) {
    const inner = c.info.types.get(fun);
    if (inner) inner.type = sig;
  }
}

// ---- selectors -------------------------------------------------------------------------

Checker.prototype.selector = function (this: Checker, x: Operand, e: ast.SelectorExpr, def: Named | null, wantType: boolean): void {
  const sel = e.sel.name;
  void wantType;
  if (e.x.kind === 'Ident') {
    const found = this.scope.lookupParent(e.x.name);
    if (found && found[1] instanceof PkgName) {
      const pname = found[1];
      this.recordUse(e.x, pname);
      pname.used = true;
      const exp = pname.imported.scope.lookup(sel);
      x.expr = e;
      if (!exp || exp.name.startsWith('_') || !this.inGoVersion(pname.imported.path, sel)) {
        this.error(e.sel.pos, `undefined: ${e.x.name}.${sel}`);
        x.invalidate();
        return;
      }
      if (!exp.exported) {
        this.error(e.sel.pos, `name ${sel} not exported by package ${pname.imported.name}`);
        x.invalidate();
        return;
      }
      this.recordUse(e.sel, exp);
      if (exp instanceof Const) {
        x.setConst(exp.type, exp.val);
      } else if (exp instanceof TypeName) {
        x.mode = Mode.TypeExpr;
        x.type = exp.type;
      } else if (exp instanceof Var) {
        x.mode = Mode.Variable;
        x.type = exp.type;
      } else if (exp instanceof Func) {
        x.mode = Mode.Value;
        x.type = exp.type;
      } else {
        x.invalidate();
      }
      return;
    }
  }
  this.exprOrType(x, e.x, false);
  if (x.mode === Mode.Invalid) {
    x.expr = e;
    return;
  }
  if (x.mode === Mode.TypeExpr && def && x.type === def) {
    this.error(e.pos, `invalid recursive type ${def.obj.name}`);
    x.invalidate();
    return;
  }
  if (x.mode === Mode.Builtin) {
    this.error(e.pos, `cannot select on ${this.describe(x)}`);
    x.invalidate();
    return;
  }
  const r = lookupFieldOrMethod(x.type, sel, (n) => this.methodsOf(n));
  let obj = r.obj;
  // A library method newer than the chosen Go version is not there.
  if (obj instanceof Func && !obj.iface && obj.pkg) {
    const recv = (obj.type as Signature).recv?.type;
    const named = recv instanceof Pointer ? recv.elem : recv;
    if (named instanceof Named && !this.inGoVersion(obj.pkg.path, `${named.obj.name}.${sel}`)) obj = null;
  }
  // A pointer method on a non-addressable value cannot be selected.
  let needsPtr = false;
  if (obj instanceof Func && obj.ptrRecv && !r.indirect && x.mode !== Mode.Variable && x.mode !== Mode.TypeExpr && !(x.type instanceof Pointer) && !(x.type instanceof TypeParam) && !(obj.iface)) {
    needsPtr = true;
  }
  if (obj instanceof Func && obj.ptrRecv && x.mode === Mode.TypeExpr && !(x.type instanceof Pointer) && !r.indirect) {
    this.error(e.sel.pos, `cannot call pointer method ${sel} on ${this.tstr(x.type)}`);
    x.invalidate();
    x.expr = e;
    return;
  }
  if (!obj || needsPtr) {
    x.expr = e;
    if (!isValid(x.type.underlying())) {
      x.invalidate();
      return;
    }
    if (r.ambiguous) {
      this.error(e.sel.pos, `ambiguous selector ${exprString(e.x)}.${sel}`);
      x.invalidate();
      return;
    }
    if (needsPtr) {
      this.error(e.sel.pos, `cannot call pointer method ${sel} on ${this.tstr(x.type)}`);
      x.invalidate();
      return;
    }
    let why: string;
    const pt = x.type.underlying();
    if (pt instanceof Pointer && pt.elem.underlying() instanceof Interface && !(pt.elem instanceof TypeParam)) {
      why = `type ${this.tstr(x.type)} is pointer to interface, not interface`;
    } else {
      why = `type ${this.tstr(x.type)} has no field or method ${sel}`;
      const changed = sel[0] === sel[0].toUpperCase() ? sel[0].toLowerCase() + sel.slice(1) : sel[0].toUpperCase() + sel.slice(1);
      const alt = lookupFieldOrMethod(x.type, changed, (n) => this.methodsOf(n));
      if (alt.obj) why += `, but does have ${changed}`;
    }
    this.error(e.sel.pos, `${exprString(e)} undefined (${why})`);
    x.invalidate();
    return;
  }
  if (obj instanceof Func && !obj.iface && obj.pkg === this.pkg) this.objDecl(obj.orig ?? obj);
  if (x.mode === Mode.TypeExpr) {
    if (!(obj instanceof Func)) {
      this.error(e.sel.pos, `${exprString(e)} undefined (type ${this.tstr(x.type)} has no method ${sel})`);
      x.invalidate();
      x.expr = e;
      return;
    }
    this.info.selections.set(e, { kind: 'methodExpr', recv: x.type, obj, index: r.index, indirect: r.indirect });
    const sig = obj.type as Signature;
    const recvVar = new Var('_', x.type, -1, this.pkg);
    x.mode = Mode.Value;
    x.type = new Signature(new Tuple([recvVar, ...sig.params.vars]), sig.results, sig.variadic);
    this.addDep(obj);
    x.expr = e;
    return;
  }
  if (obj instanceof Var) {
    this.info.selections.set(e, { kind: 'field', recv: x.type, obj, index: r.index, indirect: r.indirect });
    x.mode = x.mode === Mode.Variable || r.indirect ? Mode.Variable : Mode.Value;
    x.type = obj.type;
  } else {
    this.info.selections.set(e, { kind: 'method', recv: x.type, obj, index: r.index, indirect: r.indirect });
    const sig = obj.type as Signature;
    x.mode = Mode.Value;
    x.type = new Signature(sig.params, sig.results, sig.variadic, null, sig.typeParams);
    this.addDep(obj.orig ?? obj);
  }
  x.expr = e;
};

// ---- assignability -----------------------------------------------------------------------------

function hasName(t: Type): boolean {
  return t instanceof Basic || t instanceof Named || t instanceof TypeParam;
}

/**
 * spec: "A value x of type V is assignable to a variable of type T" if V and T
 * are identical; or have identical underlying types, are not type parameters
 * and one of them is not named; or T is an interface V implements; or x is a
 * bidirectional channel assignable by its element type; or x is an untyped
 * constant representable in T. With type parameters, x must be assignable to
 * (or from) each type in the parameter's type set.
 */
Checker.prototype.assignableTo = function (this: Checker, x: Operand, T: Type, cause: { text: string } | null): boolean {
  if (x.mode === Mode.Invalid || !isValid(T)) return true;
  const V = x.type;
  if (identical(V, T)) return true;
  const Vu = V.underlying();
  const Tu = T.underlying();
  const Vp = V instanceof TypeParam ? V : null;
  const Tp = T instanceof TypeParam ? T : null;
  if (isUntyped(Vu)) {
    if (Tp) return typeSetTerms(Tp).length > 0 && typeSetTerms(Tp).every((t) => this.implicitTypeAndValue(x, t).type !== null);
    return this.implicitTypeAndValue(x, T).type !== null;
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && !Vp && !Tp) return true;
  if ((Tu instanceof Interface && !Tp) || interfacePointer(Tu)) {
    const err = this.implements(V, T);
    if (err) {
      if (cause) cause.text = err;
      return false;
    }
    return true;
  }
  if (Vu instanceof Interface && !Vp) {
    if (!this.implements(T, V)) {
      if (cause) cause.text = 'need type assertion';
      return false;
    }
  }
  if (Vu instanceof Chan && Vu.dir === 'both' && Tu instanceof Chan && identical(Vu.elem, Tu.elem)) {
    return !hasName(V) || !hasName(T);
  }
  const why = (msg: string): void => {
    if (cause) cause.text = cause.text ? `${msg}\n\t${cause.text}` : msg;
  };
  if (!hasName(V) && Tp) {
    const terms = typeSetTerms(Tp);
    for (const t of terms) {
      if (!this.assignableTo(x, t, cause)) {
        why(`cannot assign ${this.tstr(V)} to ${this.tstr(t)} (in ${this.tstr(Tp)})`);
        return false;
      }
    }
    return terms.length > 0;
  }
  if (Vp && !hasName(T)) {
    const terms = typeSetTerms(Vp);
    const y = new Operand();
    y.copyFrom(x);
    for (const t of terms) {
      y.type = t;
      if (!this.assignableTo(y, T, cause)) {
        why(`cannot assign ${this.tstr(t)} (in ${this.tstr(Vp)}) to ${this.tstr(T)}`);
        return false;
      }
    }
    return terms.length > 0;
  }
  return false;
};

/** The types of a type parameter's type set terms (empty when it has none, as for `any`). */
function typeSetTerms(tp: TypeParam): Type[] {
  const c = tp.constraint.underlying();
  return c instanceof Interface && c.terms ? c.terms.map((t) => t.type) : [];
}

/** Returns why V does not implement interface T, or null if it does. */
Checker.prototype.implements = function (this: Checker, V: Type, T: Type): string | null {
  const Vu = V.underlying();
  const Tu = T.underlying();
  if (!isValid(Vu) || !isValid(Tu)) return null;
  if (!(Tu instanceof Interface)) return `${this.tstr(T)} is not an interface`;
  this.completeInterface(Tu);
  if (Vu instanceof Interface) this.completeInterface(Vu);
  if (!Tu.isMethodSet) return this.implementsConstraint(V, T);
  const m = this.missingMethod(V, Tu);
  if (m) return `${this.tstr(V)} does not implement ${this.tstr(T)} ${m}`;
  return null;
};

Checker.prototype.missingMethod = function (this: Checker, V: Type, iface: Interface): string | null {
  const mm = missingMethod(
    V,
    iface,
    (n) => this.methodsOf(n),
    (f) => f.type as Signature,
  );
  if (!mm) return null;
  const m = mm.method;
  // A method whose signature is in error was reported already: do not report it again.
  if (mm.wrongType && containsInvalid(mm.wrongType.type)) return null;
  if (mm.pointerReceiver) return `(${m.name} method has pointer receiver)`;
  const w = mm.wrongType;
  if (w) {
    const haveWant = `\n\t\thave ${w.name}${sigString(this, w.type as Signature)}\n\t\twant ${m.name}${sigString(this, m.type as Signature)}`;
    return w.name !== m.name ? `(missing ${m.name} method)${haveWant}` : `(wrong type for ${m.name} method)${haveWant}`;
  }
  const ptrToIface = interfacePointer(V);
  if (ptrToIface) return `(type ${this.tstr(V)} is pointer to ${ptrToIface}, not ${ptrToIface})`;
  return `(missing ${m.name} method)`;
};

/** 'interface' or 'type parameter' when t is a pointer to one (they have no methods). */
function interfacePointer(t: Type): string | null {
  const u = t.underlying();
  if (!(u instanceof Pointer)) return null;
  if (u.elem instanceof TypeParam) return 'type parameter';
  return u.elem.underlying() instanceof Interface ? 'interface' : null;
}

function sigString(c: Checker, s: Signature): string {
  return c.tstr(new Signature(s.params, s.results, s.variadic)).replace(/^func/, '');
}

Checker.prototype.typeAssertion = function (this: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  if (containsInvalid(T)) return;
  const iface = x.type.underlying() as Interface;
  if (T.underlying() instanceof Interface && !(T instanceof TypeParam)) return;
  this.completeInterface(iface);
  const m = this.missingMethod(T, iface);
  if (!m) return;
  if (typeSwitch) {
    this.error(e.pos, `impossible type switch case: ${exprString(e)}\n\t${this.describe(x)} cannot have dynamic type ${this.tstr(T)} ${m}`);
    return;
  }
  this.error(e.pos, `impossible type assertion: ${exprString(e)}\n\t${this.tstr(T)} does not implement ${this.tstr(x.type)} ${m}`);
};

void hasNil;
void invalidType;
