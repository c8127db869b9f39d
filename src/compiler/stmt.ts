// Compiling statements and function bodies: assignments and declarations,
// control flow (if, for, range, switch, type switch, select, labels, goto),
// go, defer and return; and the shape of a function (parameters, results,
// its final RET) and of a package's initialisation.

import type * as ast from '../syntax/ast';
import type { CheckedPackage } from '../engine/load';
import { rangeTypes } from '../types/stmt';
import { Func, Var } from '../types/objects';
import { Mode } from '../types/operand';
import { ArrayType, Basic, Chan, Interface, MapType, Pointer, Signature, Slice, Tuple, Type, Typ, BasicKind } from '../types/types';
import { NK, NONE, Op } from '../vm/op';
import type { SelectCase, SelectDesc } from '../runtime/select';
import { FnCompiler, Label, LoopLabels } from './func';
import type { Place } from './assign';
import { withOrder } from './order';
import { bodyResultTypes, deferInBody, exitBody, leavesBody, rangeOverFunc, returnInBody, setBranchCompiler } from './rangefunc';

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

// ---- assignment and declarations ---------------------------------------------------------------

/** The values of a multi-valued expression (call, comma-ok form), converted to the given types. */
function multiValues(fc: FnCompiler, e: ast.Expr, types: Type[]): number[] {
  const x = fc.unparen(e);
  const tv = fc.info.types.get(x) ?? fc.info.types.get(e)!;
  if (tv.mode === Mode.CommaOK || (tv.type instanceof Tuple && x.kind !== 'CallExpr')) {
    const v = fc.temp();
    const ok = fc.temp();
    commaOk(fc, x, v, ok);
    return [fc.convertTo(v, (tv.type as Tuple).vars[0].type, types[0]), fc.convertTo(ok, Typ[BasicKind.Bool], types[1])];
  }
  const r = fc.callResults(x as ast.CallExpr);
  return r.types.map((t, i) => fc.convertTo(r.base + i, t, types[i]));
}

/** `v, ok` forms: map index, type assertion, receive. */
function commaOk(fc: FnCompiler, e: ast.Expr, v: number, ok: number): void {
  switch (e.kind) {
    case 'IndexExpr': {
      const mt = fc.subst(fc.typeOf(e.x)).underlying() as MapType;
      const m = fc.expr(e.x);
      const k = fc.assignable(e.indices[0], mt.key);
      fc.emit(Op.MAPGET2, v, ok, m, k, fc.constIdx(fc.rtype(mt.elem)));
      return;
    }
    case 'TypeAssertExpr': {
      const x = fc.expr(e.x);
      fc.emit(Op.ASSERT2, v, ok, x, fc.constIdx(fc.rtype(fc.typeOf(e.type!))));
      return;
    }
    case 'UnaryExpr': {
      const ch = fc.expr(e.x);
      fc.emit(Op.RECV2, v, ok, ch);
      return;
    }
  }
  throw new Error(`gosim: compiler: comma-ok form of ${e.kind}`);
}

