// Calls of the predeclared functions: len, cap, append, make, new, copy, delete,
// close, panic, recover, print, println, complex, real, imag, min, max, clear
// (go/types' builtins.go).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { exprString } from './exprstring';
import { BuiltinId, Var } from './objects';
import { Mode, Operand } from './operand';
import { defaultType, identical, isFloat, isInteger, isNumeric, isOrdered, isString, isTyped, isUntyped, isValid } from './predicates';
import { ArrayType, Basic, BasicKind, Chan, Interface, MapType, Pointer, Signature, Slice, Tuple, Type, TypeParam, Typ, byteType } from './types';
import { anyType } from './universe';
import { coreType, forAllTypes } from './expr';

declare module './checker' {
  interface Checker {
    builtin(x: Operand, call: ast.CallExpr, id: BuiltinId): void;
  }
}

/** Arity of each builtin: [min, max] (-1 = variadic). */
const arity: Record<BuiltinId, [number, number]> = {
  append: [1, -1],
  cap: [1, 1],
  clear: [1, 1],
  close: [1, 1],
  complex: [2, 2],
  copy: [2, 2],
  delete: [2, 2],
  imag: [1, 1],
  len: [1, 1],
  make: [1, -1],
  max: [1, -1],
  min: [1, -1],
  new: [1, 1],
  panic: [1, 1],
  print: [0, -1],
  println: [0, -1],
  real: [1, 1],
  recover: [0, 0],
};

