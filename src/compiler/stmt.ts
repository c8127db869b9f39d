// Compiling statements and function bodies: the shape of a function (parameters,
// results, its final RET) and of a package's initialisation; simple statements,
// go, defer and return. Assignments and var declarations are in assign.ts, if and
// for (and range) in for.ts, switch, type switch and select in switch.ts, labels
// and branches in labels.ts.

import type * as ast from '../syntax/ast';
import type { CheckedPackage } from '../engine/load';
import { Var } from '../types/objects';
import { Chan, MapType, Signature, Type } from '../types/types';
import { Op } from '../vm/op';
import { FnCompiler } from './func';
import { assign, multiValues, plainSlot, varSpec } from './assign';
import { withOrder } from './order';
import { bodyResultTypes, deferInBody, returnInBody } from './rangefunc';
import { branch, labeled } from './labels';
import { forStmt, ifStmt, rangeStmt } from './for';
import { selectStmt, switchStmt, typeSwitch } from './switch';

declare module './func' {
  interface FnCompiler {
    stmt(s: ast.Stmt): void;
    stmts(list: ast.Stmt[]): void;
  }
}

const P = FnCompiler.prototype;

// ---- functions and packages ----------------------------------------------------------------

P.compileFunction = function (this: FnCompiler, _t: ast.FuncType, _recv: ast.Field | null, body: ast.BlockStmt, sig: Signature): void {
  const params: Var[] = [];
  if (sig.recv) params.push(sig.recv);
  params.push(...sig.params.vars);
  const results = sig.results.vars;
  const np = params.length;
  const nr = results.length;
  const p = this.proto;
  p.nparams = np;
  p.nresults = nr;
  p.resultTypes = results.map((v) => this.rtype(v.type));
  p.hasArgs = np > 0;
  p.variadic = sig.variadic;
  if (this.node) p.line = this.src.line(this.node.pos);
  this.reserve(np + nr);
  this.line = p.line;
  params.forEach((v, i) => {
    const rt = this.rtype(v.type);
    // Arrays and structs passed by value: the callee takes its own copy.
    if (rt.isValue && v.name && v.name !== '_') this.emit(Op.CLONE, i, i, this.constIdx(rt));
    const cell = this.needsCell(v, rt);
    if (cell) this.emit(Op.NEWCELL, i, i);
    this.vars.set(v, { kind: 'slot', slot: i, cell });
    this.addLocalInfo(v, i, rt, cell, 'param', v.pos);
  });
  const cellResults: boolean[] = [];
  results.forEach((v, i) => {
    const slot = np + i;
    const rt = this.rtype(v.type);
    this.zeroInto(slot, rt);
    const cell = v.name !== '' && this.needsCell(v, rt);
    if (cell) this.emit(Op.NEWCELL, slot, slot);
    cellResults.push(cell);
    this.vars.set(v, { kind: 'slot', slot, cell });
    this.addLocalInfo(v, slot, rt, cell, 'result', v.pos);
  });
  if (cellResults.some((c) => c)) p.cellResults = cellResults;
  this.resultSlots = results.map((_, i) => np + i);
  this.stmts(body.list);
  this.at({ pos: body.rbrace, end: body.rbrace });
  this.proto.stmtStarts.push(this.pc);
  p.retPc = this.pc;
  this.emit(Op.RET);
  this.finishLocals();
};

P.compilePackageInit = function (this: FnCompiler, cp: CheckedPackage): void {
  this.closurePrefix = `${cp.pkg.path}.glob.`;
  this.reserve(0);
  for (const entry of cp.pkg.varInitOrder) {
    if (!entry.rhs) continue;
    this.stmtStart(entry.decl);
    const m = this.mark();
    if (entry.lhs.length === 1) {
      const v = this.assignable(entry.rhs, entry.lhs[0].type);
      if (entry.lhs[0].name !== '_') this.emit(Op.STORECELL, this.k(this.c.globalCell(entry.lhs[0])), v);
    } else {
      const vals = multiValues(this, entry.rhs, entry.lhs.map((v) => v.type));
      entry.lhs.forEach((v, i) => {
        if (v.name !== '_') this.emit(Op.STORECELL, this.k(this.c.globalCell(v)), vals[i]);
      });
    }
    this.release(m);
  }
  cp.pkg.inits.forEach((fn, i) => {
    const proto = this.c.initProto(fn, i);
    this.emit(Op.CALL, this.constIdx(proto), 0, 0, 0);
  });
  this.proto.retPc = this.pc;
  this.emit(Op.RET);
  this.proto.nslots = Math.max(this.proto.nslots, 1);
};

