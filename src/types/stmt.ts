// Statements (go/types' stmt.go). Switch, type switch and select statements are
// in switch.ts, range clauses in range.ts, terminating statements in return.ts,
// labels in labels.ts.

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { exprString } from './exprstring';
import { Const, TypeName, Var } from './objects';
import { Mode, Operand } from './operand';
import { setVarType } from './assignments';
import { coreType, forAllTypes } from './expr';
import { nodePos } from './positions';
import { switchStmt, typeSwitchStmt, selectStmt } from './switch';
import { rangeStmt } from './range';
import { isBoolean, isNumeric, isValid } from './predicates';
import { Chan, Type, invalidType } from './types';

declare module './checker' {
  interface Checker {
    funcBodyStmts(body: ast.BlockStmt): void;
    stmt(ctx: StmtContext, s: ast.Stmt): void;
    declStmt(d: ast.GenDecl): void;
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

// ---- declarations in function bodies ------------------------------------------------------

Checker.prototype.declStmt = function (this: Checker, d: ast.GenDecl): void {
  switch (d.tok) {
    case 'const':
      for (const spec of d.specs as ast.ValueSpec[]) {
        const objs = spec.names.map((id) => new Const(id.name, invalidType, id.pos, this.pkg, constant.unknown));
        objs.forEach((o, i) => this.constDecl(o, spec, i));
        this.arity(spec, true);
        spec.names.forEach((id, i) => {
          this.recordDef(id, objs[i]);
          if (id.name !== '_') {
            const prev = this.scope.insert(objs[i]);
            if (prev) this.redeclared(objs[i], prev);
          }
        });
      }
      return;
    case 'var':
      for (const spec of d.specs as ast.ValueSpec[]) {
        const vars = spec.names.map((id) => {
          const v = new Var(id.name, invalidType, id.pos, this.pkg);
          v.hasType = false;
          return v;
        });
        vars.forEach((v, i) => this.recordDef(spec.names[i], v));
        let t: Type | null = null;
        if (spec.type) {
          t = this.varType(spec.type);
          for (const v of vars) {
            setVarType(v, t);
            // A variable of a type in error is not also reported unused.
            if (!isValid(t)) v.used = true;
          }
        }
        if (spec.values.length === vars.length) {
          vars.forEach((v, i) => {
            const x = new Operand();
            this.expr(x, spec.values[i], t);
            this.initVar(v, x, 'variable declaration');
          });
        } else if (spec.values.length === 1) {
          this.initVars(vars, spec.values, null);
        } else {
          // Counts differ: each variable with a value of its own is initialized with it.
          vars.forEach((v, i) => {
            if (i >= spec.values.length) return;
            const x = new Operand();
            this.expr(x, spec.values[i], t);
            this.initVar(v, x, 'variable declaration');
          });
        }
        for (const v of vars) {
          if (!v.hasType) {
            // No type and no value (an arity error): not also reported unused.
            v.type = invalidType;
            v.hasType = true;
            v.used = true;
          }
        }
        this.arity(spec, false);
        vars.forEach((v, i) => this.declareLocal(spec.names[i], v));
      }
      return;
    case 'type':
      for (const spec of d.specs as ast.TypeSpec[]) {
        const obj = new TypeName(spec.name.name, invalidType, spec.name.pos, this.pkg);
        this.declare(this.scope, spec.name, obj);
        this.typeDecl(obj, spec);
      }
      return;
    case 'import':
      return;
  }
};
