// Compiling if and for statements: three-clause loops (with Go 1.22's per-iteration
// variables) and for-range clauses over arrays, slices, strings, maps, channels and
// integers (range over functions: rangefunc.ts).

import type * as ast from '../syntax/ast';
import { Var } from '../types/objects';
import { rangeTypes } from '../types/stmt';
import { ArrayType, Basic, Chan, MapType, Pointer, Signature, Slice, Type } from '../types/types';
import { NK, Op } from '../vm/op';
import { Place, initVar, isBlank } from './assign';
import { FnCompiler, Label, LoopLabels } from './func';
import { withOrder } from './order';
import { rangeOverFunc } from './rangefunc';

export function ifStmt(fc: FnCompiler, s: ast.IfStmt): void {
  if (s.init) fc.stmt(s.init);
  fc.at(s.cond);
  const els = new Label();
  const end = new Label();
  withOrder(fc, [s.cond], () => fc.branchFalse(s.cond, els));
  fc.stmts(s.body.list);
  if (s.else_) fc.emitJump(Op.JMP, end);
  fc.place(els);
  if (s.else_) {
    if (s.else_.kind === 'IfStmt') fc.stmt(s.else_);
    else fc.stmts(s.else_.list);
  }
  fc.place(end);
}

/** Loop variables declared by a for statement's init, which Go 1.22 gives each iteration afresh. */
function perIterationVars(fc: FnCompiler, s: ast.ForStmt): Var[] {
  if (fc.c.options.goVersion < 22 || !s.init || s.init.kind !== 'AssignStmt' || s.init.tok !== ':=') return [];
  const out: Var[] = [];
  for (const l of s.init.lhs) {
    const v = l.kind === 'Ident' ? fc.info.defs.get(l) : null;
    if (v instanceof Var) {
      const loc = fc.vars.get(v);
      // A variable in a cell may be captured or pointed to; so may an array or struct (its object is its address).
      if (loc && loc.kind === 'slot' && (loc.cell || fc.rtype(v.type).isValue)) out.push(v);
    }
  }
  return out;
}

export function forStmt(fc: FnCompiler, s: ast.ForStmt, label: string | null): void {
  if (s.init) fc.stmt(s.init);
  const top = new Label();
  const cont = new Label();
  const end = new Label();
  fc.place(top);
  // Each iteration arrives at the loop's line: breakpoints on it hit every time, steps show it.
  fc.stmtStart(s);
  if (s.cond) {
    const cond = s.cond;
    fc.at(cond);
    withOrder(fc, [cond], () => fc.branchFalse(cond, end));
  }
  fc.loops.push({ label, breakTo: end, continueTo: cont });
  fc.stmts(s.body.list);
  fc.loops.pop();
  fc.place(cont);
  // Go 1.22: the next iteration gets a copy of each loop variable.
  for (const v of perIterationVars(fc, s)) {
    const loc = fc.vars.get(v) as { slot: number; cell: boolean };
    const rt = fc.rtype(v.type);
    const t = fc.temp();
    fc.emit(loc.cell ? Op.LOADCELL : Op.MOV, t, loc.slot);
    if (rt.isValue) fc.emit(Op.CLONE, t, t, fc.constIdx(rt));
    fc.emit(loc.cell ? Op.NEWCELL : Op.MOV, loc.slot, t);
  }
  if (s.post) fc.stmt(s.post);
  fc.at(s);
  fc.emitJump(Op.LOOP, top);
  fc.place(end);
}

