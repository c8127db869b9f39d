// Which calls gc would inline: a model of Go 1.19's inliner
// (cmd/compile/internal/inline), used only to print tracebacks as Go does.
// A frame of an inlined call prints its arguments as `(...)` with no pc
// offset; for a function without parameters the difference shows:
//
//	main.main.func1(...)      inlined into main.main
//	main.main.func1()         called
//
// A function can be inlined when its body costs at most 80 and has no go,
// defer, recover or local type declaration. The cost counts the nodes of gc's
// syntax tree after type checking — roughly one per operator, name, literal
// and statement, plus implicit conversions to interfaces — and for each call
// the callee's own cost when it can be inlined, else 57. Costs of standard
// library functions are gc's own (inlcosts.ts); those of the lesson's
// functions are computed here. A call is inlined when the callee can be, and
// the call names it statically: a function, a method of a concrete type, or a
// local variable assigned a function literal once; never in go or defer.

import type * as ast from '../syntax/ast';
import { walkStmt } from '../syntax/walk';
import type { Info } from '../types/checker';
import { Builtin, Func, Var } from '../types/objects';
import { Mode } from '../types/operand';
import { identical } from '../types/predicates';
import { Basic, Interface, MapType, Pointer, Signature, Slice, Struct, Type } from '../types/types';
import { stdInlineCost } from './inlcosts';

const budget = 80;
const extraCallCost = 57;

/** A function of the lesson: its declaration or literal. */
type FuncNode = ast.FuncDecl | ast.FuncLit;

export class InlineModel {
  private readonly costs = new Map<FuncNode, number | null>();
  /** Local variables assigned exactly once, with a function literal (gc's StaticValue). */
  private readonly staticFuncs = new Map<Var, ast.FuncLit>();
  private readonly reassigned = new Set<Var>();

  constructor(
    private readonly info: Info,
    private readonly decls: Map<Func, ast.FuncDecl>,
  ) {}

  /** Notes, for a function body, which local variables hold one function literal for good. */
  scanLocals(body: ast.BlockStmt): void {
    const visit = (n: ast.Expr | ast.Stmt): void => {
      if (n.kind === 'AssignStmt') {
        n.lhs.forEach((l, i) => {
          if (l.kind !== 'Ident') return;
          const v = this.info.defs.get(l) ?? this.info.uses.get(l);
          if (!(v instanceof Var)) return;
          const r = n.rhs.length === n.lhs.length ? unparen(n.rhs[i]) : null;
          if (n.tok === ':=' && this.info.defs.get(l) === v && r && r.kind === 'FuncLit') this.staticFuncs.set(v, r);
          else this.reassigned.add(v);
        });
      } else if (n.kind === 'UnaryExpr' && n.op === '&' && n.x.kind === 'Ident') {
        const v = this.info.uses.get(n.x);
        if (v instanceof Var) this.reassigned.add(v);
      }
    };
    walkAll(body, visit);
  }

  /** The function literal a call through a local variable surely calls. */
  private staticLit(e: ast.Expr): ast.FuncLit | null {
    const x = unparen(e);
    if (x.kind === 'FuncLit') return x;
    if (x.kind !== 'Ident') return null;
    const v = this.info.uses.get(x);
    if (!(v instanceof Var) || this.reassigned.has(v) || v.addressed) return null;
    return this.staticFuncs.get(v) ?? null;
  }

  /** gc's inline cost of a lesson function, or null when it cannot be inlined. */
  cost(fn: FuncNode): number | null {
    if (!this.costs.has(fn)) this.analyse(fn);
    return this.costs.get(fn) ?? null;
  }

