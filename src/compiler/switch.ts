// Compiling switch, type switch and select statements.

import type * as ast from '../syntax/ast';
import { Var } from '../types/objects';
import { Mode } from '../types/operand';
import { Basic, BasicKind, Chan, Interface, Typ, Type } from '../types/types';
import type { SelectCase, SelectDesc } from '../runtime/select';
import { NK, NONE, Op } from '../vm/op';
import { definedVar, initVar, isBlank } from './assign';
import { FnCompiler, Label } from './func';
import { withOrder } from './order';

// ---- switch ------------------------------------------------------------------------------------

export function switchStmt(fc: FnCompiler, s: ast.SwitchStmt, label: string | null): void {
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

export function typeSwitch(fc: FnCompiler, s: ast.TypeSwitchStmt, label: string | null): void {
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

export function selectStmt(fc: FnCompiler, s: ast.SelectStmt, label: string | null): void {
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