Checker.prototype.builtin = function (this: Checker, x: Operand, call: ast.CallExpr, id: BuiltinId): void {
  let nargs = call.args.length;
  const [min, max] = arity[id];
  if (call.ellipsis >= 0 && id !== 'append') {
    this.error(call.pos, `invalid operation: invalid use of ... with built-in ${id}`);
    this.useExprs(call.args);
    x.invalidate();
    return;
  }
  // make and new take a type first; the others' arguments are evaluated (a
  // multi-valued call spreading into several) before they are counted.
  let args: Operand[] = [];
  if (id !== 'make' && id !== 'new') {
    args = nargs === 1 ? this.multiExpr(call.args[0], false) : call.args.map((a) => ev(this, a));
    nargs = args.length;
    if (nargs > 0 && args[0].mode === Mode.Invalid) {
      x.invalidate();
      return;
    }
  }
  if (nargs < min || (max >= 0 && nargs > max)) {
    const msg = nargs < min ? 'not enough' : 'too many';
    this.error(call.pos, `invalid operation: ${msg} arguments for ${exprString(call)} (expected ${min}, found ${nargs})`);
    if (id === 'make' || id === 'new') this.useExprs(call.args);
    x.invalidate();
    return;
  }
  if (args.some((a) => a.mode === Mode.Invalid)) {
    x.invalidate();
    return;
  }
  const first = args[0];
  switch (id) {
    case 'len':
    case 'cap': {
      const t = first.type;
      let mode = Mode.Invalid;
      let val: constant.ConstValue | null = null;
      const u = t instanceof TypeParam ? null : t.underlying();
      const base = u instanceof Pointer && u.elem.underlying() instanceof ArrayType ? u.elem.underlying() : u;
      if (u && isString(u) && id === 'len') {
        mode = first.mode === Mode.Constant ? Mode.Constant : Mode.Value;
        if (first.mode === Mode.Constant && first.val!.kind === 'string') val = constant.makeInt(first.val!.value.length);
      } else if (base instanceof ArrayType) {
        mode = Mode.Value;
        if (!hasCallOrRecv(call.args[0])) {
          mode = Mode.Constant;
          val = constant.makeInt(base.len);
        }
      } else if (u instanceof Slice || u instanceof Chan) {
        mode = Mode.Value;
      } else if (u instanceof MapType && id === 'len') {
        mode = Mode.Value;
      } else if (t instanceof TypeParam) {
        const ok = forAllTypes(t, (tu) => {
          const b = tu instanceof Pointer ? tu.elem.underlying() : tu;
          return (isString(tu) && id === 'len') || b instanceof ArrayType || tu instanceof Slice || tu instanceof Chan || (tu instanceof MapType && id === 'len');
        });
        if (ok) mode = Mode.Value;
      }
      if (mode === Mode.Invalid) {
        if (isValid(t.underlying())) this.error(call.args[0].pos, `invalid argument: ${this.describe(first)} for ${id}`);
        x.invalidate();
        return;
      }
      // A constant string argument's untyped type becomes final here.
      if (isUntyped(first.type)) this.updateExprType(call.args[0], Typ[BasicKind.String], true);
      x.mode = mode;
      x.type = Typ[BasicKind.Int];
      x.val = val;
      return;
    }
    case 'append': {
      const S = first.type;
      const su = coreType(S);
      let T: Type | null = su instanceof Slice ? su.elem : null;
      if (!T) {
        let cause = `have ${this.describe(first)}`;
        if (first.isNil()) cause = 'have untyped nil';
        else if (S instanceof TypeParam) cause = su ? `${this.describe(first)} has core type ${this.tstr(su)}` : `${this.describe(first)} has no core type`;
        this.error(call.args[0].pos, `first argument to append must be a slice; ${cause}`);
        x.invalidate();
        return;
      }
      const rest = args.slice(1);
      // append([]byte, string...) is allowed.
      if (call.ellipsis >= 0 && nargs === 2 && T.underlying() instanceof Basic && (T.underlying() as Basic).basic === BasicKind.Uint8) {
        const y = rest[0];
        if (y.mode !== Mode.Invalid && (isString(y.type) || (coreType(y.type) instanceof Basic && isString(coreType(y.type)!)))) {
          if (isUntyped(y.type)) this.updateExprType(call.args[1], Typ[BasicKind.String], true);
          x.mode = Mode.Value;
          x.type = S;
          return;
        }
      }
      // Otherwise a call of func(S, ...T) S: counts and assignability as for any call.
      const param = (t: Type) => new Var('', t, -1, null);
      const sig = new Signature(new Tuple([param(S), param(new Slice(T))]), new Tuple([param(S)]), true);
      this.arguments(call, sig, [], [], args, exprString(call.fun));
      x.mode = Mode.Value;
      x.type = S;
      return;
    }
    case 'make': {
      const T = this.typExpr(call.args[0]);
      if (!isValid(T)) {
        this.useExprs(call.args.slice(1));
        x.invalidate();
        return;
      }
      let min = 1;
      const u = coreType(T);
      if (u instanceof Slice) min = 2;
      else if (u instanceof MapType || u instanceof Chan) min = 1;
      else {
        this.error(call.args[0].pos, `invalid argument: cannot make ${exprString(call.args[0])}; type must be slice, map, or channel`);
        this.useExprs(call.args.slice(1));
        x.invalidate();
        return;
      }
      if (nargs < min || nargs > min + 1) {
        this.error(call.pos, `invalid operation: ${exprString(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        this.useExprs(call.args.slice(1));
        x.invalidate();
        return;
      }
      const sizes: bigint[] = [];
      let bad = false;
      for (const a of call.args.slice(1)) {
        const r = this.index(a, -1);
        if (r === null) bad = true;
        else if (r >= 0n) sizes.push(r);
      }
      if (!bad && sizes.length === 2 && sizes[0] > sizes[1]) {
        this.error(call.args[1].pos, 'invalid argument: length and capacity swapped');
      }
      x.mode = Mode.Value;
      x.type = T;
      return;
    }
    case 'new': {
      const T = this.typExpr(call.args[0]);
      if (!isValid(T)) {
        x.invalidate();
        return;
      }
      x.mode = Mode.Value;
      x.type = new Pointer(T);
      return;
    }
    case 'copy': {
      const y = args[1];
      const dst = coreType(first.type);
      let src = coreType(y.type);
      if (src instanceof Basic && isString(src)) src = new Slice(byteType);
      if (!(dst instanceof Slice) || !(src instanceof Slice)) {
        this.error(call.args[0].pos, `invalid argument: copy expects slice arguments; found ${this.describe(first)} and ${this.describe(y)}`);
        x.invalidate();
        return;
      }
      if (!identical(dst.elem, src.elem)) {
        this.error(call.args[0].pos, `invalid argument: arguments to copy ${this.describe(first)} and ${this.describe(y)} have different element types ${this.tstr(dst.elem)} and ${this.tstr(src.elem)}`);
        x.invalidate();
        return;
      }
      if (isUntyped(y.type)) this.updateExprType(call.args[1], Typ[BasicKind.String], true);
      x.mode = Mode.Value;
      x.type = Typ[BasicKind.Int];
      return;
    }
    case 'delete': {
      const m = coreType(first.type);
      if (!(m instanceof MapType)) {
        this.error(call.args[0].pos, `invalid argument: ${this.describe(first)} is not a map`);
        x.invalidate();
        return;
      }
      this.assignment(args[1], m.key, 'argument to delete');
      x.mode = Mode.NoValue;
      x.type = new Tuple([]);
      return;
    }
    case 'close': {
      const c = coreType(first.type);
      if (!(c instanceof Chan)) {
        this.error(call.args[0].pos, `invalid operation: cannot close non-channel ${this.describe(first)}`);
        x.invalidate();
        return;
      }
      if (c.dir === 'recv') {
        this.error(call.args[0].pos, `invalid operation: cannot close receive-only channel ${this.describe(first)}`);
        x.invalidate();
        return;
      }
      x.mode = Mode.NoValue;
      x.type = new Tuple([]);
      return;
    }
    case 'panic': {
      this.assignment(first, anyType, 'argument to panic');
      x.mode = Mode.NoValue;
      x.type = new Tuple([]);
      return;
    }
    case 'print':
    case 'println':
      for (const a of args) this.assignment(a, null as unknown as Type, `argument to built-in ${id}`);
      x.mode = Mode.NoValue;
      x.type = new Tuple([]);
      return;
    case 'recover':
      x.mode = Mode.Value;
      x.type = anyType;
      return;
    case 'complex': {
      const y = args[1];
      // Untyped arguments take the other's type; two untyped constants become floats if they can.
      if (isUntyped(first.type) && isUntyped(y.type)) {
        if (first.mode === Mode.Constant && y.mode === Mode.Constant) {
          for (const o of [first, y]) {
            if (isNumeric(o.type) && (o.val!.kind !== 'complex' || constant.sign(o.val!.im) === 0)) o.type = Typ[BasicKind.UntypedFloat];
          }
        } else {
          this.convertUntyped(first, Typ[BasicKind.Float64]);
          this.convertUntyped(y, Typ[BasicKind.Float64]);
        }
      } else if (isUntyped(first.type)) this.convertUntyped(first, y.type);
      else if (isUntyped(y.type)) this.convertUntyped(y, first.type);
      if (first.mode === Mode.Invalid || y.mode === Mode.Invalid) {
        x.invalidate();
        return;
      }
      if (!identical(first.type, y.type)) {
        this.error(call.args[0].pos, `invalid operation: ${exprString(call)} (mismatched types ${this.tstr(first.type)} and ${this.tstr(y.type)})`);
        x.invalidate();
        return;
      }
      const res = forEachBasic(first.type, (k) => (k === BasicKind.Float32 ? Typ[BasicKind.Complex64] : k === BasicKind.Float64 ? Typ[BasicKind.Complex128] : k === BasicKind.UntypedFloat ? Typ[BasicKind.UntypedComplex] : null));
      if (!res) {
        this.error(call.args[0].pos, `invalid argument: arguments have type ${this.tstr(first.type)}, expected floating-point`);
        x.invalidate();
        return;
      }
      if (first.mode === Mode.Constant && y.mode === Mode.Constant) {
        x.setConst(res, constant.makeComplex(constant.toFloat(first.val!) as constant.FloatVal, constant.toFloat(y.val!) as constant.FloatVal));
        if (isTyped(res)) this.representable(x, res as Basic);
        return;
      }
      x.mode = Mode.Value;
      x.type = res;
      return;
    }
    case 'real':
    case 'imag': {
      if (isUntyped(first.type)) {
        // An untyped constant number can always be considered a complex constant.
        if (first.mode === Mode.Constant) {
          if (isNumeric(first.type)) first.type = Typ[BasicKind.UntypedComplex];
        } else {
          this.convertUntyped(first, Typ[BasicKind.Complex128]);
          if (first.mode === Mode.Invalid) {
            x.invalidate();
            return;
          }
        }
      }
      const res = forEachBasic(first.type, (k) => (k === BasicKind.Complex64 ? Typ[BasicKind.Float32] : k === BasicKind.Complex128 ? Typ[BasicKind.Float64] : k === BasicKind.UntypedComplex ? Typ[BasicKind.UntypedFloat] : null));
      if (!res) {
        this.error(call.args[0].pos, `invalid argument: argument has type ${this.tstr(first.type)}, expected complex type`);
        x.invalidate();
        return;
      }
      if (first.mode === Mode.Constant) {
        const cv = constant.toComplex(first.val!) as constant.ComplexVal;
        x.setConst(res, id === 'real' ? cv.re : cv.im);
        return;
      }
      x.mode = Mode.Value;
      x.type = res;
      return;
    }
    case 'min':
    case 'max': {
      let acc = first;
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!forAllTypes(a.type, isOrdered)) {
          this.error(call.args[Math.min(i, call.args.length - 1)].pos, `invalid argument: ${this.describe(a)} cannot be ordered`);
          x.invalidate();
          return;
        }
      }
      // Untyped operands take the typed operands' type.
      const typed = args.find((a) => isTyped(a.type));
      if (typed) {
        for (const a of args) {
          if (isUntyped(a.type)) this.convertUntyped(a, typed.type);
          if (a.mode === Mode.Invalid) {
            x.invalidate();
            return;
          }
          if (!identical(a.type, typed.type)) {
            this.error(a.expr!.pos, `invalid argument: mismatched types ${this.tstr(typed.type)} (previous argument) and ${this.tstr(a.type)} (type of ${exprString(a.expr!)})`);
            x.invalidate();
            return;
          }
        }
      }
      if (args.every((a) => a.mode === Mode.Constant)) {
        acc = args[0];
        for (const a of args.slice(1)) {
          const less = constant.compare(a.val!, '<', acc.val!);
          if (id === 'min' ? less : constant.compare(a.val!, '>', acc.val!)) acc = a;
        }
        // An untyped result has the "largest" kind of its operands.
        let t = acc.type;
        if (!typed) for (const a of args) if ((a.type as Basic).basic > (t as Basic).basic) t = a.type;
        x.setConst(t, acc.val!);
        return;
      }
      x.mode = Mode.Value;
      x.type = typed ? typed.type : defaultType(first.type);
      if (!typed) for (let i = 0; i < args.length; i++) this.updateExprType(call.args[Math.min(i, call.args.length - 1)], x.type, true);
      return;
    }
    case 'clear': {
      const u = coreType(first.type);
      if (!(u instanceof MapType) && !(u instanceof Slice)) {
        this.error(call.args[0].pos, `invalid argument: ${this.describe(first)} must be a map or slice`);
        x.invalidate();
        return;
      }
      x.mode = Mode.NoValue;
      x.type = new Tuple([]);
      return;
    }
  }
  void isFloat;
  void isInteger;
  void isNumeric;
  void Interface;
};

/**
 * The result type f gives t's basic kind; for a type parameter, the result for
 * every type of its type set, which must agree. Null where f has none.
 */
function forEachBasic(t: Type, f: (k: BasicKind) => Type | null): Type | null {
  const one = (u: Type): Type | null => (u instanceof Basic ? f(u.basic) : null);
  if (!(t instanceof TypeParam)) return one(t.underlying());
  let res: Type | null = null;
  const ok = forAllTypes(t, (u) => {
    const r = one(u);
    if (!r || (res && res !== r)) return false;
    res = r;
    return true;
  });
  return ok ? res : null;
}

function ev(c: Checker, e: ast.Expr): Operand {
  const x = new Operand();
  c.expr(x, e);
  return x;
}

/** Whether an expression contains a channel receive or a non-constant call (len/cap are then not constant). */
function hasCallOrRecv(e: ast.Expr): boolean {
  let found = false;
  const visit = (n: ast.Expr | null): void => {
    if (!n || found) return;
    switch (n.kind) {
      case 'CallExpr':
        found = true;
        return;
      case 'UnaryExpr':
        if (n.op === '<-') found = true;
        visit(n.x);
        return;
      case 'ParenExpr':
      case 'StarExpr':
        visit(n.x);
        return;
      case 'SelectorExpr':
        visit(n.x);
        return;
      case 'IndexExpr':
        visit(n.x);
        n.indices.forEach(visit);
        return;
      case 'BinaryExpr':
        visit(n.x);
        visit(n.y);
        return;
      case 'CompositeLit':
        n.elts.forEach(visit);
        return;
      case 'KeyValueExpr':
        visit(n.key);
        visit(n.value);
        return;
    }
  };
  visit(e);
  return found;
}
