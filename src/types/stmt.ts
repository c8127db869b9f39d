// Function bodies and statements (go/types' stmt.go). Switch, type switch and select statements are
// in switch.ts, range clauses in range.ts, terminating statements in return.ts,
// labels in labels.ts.

import type * as ast from '../syntax/ast';
import { Checker, FuncContext } from './checker';
import { exprString } from './exprstring';
import { Func, Var } from './objects';
import { Scope } from './scope';
import { Mode, Operand } from './operand';
import { coreType, forAllTypes } from './expr';
import { nodePos } from './positions';
import { switchStmt, typeSwitchStmt, selectStmt } from './switch';
import { rangeStmt } from './range';
import { isBoolean, isNumeric } from './predicates';
import { Chan, Named, Signature, Type, TypeParam } from './types';

declare module './checker' {
  interface Checker {
    funcBodyStmts(body: ast.BlockStmt): void;
    funcBody(node: ast.FuncDecl | ast.FuncLit, obj: Func | null, sig: Signature, body: ast.BlockStmt): void;
    declareParam(v: Var, id: ast.Ident | null): void;
    usage(ctx: FuncContext): void;
    stmt(ctx: StmtContext, s: ast.Stmt): void;
  }
}

// The compiler takes a range clause's key and value types from here.
export { rangeTypes } from './range';

/** Where a statement sits: which branch statements are allowed there. */
export interface StmtContext {
  breakOk: boolean;
  continueOk: boolean;
  fallthroughOk: boolean;
  finalSwitchCase: boolean;
  inTypeSwitch: boolean;
}

const topCtx: StmtContext = { breakOk: false, continueOk: false, fallthroughOk: false, finalSwitchCase: false, inTypeSwitch: false };

/** Checks a function body: declares parameters, checks statements, reports unused locals. */
Checker.prototype.funcBody = function (this: Checker, node: ast.FuncDecl | ast.FuncLit, obj: Func | null, sig: Signature, body: ast.BlockStmt): void {
  const saved = { scope: this.scope, fctx: this.fctx, iota: this.iota };
  const outer = node.kind === 'FuncLit' ? this.scope : this.fileScope;
  const fscope = new Scope(outer, node.pos, node.end, 'function', true);
  this.info.scopes.set(node.type, fscope);
  this.scope = fscope;
  const ctx: FuncContext = { sig, node, obj, labels: new Map(), parent: node.kind === 'FuncLit' ? this.fctx : null, locals: [] };
  this.fctx = ctx;
  this.iota = null;
  for (const tp of sig.typeParams) this.scope.insert(tp.obj);
  if (sig.recv) {
    const rt = recvTypeParamsOf(sig);
    for (const tp of rt) if (tp.obj.name !== '_') this.scope.insert(tp.obj);
    this.declareParam(sig.recv, node.kind === 'FuncDecl' ? node.recv?.names[0] ?? null : null);
  }
  const paramIds = identsOf(node.type.params);
  sig.params.vars.forEach((v, i) => this.declareParam(v, paramIds[i] ?? null));
  const resultIds = identsOf(node.type.results);
  sig.results.vars.forEach((v, i) => this.declareParam(v, resultIds[i] ?? null));
  this.funcBodyStmts(body);
  if (sig.results.length > 0 && !this.isTerminatingBlock(body)) this.error(body.rbrace, 'missing return');
  this.usage(ctx);
  this.scope = saved.scope;
  this.fctx = saved.fctx;
  this.iota = saved.iota;
};

Checker.prototype.declareParam = function (this: Checker, v: Var, id: ast.Ident | null): void {
  v.ownerFunc = this.fctx?.node ?? null;
  if (id) this.recordDef(id, v);
  // A second parameter of a name was reported with the signature (funcType).
  if (v.name && v.name !== '_') this.scope.insert(v);
};

/** Reports locals declared and not used, in source order (go/types' usage). */
Checker.prototype.usage = function (this: Checker, ctx: FuncContext): void {
  const unused = ctx.locals.filter((v) => !v.used && v.name !== '_').sort((a, b) => a.pos - b.pos);
  for (const v of unused) this.error(v.pos, `${v.name} declared but not used`);
};

