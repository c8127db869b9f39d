// The order of evaluation within one statement, as the gc compiler's "order"
// pass (cmd/compile/internal/walk/order.go) fixes it.
//
// spec: "when evaluating the operands of an expression, assignment, or return
// statement, all function calls, method calls, and communication operations
// are evaluated in lexical left-to-right order." Nothing more is promised, and
// gc takes the freedom: it first evaluates, left to right and innermost first,
// the *eager* parts of a statement — calls, receives, len/cap/append/make and
// the other builtins that are calls for it, slice expressions, type assertions
// to non-pointer types, && and ||, and operands it must copy to convert them to
// an interface — each into a temporary; only then does it evaluate the rest
// (variables, fields, index expressions, arithmetic). So with
//
//	n := 0
//	inc := func() int { n++; return n }
//	fmt.Println(n, inc())
//
// Go prints `1 1`, not `0 1`. The compiler otherwise evaluates left to right;
// `withOrder` hoists a statement's eager parts first when that can change what
// the statement reads (a call runs while a variable a call could change is
// read before it), and leaves every other statement as it was.
//
// Not modelled: the inside of the right operand of && and || keeps lexical
// order, as do switch cases and select statements.

import type * as ast from '../syntax/ast';
import { walkExpr } from '../syntax/walk';
import { Builtin, Var } from '../types/objects';
import { Mode } from '../types/operand';
import { isString } from '../types/predicates';
import { ArrayType, Basic, BasicKind, Chan, Interface, MapType, Pointer, Signature, Slice, Struct, Type, TypeParam } from '../types/types';
import { FnCompiler } from './func';

declare module './func' {
  interface FnCompiler {
    /** Eager parts of the statement being compiled, already evaluated: their slots. */
    hoisted: Map<ast.Expr, number> | undefined;
  }
}

/** Builtins gc compiles as calls, evaluated with the calls. */
const eagerBuiltins = new Set(['len', 'cap', 'complex', 'real', 'imag', 'copy', 'make', 'new', 'append', 'recover']);

interface Found {
  /** Eager nodes, in the order gc evaluates them (innermost first, left to right). */
  eager: ast.Expr[];
  /** Eager nodes that may run code or block: calls and receives. */
  effects: ast.Expr[];
  /** Reads of memory a call could change, each with its innermost eager ancestor (or null). */
  reads: { e: ast.Expr; owner: ast.Expr | null }[];
}

/**
 * Compiles a statement part with gc's order: `reads` are evaluated first by
 * the statement's own code (left-hand operands of an assignment), `exprs` are
 * its expressions, and `roots` those of them whose own call the statement
 * makes (an expression statement's call: never hoisted).
 */
export function withOrder(fc: FnCompiler, exprs: (ast.Expr | null)[], compile: () => void, opts: { lhs?: ast.Expr[]; keepRoots?: boolean } = {}): void {
  const found: Found = { eager: [], effects: [], reads: [] };
  for (const l of opts.lhs ?? []) visitLhs(fc, l, found);
  for (const e of exprs) if (e) visit(fc, e, null, found, !opts.keepRoots);
  if (!mustHoist(found)) {
    compile();
    return;
  }
  const map = (fc.hoisted ??= new Map());
  for (const e of found.eager) {
    const t = fc.temp();
    fc.exprTo(e, t);
    map.set(e, t);
  }
  compile();
  for (const e of found.eager) map.delete(e);
}

/**
 * Hoisting changes the outcome only if some read happens, in lexical order,
 * before a call or receive but, in gc's order, after it: the read is not inside
 * an eager node, or is inside one that also contains the call.
 */
function mustHoist(f: Found): boolean {
  if (f.effects.length === 0 || f.reads.length === 0) return false;
  for (const r of f.reads) {
    for (const c of f.effects) {
      if (r.e.end > c.pos) continue;
      if (r.owner === null || contains(r.owner, c)) return true;
    }
  }
  return false;
}

function contains(outer: ast.Node, inner: ast.Node): boolean {
  return outer !== inner && outer.pos <= inner.pos && inner.end <= outer.end;
}

