// Compiling labeled statements and branch statements: break, continue, goto and fallthrough
// (inside a range-over-func body, rangefunc.ts turns them into the body's results).

import type * as ast from '../syntax/ast';
import { Op } from '../vm/op';
import { forStmt, rangeStmt } from './for';
import { FnCompiler, Label } from './func';
import { exitBody, leavesBody, setBranchCompiler } from './rangefunc';
import { selectStmt, switchStmt, typeSwitch } from './switch';

export function branch(fc: FnCompiler, s: ast.BranchStmt): void {
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

export function labeled(fc: FnCompiler, s: ast.LabeledStmt): void {
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
