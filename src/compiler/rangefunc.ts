// Range over functions (Go 1.23): `for k, v := range seq { body }` where seq
// is a func(yield func(K, V) bool).
//
// As gc does (cmd/compile/internal/rangefunc), the body becomes a closure, the
// loop a call:
//
//	seq(func(k K, v V) bool { body; return true })
//
// and control flow leaving the body is carried out by the enclosing function
// once seq returns. Per loop, two variables shared with the body:
//
//	state  READY between iterations; BODY while the body runs (and after it
//	       panicked); DONE once the body returned false (break, return, goto
//	       out, a labelled break/continue of an outer loop); EXHAUSTED after seq
//	       returned. The body checks it on entry, so an iterator that calls
//	       yield again after false, or after the loop, panics as Go's does.
//	next   which exit the body took (0: none); after the call the enclosing
//	       function dispatches on it, replaying the `return` or branch there —
//	       and if the enclosing function is itself a loop body, by leaving it
//	       the same way.
//
// A `return` in the body stores its values in variables of the real enclosing
// function. A `defer` in the body is attached to that function's frame, not
// the body's (runtime.deferrangefunc), as the spec requires.
//
// Variables the body shares with the enclosing function live in cells: the
// compiler finds them before compiling (rangeFuncCaptures).

import type * as ast from '../syntax/ast';
import { walkExpr, walkStmt } from '../syntax/walk';
import type { Info } from '../types/checker';
import { Var } from '../types/objects';
import { coreType } from '../types/expr';
import { BasicKind, Signature, Type, Typ } from '../types/types';
import { natives } from '../stdlib/natives';
import { FuncProto } from '../vm/func';
import { NK, Op } from '../vm/op';
import { FnCompiler, Label, LoopLabels } from './func';
import type { Compiler } from './compiler';

/** The body closure's view of its loop. */
export interface RangeFuncCtx {
  /** The function that runs the loop (the real function, or an outer loop body). */
  outer: FnCompiler;
  state: Var;
  next: Var;
  /** Exits other than break and continue of this loop, in order of first use; next = index + 1. */
  exits: Exit[];
  /** Labels defined inside the body: a goto to one of them stays in the body. */
  labels: Set<string>;
  /** The real function's results (for `return` in the body) and its frame index (for defer). */
  results: Var[];
  resultTypes: Type[];
  frame: Var;
}

/** A `return` (bare: the results are already in place), or a branch to a label outside the body. */
export type Exit = { kind: 'return'; bare: boolean } | { kind: 'break' | 'continue' | 'goto'; label: string };

function sameExit(a: Exit, b: Exit): boolean {
  if (a.kind === 'return' || b.kind === 'return') return a.kind === b.kind && (a as { bare: boolean }).bare === (b as { bare: boolean }).bare;
  return a.kind === b.kind && a.label === b.label;
}

declare module './func' {
  interface FnCompiler {
    /** Set in the closure compiled from a range-over-func loop body. */
    rangeFunc?: RangeFuncCtx;
    /** Per function: numbering of its loop bodies (main.main-range1, -range2...). */
    rangeCount?: number;
  }
}

const READY = 0;
const BODY = 1;
const DONE = 2;
const EXHAUSTED = 3;
const MISSING_PANIC = 4;

/** Whether a range statement ranges over a function. */
export function isRangeOverFunc(info: Info, s: ast.RangeStmt): boolean {
  const tv = info.types.get(s.x);
  if (!tv) return false;
  return coreType(tv.type) instanceof Signature;
}

/**
 * Variables used in a range-over-func body but declared outside it: the body
 * closure shares them, so they need cells.
 */
export function rangeFuncCaptures(info: Info, file: ast.File, out: Set<Var>): void {
  const visit = (n: ast.Expr | ast.Stmt) => {
    if (n.kind !== 'RangeStmt' || !isRangeOverFunc(info, n)) return;
    const inBody = (v: Var) => v.pos >= n.body.pos && v.pos < n.body.end;
    const use = (x: ast.Expr | ast.Stmt) => {
      if (x.kind !== 'Ident') return;
      const v = info.uses.get(x);
      if (v instanceof Var && !v.isGlobal && !inBody(v)) out.add(v);
    };
    walkStmt(n.body, use);
    if (n.tok === '=') {
      walkExpr(n.key, use);
      walkExpr(n.value, use);
    }
  };
  for (const d of file.decls) if (d.kind === 'FuncDecl' && d.body) walkStmt(d.body, visit);
}