/** The left side of an assignment: only the operands it reads (an index, a pointer). */
function visitLhs(fc: FnCompiler, e: ast.Expr, f: Found): void {
  const x = fc.unparen(e);
  switch (x.kind) {
    case 'IndexExpr':
      visit(fc, x.x, null, f, true);
      x.indices.forEach((i) => visit(fc, i, null, f, true));
      return;
    case 'SelectorExpr':
      if (fc.info.selections.get(x)) visit(fc, x.x, null, f, true);
      return;
    case 'StarExpr':
      visit(fc, x.x, null, f, true);
      return;
  }
}

/**
 * Walks e in evaluation order. `owner` is the innermost eager node around e;
 * `hoistable` is false for an expression whose own evaluation the statement
 * does (an expression statement's call).
 */
function visit(fc: FnCompiler, e: ast.Expr, owner: ast.Expr | null, f: Found, hoistable: boolean, iface = false): void {
  const tv = fc.info.types.get(e);
  if (tv && (tv.value !== null || tv.mode === Mode.TypeExpr || tv.mode === Mode.Builtin)) return;
  const eager = hoistable && isEager(fc, e, iface);
  const inner = eager ? e : owner;
  const sub = (x: ast.Expr | null, toIface = false) => {
    if (x) visit(fc, x, inner, f, true, toIface);
  };
  switch (e.kind) {
    case 'ParenExpr':
      visit(fc, e.x, owner, f, hoistable, iface);
      return;
    case 'Ident': {
      const obj = fc.info.uses.get(e);
      if (obj instanceof Var && sharedVar(fc, obj)) f.reads.push({ e, owner: inner });
      break;
    }
    case 'CallExpr':
      visitCall(fc, e, sub);
      if (!isConversionOrBuiltin(fc, e) && eager) f.effects.push(e);
      break;
    case 'SelectorExpr': {
      const sel = fc.info.selections.get(e);
      if (!sel) return; // a package-qualified name
      sub(e.x);
      if (sel.kind === 'field' && derefs(fc, e.x, sel.index.length)) f.reads.push({ e, owner: inner });
      break;
    }
    case 'IndexExpr': {
      const xt = fc.info.types.get(e.x);
      if (xt && (xt.mode === Mode.Value || xt.mode === Mode.Variable) && fc.info.instances.get(e) === undefined) {
        sub(e.x);
        e.indices.forEach((i) => sub(i));
        f.reads.push({ e, owner: inner });
      }
      break;
    }
    case 'SliceExpr':
      sub(e.x);
      sub(e.low);
      sub(e.high);
      sub(e.max);
      break;
    case 'StarExpr':
      sub(e.x);
      f.reads.push({ e, owner: inner });
      break;
    case 'TypeAssertExpr':
      sub(e.x);
      break;
    case 'UnaryExpr':
      sub(e.x);
      if (e.op === '<-' && eager) f.effects.push(e);
      break;
    case 'BinaryExpr':
      sub(e.x);
      // The right operand of && and || runs only sometimes: nothing in it is hoisted.
      if (e.op !== '&&' && e.op !== '||') sub(e.y);
      else if (eager && mayCall(fc, e.y)) f.effects.push(e);
      break;
    case 'CompositeLit': {
      const lt = fc.subst(fc.typeOf(e)).underlying();
      const elemIface = (lt instanceof Slice || lt instanceof ArrayType || lt instanceof MapType) && lt.elem.underlying() instanceof Interface;
      for (const el of e.elts) {
        if (el.kind === 'KeyValueExpr') {
          if (!(lt instanceof Struct)) sub(el.key, lt instanceof MapType && lt.key.underlying() instanceof Interface);
          sub(el.value, elemIface || (lt instanceof Struct && fieldIsIface(fc, lt, el.key)));
        } else sub(el, elemIface);
      }
      break;
    }
    case 'KeyValueExpr':
      sub(e.key);
      sub(e.value);
      break;
  }
  if (eager) f.eager.push(e);
}