function assign(fc: FnCompiler, s: ast.AssignStmt): void {
  if (s.tok === ':=' || s.tok === '=') {
    const define = s.tok === ':=';
    const lhsTypes = s.lhs.map((l) => (isBlank(l) ? null : lhsType(fc, l)));
    if (s.lhs.length === s.rhs.length) {
      // Single plain-variable assignment: compute straight into it.
      if (s.lhs.length === 1) {
        const target = s.lhs[0];
        if (isBlank(target)) {
          const e = fc.unparen(s.rhs[0]);
          if (e.kind === 'CallExpr') fc.callResults(e);
          else fc.expr(s.rhs[0]);
          return;
        }
        const newVar = define ? definedVar(fc, target) : null;
        if (newVar) {
          const v = fc.assignable(s.rhs[0], newVar.type);
          initVar(fc, newVar, v, target.pos);
          return;
        }
        const place = fc.placeOf(target);
        const slot = plainSlot(fc, place);
        if (slot >= 0 && sameKind(fc, s.rhs[0], lhsTypes[0]!)) {
          // A plain local: compute straight into its slot.
          fc.exprTo(s.rhs[0], slot);
          return;
        }
        const v = fc.assignable(s.rhs[0], lhsTypes[0]!);
        fc.store(place, v);
        return;
      }
      const places: (Place | Var | null)[] = s.lhs.map((l) => {
        if (isBlank(l)) return null;
        const nv = define ? definedVar(fc, l) : null;
        return nv ?? fc.placeOf(l);
      });
      const vals = s.rhs.map((r, i) => {
        if (lhsTypes[i] === null) {
          fc.expr(r);
          return -1;
        }
        // Values must survive the other stores: copy into fresh temporaries.
        const v = fc.assignable(r, lhsTypes[i]!);
        const t = fc.temp();
        fc.emit(Op.MOV, t, v);
        return t;
      });
      places.forEach((p, i) => storeTo(fc, p, vals[i], s.lhs[i]));
      return;
    }
    // One multi-valued right-hand side.
    const places: (Place | Var | null)[] = s.lhs.map((l) => {
      if (isBlank(l)) return null;
      const nv = define ? definedVar(fc, l) : null;
      return nv ?? fc.placeOf(l);
    });
    const vals = multiValues(
      fc,
      s.rhs[0],
      lhsTypes.map((t, i) => t ?? multiType(fc, s.rhs[0], i)),
    );
    places.forEach((p, i) => storeTo(fc, p, vals[i], s.lhs[i]));
    return;
  }
  // x op= y
  const bin = fc.info.types.get(s.lhs[0]) ? null : null;
  void bin;
  const op = s.tok.slice(0, -1);
  const p = fc.placeOf(s.lhs[0]);
  const t = fc.typeOf(s.lhs[0]);
  const x = fc.load(p);
  const y = fc.expr(s.rhs[0]);
  const ps = plainSlot(fc, p);
  const d = ps >= 0 ? ps : fc.temp();
  const ops: Record<string, Op> = { '+': Op.ADD, '-': Op.SUB, '*': Op.MUL, '/': Op.DIV, '%': Op.REM, '&': Op.AND, '|': Op.OR, '^': Op.XOR, '&^': Op.ANDNOT, '<<': Op.SHL, '>>': Op.SHR };
  if (op === '<<' || op === '>>') {
    const yt = fc.typeOf(s.rhs[0]);
    const yu = yt.underlying();
    const signed = yu instanceof Basic && (yu.info & 2) && !(yu.info & 4) && !(yu.info & 64) ? 1 : 0;
    fc.emit(ops[op], d, x, y, fc.nk(t), signed);
  } else fc.emit(ops[op], d, x, y, fc.nk(t));
  fc.store(p, d);
}

/** The slot of a place that is a plain local variable (not in a cell), or -1. */
function plainSlot(fc: FnCompiler, p: Place): number {
  if (p.kind !== 'var') return -1;
  const loc = fc.lookup(p.v);
  return loc.kind === 'slot' && !loc.cell ? loc.slot : -1;
}

/** Assigning e to a variable of type `to` needs no conversion or copy. */
function sameKind(fc: FnCompiler, e: ast.Expr, to: Type): boolean {
  const from = fc.subst(fc.typeOf(e));
  if (fc.rtype(to).isValue) return false;
  const ti = fc.subst(to).underlying() instanceof Interface;
  const fi = from.underlying() instanceof Interface;
  return ti === fi || (from instanceof Basic && from.basic === BasicKind.UntypedNil);
}

function multiType(fc: FnCompiler, e: ast.Expr, i: number): Type {
  const tv = fc.info.types.get(fc.unparen(e))!;
  return tv.type instanceof Tuple ? fc.subst(tv.type.vars[i].type) : i === 0 ? fc.typeOf(e) : Typ[BasicKind.Bool];
}

function isBlank(e: ast.Expr): boolean {
  return e.kind === 'Ident' && e.name === '_';
}

function lhsType(fc: FnCompiler, e: ast.Expr): Type {
  const id = fc.unparen(e);
  if (id.kind === 'Ident') {
    const obj = fc.info.defs.get(id) ?? fc.info.uses.get(id);
    if (obj instanceof Var) return fc.subst(obj.type);
  }
  return fc.typeOf(e);
}

/** The variable a `:=` declares at this identifier (null if it reuses an existing one). */
function definedVar(fc: FnCompiler, e: ast.Expr): Var | null {
  if (e.kind !== 'Ident') return null;
  const obj = fc.info.defs.get(e);
  return obj instanceof Var && !fc.vars.has(obj) ? obj : null;
}

function storeTo(fc: FnCompiler, p: Place | Var | null, v: number, at: ast.Expr): void {
  if (p === null || v < 0 && v === -1) return;
  if (p instanceof Var) {
    initVar(fc, p, v, at.pos);
    return;
  }
  fc.store(p, v);
}

