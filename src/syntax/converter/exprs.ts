// Converting expressions: names, literals, operators, selectors, index and slice
// expressions, calls, type assertions, function and composite literals.

import type * as ast from '../ast';
import { Converter, isTypeInValueArgument, isValueInTypeArgument, TSNode } from './converter';

declare module './converter' {
  interface Converter {
    exprList(n: TSNode): ast.Expr[];
    ident(n: TSNode): ast.Ident;
    basicLit(n: TSNode): ast.BasicLit;
    expr(n: TSNode): ast.Expr;
    call(n: TSNode): ast.CallExpr;
    compositeLit(body: TSNode, type: ast.Expr | null, whole: TSNode): ast.CompositeLit;
    element(n: TSNode): ast.Expr;
  }
}

Converter.prototype.exprList = function (this: Converter, n: TSNode): ast.Expr[] {
  if (n.type !== 'expression_list') return [this.expr(n)];
  return this.named(n).map((c) => this.expr(c));
};

Converter.prototype.ident = function (this: Converter, n: TSNode): ast.Ident {
  return { kind: 'Ident', name: n.text, ...this.span(n) };
};

Converter.prototype.basicLit = function (this: Converter, n: TSNode): ast.BasicLit {
  let litKind: ast.LitKind;
  switch (n.type) {
    case 'int_literal':
      litKind = 'INT';
      break;
    case 'float_literal':
      litKind = 'FLOAT';
      break;
    case 'imaginary_literal':
      litKind = 'IMAG';
      break;
    case 'rune_literal':
      litKind = 'CHAR';
      break;
    default:
      litKind = 'STRING';
  }
  return { kind: 'BasicLit', litKind, value: n.text, ...this.span(n) };
};

Converter.prototype.expr = function (this: Converter, n: TSNode): ast.Expr {
  const span = this.span(n);
  switch (n.type) {
    case 'identifier':
    case 'type_identifier':
    case 'field_identifier':
    case 'package_identifier':
    case 'true':
    case 'false':
    case 'nil':
    case 'iota':
      return this.ident(n);
    case 'int_literal':
    case 'float_literal':
    case 'imaginary_literal':
    case 'rune_literal':
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return this.basicLit(n);
    case 'parenthesized_expression':
      return { kind: 'ParenExpr', x: this.expr(this.named(n)[0]), ...span };
    case 'selector_expression':
      return {
        kind: 'SelectorExpr',
        x: this.expr(this.field(n, 'operand')!),
        sel: this.ident(this.field(n, 'field')!),
        ...span,
      };
    case 'index_expression':
      return {
        kind: 'IndexExpr',
        x: this.expr(this.field(n, 'operand')!),
        indices: [this.expr(this.field(n, 'index')!)],
        lbrack: this.tokenPos(n, '['),
        ...span,
      };
    case 'type_instantiation_expression': {
      const typeNode = this.field(n, 'type')!;
      const args = this.named(n).filter((c) => c.startIndex !== typeNode.startIndex);
      return { kind: 'IndexExpr', x: this.type(typeNode), indices: args.map((a) => this.type(a)), lbrack: this.tokenPos(n, '['), ...span };
    }
    case 'slice_expression': {
      const start = this.field(n, 'start');
      const end = this.field(n, 'end');
      const cap = this.field(n, 'capacity');
      const colons: number[] = [];
      for (let i = 0; i < n.childCount; i++) if (n.child(i)!.type === ':') colons.push(i);
      if (colons.length === 2 && (!end || !cap)) {
        // Reported at the second colon (the middle index) or at the `]` (the final one).
        this.fail(!end ? n.child(colons[1])!.startIndex : this.tokenPos(n, ']'), !end ? 'middle index required in 3-index slice' : 'final index required in 3-index slice');
      }
      return {
        kind: 'SliceExpr',
        x: this.expr(this.field(n, 'operand')!),
        low: start ? this.expr(start) : null,
        high: end ? this.expr(end) : null,
        max: cap ? this.expr(cap) : null,
        slice3: colons.length === 2,
        lbrack: this.tokenPos(n, '['),
        ...span,
      };
    }
    case 'type_assertion_expression': {
      const typeNode = this.field(n, 'type')!;
      return {
        kind: 'TypeAssertExpr',
        x: this.expr(this.field(n, 'operand')!),
        type: this.typeGuards.has(typeNode.startIndex) ? null : this.type(typeNode),
        lparen: this.tokenPos(n, '('),
        ...span,
      };
    }
    case 'call_expression':
      return this.call(n);
    case 'type_conversion_expression': {
      const operand = this.expr(this.field(n, 'operand')!);
      const t = this.type(this.field(n, 'type')!);
      const lparen = this.tokenPos(n, '(');
      return { kind: 'CallExpr', fun: t, args: [operand], ellipsis: -1, lparen, rparen: n.endIndex - 1, ...span };
    }
    case 'unary_expression': {
      const op = this.field(n, 'operator')!.type as ast.UnaryOp | '*';
      const x = this.expr(this.field(n, 'operand')!);
      if (op === '*') return { kind: 'StarExpr', x, ...span };
      return { kind: 'UnaryExpr', op, x, ...span };
    }
    case 'binary_expression': {
      const op = this.field(n, 'operator')!;
      return {
        kind: 'BinaryExpr',
        op: op.type as ast.BinaryOp,
        x: this.expr(this.field(n, 'left')!),
        y: this.expr(this.field(n, 'right')!),
        opPos: op.startIndex,
        ...span,
      };
    }
    case 'composite_literal':
      return this.compositeLit(this.field(n, 'body')!, this.type(this.field(n, 'type')!), n);
    case 'func_literal':
      return { kind: 'FuncLit', type: this.funcType(n, null), body: this.block(this.field(n, 'body')!), ...span };
    case 'slice_type':
    case 'array_type':
    case 'implicit_length_array_type':
    case 'map_type':
    case 'channel_type':
    case 'function_type':
    case 'struct_type':
    case 'interface_type':
    case 'pointer_type':
    case 'qualified_type':
    case 'generic_type':
    case 'parenthesized_type':
    case 'negated_type':
      return this.type(n);
    default:
      return this.fail(n, `syntax error: unexpected ${n.type.replace(/_/g, ' ')}`);
  }
};