/** A call's function (or method receiver) and arguments, arguments converted to interfaces marked. */
function visitCall(fc: FnCompiler, e: ast.CallExpr, sub: (x: ast.Expr | null, toIface?: boolean) => void): void {
  const ftv = fc.info.types.get(e.fun);
  if (!ftv || ftv.mode === Mode.TypeExpr) {
    e.args.forEach((a) => sub(a));
    return;
  }
  if (ftv.mode !== Mode.Builtin) {
    const fun = fc.unparen(e.fun);
    if (fun.kind === 'SelectorExpr') {
      if (fc.info.selections.get(fun)) sub(fun.x);
    } else if (fun.kind !== 'Ident' && fun.kind !== 'IndexExpr') sub(fun);
    else if (fun.kind === 'Ident') sub(fun);
  }
  const sig = ftv.mode === Mode.Builtin ? null : (fc.subst(ftv.type).underlying() as Signature);
  e.args.forEach((a, i) => {
    let param: Type | null = null;
    if (sig instanceof Signature) {
      const n = sig.params.length;
      if (sig.variadic && i >= n - 1 && e.ellipsis < 0) param = (sig.params.vars[n - 1].type.underlying() as Slice).elem;
      else if (i < n) param = sig.params.vars[i].type;
    }
    sub(a, param !== null && fc.subst(param).underlying() instanceof Interface);
  });
}

/** Whether evaluating e may call a function (outside function literals). */
function mayCall(fc: FnCompiler, e: ast.Expr): boolean {
  let found = false;
  walkExpr(e, (n) => {
    if (found || n.kind === 'FuncLit') return false;
    if ((n.kind === 'CallExpr' && !isConversionOrBuiltin(fc, n)) || (n.kind === 'UnaryExpr' && n.op === '<-')) found = true;
    return !found;
  });
  return found;
}

function isConversionOrBuiltin(fc: FnCompiler, e: ast.CallExpr): boolean {
  const m = fc.info.types.get(e.fun)?.mode;
  return m === Mode.TypeExpr || m === Mode.Builtin;
}

/** Whether gc evaluates e into a temporary in its first pass. */
function isEager(fc: FnCompiler, e: ast.Expr, toIface: boolean): boolean {
  const tv = fc.info.types.get(e);
  if (!tv) return false;
  switch (e.kind) {
    case 'CallExpr': {
      const ftv = fc.info.types.get(e.fun);
      if (!ftv) return false;
      if (ftv.mode === Mode.TypeExpr) {
        // string → []byte and []rune are calls of the runtime.
        const to = fc.subst(tv.type).underlying();
        const from = e.args[0] ? fc.info.types.get(e.args[0]) : undefined;
        if (!(to instanceof Slice) || !from || !isString(fc.subst(from.type).underlying())) return ifaceCopy(fc, e, toIface);
        return true;
      }
      if (ftv.mode === Mode.Builtin) {
        const fun = fc.unparen(e.fun);
        const b = fun.kind === 'Ident' ? fc.info.uses.get(fun) : null;
        return (b instanceof Builtin && eagerBuiltins.has(b.name)) || ifaceCopy(fc, e, toIface);
      }
      // A call with one result (several results only stand alone or as all the arguments of a call).
      return fc.subst(tv.type).kind !== 'Tuple' && tv.mode !== Mode.NoValue;
    }
    case 'SliceExpr':
      return true;
    case 'TypeAssertExpr': {
      const t = fc.subst(tv.type).underlying();
      return !(t instanceof Pointer || t instanceof MapType || t instanceof Chan || t instanceof Signature) || ifaceCopy(fc, e, toIface);
    }
    case 'UnaryExpr':
      return e.op === '<-' || ifaceCopy(fc, e, toIface);
    case 'BinaryExpr':
      return e.op === '&&' || e.op === '||' || ifaceCopy(fc, e, toIface);
    case 'CompositeLit': {
      const t = fc.subst(tv.type).underlying();
      return t instanceof MapType && e.elts.some((el) => el.kind === 'KeyValueExpr' && (!isConst(fc, el.key) || !isConst(fc, el.value)));
    }
  }
  return ifaceCopy(fc, e, toIface);
}

function isConst(fc: FnCompiler, e: ast.Expr): boolean {
  const tv = fc.info.types.get(e);
  return !!tv && tv.value !== null;
}

/**
 * Converting a value to an interface: gc copies a non-addressable operand to
 * a temporary when the runtime's conversion takes its address (every type but
 * 2-, 4- and 8-byte pointer-free values, strings and slices).
 */