export function rangeStmt(fc: FnCompiler, s: ast.RangeStmt, label: string | null): void {
  const xt = fc.subst(fc.typeOf(s.x));
  const u = xt.underlying();
  const rt = rangeTypes(xt, 99)!;
  const define = s.tok === ':=';
  const perIter = define && fc.c.options.goVersion >= 22;
  const keyVar = define && s.key ? (fc.info.defs.get(s.key as ast.Ident) as Var | undefined) ?? null : null;
  const valVar = define && s.value ? (fc.info.defs.get(s.value as ast.Ident) as Var | undefined) ?? null : null;
  const top = new Label();
  const cont = new Label();
  const end = new Label();
  fc.at(s.x);
  // Go 1.19: one variable for all iterations, declared before the loop.
  if (define && !perIter) {
    for (const [v, t, e] of [
      [keyVar, rt.key, s.key],
      [valVar, rt.val, s.value],
    ] as const) {
      if (v && v.name !== '_' && t) {
        const z = fc.temp();
        fc.zeroInto(z, fc.rtype(t));
        initVar(fc, v, z, e!.pos);
      }
    }
  }
  /** Assigns this iteration's key and value (in `at`: the loop's function, or a range-over-func body). */
  const bindIn = (at: FnCompiler, k: number | null, v: number | null) => {
    const pairs: [Var | null, ast.Expr | null, number | null, Type | null][] = [
      [keyVar, s.key, k, rt.key],
      [valVar, s.value, v, rt.val],
    ];
    for (const [vr, e, r, t] of pairs) {
      if (!e || r === null || isBlank(e)) continue;
      if (define) {
        if (!vr || vr.name === '_') continue;
        if (perIter) initVar(at, vr, r, e.pos);
        else storeShared(at, vr, r);
      } else {
        const p = at.placeOf(e);
        at.store(p, at.convertTo(r, t!, at.typeOf(e)));
      }
    }
  };
  const bind = (k: number | null, v: number | null) => bindIn(fc, k, v);
  if (u instanceof Signature) {
    rangeOverFunc(fc, s, label, bindIn, (at, loop) => body(at, s, loop));
    return;
  }
  const loop: LoopLabels = { label, breakTo: end, continueTo: cont };
  /** The loop's head: each iteration arrives at the range statement's line (breakpoints, steps). */
  const head = () => {
    fc.place(top);
    fc.stmtStart(s);
  };
  if (u instanceof Basic && (u.info & 2) /* integer */) {
    const n = fc.expr(s.x);
    const nn = fc.temp();
    fc.emit(Op.MOV, nn, n);
    const i = fc.temp();
    fc.emit(Op.MOV, i, fc.k(0));
    const nk = fc.nk(xt);
    head();
    const c = fc.temp();
    fc.emit(Op.GE, c, i, nn, nk);
    fc.emitJump(Op.JT, end, c);
    bind(i, null);
    body(fc, s, loop);
    fc.place(cont);
    fc.emit(Op.ADD, i, i, fc.k(1), nk);
    fc.at(s);
    fc.emitJump(Op.LOOP, top);
    fc.place(end);
    return;
  }
  if (u instanceof Basic) {
    // A string: decode UTF-8.
    const str = fc.temp();
    fc.exprTo(s.x, str);
    const i = fc.temp();
    fc.emit(Op.MOV, i, fc.k(0));
    const n = fc.temp();
    fc.emit(Op.LEN, n, str, 1);
    const r = fc.temp();
    const w = fc.temp();
    const cur = fc.temp();
    head();
    const c = fc.temp();
    fc.emit(Op.GE, c, i, n, NK.I64);
    fc.emitJump(Op.JT, end, c);
    fc.emit(Op.NEXTRUNE, r, w, str, i);
    fc.emit(Op.MOV, cur, i);
    fc.emit(Op.ADD, i, i, w, NK.I64);
    bind(cur, r);
    body(fc, s, loop);
    fc.place(cont);
    fc.at(s);
    fc.emitJump(Op.LOOP, top);
    fc.place(end);
    return;
  }
  if (u instanceof Slice || u instanceof ArrayType || u instanceof Pointer) {
    let arr = fc.temp();
    fc.exprTo(s.x, arr);
    const isArray = u instanceof ArrayType;
    const elem = u instanceof Pointer ? (u.elem.underlying() as ArrayType).elem : (u as Slice | ArrayType).elem;
    const ert = fc.rtype(elem);
    if (isArray && s.value && !isBlank(s.value)) {
      // Ranging over an array value iterates over a copy of it.
      const c = fc.temp();
      fc.emit(Op.CLONE, c, arr, fc.constIdx(fc.rtype(xt)));
      arr = c;
    }
    const n = fc.temp();
    if (u instanceof Slice) fc.emit(Op.LEN, n, arr, 0);
    else {
      const a = (u instanceof Pointer ? u.elem.underlying() : u) as ArrayType;
      fc.emit(Op.MOV, n, fc.k(a.len));
      if (u instanceof Pointer && s.value && !isBlank(s.value)) fc.emit(Op.NILCHECK, arr);
    }
    const i = fc.temp();
    fc.emit(Op.MOV, i, fc.k(0));
    head();
    const c = fc.temp();
    fc.emit(Op.GE, c, i, n, NK.I64);
    fc.emitJump(Op.JT, end, c);
    let v: number | null = null;
    if (s.value && !isBlank(s.value)) {
      v = fc.temp();
      fc.emit(u instanceof Slice ? Op.SINDEX : Op.INDEX, v, arr, i);
      if (ert.isValue) fc.emit(Op.CLONE, v, v, fc.constIdx(ert));
    }
    bind(i, v);
    body(fc, s, loop);
    fc.place(cont);
    fc.emit(Op.ADD, i, i, fc.k(1), NK.I64);
    fc.at(s);
    fc.emitJump(Op.LOOP, top);
    fc.place(end);
    return;
  }
  if (u instanceof MapType) {
    const m = fc.expr(s.x);
    const it = fc.temp();
    fc.emit(Op.MAPITER, it, m);
    const ok = fc.temp();
    const k = fc.temp();
    const v = fc.temp();
    head();
    fc.emit(Op.MAPNEXT, ok, k, v, it);
    fc.emitJump(Op.JF, end, ok);
    const ert = fc.rtype(u.elem);
    if (ert.isValue && s.value) fc.emit(Op.CLONE, v, v, fc.constIdx(ert));
    bind(k, v);
    body(fc, s, loop);
    fc.place(cont);
    fc.at(s);
    fc.emitJump(Op.LOOP, top);
    fc.place(end);
    return;
  }
  if (u instanceof Chan) {
    const ch = fc.temp();
    fc.exprTo(s.x, ch);
    const v = fc.temp();
    const ok = fc.temp();
    head();
    fc.emit(Op.RECV2, v, ok, ch);
    fc.emitJump(Op.JF, end, ok);
    bind(v, null);
    body(fc, s, loop);
    fc.place(cont);
    fc.at(s);
    fc.emitJump(Op.LOOP, top);
    fc.place(end);
    return;
  }
  throw new Error(`gosim: ${fc.src.format(s.pos)}: unsupported: range over ${fc.rtype(xt).str}`);
}

/**
 * Assigns an iteration's value to a variable all iterations share (before Go 1.22):
 * an array or struct is copied into the variable's one object, so that every `&v`
 * taken in the loop is the same pointer and sees the last value.
 */
function storeShared(fc: FnCompiler, v: Var, r: number): void {
  const place: Place = { kind: 'var', v };
  const t = fc.rtype(v.type);
  if (t.isValue) fc.store({ kind: 'object', obj: fc.load(place), t }, r);
  else fc.store(place, r);
}

function body(fc: FnCompiler, s: ast.RangeStmt, loop: LoopLabels): void {
  fc.loops.push(loop);
  fc.stmts(s.body.list);
  fc.loops.pop();
}
