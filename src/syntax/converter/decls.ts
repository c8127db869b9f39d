// Converting the file and its declarations: package clause, imports, functions and
// methods, const, var and type declarations (with iota).

import type * as ast from '../ast';
import { GoError } from '../source';
import { Converter, SyntaxStop, TSNode } from './converter';

declare module './converter' {
  interface Converter {
    file(root: TSNode): ast.File;
    importSpec(n: TSNode): ast.ImportSpec;
    funcDecl(n: TSNode): ast.FuncDecl;
    genDecl(n: TSNode): ast.GenDecl;
    valueSpec(n: TSNode, iota: number, prev: ast.ValueSpec | null): ast.ValueSpec;
  }
}

Converter.prototype.file = function (this: Converter, root: TSNode): ast.File {
  const imports: ast.ImportSpec[] = [];
  const decls: ast.Decl[] = [];
  let pkgName: ast.Ident | null = null;
  try {
    for (const c of this.named(root)) {
      switch (c.type) {
        case 'package_clause': {
          const id = this.named(c)[0];
          pkgName = { kind: 'Ident', name: id.text, ...this.span(id) };
          break;
        }
        case 'import_declaration': {
          if (decls.some((d) => d.kind !== 'GenDecl' || d.tok !== 'import')) this.fail(c, 'syntax error: imports must appear before other declarations');
          const specs: ast.ImportSpec[] = [];
          for (const s of this.named(c)) {
            if (s.type === 'import_spec') specs.push(this.importSpec(s));
            else for (const t of this.named(s)) if (t.type === 'import_spec') specs.push(this.importSpec(t));
          }
          imports.push(...specs);
          decls.push({ kind: 'GenDecl', tok: 'import', specs, ...this.span(c) });
          break;
        }
        case 'function_declaration':
        case 'method_declaration':
          decls.push(this.funcDecl(c));
          break;
        case 'var_declaration':
        case 'const_declaration':
        case 'type_declaration':
          decls.push(this.genDecl(c));
          break;
        default:
          if (!pkgName) this.fail(c, `expected 'package', found ${c.text.split(/\s/)[0]}`);
          this.fail(c, 'syntax error: non-declaration statement outside function body');
      }
    }
  } catch (e) {
    if (!(e instanceof SyntaxStop)) throw e;
  }
  if (!pkgName) {
    this.errors.push(new GoError(this.src, 0, `expected 'package', found 'EOF'`));
    pkgName = { kind: 'Ident', name: 'main', pos: 0, end: 0 };
  }
  return { kind: 'File', pkgName, imports, decls, pos: root.startIndex, end: root.endIndex };
};

Converter.prototype.importSpec = function (this: Converter, n: TSNode): ast.ImportSpec {
  const nameNode = this.field(n, 'name');
  const pathNode = this.field(n, 'path')!;
  return {
    kind: 'ImportSpec',
    name: nameNode ? this.ident(nameNode) : null,
    path: this.basicLit(pathNode),
    ...this.span(n),
  };
};

Converter.prototype.funcDecl = function (this: Converter, n: TSNode): ast.FuncDecl {
  const recvNode = this.field(n, 'receiver');
  let recv: ast.Field | null = null;
  if (recvNode) {
    const params = this.paramList(recvNode);
    if (params.length !== 1 || params[0].names.length > 1) {
      // Reported at the token after the receiver list, as go build does.
      this.fail(this.field(n, 'name') ?? recvNode, params.length === 0 ? 'method has no receiver' : 'method has multiple receivers');
    }
    recv = params[0];
  }
  const nameNode = this.field(n, 'name')!;
  const type = this.funcType(n, n.type === 'function_declaration' ? this.field(n, 'type_parameters') : null);
  const bodyNode = this.field(n, 'body');
  return {
    kind: 'FuncDecl',
    recv,
    name: this.ident(nameNode),
    type,
    body: bodyNode ? this.block(bodyNode) : null,
    ...this.span(n),
  };
};

Converter.prototype.genDecl = function (this: Converter, n: TSNode): ast.GenDecl {
  const specs: ast.Spec[] = [];
  switch (n.type) {
    case 'var_declaration':
      for (const c of this.named(n)) {
        if (c.type === 'var_spec') specs.push(this.valueSpec(c, 0, null));
        else for (const s of this.named(c)) if (s.type === 'var_spec') specs.push(this.valueSpec(s, 0, null));
      }
      return { kind: 'GenDecl', tok: 'var', specs, ...this.span(n) };
    case 'const_declaration': {
      let prev: ast.ValueSpec | null = null;
      let iota = 0;
      for (const c of this.named(n)) {
        if (c.type !== 'const_spec') continue;
        const spec = this.valueSpec(c, iota++, prev);
        specs.push(spec);
        prev = spec;
      }
      return { kind: 'GenDecl', tok: 'const', specs, ...this.span(n) };
    }
    default:
      for (const c of this.named(n)) {
        if (c.type === 'type_spec' || c.type === 'type_alias') {
          const tp = this.field(c, 'type_parameters');
          specs.push({
            kind: 'TypeSpec',
            name: this.ident(this.field(c, 'name')!),
            typeParams: tp ? this.typeParams(tp) : [],
            alias: c.type === 'type_alias',
            type: this.type(this.field(c, 'type')!),
            ...this.span(c),
          });
        }
      }
      return { kind: 'GenDecl', tok: 'type', specs, ...this.span(n) };
  }
};

Converter.prototype.valueSpec = function (this: Converter, n: TSNode, iota: number, prev: ast.ValueSpec | null): ast.ValueSpec {
  const names = this.fields(n, 'name').filter((c) => c.type === 'identifier').map((c) => this.ident(c));
  const typeNode = this.field(n, 'type');
  const valueNode = this.field(n, 'value');
  const isConst = n.type === 'const_spec';
  let values = valueNode ? this.exprList(valueNode) : [];
  let type = typeNode ? this.type(typeNode) : null;
  let implicit = false;
  // A constant without type and values repeats the previous list; otherwise
  // missing values are the type checker's to report ("missing init expr for x").
  if (isConst && !valueNode && !typeNode && prev && prev.values.length) {
    values = prev.values;
    type = prev.type;
    implicit = true;
  }
  return { kind: 'ValueSpec', names, type, values, iota, implicit, ...this.span(n) };
};
