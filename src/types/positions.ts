// Where go build reports an error about a syntax node.
//
// Most errors sit at the leftmost token of the expression (our nodes' `pos`).
// A few are reported at the position the gc compiler's own syntax tree gives
// the node, which for some expressions is an inner token: a binary operation
// at its operator, a call at its '(', an index or slice at its '[', a
// selector or type assertion at its '.', a keyed element at its ':'.

import type * as ast from '../syntax/ast';

/** The position the gc compiler's syntax tree records for e. */
export function nodePos(e: ast.Expr): number {
  switch (e.kind) {
    case 'BinaryExpr':
      return e.opPos;
    case 'CallExpr':
      return e.lparen;
    case 'IndexExpr':
      return e.lbrack;
    case 'SliceExpr':
      return e.lbrack;
    case 'KeyValueExpr':
      return e.colon;
    case 'SelectorExpr':
      return e.sel.pos - 1;
    case 'TypeAssertExpr':
      return e.lparen - 1;
    default:
      return e.pos;
  }
}
