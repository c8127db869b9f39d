// Statements (go/types' stmt.go, return.go and labels.go).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { exprString } from './exprstring';
import { Const, TypeName, Var } from './objects';
import { Mode, Operand } from './operand';
import { setVarType } from './assignments';
import { coreType, forAllTypes } from './expr';
import { comparison } from './comparison';
import { nodePos, startPos } from './positions';
import { comparable, defaultType, hasNil, identical, isBoolean, isInteger, isNumeric, isString, isTyped, isUntyped, isValid } from './predicates';
import { ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Tuple, Type, TypeParam, Typ, invalidType, byteType, runeType } from './types';

declare module './checker' {
  interface Checker {
    funcBodyStmts(body: ast.BlockStmt): void;
    isTerminatingBlock(body: ast.BlockStmt): boolean;
    stmt(ctx: StmtContext, s: ast.Stmt): void;
    declStmt(d: ast.GenDecl): void;
  }
}

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

function stmtList(c: Checker, ctx: StmtContext, list: ast.Stmt[]): void {
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

function openScope(c: Checker, node: ast.Node, comment: string): void {
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

function topCtxLike(ctx: StmtContext): StmtContext {
  return { ...ctx, fallthroughOk: false };
}

function unparen(e: ast.Expr): ast.Expr {
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

// ---- switch, type switch, select -----------------------------------------------------

function switchStmt(c: Checker, ctx: StmtContext, s: ast.SwitchStmt): void {
  openScope(c, s, 'switch');
  if (s.init) c.stmt(topCtxLike(ctx), s.init);
  const x = new Operand();
  if (s.tag) {
    c.expr(x, s.tag);
    // The tag's type is final: an untyped constant takes its default type.
    if (x.mode !== Mode.Invalid && isUntyped(x.type)) c.convertUntyped(x, defaultType(x.type));
    // Values of types with nil (slices, maps, functions) may be switched on against nil.
    if (x.mode !== Mode.Invalid && !comparable(x.type) && !hasNil(x.type)) {
      c.error(s.tag.pos, `cannot switch on ${c.describe(x)} (${c.tstr(x.type)} is not comparable)`);
      x.invalidate();
    }
  } else {
    x.setConst(Typ[BasicKind.Bool], constant.makeBool(true));
    const t: ast.Ident = { kind: 'Ident', name: 'true', pos: s.rbrace, end: s.rbrace };
    x.expr = t;
  }
  multipleDefaults(c, s.clauses.filter((cl) => cl.list === null));
  const seen: { val: constant.ConstValue; type: Type; pos: number }[] = [];
  s.clauses.forEach((cl, i) => {
    if (cl.list !== null) {
      for (const e of cl.list) {
        const y = new Operand();
        c.expr(y, e);
        if (x.mode === Mode.Invalid || y.mode === Mode.Invalid) continue;
        // The case value takes the tag's type, then is compared with it.
        const v = new Operand();
        v.copyFrom(y);
        if (isUntyped(v.type) && isTyped(x.type)) {
          c.convertUntyped(v, x.type);
          if (v.mode === Mode.Invalid) continue;
        }
        const res = new Operand();
        res.copyFrom(v);
        const t = new Operand();
        t.copyFrom(x);
        // Order matters for error messages: case value compared against tag.
        comparisonForCase(c, res, t, e);
        if (res.mode === Mode.Invalid) continue;
        // Duplicates are looked for among numeric and string constants (not booleans).
        if (v.mode === Mode.Constant && v.val && v.val.kind !== 'unknown' && v.val.kind !== 'bool') {
          const prev = seen.find((p) => constant.compare(p.val, '==', v.val!) && identical(p.type, v.type));
          if (prev) {
            c.error(e.pos, `duplicate case ${c.describe(v)} in expression switch`, [`${c.file.format(prev.pos)}: previous case`]);
          } else seen.push({ val: v.val, type: v.type, pos: nodePos(e, c.file.text) });
        }
      }
    }
    openScope(c, cl, 'case');
    const final = i === s.clauses.length - 1;
    stmtList(c, { ...ctx, breakOk: true, fallthroughOk: !final, finalSwitchCase: final, inTypeSwitch: false }, cl.body);
    c.closeScope();
  });
  c.closeScope();
}

function comparisonForCase(c: Checker, y: Operand, x: Operand, e: ast.Expr): void {
  // Untyped case values convert to the tag's type.
  if (isUntyped(y.type) && isTyped(x.type)) {
    c.convertUntyped(y, x.type);
    if (y.mode === Mode.Invalid) return;
  }
  const bin: ast.BinaryExpr = { kind: 'BinaryExpr', op: '==', x: e, y: x.expr!, opPos: e.pos, pos: e.pos, end: e.end };
  comparison(c, y, x, '==', bin, true);
}

function typeSwitchStmt(c: Checker, ctx: StmtContext, s: ast.TypeSwitchStmt): void {
  openScope(c, s, 'type switch');
  if (s.init) c.stmt(topCtxLike(ctx), s.init);
  if (s.bind && s.bind.name === '_') {
    c.error(s.bind.pos, 'no new variable on left side of :=');
  }
  // The clauses are checked even when x is not an interface (sx null then).
  const x = new Operand();
  c.expr(x, s.x);
  let sx: Operand | null = null;
  if (x.mode !== Mode.Invalid) {
    if (x.type instanceof TypeParam) c.error(s.x.pos, `cannot use type switch on type parameter value ${c.describe(x)}`);
    else if (!(x.type.underlying() instanceof Interface)) c.error(s.x.pos, `${c.describe(x)} is not an interface`);
    else sx = x;
  }
  const lhsVars: Var[] = [];
  multipleDefaults(c, s.clauses.filter((cl) => cl.list === null));
  const seenTypes: { t: Type | null; pos: number }[] = [];
  s.clauses.forEach((cl) => {
    let T: Type | null = null;
    if (cl.list !== null) {
      for (const e of cl.list) {
        let t: Type | null;
        if (e.kind === 'Ident' && e.name === 'nil' && c.scope.lookupParent('nil')?.[1].kind === 'Nil') {
          t = null;
          c.record(e, Mode.Value, Typ[BasicKind.UntypedNil], null);
        } else {
          t = c.varType(e);
          if (!isValid(t)) {
            T = t;
            continue;
          }
          if (sx) c.typeAssertion(e, sx, t, true);
        }
        const dup = seenTypes.find((p) => (p.t === null && t === null) || (p.t !== null && t !== null && identical(p.t, t)));
        if (dup) {
          c.error(startPos(e, c.file.text), `duplicate case ${t ? c.tstr(t) : 'nil'} in type switch`, [`${c.file.format(dup.pos)}: previous case`]);
        } else seenTypes.push({ t, pos: startPos(e, c.file.text) });
        T = t;
      }
    }
    openScope(c, cl, 'case');
    if (s.bind) {
      // spec: in clauses with one type the variable has that type; otherwise the type of x.
      const vt = cl.list && cl.list.length === 1 && T ? T : sx ? sx.type : invalidType;
      const v = new Var(s.bind.name, vt, s.bind.pos, c.pkg);
      v.ownerFunc = c.fctx?.node ?? null;
      c.scope.insert(v);
      c.info.implicits.set(cl, v);
      lhsVars.push(v);
    }
    stmtList(c, { ...ctx, breakOk: true, fallthroughOk: false, inTypeSwitch: true }, cl.body);
    c.closeScope();
  });
  if (s.bind) {
    const used = lhsVars.some((v) => v.used);
    if (!used && s.bind.name !== '_') c.error(s.bind.pos, `${s.bind.name} declared but not used`);
    const obj = new Var(s.bind.name, sx ? sx.type : invalidType, s.bind.pos, c.pkg);
    c.recordDef(s.bind, obj);
  }
  c.closeScope();
}

/** Reports every default clause after the first. */
function multipleDefaults(c: Checker, defaults: ast.Node[]): void {
  for (const d of defaults.slice(1)) c.error(d.pos, `multiple defaults (first at ${c.file.format(defaults[0].pos)})`);
}

function selectStmt(c: Checker, ctx: StmtContext, s: ast.SelectStmt): void {
  multipleDefaults(c, s.clauses.filter((cl) => cl.comm === null));
  for (const cl of s.clauses) {
    if (cl.comm !== null) {
      // spec: "RecvStmt = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr."
      const comm = cl.comm;
      let valid = false;
      if (comm.kind === 'SendStmt') valid = true;
      else if (comm.kind === 'ExprStmt') valid = isRecv(comm.x);
      else if (comm.kind === 'AssignStmt') valid = comm.rhs.length === 1 && isRecv(comm.rhs[0]);
      if (!valid) {
        // An expression statement is reported where go build's syntax tree puts it (a call at its '(').
        c.error(comm.kind === 'ExprStmt' ? nodePos(comm.x) : comm.pos, 'select case must be send or receive (possibly with assignment)');
        continue;
      }
    }
    openScope(c, cl, 'case');
    if (cl.comm) c.stmt(topCtxLike(ctx), cl.comm);
    stmtList(c, { ...ctx, breakOk: true, fallthroughOk: false }, cl.body);
    c.closeScope();
  }
}

function isRecv(e: ast.Expr): boolean {
  const x = unparen(e);
  return x.kind === 'UnaryExpr' && x.op === '<-';
}

// ---- range ---------------------------------------------------------------------------

/** The key and value types of ranging over a value of type t, or null if it cannot be ranged over. */
export function rangeTypes(t: Type, goVersion: number): { key: Type | null; val: Type | null; cause?: string } | null {
  const u = coreType(t);
  if (!u) return null;
  if (u instanceof Basic) {
    if (isString(u)) return { key: Typ[BasicKind.Int], val: runeType };
    if (isInteger(u) && goVersion >= 22) return { key: isUntyped(t) ? Typ[BasicKind.Int] : t, val: null };
    return null;
  }
  if (u instanceof ArrayType) return { key: Typ[BasicKind.Int], val: u.elem };
  if (u instanceof Slice) return { key: Typ[BasicKind.Int], val: u.elem };
  if (u instanceof Pointer) {
    const a = u.elem.underlying();
    if (a instanceof ArrayType) return { key: Typ[BasicKind.Int], val: a.elem };
    return null;
  }
  if (u instanceof MapType) return { key: u.key, val: u.elem };
  if (u instanceof Chan) {
    if (u.dir === 'send') return { key: null, val: null, cause: 'receive from send-only channel' };
    return { key: u.elem, val: null };
  }
  if (u instanceof Signature && goVersion >= 23) {
    // func(yield func(K, V) bool)
    if (u.params.length === 1 && u.results.length === 0) {
      const y = u.params.vars[0].type.underlying();
      if (y instanceof Signature && y.results.length === 1 && isBoolean(y.results.vars[0].type) && y.params.length <= 2) {
        return { key: y.params.length > 0 ? y.params.vars[0].type : null, val: y.params.length > 1 ? y.params.vars[1].type : null };
      }
    }
    return null;
  }
  return null;
}

function rangeStmt(c: Checker, ctx: StmtContext, s: ast.RangeStmt): void {
  openScope(c, s, 'range');
  const x = new Operand();
  c.expr(x, s.x);
  let keyT: Type | null = null;
  let valT: Type | null = null;
  if (x.mode !== Mode.Invalid) {
    const core = coreType(x.type);
    if (s.extra && !(core instanceof Chan)) c.error(s.extra.pos, 'range clause permits at most two iteration variables');
    const r = rangeTypes(x.type, c.options.goVersion);
    const cause = r?.cause ?? (core ? '' : `${c.tstr(x.type)} has no core type`);
    if (!r || cause) {
      c.error(s.x.pos, `cannot range over ${c.describe(x)}${cause ? ` (${cause})` : ''}`);
      x.invalidate();
    } else {
      keyT = r.key;
      valT = r.val;
      if (isUntyped(x.type)) c.convertUntyped(x, defaultType(x.type));
      const u = coreType(x.type);
      const oneVar = u instanceof Chan || (u instanceof Basic && isInteger(u));
      if (s.value && oneVar) {
        c.error(s.value.pos, `range over ${c.describe(x)} permits only one iteration variable`);
      } else if (s.key && !keyT && u instanceof Signature) {
        c.error(s.key.pos, `range over ${c.describe(x)} permits no iteration variables`);
      } else if (s.value && !valT && u instanceof Signature) {
        c.error(s.value.pos, `range over ${c.describe(x)} permits only one iteration variable`);
      }
    }
  }
  const lhs = [s.key, s.value];
  const rhs = [keyT, valT];
  if (s.tok === ':=') {
    const vars: Var[] = [];
    lhs.forEach((l, i) => {
      if (!l) return;
      if (l.kind !== 'Ident') {
        c.error(l.pos, `non-name ${exprString(l)} on left side of :=`);
        return;
      }
      const v = new Var(l.name, rhs[i] ?? invalidType, l.pos, c.pkg);
      v.ownerFunc = c.fctx?.node ?? null;
      c.recordDef(l, v);
      vars.push(v);
    });
    for (const v of vars) if (v.name !== '_') {
      const prev = c.scope.insert(v);
      if (prev) c.redeclared(v, prev);
      else c.fctx?.locals.push(v);
    }
  } else if (s.tok === '=') {
    lhs.forEach((l, i) => {
      if (!l || !rhs[i]) return;
      const y = new Operand();
      y.mode = Mode.Value;
      y.expr = l;
      y.type = rhs[i]!;
      c.assignVar(l, y);
    });
  }
  c.stmt({ ...ctx, breakOk: true, continueOk: true, fallthroughOk: false }, s.body);
  c.closeScope();
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

// ---- terminating statements -------------------------------------------------------------

Checker.prototype.isTerminatingBlock = function (this: Checker, body: ast.BlockStmt): boolean {
  return isTerminatingList(this, body.list, '');
};

function isTerminatingList(c: Checker, list: ast.Stmt[], label: string): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i].kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(c, list[i], label);
}

function isTerminating(c: Checker, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      const call = unparen(s.x);
      if (call.kind === 'CallExpr') {
        const f = unparen(call.fun);
        if (f.kind === 'Ident' && c.info.uses.get(f)?.kind === 'Builtin' && f.name === 'panic') return true;
      }
      return false;
    }
    case 'BlockStmt':
      return isTerminatingList(c, s.list, '');
    case 'IfStmt':
      return s.else_ !== null && isTerminatingList(c, s.body.list, '') && isTerminating(c, s.else_, '');
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      return isTerminatingSwitch(c, s.clauses, label, s);
    case 'SelectStmt':
      return s.clauses.every((cl) => isTerminatingList(c, cl.body, '') && !hasBreakList(cl.body, label, true));
    case 'ForStmt':
      return s.cond === null && !hasBreakList(s.body.list, label, true);
    case 'LabeledStmt':
      return isTerminating(c, s.stmt, s.label.name);
    default:
      return false;
  }
}