/** Compiles a range-over-func loop. `bind` declares or assigns the iteration variables in the body. */
export function rangeOverFunc(
  fc: FnCompiler,
  s: ast.RangeStmt,
  label: string | null,
  bind: (body: FnCompiler, k: number | null, v: number | null) => void,
  compileBody: (body: FnCompiler, loop: LoopLabels) => void,
): void {
  const seqType = coreType(fc.subst(fc.typeOf(s.x))) as Signature;
  const yieldType = seqType.params.vars[0].type.underlying() as Signature;
  const seq = fc.temp();
  fc.exprTo(s.x, seq);

  const intT = Typ[BasicKind.Int];
  const state = hiddenVar(fc, intT, s.pos);
  const next = hiddenVar(fc, intT, s.pos);
  cellOf(fc, state, fc.k(READY), s.pos);
  cellOf(fc, next, fc.k(0), s.pos);
  const root = fc.rangeFunc;
  let results: Var[];
  let resultTypes: Type[];
  let frame: Var;
  if (root) {
    ({ results, resultTypes, frame } = root);
  } else {
    // The real function: where returns and defers in any body of this loop nest land.
    const sig = fc.info.funcSigs.get(fc.node!) as Signature;
    resultTypes = sig.results.vars.map((v) => fc.subst(v.type));
    results = resultTypes.map((t) => hiddenVar(fc, t, s.pos));
    results.forEach((v, i) => {
      const z = fc.temp();
      fc.zeroInto(z, fc.rtype(resultTypes[i]));
      cellOf(fc, v, z, s.pos);
    });
    frame = hiddenVar(fc, intT, s.pos);
    const f = fc.temp();
    fc.emit(Op.CALLNATIVE, fc.constIdx(runtimeNative(fc.c, 'runtime.rangefuncframe', 0, 1)), f, 0, f);
    cellOf(fc, frame, f, s.pos);
  }

  const n = (fc.rangeCount = (fc.rangeCount ?? 0) + 1);
  const body = new FnCompiler(fc.c, `${fc.proto.name}-range${n}`, fc.info, fc.src, fc.sm, fc, fc.node);
  body.closureCount = fc.closureCount;
  body.proto.line = fc.src.line(s.pos);
  if (fc.proto.library) body.proto.library = true;
  const ctx: RangeFuncCtx = { outer: fc, state, next, exits: [], labels: labelsIn(s.body), results, resultTypes, frame };
  body.rangeFunc = ctx;
  compileRangeBody(body, s, yieldType, label, bind, compileBody);

  // The closure, and the call of the iterator with it.
  const caps = body.captures;
  const capBase = fc.temp(Math.max(caps.length, 1));
  caps.forEach((v, i) => {
    const loc = fc.lookup(v);
    if (loc.kind === 'slot') fc.emit(Op.MOV, capBase + i, loc.slot);
    else if (loc.kind === 'env') fc.emit(Op.LOADENV, capBase + i, loc.index);
    else fc.emit(Op.MOV, capBase + i, fc.k(loc.cell));
  });
  const arg = fc.temp();
  fc.emit(Op.MAKECLOSURE, arg, fc.constIdx(body.proto), capBase, caps.length);
  fc.at(s.x);
  fc.emit(Op.CALLCL, seq, arg, 1, arg);

  // A body that panicked must not look finished: the iterator recovered the panic.
  const st = fc.loadVar(state, null);
  const c = fc.temp();
  fc.emit(Op.EQ, c, st, fc.k(BODY), NK.I64);
  const ok = new Label();
  fc.emitJump(Op.JF, ok, c);
  panicState(fc, MISSING_PANIC);
  fc.place(ok);
  storeVar(fc, state, fc.k(EXHAUSTED));

  // Carry out the exit the body took.
  if (ctx.exits.length) {
    const nv = fc.loadVar(next, null);
    ctx.exits.forEach((exit, i) => {
      const skip = new Label();
      const is = fc.temp();
      fc.emit(Op.EQ, is, nv, fc.k(i + 1), NK.I64);
      fc.emitJump(Op.JF, skip, is);
      if (exit.kind === 'return') returnFromBody(fc, ctx, exit.bare);
      else branchTo(fc, exit.kind, exit.label);
      fc.place(skip);
    });
  }
}