  /**
   * gc decides inlinability bottom-up over the call graph (callees first);
   * functions calling each other are taken in source order, a call to one not
   * yet decided costing 57, and a function calling itself is never inlined.
   * Tarjan's algorithm yields the strongly connected components in that order.
   */
  private analyse(root: FuncNode): void {
    const index = new Map<FuncNode, number>();
    const low = new Map<FuncNode, number>();
    const stack: FuncNode[] = [];
    const onStack = new Set<FuncNode>();
    const visit = (f: FuncNode): void => {
      index.set(f, index.size);
      low.set(f, index.get(f)!);
      stack.push(f);
      onStack.add(f);
      for (const g of this.callees(f)) {
        if (this.costs.has(g)) continue;
        if (!index.has(g)) {
          visit(g);
          low.set(f, Math.min(low.get(f)!, low.get(g)!));
        } else if (onStack.has(g)) low.set(f, Math.min(low.get(f)!, index.get(g)!));
      }
      if (low.get(f) !== index.get(f)) return;
      const scc: FuncNode[] = [];
      for (;;) {
        const g = stack.pop()!;
        onStack.delete(g);
        scc.push(g);
        if (g === f) break;
      }
      scc.sort((a, b) => a.pos - b.pos);
      for (const g of scc) {
        const r = this.rawCost(g);
        this.costs.set(g, r.ok && r.cost <= budget && !this.callees(g).has(g) ? r.cost : null);
      }
    };
    visit(root);
  }

  private readonly calleeSets = new Map<FuncNode, Set<FuncNode>>();

  /** The lesson functions f calls by name (in its body and its closures'). */
  private callees(f: FuncNode): Set<FuncNode> {
    let out = this.calleeSets.get(f);
    if (out) return out;
    out = new Set();
    this.calleeSets.set(f, out);
    if (f.body) {
      walkAll(f.body, (n) => {
        if (n.kind !== 'CallExpr') return;
        const t = this.callTarget(n);
        if (t !== null && typeof t !== 'number') out!.add(t);
      });
    }
    return out;
  }

  /** The cost whatever the budget, and whether the body may be inlined at all. */
  rawCost(fn: FuncNode): { cost: number; ok: boolean } {
    const sig = this.info.funcSigs.get(fn) as Signature | undefined;
    const c = new Counter(this, sig ? sig.results.vars.map((v) => v.type) : []);
    const ok = fn.body !== null && c.block(fn.body.list);
    return { cost: c.cost, ok };
  }

  /**
   * Whether gc inlines this call of a lesson function made in `caller`: the
   * callee can be inlined and is not the caller itself. (Calls in go and
   * defer statements are never inlined; the compiler does not ask for them.)
   */
  inlinedCall(call: ast.CallExpr, caller: FuncNode | null): boolean {
    const target = this.callTarget(call);
    if (target === null || typeof target === 'number' || target === caller) return false;
    return this.cost(target) !== null;
  }

  /** The cost a call adds beyond its own nodes: the callee's inline cost, or 57. */
  calleeCost(call: ast.CallExpr): number {
    const target = this.callTarget(call);
    if (target === null) return extraCallCost;
    if (typeof target === 'number') return target;
    // A callee not decided yet (in the caller's own cycle) counts as not inlinable.
    return this.costs.get(target) ?? extraCallCost;
  }

  /** What a call statically calls: a lesson function, a library cost, or null (not inlinable / dynamic). */
  callTarget(call: ast.CallExpr): FuncNode | number | null {
    const fun = unparen(call.fun);
    const lit = this.staticLit(fun);
    if (lit) return lit;
    let obj: unknown = null;
    if (fun.kind === 'Ident') obj = this.info.uses.get(fun);
    else if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel && sel.kind === 'method' && this.isIfaceCall(fun)) return null;
      obj = sel ? sel.obj : this.info.uses.get(fun.sel);
    } else if (fun.kind === 'IndexExpr') {
      const base = unparen(fun.x);
      obj = base.kind === 'Ident' ? this.info.uses.get(base) : base.kind === 'SelectorExpr' ? this.info.uses.get(base.sel) : null;
    }
    if (!(obj instanceof Func)) return null;
    const decl = this.decls.get(obj);
    if (decl) return decl;
    return stdInlineCost(obj.fullName()) ?? null;
  }

  private isIfaceCall(fun: ast.SelectorExpr): boolean {
    const t = this.info.types.get(fun.x)?.type;
    if (!t) return false;
    const u = t instanceof Pointer ? t.elem.underlying() : t.underlying();
    return u instanceof Interface;
  }

  typeOf(e: ast.Expr): Type | null {
    return this.info.types.get(e)?.type ?? null;
  }

  modeOf(e: ast.Expr): Mode | null {
    return this.info.types.get(e)?.mode ?? null;
  }

  get infoRef(): Info {
    return this.info;
  }
}

/**
 * Counts one function body's nodes as gc's hairyVisitor does; false when the
 * body holds a construct gc never inlines. Figures in comments are what each
 * form costs (calibrated against `go build -gcflags=-m=2`).
 */
