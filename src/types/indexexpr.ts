// Index and slice expressions, and explicit instantiation of generic functions
// (go/types' index.go).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { Mode, Operand } from './operand';
import { isInteger, isString, isUntyped, isValid } from './predicates';
import { makeSubst, subst } from './subst';
import { ArrayType, Basic, BasicKind, MapType, Named, Pointer, Signature, Slice, Type, TypeParam, Typ, Interface } from './types';
import { byteType } from './types';
import { coreType, forAllTypes } from './expr';

declare module './checker' {
  interface Checker {
    indexExpr(x: Operand, e: ast.IndexExpr): boolean;
    sliceExpr(x: Operand, e: ast.SliceExpr): void;
    index(e: ast.Expr, max: number, what?: string): bigint | null;
    funcInst(x: Operand, e: ast.IndexExpr): void;
  }
}

/** Checks x[i]; returns true if x is a generic function to be instantiated instead. */
Checker.prototype.indexExpr = function (this: Checker, x: Operand, e: ast.IndexExpr): boolean {
  this.exprOrType(x, e.x, true);
  if (x.mode === Mode.Invalid) {
    this.useExprs(e.indices);
    return false;
  }
  if (x.mode === Mode.TypeExpr) {
    x.type = this.typExpr(e);
    x.mode = isValid(x.type) ? Mode.TypeExpr : Mode.Invalid;
    x.expr = e;
    return false;
  }
  if (x.mode === Mode.Value && x.type instanceof Signature && x.type.typeParams.length) return true;
  let valid = false;
  let length = -1;
  const t = x.type;
  const u = t instanceof TypeParam ? null : t.underlying();
  if (u instanceof Basic && isString(u)) {
    valid = true;
    if (x.mode === Mode.Constant && x.val!.kind === 'string') length = x.val!.value.length;
    if (isUntyped(x.type)) this.updateExprType(e.x, Typ[BasicKind.String], true);
    x.mode = Mode.Value;
    x.type = byteType;
  } else if (u instanceof ArrayType) {
    valid = true;
    length = u.len;
    if (x.mode !== Mode.Variable) x.mode = Mode.Value;
    x.type = u.elem;
  } else if (u instanceof Pointer && u.elem.underlying() instanceof ArrayType) {
    const a = u.elem.underlying() as ArrayType;
    valid = true;
    length = a.len;
    x.mode = Mode.Variable;
    x.type = a.elem;
  } else if (u instanceof Slice) {
    valid = true;
    x.mode = Mode.Variable;
    x.type = u.elem;
  } else if (u instanceof MapType) {
    const index = singleIndex(this, e);
    if (!index) {
      x.invalidate();
      return false;
    }
    const key = new Operand();
    this.expr(key, index, u.key);
    this.assignment(key, u.key, 'map index');
    x.mode = Mode.MapIndex;
    x.type = u.elem;
    x.expr = e;
    return false;
  } else if (t instanceof TypeParam) {
    // Indexing a type parameter: all types in its type set must agree on the element type.
    const c = t.constraint.underlying();
    if (c instanceof Interface && c.terms && c.terms.length) {
      let elem: Type | null = null;
      let ok = true;
      let isMap = false;
      for (const term of c.terms) {
        const tu = term.type.underlying();
        let et: Type | null = null;
        if (tu instanceof Basic && isString(tu)) et = byteType;
        else if (tu instanceof ArrayType || tu instanceof Slice) et = tu.elem;
        else if (tu instanceof Pointer && tu.elem.underlying() instanceof ArrayType) et = (tu.elem.underlying() as ArrayType).elem;
        else if (tu instanceof MapType) {
          et = tu.elem;
          isMap = true;
        }
        if (!et || (elem && !typesAgree(elem, et))) ok = false;
        elem = et;
      }
      if (ok && elem) {
        const index = singleIndex(this, e);
        if (index && isMap) {
          // spec: all the type set's types are maps with one key type.
          const key = new Operand();
          const kt = (coreType(t) as MapType | null)?.key;
          this.expr(key, index, kt ?? null);
          if (kt) this.assignment(key, kt, 'map index');
        } else if (index) this.index(index, -1);
        x.mode = isMap ? Mode.MapIndex : Mode.Variable;
        x.type = elem;
        x.expr = e;
        return false;
      }
    }
  }
  if (!valid) {
    this.error(e.lbrack, `invalid operation: cannot index ${this.describe(x)}`);
    x.invalidate();
    this.useExprs(e.indices);
    return false;
  }
  const index = singleIndex(this, e);
  if (!index) {
    x.invalidate();
    return false;
  }
  this.index(index, length);
  x.expr = e;
  return false;
};