/** The loop body as a function of the yielded values returning whether to go on. */
function compileRangeBody(
  body: FnCompiler,
  s: ast.RangeStmt,
  yieldType: Signature,
  label: string | null,
  bind: (body: FnCompiler, k: number | null, v: number | null) => void,
  compileBody: (body: FnCompiler, loop: LoopLabels) => void,
): void {
  const ctx = body.rangeFunc!;
  const p = body.proto;
  const np = yieldType.params.length;
  p.nparams = np;
  p.nresults = 1;
  p.hasArgs = np > 0;
  body.reserve(np + 1);
  body.resultSlots = [np];
  body.line = p.line;
  body.stmtStart(s);
  body.emit(Op.MOV, np, body.k(false));
  // On entry: the previous iteration must have finished normally.
  const st = body.loadVar(ctx.state, null);
  const ready = body.temp();
  body.emit(Op.EQ, ready, st, body.k(READY), NK.I64);
  const go = new Label();
  body.emitJump(Op.JT, go, ready);
  const code = body.temp();
  body.emit(Op.MOV, code, st);
  callRuntime(body, 'runtime.panicrangestate', [code]);
  body.place(go);
  storeVar(body, ctx.state, body.k(BODY));
  bind(body, np > 0 ? 0 : null, np > 1 ? 1 : null);

  const brk = new Label();
  const cont = new Label();
  compileBody(body, { label, breakTo: brk, continueTo: cont });
  body.at({ pos: s.body.rbrace, end: s.body.rbrace } as ast.Node);
  body.place(cont);
  storeVar(body, ctx.state, body.k(READY));
  body.emit(Op.MOV, np, body.k(true));
  p.retPc = body.pc;
  body.emit(Op.RET);
  body.place(brk);
  storeVar(body, ctx.state, body.k(DONE));
  body.emit(Op.RET);
  body.finishLocals();
}

/**
 * Leaves a loop body by an exit its own loop cannot take (a `return`, a
 * branch to a label outside the body): record it and stop the iteration.
 */
export function exitBody(fc: FnCompiler, exit: Exit): void {
  const ctx = fc.rangeFunc!;
  let i = ctx.exits.findIndex((x) => sameExit(x, exit));
  if (i < 0) i = ctx.exits.push(exit) - 1;
  storeVar(fc, ctx.next, fc.k(i + 1));
  storeVar(fc, ctx.state, fc.k(DONE));
  fc.emit(Op.MOV, fc.resultSlots[0], fc.k(false));
  fc.emit(Op.RET);
}

/** Whether a branch in a loop body leaves it. */
export function leavesBody(fc: FnCompiler, s: ast.BranchStmt): boolean {
  const ctx = fc.rangeFunc;
  if (!ctx || !s.label) return false;
  if (s.tok === 'goto') return !ctx.labels.has(s.label.name);
  return !fc.loops.some((l) => l.label === s.label!.name);
}

/** A `return` in a loop body: its values (if any) go to the real function's result variables. */
export function returnInBody(fc: FnCompiler, values: number[] | null): void {
  const ctx = fc.rangeFunc!;
  if (values) values.forEach((v, i) => storeVar(fc, ctx.results[i], v));
  exitBody(fc, { kind: 'return', bare: values === null });
}

/** The result types of the function a `return` in this body returns from. */
export function bodyResultTypes(fc: FnCompiler): Type[] {
  return fc.rangeFunc!.resultTypes;
}

/** A `defer` in a loop body: the call is deferred by the real enclosing function. */
export function deferInBody(fc: FnCompiler, parts: { fn: number; base: number; n: number }): void {
  const base = fc.temp(parts.n + 2);
  fc.loadVar(fc.rangeFunc!.frame, base);
  fc.emit(Op.MOV, base + 1, parts.fn);
  for (let i = 0; i < parts.n; i++) fc.emit(Op.MOV, base + 2 + i, parts.base + i);
  fc.emit(Op.CALLNATIVE, fc.constIdx(runtimeNative(fc.c, 'runtime.deferrangefunc', parts.n + 2, 0)), base, parts.n + 2, base);
}

