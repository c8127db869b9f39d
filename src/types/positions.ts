// Where go build reports an error about a syntax node.
//
// Most errors sit at the leftmost token of the expression (our nodes' `pos`).
// Go's syntax tree gives some nodes an inner token as their position: a
// binary operation its operator, a call its '(', an index or slice its '[',
// a selector or type assertion its '.', a keyed element its ':', a function
// type its '('. Errors "at a node" use the node's position (nodePos); errors
// "at an operand" walk down the left edge of the expression first (startPos),
// which stops at slices, keyed elements and function types.

import type * as ast from '../syntax/ast';

/** The position the gc compiler's syntax tree records for e. */
export function nodePos(e: ast.Expr, text = ''): number {
  switch (e.kind) {
    case 'BinaryExpr':
      return e.opPos;
    case 'CallExpr':
      return e.lparen;
    case 'IndexExpr':
    case 'SliceExpr':
      return e.lbrack;
    case 'KeyValueExpr':
      return e.colon;
    case 'SelectorExpr':
      return e.sel.pos - 1;
    case 'TypeAssertExpr':
      return e.lparen - 1;
    case 'FuncType':
      return funcTypeParen(e, text);
    default:
      return e.pos;
  }
}

/** The leftmost position go build attributes to expression e. */
export function startPos(e: ast.Expr, text = ''): number {
  for (;;) {
    switch (e.kind) {
      case 'SelectorExpr':
      case 'IndexExpr':
      case 'TypeAssertExpr':
        e = e.x;
        continue;
      case 'CallExpr':
        e = e.fun;
        continue;
      case 'BinaryExpr':
        e = e.x;
        continue;
      case 'CompositeLit':
        if (!e.type) return e.pos;
        e = e.type;
        continue;
      case 'SliceExpr':
      case 'KeyValueExpr':
      case 'FuncType':
        return nodePos(e, text);
      default:
        return e.pos;
    }
  }
}

/** A function type's '(' (after `func` and any type parameters). */
function funcTypeParen(t: ast.FuncType, text: string): number {
  const from = t.typeParams.length ? t.typeParams[t.typeParams.length - 1].end : t.pos;
  const i = text.indexOf('(', from);
  return i >= 0 && i < t.end ? i : t.pos;
}