// ---- statements ------------------------------------------------------------------------------

P.stmts = function (this: FnCompiler, list: ast.Stmt[]): void {
  for (const s of list) this.stmt(s);
};

P.stmt = function (this: FnCompiler, s: ast.Stmt): void {
  const m = this.mark();
  if (s.kind !== 'BlockStmt' && s.kind !== 'LabeledStmt' && s.kind !== 'EmptyStmt' && s.kind !== 'DeclStmt') this.stmtStart(s);
  const parts = orderedParts(s);
  if (parts) withOrder(this, parts.exprs, () => simpleStmt(this, s), parts);
  else simpleStmt(this, s);
  this.release(m);
};

/** The expressions a simple statement evaluates, for gc's order of evaluation (order.ts). */
function orderedParts(s: ast.Stmt): { exprs: ast.Expr[]; lhs?: ast.Expr[]; keepRoots?: boolean } | null {
  switch (s.kind) {
    case 'ExprStmt':
      return { exprs: [s.x], keepRoots: true };
    case 'SendStmt':
      return { exprs: [s.chan, s.value] };
    case 'AssignStmt':
      if (s.tok === ':=' || s.tok === '=') return { exprs: s.rhs, lhs: s.tok === '=' ? s.lhs : [], keepRoots: s.lhs.length !== s.rhs.length };
      return { exprs: [s.lhs[0], ...s.rhs] };
    case 'DeclStmt': {
      const specs = s.decl.tok === 'var' ? (s.decl.specs as ast.ValueSpec[]) : [];
      if (specs.length !== 1 || specs[0].values.length === 0) return null;
      return { exprs: specs[0].values, keepRoots: specs[0].names.length !== specs[0].values.length };
    }
    case 'ReturnStmt':
      return { exprs: s.results };
  }
  // go and defer evaluate their arguments into temporaries one by one, in lexical order.
  return null;
}

function simpleStmt(fc: FnCompiler, s: ast.Stmt): void {
  switch (s.kind) {
    case 'EmptyStmt':
    case 'BadStmt':
      break;
    case 'ExprStmt': {
      const e = fc.unparen(s.x);
      if (e.kind === 'CallExpr') fc.callResults(e);
      else fc.expr(s.x);
      break;
    }
    case 'SendStmt': {
      const ct = fc.subst(fc.typeOf(s.chan)).underlying() as Chan;
      const ch = fc.expr(s.chan);
      const v = fc.assignable(s.value, ct.elem);
      fc.emit(Op.SEND, ch, v);
      break;
    }
    case 'IncDecStmt': {
      const p = fc.placeOf(s.x);
      const t = fc.typeOf(s.x);
      const x = fc.load(p);
      const ps = plainSlot(fc, p);
      const d = ps >= 0 ? ps : fc.temp();
      const one = fc.k(fc.vmConst({ kind: 'int', value: 1n }, t));
      fc.emit(s.tok === '++' ? Op.ADD : Op.SUB, d, x, one, fc.nk(t));
      fc.store(p, d);
      break;
    }
    case 'AssignStmt':
      assign(fc, s);
      break;
    case 'DeclStmt':
      if (s.decl.tok === 'var') for (const spec of s.decl.specs as ast.ValueSpec[]) varSpec(fc, spec);
      break;
    case 'GoStmt':
    case 'DeferStmt': {
      const call = fc.unparen(s.call) as ast.CallExpr;
      const parts = fc.callParts(call) ?? builtinThunk(fc, call);
      if (s.kind === 'GoStmt') fc.emit(Op.GO, parts.fn, parts.base, parts.n);
      else if (fc.rangeFunc) deferInBody(fc, parts);
      else fc.emit(Op.DEFER, parts.fn, parts.base, parts.n);
      break;
    }
    case 'ReturnStmt':
      returnStmt(fc, s);
      break;
    case 'BranchStmt':
      branch(fc, s);
      break;
    case 'BlockStmt':
      fc.stmts(s.list);
      break;
    case 'IfStmt':
      ifStmt(fc, s);
      break;
    case 'SwitchStmt':
      switchStmt(fc, s, null);
      break;
    case 'TypeSwitchStmt':
      typeSwitch(fc, s, null);
      break;
    case 'SelectStmt':
      selectStmt(fc, s, null);
      break;
    case 'ForStmt':
      forStmt(fc, s, null);
      break;
    case 'RangeStmt':
      rangeStmt(fc, s, null);
      break;
    case 'LabeledStmt':
      labeled(fc, s);
      break;
  }
}

