// Expressions written back as short source text, for error messages
// (`"hi" + 1`, `f(x)`, `T{…}`, `(func() literal)`), as the gc compiler abbreviates them.

import type * as ast from '../syntax/ast';

export function exprString(e: ast.Expr): string {
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.value;
    case 'FuncLit':
      return `func(${fields(e.type.params)})${results(e.type)} ${e.body.list.length ? "{…}" : "{}"}`;
    case 'CompositeLit':
      return `${e.type ? exprString(e.type) : ''}${e.elts.length ? '{…}' : '{}'}`;
    case 'ParenExpr':
      return `(${exprString(e.x)})`;
    case 'SelectorExpr':
      return `${exprString(e.x)}.${e.sel.name}`;
    case 'IndexExpr':
      return `${exprString(e.x)}[${e.indices.map(exprString).join(', ')}]`;
    case 'SliceExpr': {
      let s = `${exprString(e.x)}[`;
      if (e.low) s += exprString(e.low);
      s += ':';
      if (e.high) s += exprString(e.high);
      if (e.slice3) {
        s += ':';
        if (e.max) s += exprString(e.max);
      }
      return s + ']';
    }
    case 'TypeAssertExpr':
      return `${exprString(e.x)}.(${e.type ? exprString(e.type) : 'type'})`;
    case 'CallExpr':
      return `${exprString(e.fun)}(${e.args.map(exprString).join(', ')}${e.ellipsis >= 0 ? '...' : ''})`;
    case 'StarExpr':
      return `*${exprString(e.x)}`;
    case 'UnaryExpr':
      return `${e.op}${exprString(e.x)}`;
    case 'BinaryExpr':
      return `${exprString(e.x)} ${e.op} ${exprString(e.y)}`;
    case 'KeyValueExpr':
      return `${exprString(e.key)}: ${exprString(e.value)}`;
    case 'ArrayType':
      return `[${e.len ? exprString(e.len) : ''}]${exprString(e.elt)}`;
    case 'StructType':
      return `struct{${e.fields.map((f) => (f.names.length ? f.names.map((n) => n.name).join(', ') + ' ' : '') + exprString(f.type)).join('; ')}}`;
    case 'FuncType':
      return `func(${fields(e.params)})${results(e)}`;
    case 'InterfaceType':
      return e.methods.length || e.embeddeds.length ? 'interface{…}' : 'interface{}';
    case 'MapType':
      return `map[${exprString(e.key)}]${exprString(e.value)}`;
    case 'ChanType':
      return `${e.dir === 'recv' ? '<-chan' : e.dir === 'send' ? 'chan<-' : 'chan'} ${exprString(e.value)}`;
    case 'Ellipsis':
      return `...${e.elt ? exprString(e.elt) : ''}`;
    case 'BadExpr':
      return 'BadExpr';
  }
}

function fields(list: ast.Field[]): string {
  return list
    .map((f) => {
      const t = exprString(f.type);
      return f.names.length ? `${f.names.map((n) => n.name).join(', ')} ${t}` : t;
    })
    .join(', ');
}

function results(t: ast.FuncType): string {
  if (t.results.length === 0) return '';
  if (t.results.length === 1 && t.results[0].names.length === 0) return ' ' + exprString(t.results[0].type);
  return ` (${fields(t.results)})`;
}