/** Declares a new local and gives it its first value. */
function initVar(fc: FnCompiler, v: Var, r: number, pos: number): void {
  const loc = fc.declareVar(v, pos);
  if (loc.kind !== 'slot') return;
  if (loc.cell) fc.emit(Op.NEWCELL, loc.slot, r);
  else if (r !== loc.slot) fc.emit(Op.MOV, loc.slot, r);
}

function varSpec(fc: FnCompiler, spec: ast.ValueSpec): void {
  fc.stmtStart(spec);
  const vars = spec.names.map((id) => fc.info.defs.get(id) as Var);
  if (spec.values.length === 0) {
    vars.forEach((v, i) => {
      if (!v || v.name === '_') return;
      const d = fc.temp();
      fc.zeroInto(d, fc.rtype(v.type));
      initVar(fc, v, d, spec.names[i].pos);
    });
    return;
  }
  if (spec.values.length === vars.length) {
    const vals = spec.values.map((e, i) => {
      const v = fc.assignable(e, vars[i].type);
      const t = fc.temp();
      fc.emit(Op.MOV, t, v);
      return t;
    });
    vars.forEach((v, i) => {
      if (v.name !== '_') initVar(fc, v, vals[i], spec.names[i].pos);
    });
    return;
  }
  const vals = multiValues(
    fc,
    spec.values[0],
    vars.map((v) => v.type),
  );
  vars.forEach((v, i) => {
    if (v.name !== '_') initVar(fc, v, vals[i], spec.names[i].pos);
  });
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

// ---- control flow -------------------------------------------------------------------------------

function branch(fc: FnCompiler, s: ast.BranchStmt): void {
  if (leavesBody(fc, s)) {
    exitBody(fc, { kind: s.tok as 'break' | 'continue' | 'goto', label: s.label!.name });
    return;
  }
  switch (s.tok) {
    case 'break': {
      const l = s.label ? fc.loops.find((x) => x.label === s.label!.name) : [...fc.loops].reverse().find(() => true);
      fc.emitJump(Op.JMP, l!.breakTo);
      return;
    }
    case 'continue': {
      const l = s.label ? fc.loops.find((x) => x.label === s.label!.name) : [...fc.loops].reverse().find((x) => x.continueTo !== null);
      fc.emitJump(Op.JMP, l!.continueTo!);
      return;
    }
    case 'goto':
      fc.emitJump(Op.JMP, labelFor(fc, s.label!.name));
      return;
    case 'fallthrough':
      fc.emitJump(Op.JMP, fc.fallthroughTo!);
      return;
  }
}

setBranchCompiler(branch);

declare module './func' {
  interface FnCompiler {
    /** In a switch clause: the next clause's body (for fallthrough). */
    fallthroughTo: Label | null;
  }
}

function labelFor(fc: FnCompiler, name: string): Label {
  let l = fc.labels.get(name);
  if (!l) fc.labels.set(name, (l = new Label()));
  return l;
}

function labeled(fc: FnCompiler, s: ast.LabeledStmt): void {
  fc.place(labelFor(fc, s.label.name));
  const name = s.label.name;
  fc.stmtStart(s.stmt);
  switch (s.stmt.kind) {
    case 'ForStmt':
      forStmt(fc, s.stmt, name);
      return;
    case 'RangeStmt':
      rangeStmt(fc, s.stmt, name);
      return;
    case 'SwitchStmt':
      switchStmt(fc, s.stmt, name);
      return;
    case 'TypeSwitchStmt':
      typeSwitch(fc, s.stmt, name);
      return;
    case 'SelectStmt':
      selectStmt(fc, s.stmt, name);
      return;
    default:
      fc.stmt(s.stmt);
  }
}

function ifStmt(fc: FnCompiler, s: ast.IfStmt): void {
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
      if (loc && loc.kind === 'slot' && loc.cell) out.push(v);
    }
  }
  return out;
}

function forStmt(fc: FnCompiler, s: ast.ForStmt, label: string | null): void {
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
    const loc = fc.vars.get(v) as { slot: number };
    const t = fc.temp();
    fc.emit(Op.LOADCELL, t, loc.slot);
    fc.emit(Op.NEWCELL, loc.slot, t);
  }
  if (s.post) fc.stmt(s.post);
  fc.at(s);
  fc.emitJump(Op.LOOP, top);
  fc.place(end);
}