class Counter {
  cost = 0;
  constructor(
    private readonly m: InlineModel,
    /** The function's result types (a concrete value returned as an interface is converted). */
    private readonly results: Type[],
  ) {}

  block(list: ast.Stmt[]): boolean {
    return list.every((s) => this.stmt(s));
  }

  /** `x := ...` declares x: ODCL and its name. */
  private declared(ids: (ast.Expr | null)[]): void {
    for (const id of ids) {
      if (!id || id.kind !== 'Ident' || id.name === '_') continue;
      if (this.m.infoRef.defs.get(id) instanceof Var) this.cost += 2;
    }
  }

  private lhsType(e: ast.Expr): Type | null {
    const id = unparen(e);
    if (id.kind === 'Ident') {
      const v = this.m.infoRef.defs.get(id) ?? this.m.infoRef.uses.get(id);
      if (v instanceof Var) return v.type;
    }
    return this.m.typeOf(e);
  }

  stmt(s: ast.Stmt | null): boolean {
    if (!s) return true;
    switch (s.kind) {
      case 'GoStmt':
      case 'DeferStmt':
        return false;
      case 'DeclStmt':
        if (s.decl.tok === 'type') return false;
        if (s.decl.tok === 'const') return true;
        for (const spec of s.decl.specs as ast.ValueSpec[]) {
          // var x T: ODCL x, OAS x; var x = v: ODCL x, OAS x v.
          this.declared(spec.names);
          this.cost += 2 * spec.names.length;
          if (!spec.values.every((v, i) => this.expr(v, this.lhsType(spec.names[i])))) return false;
        }
        return true;
      case 'EmptyStmt':
        return true;
      case 'BlockStmt':
        return this.block(s.list);
      case 'LabeledStmt':
        this.cost++;
        return this.stmt(s.stmt);
      case 'ExprStmt':
        return this.expr(s.x);
      case 'SendStmt': {
        this.cost++;
        const ct = this.m.typeOf(s.chan)?.underlying() as { elem?: Type } | undefined;
        return this.expr(s.chan) && this.expr(s.value, ct?.elem ?? null);
      }
      case 'IncDecStmt':
        this.cost += 2;
        return this.expr(s.x);
      case 'AssignStmt':
        this.cost++;
        if (s.tok === ':=') this.declared(s.lhs);
        if (!s.lhs.every((l) => this.expr(l))) return false;
        if (s.lhs.length !== s.rhs.length) return s.rhs.every((r) => this.expr(r));
        return s.rhs.every((r, i) => this.expr(r, s.tok === '=' || s.tok === ':=' ? this.lhsType(s.lhs[i]) : null));
      case 'ReturnStmt':
        this.cost++;
        // return f() of several results: t1, t2 := f(); return t1, t2.
        if (s.results.length === 1 && this.results.length > 1) this.cost += 4 * this.results.length + 1;
        if (s.results.length !== this.results.length) return s.results.every((r) => this.expr(r));
        return s.results.every((r, i) => this.expr(r, this.results[i]));
      case 'BranchStmt':
        if (s.tok !== 'fallthrough') this.cost++;
        return true;
      case 'IfStmt':
        this.cost++;
        return this.stmt(s.init) && this.expr(s.cond) && this.block(s.body.list) && (s.else_ === null || this.stmt(s.else_));
      case 'ForStmt':
        this.cost++;
        return this.stmt(s.init) && (s.cond === null || this.expr(s.cond)) && this.stmt(s.post) && this.block(s.body.list);
      case 'RangeStmt':
        this.cost++;
        if (s.tok === ':=') this.declared([s.key, s.value]);
        return (s.key === null || this.expr(s.key)) && (s.value === null || this.expr(s.value)) && this.expr(s.x) && this.block(s.body.list);
      case 'SwitchStmt':
        this.cost++;
        if (!this.stmt(s.init) || (s.tag !== null && !this.expr(s.tag))) return false;
        return s.clauses.every((cl) => {
          this.cost++;
          return (cl.list ?? []).every((e) => this.expr(e)) && this.block(cl.body);
        });
      case 'TypeSwitchStmt': {
        // OSWITCH, OTYPESW, x (and the bound name); per clause OCASE, its types (and its variable).
        const bound = s.bind !== null ? 1 : 0;
        this.cost += 2 + bound;
        if (!this.stmt(s.init) || !this.expr(s.x)) return false;
        return s.clauses.every((cl) => {
          this.cost += 1 + (cl.list ?? []).length + bound;
          return this.block(cl.body);
        });
      }
      case 'SelectStmt':
        this.cost++;
        return s.clauses.every((cl) => {
          this.cost++;
          const c = cl.comm;
          if (c === null) return this.block(cl.body);
          if (c.kind === 'SendStmt') return this.stmt(c) && this.block(cl.body);
          // A receive case: OSELRECV2 with two places, the receive, the channel.
          const recv = unparen(c.kind === 'ExprStmt' ? c.x : c.rhs[0]) as ast.UnaryExpr;
          this.cost += 4;
          if (c.kind === 'AssignStmt' && c.tok === ':=') this.declared(c.lhs);
          return this.expr(recv.x) && this.block(cl.body);
        });
    }
    return true;
  }

