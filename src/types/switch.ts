// Switch, type switch and select statements: the statements that choose one of
// their case clauses (go/types' stmt.go: switchStmt, typeSwitchStmt, selectStmt).

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import * as constant from './constant';
import { Var } from './objects';
import { Mode, Operand } from './operand';
import { comparison } from './comparison';
import { nodePos, startPos } from './positions';
import { StmtContext, openScope, stmtList, topCtxLike, unparen } from './stmt';
import { comparable, defaultType, hasNil, identical, isTyped, isUntyped, isValid } from './predicates';
import { BasicKind, Interface, Type, TypeParam, Typ, invalidType } from './types';

export function switchStmt(c: Checker, ctx: StmtContext, s: ast.SwitchStmt): void {
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

export function typeSwitchStmt(c: Checker, ctx: StmtContext, s: ast.TypeSwitchStmt): void {
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

export function selectStmt(c: Checker, ctx: StmtContext, s: ast.SelectStmt): void {
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
