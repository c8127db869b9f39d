// Terminating statements: whether a function body ends without falling off its
// end (go/types' return.go).
//
// spec: "If the function's signature declares result parameters, the function
// body's statement list must end in a terminating statement."

import type * as ast from '../syntax/ast';
import { Checker } from './checker';
import { unparen } from './stmt';

declare module './checker' {
  interface Checker {
    isTerminatingBlock(body: ast.BlockStmt): boolean;
  }
}

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