// ---- go, defer, return -------------------------------------------------------------------------

/**
 * go/defer of a predeclared function (`defer close(ch)`, `defer println(x)`):
 * the arguments are evaluated now and a small generated function makes the call.
 */
function builtinThunk(fc: FnCompiler, call: ast.CallExpr): { fn: number; base: number; n: number } {
  const f = fc.unparen(call.fun);
  const id = f.kind === 'Ident' ? (fc.info.uses.get(f)?.name ?? '') : '';
  const w = fc.c.newProto(`${fc.proto.name}.deferwrap`);
  w.wrapper = true;
  w.library = true;
  w.file = fc.proto.file;
  const args = call.args;
  let vals: number[] = [];
  switch (id) {
    case 'close':
      vals = [fc.expr(args[0])];
      w.code.push(Op.CLOSE, 0, Op.RET);
      break;
    case 'panic':
      vals = [fc.assignable(args[0], fc.c.anyType)];
      w.code.push(Op.PANIC, 0, Op.RET);
      break;
    case 'delete': {
      const mt = fc.subst(fc.typeOf(args[0])).underlying() as MapType;
      vals = [fc.expr(args[0]), fc.assignable(args[1], mt.key)];
      w.code.push(Op.MAPDELETE, 0, 1, Op.RET);
      break;
    }
    case 'print':
    case 'println': {
      const base = fc.temp(args.length);
      args.forEach((a, i) => fc.emit(Op.MOV, base + i, fc.assignable(a, fc.c.anyType)));
      const sl = fc.temp();
      if (args.length) fc.emit(Op.SLICELIT, sl, base, args.length);
      else fc.emit(Op.MOV, sl, fc.k(null));
      vals = [sl];
      w.consts.push(fc.c.printProto(), id === 'println');
      w.code.push(Op.MOV, 1, -2, Op.MOV, 2, 0, Op.CALLNATIVE, 0, 1, 2, 1, Op.RET);
      break;
    }
    case 'recover':
      // A deferred recover() is not called by a deferred function: it never stops a panic.
      w.code.push(Op.RET);
      break;
    default:
      throw new Error(`gosim: ${fc.src.format(call.pos)}: unsupported: go or defer of ${id || 'a conversion'}`);
  }
  w.nparams = vals.length;
  w.nslots = Math.max(vals.length, 3);
  w.retPc = w.code.length - 1;
  w.lines = w.code.map(() => fc.line);
  w.line = fc.line;
  const base = fc.temp(Math.max(vals.length, 1));
  vals.forEach((v, i) => fc.emit(Op.MOV, base + i, v));
  return { fn: fc.k(w), base, n: vals.length };
}

function returnStmt(fc: FnCompiler, s: ast.ReturnStmt): void {
  const sig = fc.rangeFunc ? bodyResultTypes(fc) : resultTypes(fc);
  if (fc.rangeFunc) {
    // In a range-over-func loop body: return from the enclosing function.
    if (!s.results.length) returnInBody(fc, null);
    else if (s.results.length === 1 && sig.length > 1) returnInBody(fc, multiValues(fc, s.results[0], sig));
    else returnInBody(fc, s.results.map((e, i) => fc.assignable(e, sig[i])));
    return;
  }
  if (s.results.length) {
    let vals: number[];
    if (s.results.length === 1 && sig.length > 1) vals = multiValues(fc, s.results[0], sig);
    else {
      vals = s.results.map((e, i) => {
        const v = fc.assignable(e, sig[i]);
        const t = fc.temp();
        fc.emit(Op.MOV, t, v);
        return t;
      });
    }
    vals.forEach((v, i) => {
      const slot = fc.resultSlots[i];
      if (fc.proto.cellResults?.[i]) fc.emit(Op.STORECELL, slot, v);
      else fc.emit(Op.MOV, slot, v);
    });
  }
  fc.emit(Op.RET);
}

function resultTypes(fc: FnCompiler): Type[] {
  const node = fc.node!;
  const sig = (node.kind === 'FuncLit' ? fc.info.funcSigs.get(node) : fc.info.funcSigs.get(node)) as Signature;
  return sig.results.vars.map((v) => fc.subst(v.type));
}