function recvTypeParamsOf(sig: Signature): TypeParam[] {
  let t = sig.recv!.type;
  if (t.kind === 'Pointer') t = (t as unknown as { elem: Type }).elem;
  if (t instanceof Named) return t.typeArgs.filter((a): a is TypeParam => a instanceof TypeParam);
  return [];
}

function identsOf(fields: ast.Field[]): (ast.Ident | null)[] {
  const out: (ast.Ident | null)[] = [];
  for (const f of fields) {
    if (f.names.length === 0) out.push(null);
    else out.push(...f.names);
  }
  return out;
}

Checker.prototype.funcBodyStmts = function (this: Checker, body: ast.BlockStmt): void {
  this.info.scopes.set(body, this.scope);
  stmtList(this, topCtx, body.list);
  this.labels(body);
};

export function stmtList(c: Checker, ctx: StmtContext, list: ast.Stmt[]): void {
  const ok = ctx.fallthroughOk;
  const inner = { ...ctx, fallthroughOk: false };
  // Trailing empty statements do not count: fallthrough may be followed by them.
  let last = list.length - 1;
  while (last >= 0 && list[last].kind === 'EmptyStmt') last--;
  list.forEach((s, i) => {
    const sctx = ok && i === last ? { ...inner, fallthroughOk: true } : inner;
    c.stmt(sctx, s);
  });
}

export function openScope(c: Checker, node: ast.Node, comment: string): void {
  c.openScope(node, comment);
}

Checker.prototype.stmt = function (this: Checker, ctx: StmtContext, s: ast.Stmt): void {
  const top = this.delayed.length;
  try {
    stmtSwitch.call(this, ctx, s);
  } finally {
    this.processDelayed(top);
  }
};