/** After the loop: the body returned, so the enclosing function returns (or leaves its own body). */
function returnFromBody(fc: FnCompiler, ctx: RangeFuncCtx, bare: boolean): void {
  if (fc.rangeFunc) {
    exitBody(fc, { kind: 'return', bare });
    return;
  }
  // The real function: its results are the values the body stored.
  if (!bare) {
    ctx.results.forEach((v, i) => {
      const r = fc.loadVar(v, null);
      const slot = fc.resultSlots[i];
      if (fc.proto.cellResults?.[i]) fc.emit(Op.STORECELL, slot, r);
      else fc.emit(Op.MOV, slot, r);
    });
  }
  fc.emit(Op.RET);
}

/** A branch replayed after the loop: a jump here, or leaving this body too. */
let branchTo: (fc: FnCompiler, tok: 'break' | 'continue' | 'goto', label: string) => void = () => {
  throw new Error('gosim: compiler: range-over-func branches not wired');
};

/** stmt.ts supplies how a branch statement compiles. */
export function setBranchCompiler(f: (fc: FnCompiler, s: ast.BranchStmt) => void): void {
  branchTo = (fc, tok, label) => f(fc, { kind: 'BranchStmt', tok, label: { kind: 'Ident', name: label, pos: 0, end: 0 }, pos: 0, end: 0 } as ast.BranchStmt);
}

// ---- helpers ---------------------------------------------------------------------------------

function hiddenVar(fc: FnCompiler, t: Type, pos: number): Var {
  const v = new Var('', t, pos, null);
  v.captured = true;
  return v;
}

/** Declares a hidden variable in a fresh cell holding r. */
function cellOf(fc: FnCompiler, v: Var, r: number, pos: number): void {
  const loc = fc.declareVar(v, pos);
  if (loc.kind === 'slot') fc.emit(Op.NEWCELL, loc.slot, r);
}

function storeVar(fc: FnCompiler, v: Var, r: number): void {
  const loc = fc.lookup(v);
  if (loc.kind === 'slot') fc.emit(Op.STORECELL, loc.slot, r);
  else if (loc.kind === 'env') {
    const c = fc.temp();
    fc.emit(Op.LOADENV, c, loc.index);
    fc.emit(Op.STORECELL, c, r);
  }
}

function panicState(fc: FnCompiler, state: number): void {
  const code = fc.temp();
  fc.emit(Op.MOV, code, fc.k(state));
  callRuntime(fc, 'runtime.panicrangestate', [code]);
}

function callRuntime(fc: FnCompiler, name: string, args: number[]): void {
  const base = fc.temp(Math.max(args.length, 1));
  args.forEach((a, i) => fc.emit(Op.MOV, base + i, a));
  fc.emit(Op.CALLNATIVE, fc.constIdx(runtimeNative(fc.c, name, args.length, 0)), base, args.length, base);
}

const protos = new WeakMap<Compiler, Map<string, FuncProto>>();

/** A native of the runtime the compiler calls directly (not part of package runtime's API). */
function runtimeNative(c: Compiler, name: string, nparams: number, nresults: number): FuncProto {
  let m = protos.get(c);
  if (!m) protos.set(c, (m = new Map()));
  let p = m.get(name);
  if (!p) {
    p = c.newProto(name);
    p.library = true;
    p.nparams = nparams;
    p.nresults = nresults;
    p.nslots = Math.max(nparams + nresults, 1);
    p.native = natives[name];
    if (!p.native) throw new Error(`gosim: ${name} is missing`);
    m.set(name, p);
  }
  return p;
}

function labelsIn(body: ast.BlockStmt): Set<string> {
  const out = new Set<string>();
  walkStmt(body, (n) => {
    if (n.kind === 'FuncLit') return false;
    if (n.kind === 'LabeledStmt') out.add(n.label.name);
  });
  return out;
}