function rangeStmt(fc: FnCompiler, s: ast.RangeStmt, label: string | null): void {
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
        else at.store({ kind: 'var', v: vr }, r);
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

function body(fc: FnCompiler, s: ast.RangeStmt, loop: LoopLabels): void {
  fc.loops.push(loop);
  fc.stmts(s.body.list);
  fc.loops.pop();
}

// ---- switch ------------------------------------------------------------------------------------

function switchStmt(fc: FnCompiler, s: ast.SwitchStmt, label: string | null): void {
  if (s.init) fc.stmt(s.init);
  let tag = -1;
  let tagType: Type = Typ[BasicKind.Bool];
  if (s.tag) {
    tagType = fc.subst(fc.typeOf(s.tag));
    const t = (tag = fc.temp());
    const e = s.tag;
    withOrder(fc, [e], () => fc.exprTo(e, t));
  }
  const end = new Label();
  const bodies = s.clauses.map(() => new Label());
  let defaultIdx = -1;
  s.clauses.forEach((cl, i) => {
    if (cl.list === null) {
      defaultIdx = i;
      return;
    }
    for (const e of cl.list) {
      fc.at(e);
      const m = fc.mark();
      if (tag < 0) {
        const r = fc.expr(e);
        fc.emitJump(Op.JT, bodies[i], r);
      } else {
        const c = caseCompare(fc, tag, tagType, e);
        fc.emitJump(Op.JT, bodies[i], c);
      }
      fc.release(m);
    }
  });
  if (defaultIdx >= 0) fc.emitJump(Op.JMP, bodies[defaultIdx]);
  else fc.emitJump(Op.JMP, end);
  fc.loops.push({ label, breakTo: end, continueTo: null });
  s.clauses.forEach((cl, i) => {
    fc.place(bodies[i]);
    const saved = fc.fallthroughTo;
    fc.fallthroughTo = bodies[i + 1] ?? end;
    fc.stmts(cl.body);
    fc.fallthroughTo = saved;
    fc.emitJump(Op.JMP, end);
  });
  fc.loops.pop();
  fc.place(end);
}

/** tag == e, comparing as the switch does (an interface tag against a concrete case value boxes it). */
function caseCompare(fc: FnCompiler, tag: number, tagType: Type, e: ast.Expr): number {
  const et = fc.subst(fc.typeOf(e));
  let v = fc.expr(e);
  let t = tagType;
  let x = tag;
  const ti = tagType.underlying() instanceof Interface;
  const ei = et.underlying() instanceof Interface;
  if (ti && !ei) v = fc.convertTo(v, et, tagType);
  else if (ei && !ti) {
    x = fc.convertTo(tag, tagType, et);
    t = et;
  }
  const d = fc.temp();
  const rt = fc.rtype(t);
  const nk = fc.nk(t);
  const isNil = et instanceof Basic && et.basic === BasicKind.UntypedNil;
  if (isNil || nk !== NK.REF || rt.kind === 18 || rt.kind === 21 || (rt.kind === 22 && rt.elem!.isValue)) fc.emit(Op.EQ, d, x, v, isNil ? NK.REF : nk);
  else fc.emit(Op.EQT, d, x, v, fc.constIdx(rt));
  return d;
}

function typeSwitch(fc: FnCompiler, s: ast.TypeSwitchStmt, label: string | null): void {
  if (s.init) fc.stmt(s.init);
  const x = fc.temp();
  fc.exprTo(s.x, x);
  const end = new Label();
  const bodies = s.clauses.map(() => new Label());
  let defaultIdx = -1;
  s.clauses.forEach((cl, i) => {
    if (cl.list === null) {
      defaultIdx = i;
      return;
    }
    for (const e of cl.list) {
      const c = fc.temp();
      const tv = fc.info.types.get(e);
      if (tv && tv.mode !== Mode.TypeExpr) fc.emit(Op.ISTYPE, c, x, NONE);
      else fc.emit(Op.ISTYPE, c, x, fc.constIdx(fc.rtype(fc.typeOf(e))));
      fc.emitJump(Op.JT, bodies[i], c);
    }
  });
  if (defaultIdx >= 0) fc.emitJump(Op.JMP, bodies[defaultIdx]);
  else fc.emitJump(Op.JMP, end);
  fc.loops.push({ label, breakTo: end, continueTo: null });
  s.clauses.forEach((cl, i) => {
    fc.place(bodies[i]);
    const v = fc.info.implicits.get(cl);
    if (v instanceof Var && v.used) {
      const vt = fc.subst(v.type);
      const single = cl.list && cl.list.length === 1 && fc.info.types.get(cl.list[0])?.mode === Mode.TypeExpr;
      const d = fc.temp();
      if (single && !(vt.underlying() instanceof Interface)) fc.emit(Op.IFACEVAL, d, x);
      else fc.emit(Op.MOV, d, x);
      initVar(fc, v, d, cl.pos);
    }
    fc.stmts(cl.body);
    fc.emitJump(Op.JMP, end);
  });
  fc.loops.pop();
  fc.place(end);
}

// ---- select --------------------------------------------------------------------------------------

function selectStmt(fc: FnCompiler, s: ast.SelectStmt, label: string | null): void {
  // A select with one case and no default is an ordinary channel operation (as Go compiles it).
  if (s.clauses.length === 1 && s.clauses[0].comm) {
    const cl = s.clauses[0];
    const end = new Label();
    fc.loops.push({ label, breakTo: end, continueTo: null });
    fc.stmtStart(cl.comm!);
    fc.stmt(cl.comm!);
    fc.stmts(cl.body);
    fc.loops.pop();
    fc.place(end);
    return;
  }
  const cases: SelectCase[] = [];
  const caseOf: number[] = [];
  let hasDefault = false;
  // Channels and values to send are evaluated once, in source order.
  s.clauses.forEach((cl, i) => {
    if (!cl.comm) {
      hasDefault = true;
      return;
    }
    const comm = cl.comm;
    if (comm.kind === 'SendStmt') {
      const ct = fc.subst(fc.typeOf(comm.chan)).underlying() as Chan;
      const ch = fc.temp();
      fc.exprTo(comm.chan, ch);
      const v = fc.temp();
      fc.emit(Op.MOV, v, fc.assignable(comm.value, ct.elem));
      cases.push({ dir: 'send', ch, val: v, dst: -1, ok: -1 });
    } else {
      const recv = fc.unparen(comm.kind === 'ExprStmt' ? comm.x : comm.rhs[0]) as ast.UnaryExpr;
      const ch = fc.temp();
      fc.exprTo(recv.x, ch);
      const dst = fc.temp();
      const ok = comm.kind === 'AssignStmt' && comm.lhs.length === 2 ? fc.temp() : -1;
      cases.push({ dir: 'recv', ch, val: -1, dst, ok });
    }
    caseOf.push(i);
  });
  const desc: SelectDesc = { cases, hasDefault };
  const chosen = fc.temp();
  fc.emit(Op.SELECT, chosen, fc.constIdx(desc));
  const end = new Label();
  const bodies = s.clauses.map(() => new Label());
  cases.forEach((_, ci) => {
    const c = fc.temp();
    fc.emit(Op.EQ, c, chosen, fc.k(ci), NK.I64);
    fc.emitJump(Op.JT, bodies[caseOf[ci]], c);
  });
  const defIdx = s.clauses.findIndex((cl) => !cl.comm);
  if (defIdx >= 0) fc.emitJump(Op.JMP, bodies[defIdx]);
  else fc.emitJump(Op.JMP, end);
  fc.loops.push({ label, breakTo: end, continueTo: null });
  s.clauses.forEach((cl, i) => {
    fc.place(bodies[i]);
    const ci = caseOf.indexOf(i);
    if (cl.comm && cl.comm.kind === 'AssignStmt') {
      const sc = cases[ci];
      const lhs = cl.comm.lhs;
      const recvExpr = fc.unparen(cl.comm.rhs[0]) as ast.UnaryExpr;
      const elemT = (fc.subst(fc.typeOf(recvExpr.x)).underlying() as Chan).elem;
      const vals = [sc.dst, sc.ok];
      const types = [elemT, Typ[BasicKind.Bool] as Type];
      lhs.forEach((l, k) => {
        if (isBlank(l)) return;
        const nv = cl.comm!.kind === 'AssignStmt' && (cl.comm as ast.AssignStmt).tok === ':=' ? definedVar(fc, l) : null;
        if (nv) initVar(fc, nv, vals[k], l.pos);
        else fc.store(fc.placeOf(l), fc.convertTo(vals[k], types[k], fc.typeOf(l)));
      });
    }
    fc.stmts(cl.body);
    fc.emitJump(Op.JMP, end);
  });
  fc.loops.pop();
  fc.place(end);
}

void Func;
void Pointer;