function ifaceCopy(fc: FnCompiler, e: ast.Expr, toIface: boolean): boolean {
  if (!toIface) return false;
  const tv = fc.info.types.get(e);
  if (!tv || tv.mode === Mode.Variable || tv.value !== null) return false;
  const t = fc.subst(tv.type);
  if (t.underlying() instanceof Interface || t instanceof TypeParam) return false;
  if (t instanceof Basic && t.basic === BasicKind.UntypedNil) return false;
  return needsAddr(t);
}

interface Layout {
  size: number;
  align: number;
  ptrs: boolean;
}

function layout(t: Type): Layout {
  const u = t.underlying();
  if (u instanceof Basic) {
    switch (u.basic) {
      case BasicKind.Bool:
      case BasicKind.Int8:
      case BasicKind.Uint8:
      case BasicKind.UntypedBool:
        return { size: 1, align: 1, ptrs: false };
      case BasicKind.Int16:
      case BasicKind.Uint16:
        return { size: 2, align: 2, ptrs: false };
      case BasicKind.Int32:
      case BasicKind.Uint32:
      case BasicKind.Float32:
      case BasicKind.UntypedRune:
        return { size: 4, align: 4, ptrs: false };
      case BasicKind.Complex64:
        return { size: 8, align: 4, ptrs: false };
      case BasicKind.Complex128:
      case BasicKind.UntypedComplex:
        return { size: 16, align: 8, ptrs: false };
      case BasicKind.String:
      case BasicKind.UntypedString:
        return { size: 16, align: 8, ptrs: true };
      case BasicKind.UnsafePointer:
        return { size: 8, align: 8, ptrs: true };
      default:
        return { size: 8, align: 8, ptrs: false };
    }
  }
  if (u instanceof Slice) return { size: 24, align: 8, ptrs: true };
  if (u instanceof Interface) return { size: 16, align: 8, ptrs: true };
  if (u instanceof ArrayType) {
    const el = layout(u.elem);
    return { size: el.size * u.len, align: el.align, ptrs: el.ptrs && u.len > 0 };
  }
  if (u instanceof Struct) {
    let size = 0;
    let align = 1;
    let ptrs = false;
    for (const f of u.fields) {
      const fl = layout(f.type);
      size = Math.ceil(size / fl.align) * fl.align + fl.size;
      align = Math.max(align, fl.align);
      ptrs ||= fl.ptrs;
    }
    return { size: Math.ceil(size / align) * align, align, ptrs };
  }
  return { size: 8, align: 8, ptrs: true };
}

/** The one string or slice a struct or array consists of, if that is all it is. */
function soleComponent(t: Type): Type {
  for (;;) {
    const u = t.underlying();
    if (u instanceof Struct && u.fields.length === 1) t = u.fields[0].type;
    else if (u instanceof ArrayType && u.len === 1) t = u.elem;
    else return t;
  }
}

function needsAddr(t: Type): boolean {
  const l = layout(t);
  if (l.size === 2 && l.align === 2) return false;
  if (l.size === 4 && l.align === 4 && !l.ptrs) return false;
  if (l.size === 8 && l.align === 8 && !l.ptrs) return false;
  const sc = soleComponent(t).underlying();
  if (sc instanceof Slice || (sc instanceof Basic && isString(sc))) return false;
  return true;
}

function fieldIsIface(fc: FnCompiler, st: Struct, key: ast.Expr): boolean {
  if (key.kind !== 'Ident') return false;
  const f = st.fields.find((x) => x.name === key.name);
  return !!f && fc.subst(f.type).underlying() instanceof Interface;
}

/** Variables a call can change: package-level ones, and locals shared with closures or pointers. */
function sharedVar(fc: FnCompiler, v: Var): boolean {
  return v.isGlobal || v.captured || v.addressed || fc.c.implicitlyAddressed.has(v);
}

/** Whether a field selection goes through a pointer (explicit or an embedded one). */
function derefs(fc: FnCompiler, x: ast.Expr, depth: number): boolean {
  const tv = fc.info.types.get(x);
  if (!tv) return true;
  return depth > 1 || fc.subst(tv.type).underlying() instanceof Pointer;
}
