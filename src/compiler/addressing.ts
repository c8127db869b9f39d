// Finds variables whose address Go takes implicitly: the receiver of a
// pointer method called (or made into a method value) on an addressable
// variable (`var c Counter; c.Inc()` is `(&c).Inc()`). Such variables live in
// heap cells, like those whose address the program takes with &.

import type * as ast from '../syntax/ast';
import { walkStmt } from '../syntax/walk';
import type { Info } from '../types/checker';
import { Func, Var } from '../types/objects';

export function implicitAddressing(info: Info, file: ast.File, out: Set<Var>): void {
  const visit = (n: ast.Expr | ast.Stmt) => {
    if (n.kind !== 'SelectorExpr') return;
    const sel = info.selections.get(n);
    if (!sel || sel.kind !== 'method' || sel.index.length !== 0) return;
    const m = sel.obj;
    if (!(m instanceof Func) || !m.ptrRecv) return;
    let x = n.x;
    while (x.kind === 'ParenExpr') x = x.x;
    if (x.kind !== 'Ident') return;
    const v = info.uses.get(x);
    if (v instanceof Var && !(v.type.underlying().kind === 'Pointer')) out.add(v);
  };
  for (const d of file.decls) {
    if (d.kind === 'FuncDecl' && d.body) walkStmt(d.body, visit);
    else if (d.kind === 'GenDecl' && d.tok === 'var') {
      for (const spec of d.specs as ast.ValueSpec[]) for (const v of spec.values) walkStmt({ kind: 'ExprStmt', x: v, pos: v.pos, end: v.end }, visit);
    }
  }
}