function typesAgree(a: Type, b: Type): boolean {
  return a === b || (a instanceof Basic && b instanceof Basic && a.basic === b.basic);
}

function singleIndex(c: Checker, e: ast.IndexExpr): ast.Expr | null {
  if (e.indices.length === 0) {
    c.error(e.pos, 'index expression missing');
    return null;
  }
  if (e.indices.length > 1) {
    c.error(e.indices[1].pos, 'invalid operation: more than one index');
  }
  return e.indices[0];
}

/**
 * Checks an index or size argument: an integer (or untyped constant representable
 * as int), non-negative, and below max when max >= 0. Returns the constant
 * value, -1n for non-constants, or null on error.
 */
Checker.prototype.index = function (this: Checker, e: ast.Expr, max: number, what = 'index'): bigint | null {
  const x = new Operand();
  this.expr(x, e);
  if (x.mode === Mode.Invalid) return null;
  this.convertUntyped(x, Typ[BasicKind.Int]);
  if (x.invalid) return null;
  if (!forAllTypes(x.type, isInteger)) {
    this.error(e.pos, `invalid argument: ${what} ${this.describe(x)} must be integer`);
    return null;
  }
  if (x.mode === Mode.Constant && x.val!.kind === 'int') {
    const v = x.val!.value;
    if (v < 0n) {
      this.error(e.pos, `invalid argument: ${what} ${this.describe(x)} must not be negative`);
      return null;
    }
    // spec: "... and representable by a value of type int"
    if (v >= 1n << 63n) {
      this.error(e.pos, `invalid argument: ${what} ${this.describe(x)} overflows int`);
      return null;
    }
    if (max >= 0 && v >= BigInt(max)) {
      this.error(e.pos, `invalid argument: ${what} ${constant.constString(x.val!)} out of bounds [0:${max}]`);
      return null;
    }
    return v;
  }
  return -1n;
};

Checker.prototype.sliceExpr = function (this: Checker, x: Operand, e: ast.SliceExpr): void {
  this.expr(x, e.x);
  if (x.mode === Mode.Invalid) {
    this.useExprs([e.low, e.high, e.max].filter((v): v is ast.Expr => v !== null));
    return;
  }
  let valid = false;
  let length = -1;
  const u = x.type instanceof TypeParam ? null : x.type.underlying();
  if (u instanceof Basic && isString(u)) {
    if (e.slice3) {
      this.error((e.max ?? e).pos, 'invalid operation: 3-index slice of string');
      x.invalidate();
      return;
    }
    valid = true;
    if (x.mode === Mode.Constant && x.val!.kind === 'string') length = x.val!.value.length;
    if (isUntyped(x.type)) {
      this.updateExprType(e.x, Typ[BasicKind.String], true);
      x.type = Typ[BasicKind.String];
    }
  } else if (u instanceof ArrayType) {
    valid = true;
    length = u.len;
    if (x.mode !== Mode.Variable) {
      this.error(e.x.pos, `invalid operation: ${this.describe(x)} (slice of unaddressable value)`);
      x.invalidate();
      return;
    }
    x.type = new Slice(u.elem);
  } else if (u instanceof Pointer && u.elem.underlying() instanceof ArrayType) {
    const a = u.elem.underlying() as ArrayType;
    valid = true;
    length = a.len;
    x.type = new Slice(a.elem);
  } else if (u instanceof Slice) {
    valid = true;
  } else if (x.type instanceof TypeParam) {
    const c = x.type.constraint.underlying();
    if (c instanceof Interface && c.terms && c.terms.every((t) => t.type.underlying() instanceof Slice)) valid = true;
  }
  if (!valid) {
    this.error(e.x.pos, `invalid operation: cannot slice ${this.describe(x)}`);
    x.invalidate();
    return;
  }
  x.mode = Mode.Value;
  if (e.slice3 && (!e.high || !e.max)) {
    this.error(e.pos, '2nd and 3rd index required in 3-index slice');
    x.invalidate();
    return;
  }
  const ind: bigint[] = [];
  [e.low, e.high, e.max].forEach((ie, i) => {
    let v = -1n;
    if (ie) {
      const max = length >= 0 ? length + 1 : -1;
      const r = this.index(ie, max);
      if (r !== null && r >= 0n) v = r;
    } else if (i === 0) v = 0n;
    else if (length >= 0) v = BigInt(length);
    ind.push(v);
  });
  outer: for (let i = 0; i < ind.length - 1; i++) {
    const a = ind[i];
    if (a > 0n) {
      for (let j = i + 1; j < ind.length; j++) {
        const b = ind[j];
        if (b >= 0n && b < a) {
          this.error(([e.low, e.high, e.max][j] ?? e).pos, `invalid slice indices: ${b} < ${a}`);
          break outer;
        }
      }
    }
  }
  x.expr = e;
};