  /** Counts e, assigned to a variable of type `target` (an implicit conversion to an interface type costs one). */
  expr(e: ast.Expr | null, target: Type | null = null): boolean {
    if (!e) return true;
    const m = this.m;
    const tv = m.infoRef.types.get(e);
    if (target && isIface(target) && tv && !identical(tv.type, target) && !(tv.type instanceof Basic && tv.type.name === 'untyped nil')) this.cost++;
    if (tv && tv.value !== null) {
      this.cost++;
      return true;
    }
    switch (e.kind) {
      case 'ParenExpr':
        return this.expr(e.x);
      case 'Ident':
      case 'BasicLit':
        this.cost++;
        return true;
      case 'FuncLit': {
        this.cost += 16;
        const sig = m.infoRef.funcSigs.get(e) as Signature | undefined;
        const inner = new Counter(m, sig ? sig.results.vars.map((v) => v.type) : []);
        if (!inner.block(e.body.list)) return false;
        this.cost += inner.cost;
        return true;
      }
      case 'CompositeLit':
        return this.composite(e);
      case 'SelectorExpr': {
        const sel = m.infoRef.selections.get(e);
        this.cost++;
        if (!sel) return true; // a package-qualified name
        if (sel.kind === 'field') this.cost += sel.index.length - 1; // promoted through embedded fields
        return this.expr(e.x);
      }
      case 'IndexExpr': {
        this.cost++;
        if (m.infoRef.instances.get(e)) return true;
        // Indexing through a pointer to an array dereferences it.
        if (m.typeOf(e.x)?.underlying() instanceof Pointer) this.cost++;
        return this.expr(e.x) && e.indices.every((i) => this.expr(i));
      }
      case 'SliceExpr':
        this.cost++;
        return this.expr(e.x) && this.expr(e.low) && this.expr(e.high) && this.expr(e.max);
      case 'TypeAssertExpr':
        this.cost++;
        return this.expr(e.x);
      case 'StarExpr':
        this.cost++;
        return this.expr(e.x);
      case 'UnaryExpr':
        this.cost++;
        return this.expr(e.x);
      case 'BinaryExpr':
        // s1 + s2 + s3 is one OADDSTR over all the strings.
        if (!(e.op === '+' && isStringConcat(m, e.x))) this.cost++;
        return this.expr(e.x) && this.expr(e.y);
      case 'KeyValueExpr':
        this.cost++;
        return this.expr(e.key) && this.expr(e.value);
      case 'CallExpr':
        return this.call(e);
    }
    return true;
  }

  /** Struct literals: OSTRUCTLIT and a key per field; slices: OSLICELIT costs 2; arrays and maps 1. */
  private composite(e: ast.CompositeLit): boolean {
    const m = this.m;
    const t = m.typeOf(e)?.underlying();
    this.cost += t instanceof Slice ? 2 : 1;
    if (t instanceof Struct) {
      return e.elts.every((el, i) => {
        this.cost++;
        const v = el.kind === 'KeyValueExpr' ? el.value : el;
        const name = el.kind === 'KeyValueExpr' && el.key.kind === 'Ident' ? el.key.name : t.fields[i]?.name;
        const f = t.fields.find((x) => x.name === name);
        return this.expr(v, f?.type ?? null);
      });
    }
    const elem = (t as { elem?: Type } | undefined)?.elem ?? null;
    const key = t instanceof MapType ? t.key : null;
    return e.elts.every((el) => {
      if (el.kind === 'KeyValueExpr') {
        this.cost++;
        return this.expr(el.key, key) && this.expr(el.value, elem);
      }
      return this.expr(el, elem);
    });
  }