function isTerminatingSwitch(c: Checker, clauses: ast.CaseClause[], label: string, _s: ast.Stmt): boolean {
  let hasDefault = false;
  for (const cl of clauses) {
    if (cl.list === null) hasDefault = true;
    let last = cl.body.length - 1;
    while (last >= 0 && cl.body[last].kind === 'EmptyStmt') last--;
    const lastStmt = last >= 0 ? cl.body[last] : null;
    const endsInFallthrough = lastStmt !== null && lastStmt.kind === 'BranchStmt' && lastStmt.tok === 'fallthrough';
    if (!endsInFallthrough && !isTerminatingList(c, cl.body, '')) return false;
    if (hasBreakList(cl.body, label, true)) return false;
  }
  return hasDefault;
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

/** Whether s contains a break that leaves the statement labelled `label` (or, if implicit, the innermost one). */
function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      if (s.tok === 'break') {
        if (!s.label) return implicit;
        return s.label.name === label;
      }
      return false;
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'IfStmt':
      return hasBreakList(s.body.list, label, implicit) || (s.else_ !== null && hasBreak(s.else_, label, implicit));
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      return label !== '' && s.clauses.some((cl) => hasBreakList(cl.body, label, false));
    case 'SelectStmt':
      return label !== '' && s.clauses.some((cl) => hasBreakList(cl.body, label, false));
    case 'ForStmt':
    case 'RangeStmt':
      return label !== '' && hasBreakList(s.body.list, label, false);
    default:
      return false;
  }
}

void Named;
void Tuple;
void byteType;
void isNumeric;
