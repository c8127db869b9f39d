// Converting types: type parameters and constraints, func types and parameter lists,
// named, array, slice, map, chan, pointer, struct and interface types.

import type * as ast from '../ast';
import { Converter, TSNode } from './converter';

declare module './converter' {
  interface Converter {
    typeParams(n: TSNode): ast.Field[];
    constraint(n: TSNode): ast.Expr;
    funcType(n: TSNode, typeParams: TSNode | null): ast.FuncType;
    paramList(n: TSNode): ast.Field[];
    type(n: TSNode): ast.Expr;
    structType(n: TSNode): ast.StructType;
    interfaceType(n: TSNode): ast.InterfaceType;
  }
}

Converter.prototype.typeParams = function (this: Converter, n: TSNode): ast.Field[] {
  const out: ast.Field[] = [];
  for (const d of this.named(n)) {
    if (d.type !== 'type_parameter_declaration') continue;
    const names = this.fields(d, 'name').map((c) => this.ident(c));
    const constraint = this.field(d, 'type')!;
    out.push({ names, type: this.constraint(constraint), tag: null, variadic: false, ...this.span(d) });
  }
  return out;
};

/** A `type_constraint` or `type_elem`: a union of terms `A | ~B`. */
Converter.prototype.constraint = function (this: Converter, n: TSNode): ast.Expr {
  const terms = this.named(n).map((c) => this.type(c));
  if (terms.length === 0) this.fail(n, 'syntax error: missing type constraint');
  return terms.reduce((x, y) => ({ kind: 'BinaryExpr', op: '|', x, y, opPos: y.pos, pos: x.pos, end: y.end }) as ast.BinaryExpr);
};

Converter.prototype.funcType = function (this: Converter, n: TSNode, typeParams: TSNode | null): ast.FuncType {
  const params = this.paramList(this.field(n, 'parameters')!);
  const resultNode = this.field(n, 'result');
  let results: ast.Field[] = [];
  if (resultNode) {
    if (resultNode.type === 'parameter_list') results = this.paramList(resultNode);
    else {
      const t = this.type(resultNode);
      results = [{ names: [], type: t, tag: null, variadic: false, pos: t.pos, end: t.end }];
    }
  }
  return {
    kind: 'FuncType',
    typeParams: typeParams ? this.typeParams(typeParams) : [],
    params,
    results,
    ...this.span(n),
  };
};

Converter.prototype.paramList = function (this: Converter, n: TSNode): ast.Field[] {
  const out: ast.Field[] = [];
  for (const p of this.named(n)) {
    if (p.type !== 'parameter_declaration' && p.type !== 'variadic_parameter_declaration') continue;
    const names = this.fields(p, 'name').map((c) => this.ident(c));
    const typeNode = this.field(p, 'type')!;
    let type = this.type(typeNode);
    const variadic = p.type === 'variadic_parameter_declaration';
    if (variadic) type = { kind: 'Ellipsis', elt: type, pos: this.tokenPos(p, '...'), end: p.endIndex };
    out.push({ names, type, tag: null, variadic, ...this.span(p) });
  }
  // The grammar reads `a, b, c ...int` as types a and b, then c ...int; Go
  // reads names a, b, c sharing a type. Where some parameter is named, a
  // bare name before it is one more name for it.
  if (out.some((f) => f.names.length)) {
    for (let i = out.length - 2; i >= 0; i--) {
      const f = out[i];
      const next = out[i + 1];
      if (f.names.length === 0 && f.type.kind === 'Ident' && next.names.length) {
        next.names.unshift(f.type);
        out.splice(i, 1);
      }
    }
  }
  return out;
};