  private call(e: ast.CallExpr): boolean {
    const m = this.m;
    const fun = unparen(e.fun);
    const ftv = m.infoRef.types.get(e.fun);
    if (ftv?.mode === Mode.TypeExpr) {
      // A conversion: OCONVNOP (free) when the representation does not change.
      const to = m.typeOf(e);
      const from = e.args[0] ? m.typeOf(e.args[0]) : null;
      if (to && isIface(to)) return this.expr(e.args[0], to);
      if (!(to && from && identical(to.underlying(), from.underlying()))) this.cost++;
      return this.expr(e.args[0]);
    }
    if (ftv?.mode === Mode.Builtin) {
      const b = fun.kind === 'Ident' ? m.infoRef.uses.get(fun) : null;
      const name = b instanceof Builtin ? b.name : '';
      if (name === 'recover') return false;
      this.cost++;
      switch (name) {
        case 'panic':
          this.cost++; // inlineExtraPanicCost; its conversion to interface is free
          return this.expr(e.args[0]);
        case 'new':
          this.cost++;
          return true;
        case 'make': {
          const t = m.typeOf(e)?.underlying();
          if (t instanceof MapType && e.args.length === 1) this.cost++;
          return e.args.slice(1).every((a) => this.expr(a));
        }
      }
      return e.args.every((a) => this.expr(a));
    }
    this.cost++;
    const sig = m.typeOf(e.fun)?.underlying();
    if (fun.kind === 'SelectorExpr' && m.infoRef.selections.get(fun)?.kind === 'method') {
      // A method: OMETHEXPR's type, then the receiver (taking its address, or
      // dereferencing it, as the method needs); an interface's: ODOTINTER.
      const sel = m.infoRef.selections.get(fun)!;
      this.cost += 1 + sel.index.length;
      // A receiver that is a call's result is held in a temporary first.
      if (unparen(fun.x).kind === 'CallExpr') this.cost += 3;
      const recv = m.typeOf(fun.x);
      const method = sel.obj as Func;
      const ptrRecv = method.type instanceof Signature && method.type.recv?.type instanceof Pointer;
      const isPtr = recv?.underlying() instanceof Pointer;
      if (!isIface(recv) && ptrRecv !== isPtr) this.cost++;
      if (!this.expr(fun.x)) return false;
    } else if (!this.expr(e.fun)) return false;
    const ok = e.args.every((a, i) => this.expr(a, sig instanceof Signature ? paramType(sig, i, e.ellipsis >= 0) : null));
    this.cost += m.calleeCost(e);
    return ok;
  }
}

function isStringConcat(m: InlineModel, e: ast.Expr): boolean {
  const x = unparen(e);
  if (x.kind !== 'BinaryExpr' || x.op !== '+') return false;
  const tv = m.infoRef.types.get(x);
  return !!tv && tv.value === null && tv.type.underlying() instanceof Basic && (tv.type.underlying() as Basic).name.endsWith('string');
}

function isIface(t: Type | null | undefined): boolean {
  return !!t && t.underlying() instanceof Interface;
}

/** The type of the parameter argument i is passed to (the element type of a ... parameter). */
function paramType(sig: Signature, i: number, ddd: boolean): Type | null {
  const n = sig.params.length;
  if (sig.variadic && i >= n - 1 && !ddd) return (sig.params.vars[n - 1].type.underlying() as Slice).elem;
  return sig.params.vars[i]?.type ?? null;
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function walkAll(s: ast.Stmt, visit: (n: ast.Expr | ast.Stmt) => void): void {
  walkStmt(s, (n) => {
    visit(n);
  });
}

/** The inlining model of the lesson's package. */
export function lessonInlining(main: { info: Info; file: ast.File }): InlineModel {
  const decls = new Map<Func, ast.FuncDecl>();
  for (const [d, f] of main.info.funcObjs) decls.set(f, d);
  const model = new InlineModel(main.info, decls);
  for (const d of main.file.decls) if (d.kind === 'FuncDecl' && d.body) model.scanLocals(d.body);
  return model;
}