Converter.prototype.call = function (this: Converter, n: TSNode): ast.CallExpr {
  const argsNode = this.field(n, 'arguments')!;
  const args: ast.Expr[] = [];
  let ellipsis = -1;
  for (const a of this.named(argsNode)) {
    if (a.type === 'variadic_argument') {
      args.push(this.expr(this.named(a)[0]));
      ellipsis = this.tokenPos(a, '...');
    } else if (a.type === 'ERROR' && (isValueInTypeArgument(a) || isTypeInValueArgument(a))) {
      args.push(this.expr(a.namedChild(0)!));
    } else {
      args.push(this.type(a));
    }
  }
  let fun = this.expr(this.field(n, 'function')!);
  const typeArgs = this.field(n, 'type_arguments');
  if (typeArgs) {
    fun = {
      kind: 'IndexExpr',
      x: fun,
      indices: this.named(typeArgs).map((a) => this.constraint(a)),
      lbrack: typeArgs.startIndex,
      pos: fun.pos,
      end: typeArgs.endIndex,
    };
  }
  return { kind: 'CallExpr', fun, args, ellipsis, lparen: argsNode.startIndex, rparen: argsNode.endIndex - 1, ...this.span(n) };
};

Converter.prototype.compositeLit = function (this: Converter, body: TSNode, type: ast.Expr | null, whole: TSNode): ast.CompositeLit {
  const elts: ast.Expr[] = [];
  for (const c of this.named(body)) {
    if (c.type === 'keyed_element') {
      const k = this.field(c, 'key')!;
      const v = this.field(c, 'value')!;
      elts.push({
        kind: 'KeyValueExpr',
        key: this.element(k),
        value: this.element(v),
        colon: this.tokenPos(c, ':'),
        ...this.span(c),
      });
    } else if (c.type === 'literal_element') {
      elts.push(this.element(c));
    } else if (c.type === 'literal_value') {
      elts.push(this.compositeLit(c, null, c));
    }
  }
  return { kind: 'CompositeLit', type, elts, lbrace: body.startIndex, ...this.span(whole) };
};

Converter.prototype.element = function (this: Converter, n: TSNode): ast.Expr {
  const inner = n.type === 'literal_element' ? this.named(n)[0] : n;
  if (inner.type === 'literal_value') return this.compositeLit(inner, null, inner);
  return this.expr(inner);
};