Converter.prototype.type = function (this: Converter, n: TSNode): ast.Expr {
  switch (n.type) {
    case 'type_identifier':
    case 'identifier':
      return this.ident(n);
    case 'qualified_type':
      return {
        kind: 'SelectorExpr',
        x: this.ident(this.field(n, 'package')!),
        sel: this.ident(this.field(n, 'name')!),
        ...this.span(n),
      };
    case 'parenthesized_type':
      return { kind: 'ParenExpr', x: this.type(this.named(n)[0]), ...this.span(n) };
    case 'pointer_type':
      return { kind: 'StarExpr', x: this.type(this.named(n)[0]), ...this.span(n) };
    case 'slice_type':
      return { kind: 'ArrayType', len: null, elt: this.type(this.field(n, 'element')!), ...this.span(n) };
    case 'array_type': {
      const lenNode = this.field(n, 'length')!;
      const len: ast.Expr = this.dotsLengths.has(lenNode.startIndex)
        ? { kind: 'Ellipsis', elt: null, pos: lenNode.startIndex, end: lenNode.endIndex }
        : this.expr(lenNode);
      return { kind: 'ArrayType', len, elt: this.type(this.field(n, 'element')!), ...this.span(n) };
    }
    case 'implicit_length_array_type':
      return {
        kind: 'ArrayType',
        len: { kind: 'Ellipsis', elt: null, pos: n.startIndex + 1, end: n.startIndex + 4 },
        elt: this.type(this.field(n, 'element')!),
        ...this.span(n),
      };
    case 'map_type':
      return {
        kind: 'MapType',
        key: this.type(this.field(n, 'key')!),
        value: this.type(this.field(n, 'value')!),
        ...this.span(n),
      };
    case 'channel_type': {
      const first = n.child(0)!.type;
      const valueNode = this.field(n, 'value')!;
      if (first === 'chan' && !this.hasToken(n, '<-') && valueNode.type === 'channel_type' && valueNode.child(0)!.type === '<-') {
        // spec: "The <- operator associates with the leftmost chan possible": `chan<- chan T`
        // is chan<- (chan T), which the grammar groups as chan (<-chan T).
        const inner: ast.ChanType = { kind: 'ChanType', dir: 'both', value: this.type(this.field(valueNode, 'value')!), pos: valueNode.startIndex + 2, end: valueNode.endIndex };
        return { kind: 'ChanType', dir: 'send', value: inner, ...this.span(n) };
      }
      const dir: ast.ChanDir = first === '<-' ? 'recv' : this.hasToken(n, '<-') ? 'send' : 'both';
      return { kind: 'ChanType', dir, value: this.type(this.field(n, 'value')!), ...this.span(n) };
    }
    case 'function_type':
      return this.funcType(n, null);
    case 'struct_type':
      return this.structType(n);
    case 'interface_type':
      return this.interfaceType(n);
    case 'generic_type': {
      const args = this.field(n, 'type_arguments')!;
      return {
        kind: 'IndexExpr',
        x: this.type(this.field(n, 'type')!),
        indices: this.named(args).map((a) => this.constraint(a)),
        lbrack: args.startIndex,
        ...this.span(n),
      };
    }
    case 'negated_type':
      return { kind: 'UnaryExpr', op: '~', x: this.type(this.named(n)[0]), ...this.span(n) };
    case 'type_elem':
    case 'type_constraint':
      return this.constraint(n);
    default:
      // In expression position a type may come through as an expression.
      return this.expr(n);
  }
};

Converter.prototype.structType = function (this: Converter, n: TSNode): ast.StructType {
  const fields: ast.Field[] = [];
  const list = this.named(n)[0];
  for (const f of list ? this.named(list) : []) {
    if (f.type !== 'field_declaration') continue;
    const names = this.fields(f, 'name').map((c) => this.ident(c));
    let type = this.type(this.field(f, 'type')!);
    if (names.length === 0 && this.hasToken(f, '*')) {
      type = { kind: 'StarExpr', x: type, pos: this.tokenPos(f, '*'), end: type.end };
    }
    const tagNode = this.field(f, 'tag');
    fields.push({ names, type, tag: tagNode ? this.basicLit(tagNode) : null, variadic: false, ...this.span(f) });
  }
  return { kind: 'StructType', fields, ...this.span(n) };
};

Converter.prototype.interfaceType = function (this: Converter, n: TSNode): ast.InterfaceType {
  const methods: ast.Field[] = [];
  const embeddeds: ast.Expr[] = [];
  for (const c of this.named(n)) {
    if (c.type === 'method_elem') {
      const name = this.ident(this.field(c, 'name')!);
      methods.push({ names: [name], type: this.funcType(c, null), tag: null, variadic: false, ...this.span(c) });
    } else if (c.type === 'type_elem') {
      embeddeds.push(this.constraint(c));
    }
  }
  return { kind: 'InterfaceType', methods, embeddeds, ...this.span(n) };
};