/**
 * `f[T1, T2]`: explicit instantiation of a generic function. As a callee it may
 * leave trailing type arguments to be inferred from the call's arguments;
 * elsewhere they are inferred from the constraints alone.
 */
Checker.prototype.funcInst = function (this: Checker, x: Operand, e: ast.IndexExpr): void {
  const sig = x.type as Signature;
  const tparams = sig.typeParams;
  const targs = e.indices.map((a) => this.typExpr(a));
  if (targs.some((t) => !isValid(t))) {
    x.invalidate();
    return;
  }
  const callee = this.callees.has(e);
  if (targs.length > tparams.length) {
    const at = callee ? e.indices[tparams.length] : e.indices[targs.length - 1];
    this.error(at.pos, `got ${targs.length} type arguments but want ${tparams.length}`);
    x.invalidate();
    return;
  }
  let all = targs;
  if (targs.length < tparams.length) {
    if (callee) {
      this.partialInst.set(e, targs);
      x.mode = Mode.Value;
      x.type = sig;
      x.expr = e;
      return;
    }
    const inferred = this.infer(e.lbrack, tparams, targs, [], []);
    if (!inferred) {
      x.invalidate();
      return;
    }
    all = inferred;
  }
  this.verifyInstance(tparams, all, (i) => (i < e.indices.length ? e.indices[i].pos : e.lbrack));
  const inst = subst(new Signature(sig.params, sig.results, sig.variadic), makeSubst(tparams, all)) as Signature;
  const isig = inst === sig ? new Signature(sig.params, sig.results, sig.variadic) : inst;
  this.info.instances.set(e, { typeArgs: all, type: isig });
  const inner = unparenIdent(e.x);
  if (inner) this.info.instances.set(inner, { typeArgs: all, type: isig });
  x.mode = Mode.Value;
  x.type = isig;
  x.expr = e;
};

function unparenIdent(e: ast.Expr): ast.Expr | null {
  while (e.kind === 'ParenExpr') e = e.x;
  return e.kind === 'Ident' || e.kind === 'SelectorExpr' ? e : null;
}

declare module './checker' {
  interface Checker {
    /** Explicit but partial type argument lists, completed by inference at the call. */
    partialInst: Map<ast.Expr, Type[]>;
  }
}
Object.defineProperty(Checker.prototype, 'partialInst', {
  get(this: Checker & { _partialInst?: Map<ast.Expr, Type[]> }) {
    if (!this._partialInst) this._partialInst = new Map();
    return this._partialInst;
  },
});

void Named;
void constant;