function stmtSwitch(this: Checker, ctx: StmtContext, s: ast.Stmt): void {
  switch (s.kind) {
    case 'EmptyStmt':
    case 'BadStmt':
      return;
    case 'DeclStmt':
      this.declStmt(s.decl);
      return;
    case 'LabeledStmt':
      this.stmt(ctx, s.stmt);
      return;
    case 'ExprStmt': {
      const x = new Operand();
      this.rawExpr(x, s.x, null, false);
      let msg = '';
      const e = unparen(s.x);
      switch (x.mode) {
        case Mode.Invalid:
          return;
        case Mode.Builtin:
          msg = 'must be called';
          break;
        case Mode.TypeExpr:
          msg = 'is not an expression';
          break;
        default:
          if (e.kind === 'CallExpr') {
            const ft = this.info.types.get(e.fun);
            if (ft && ft.mode === Mode.Builtin) {
              const id = builtinName(this, e.fun);
              if (!['copy', 'recover', 'panic', 'print', 'println', 'close', 'delete', 'clear'].includes(id)) msg = 'is not used';
            } else if (ft && ft.mode === Mode.TypeExpr) msg = 'is not used';
          } else if (!(e.kind === 'UnaryExpr' && e.op === '<-')) msg = 'is not used';
      }
      if (msg) this.error(s.x.pos, `${this.describe(x)} ${msg}`);
      return;
    }
    case 'SendStmt': {
      const ch = new Operand();
      const val = new Operand();
      this.expr(ch, s.chan);
      this.expr(val, s.value);
      if (ch.mode === Mode.Invalid || val.mode === Mode.Invalid) return;
      const u = coreType(ch.type);
      if (!(u instanceof Chan)) {
        this.error(s.arrow, `invalid operation: cannot send to non-channel ${this.describe(ch)}`);
        return;
      }
      if (u.dir === 'recv') {
        this.error(s.pos, `invalid operation: cannot send to receive-only channel ${this.describe(ch)}`);
        return;
      }
      this.assignment(val, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = new Operand();
      this.expr(x, s.x);
      if (x.mode === Mode.Invalid) return;
      if (!forAllTypes(x.type, isNumeric)) {
        this.error(s.x.pos, `invalid operation: ${exprString(s.x)}${s.tok} (non-numeric type ${this.tstr(x.type)})`);
        return;
      }
      this.assignVar(s.x, x);
      return;
    }
    case 'AssignStmt':
      assignStmt(this, s);
      return;
    case 'GoStmt':
    case 'DeferStmt': {
      const what = s.kind === 'GoStmt' ? 'go' : 'defer';
      // The gc parser rejects these forms but goes on as if the call were written.
      if (s.call.kind === 'ParenExpr') this.syntaxError(s.call.pos, `expression in ${what} must not be parenthesized`);
      let call = unparen(s.call);
      if (call.kind !== 'CallExpr') {
        this.syntaxError(nodePos(call), `expression in ${what} must be function call`);
        call = { kind: 'CallExpr', fun: call, args: [], ellipsis: -1, lparen: call.end, rparen: call.end, pos: call.pos, end: call.end };
      }
      const x = new Operand();
      this.rawExpr(x, call, null, false);
      if (x.mode === Mode.Invalid) return;
      const ft = this.info.types.get(call.fun);
      if (ft && ft.mode === Mode.TypeExpr) {
        this.error(s.call.pos, `${what} requires function call, not conversion ${this.describe(x)}`);
        return;
      }
      if (ft && ft.mode === Mode.Builtin) {
        const id = builtinName(this, call.fun);
        if (!['copy', 'recover', 'panic', 'print', 'println', 'close', 'delete', 'clear'].includes(id)) {
          this.error(s.call.pos, `${what} discards result of ${this.describe(x)}`);
        }
      }
      if (s.kind === 'GoStmt' && this.fctx) this.fctx.hasGo = true;
      return;
    }
    case 'ReturnStmt': {
      const sig = this.fctx!.sig;
      const res = sig.results;
      if (s.results.length === 0) {
        if (res.length > 0 && !res.vars[0].name) {
          this.error(s.pos, 'not enough return values', ['have ()', `want ${this.typesSummary(res.vars.map((v) => v.type), false)}`]);
        } else if (res.length > 0) {
          // Named results must not be shadowed at a bare return.
          for (const v of res.vars) {
            const found = this.scope.lookupParent(v.name);
            if (found && found[1] !== v && v.name !== '_') {
              // go build names the result parameter, at the place of the declaration hiding it.
              this.error(s.pos, `result parameter ${v.name} not in scope at return`, [`${this.file.format(found[1].pos)}: inner declaration of var ${v.name} ${this.tstr(v.type)}`]);
            }
          }
        }
        return;
      }
      if (res.length === 0) {
        const xs = s.results.map((e) => {
          const x = new Operand();
          this.expr(x, e);
          return x;
        });
        if (xs.some((x) => x.mode === Mode.Invalid)) return;
        this.error(s.results[0].pos, 'too many return values', [`have ${this.typesSummary(xs.map((x) => x.type), false)}`, 'want ()']);
        return;
      }
      this.initVars(res.vars, s.results, s);
      return;
    }
    case 'BranchStmt':
      branchStmt(this, ctx, s);
      return;
    case 'BlockStmt':
      // fallthrough must be the last statement of the case itself, not of a block in it.
      openScope(this, s, 'block');
      stmtList(this, { ...ctx, fallthroughOk: false, finalSwitchCase: false }, s.list);
      this.closeScope();
      return;
    case 'IfStmt': {
      openScope(this, s, 'if');
      if (s.init) this.stmt(topCtxLike(ctx), s.init);
      const x = new Operand();
      this.expr(x, s.cond);
      if (x.mode !== Mode.Invalid && !forAllTypes(x.type, isBoolean)) this.error(s.cond.pos, 'non-boolean condition in if statement');
      this.stmt(ctx, s.body);
      if (s.else_) this.stmt(ctx, s.else_);
      this.closeScope();
      return;
    }
    case 'SwitchStmt':
      switchStmt(this, ctx, s);
      return;
    case 'TypeSwitchStmt':
      typeSwitchStmt(this, ctx, s);
      return;
    case 'SelectStmt':
      selectStmt(this, ctx, s);
      return;
    case 'ForStmt': {
      openScope(this, s, 'for');
      if (s.init) this.stmt(topCtxLike(ctx), s.init);
      if (s.cond) {
        const x = new Operand();
        this.expr(x, s.cond);
        if (x.mode !== Mode.Invalid && !forAllTypes(x.type, isBoolean)) this.error(s.cond.pos, 'non-boolean condition in for statement');
      }
      if (s.post) {
        if (s.post.kind === 'AssignStmt' && s.post.tok === ':=') {
          this.error(s.post.pos, 'cannot declare in post statement of for loop');
          this.useExprs(s.post.rhs);
        } else this.stmt(topCtxLike(ctx), s.post);
      }
      this.stmt({ ...ctx, breakOk: true, continueOk: true, fallthroughOk: false }, s.body);
      this.closeScope();
      return;
    }
    case 'RangeStmt':
      rangeStmt(this, ctx, s);
      return;
  }
}

declare module './checker' {
  interface FuncContext {
    hasGo?: boolean;
  }
}

export function topCtxLike(ctx: StmtContext): StmtContext {
  return { ...ctx, fallthroughOk: false };
}

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function builtinName(c: Checker, fun: ast.Expr): string {
  const f = unparen(fun);
  if (f.kind === 'Ident') {
    const o = c.info.uses.get(f);
    if (o && o.kind === 'Builtin') return o.name;
  }
  return '';
}

function assignStmt(c: Checker, s: ast.AssignStmt): void {
  if (s.tok === '=') {
    c.assignVars(s.lhs, s.rhs);
    return;
  }
  if (s.tok === ':=') {
    c.shortVarDecl(s.tokPos, s.lhs, s.rhs);
    return;
  }
  if (s.lhs.length !== 1 || s.rhs.length !== 1) {
    c.error(s.tokPos, `assignment operation ${s.tok} requires single-valued expressions`);
    return;
  }
  const op = s.tok.slice(0, -1) as ast.BinaryOp;
  const x = new Operand();
  const bin: ast.BinaryExpr = { kind: 'BinaryExpr', op, x: s.lhs[0], y: s.rhs[0], opPos: s.tokPos, pos: s.lhs[0].pos, end: s.rhs[0].end };
  c.opAssignExprs.add(bin);
  c.expr(x, bin);
  // The synthetic binary expression stands for the operator: record it on the statement.
  c.opAssign.set(s, bin);
  if (x.mode === Mode.Invalid) return;
  c.assignVar(s.lhs[0], x);
}

declare module './checker' {
  interface Checker {
    /** For `x op= y`: the binary expression `x op y` checked in its place (for the compiler). */
    opAssign: Map<ast.AssignStmt, ast.BinaryExpr>;
    /** Those synthetic binary expressions, for messages that show the statement as written. */
    opAssignExprs: WeakSet<ast.Expr>;
  }
}
Object.defineProperty(Checker.prototype, 'opAssignExprs', {
  get(this: Checker & { _opAssignExprs?: WeakSet<ast.Expr> }) {
    if (!this._opAssignExprs) this._opAssignExprs = new WeakSet();
    return this._opAssignExprs;
  },
});
Object.defineProperty(Checker.prototype, 'opAssign', {
  get(this: Checker & { _opAssign?: Map<ast.AssignStmt, ast.BinaryExpr> }) {
    if (!this._opAssign) this._opAssign = new Map();
    return this._opAssign;
  },
});

function branchStmt(c: Checker, ctx: StmtContext, s: ast.BranchStmt): void {
  // Labelled branches are checked once the whole body is known (labels.ts).
  if (s.label) return;
  switch (s.tok) {
    case 'break':
      if (!ctx.breakOk) c.branchError(s.pos, 'break is not in a loop, switch, or select');
      return;
    case 'continue':
      if (!ctx.continueOk) c.branchError(s.pos, 'continue is not in a loop');
      return;
    case 'fallthrough':
      if (!ctx.fallthroughOk) {
        let msg = 'fallthrough statement out of place';
        if (ctx.inTypeSwitch) msg = 'cannot fallthrough in type switch';
        else if (ctx.finalSwitchCase) msg = 'cannot fallthrough final case in switch';
        c.branchError(s.pos, msg);
      }
      return;
    case 'goto':
      return;
  }
}
