// A generic traversal of the AST: calls `visit` for every expression and
// statement below a node (pre-order); returning false skips a node's children.

import type * as ast from './ast';

type Visit = (n: ast.Expr | ast.Stmt) => boolean | void;

export function walkStmt(s: ast.Stmt | null, visit: Visit): void {
  if (!s) return;
  if (visit(s) === false) return;
  const e = (x: ast.Expr | null) => walkExpr(x, visit);
  const st = (x: ast.Stmt | null) => walkStmt(x, visit);
  switch (s.kind) {
    case 'DeclStmt':
      for (const spec of s.decl.specs) if (spec.kind === 'ValueSpec') spec.values.forEach(e);
      return;
    case 'LabeledStmt':
      st(s.stmt);
      return;
    case 'ExprStmt':
      e(s.x);
      return;
    case 'SendStmt':
      e(s.chan);
      e(s.value);
      return;
    case 'IncDecStmt':
      e(s.x);
      return;
    case 'AssignStmt':
      s.lhs.forEach(e);
      s.rhs.forEach(e);
      return;
    case 'GoStmt':
    case 'DeferStmt':
      e(s.call);
      return;
    case 'ReturnStmt':
      s.results.forEach(e);
      return;
    case 'BlockStmt':
      s.list.forEach(st);
      return;
    case 'IfStmt':
      st(s.init);
      e(s.cond);
      st(s.body);
      st(s.else_);
      return;
    case 'SwitchStmt':
      st(s.init);
      e(s.tag);
      for (const c of s.clauses) {
        c.list?.forEach(e);
        c.body.forEach(st);
      }
      return;
    case 'TypeSwitchStmt':
      st(s.init);
      e(s.x);
      for (const c of s.clauses) c.body.forEach(st);
      return;
    case 'SelectStmt':
      for (const c of s.clauses) {
        st(c.comm);
        c.body.forEach(st);
      }
      return;
    case 'ForStmt':
      st(s.init);
      e(s.cond);
      st(s.post);
      st(s.body);
      return;
    case 'RangeStmt':
      e(s.key);
      e(s.value);
      e(s.x);
      st(s.body);
      return;
  }
}

export function walkExpr(x: ast.Expr | null, visit: Visit): void {
  if (!x) return;
  if (visit(x) === false) return;
  const e = (y: ast.Expr | null) => walkExpr(y, visit);
  switch (x.kind) {
    case 'CompositeLit':
      x.elts.forEach(e);
      return;
    case 'FuncLit':
      walkStmt(x.body, visit);
      return;
    case 'ParenExpr':
    case 'StarExpr':
    case 'UnaryExpr':
      e(x.x);
      return;
    case 'SelectorExpr':
      e(x.x);
      return;
    case 'IndexExpr':
      e(x.x);
      x.indices.forEach(e);
      return;
    case 'SliceExpr':
      e(x.x);
      e(x.low);
      e(x.high);
      e(x.max);
      return;
    case 'TypeAssertExpr':
      e(x.x);
      return;
    case 'CallExpr':
      e(x.fun);
      x.args.forEach(e);
      return;
    case 'BinaryExpr':
      e(x.x);
      e(x.y);
      return;
    case 'KeyValueExpr':
      e(x.key);
      e(x.value);
      return;
  }
}
