// Parses Go source with web-tree-sitter and tree-sitter-go's wasm, then converts
// tree-sitter's concrete syntax tree into our own AST (ast.ts).
//
// tree-sitter never fails: it recovers, leaving ERROR and MISSING nodes. We turn the
// first of those into Go's `syntax error: unexpected X, expecting Y` and refuse to
// go on, as the gc compiler does. Shapes the grammar accepts but Go does not
// (a statement outside a function, say) are reported the same way.

import * as fs from 'fs';
import * as path from 'path';
// `require` so that bundlers pick web-tree-sitter's CommonJS build (the ESM one needs import.meta).
import TreeSitter = require('web-tree-sitter');
import * as ast from './ast';
import { recognize } from './recognizer';
import { GoError, SourceFile } from './source';

type TSNode = TreeSitter.Node;
type Parser = TreeSitter.Parser;
const { Language, Parser } = TreeSitter;

let ready: Promise<Parser> | null = null;

/** Finds a wasm file shipped beside the bundle (dist/) or, in development, in node_modules. */
function locate(file: string, pkg: string): string {
  const candidates = [path.join(__dirname, file), path.join(__dirname, '..', 'dist', file), path.join(__dirname, '..', '..', 'dist', file)];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return require.resolve(`${pkg}/${file}`);
}

/** The tree-sitter parser for Go, created once per process. */
export function goParser(): Promise<Parser> {
  if (!ready) {
    ready = (async () => {
      const runtime = locate('tree-sitter.wasm', 'web-tree-sitter');
      await Parser.init({ locateFile: () => runtime });
      const language = await Language.load(fs.readFileSync(locate('tree-sitter-go.wasm', 'tree-sitter-go')));
      const parser = new Parser();
      parser.setLanguage(language);
      return parser;
    })();
  }
  return ready;
}

export interface ParseResult {
  file: ast.File | null;
  errors: GoError[];
}

export interface ParseOptions {
  /** The source is known to have no syntax errors (gosim's own library): skip looking for them the gc way. */
  trusted?: boolean;
}

export async function parseFile(src: SourceFile, options: ParseOptions = {}): Promise<ParseResult> {
  // Syntax errors are found the way the gc compiler finds them (recognizer.ts);
  // go build does not type-check a file with them.
  // Errors after which it still type-checks are left to the checker, unless there are others.
  const syntaxErrors = options.trusted ? [] : recognize(src.text);
  if (syntaxErrors.some((e) => !e.soft)) return { file: null, errors: syntaxErrors.map((e) => new GoError(src, e.pos, e.msg)) };
  const parser = await goParser();
  // Go parses `x.(type)` anywhere and `[...]T` as any array type, and lets the
  // type checker reject them out of place; the grammar does not. Such a `type`
  // or `...` is replaced by a name of the same length and the file parsed
  // again, remembering where it was.
  let text = src.text;
  const typeGuards = new Set<number>();
  const dotsLengths = new Set<number>();
  for (let attempt = 0; ; attempt++) {
    const tree = parser.parse(text);
    if (!tree) return { file: null, errors: [new GoError(src, 0, 'syntax error: cannot parse file')] };
    try {
      // One at a time: the grammar's recovery from the first may swallow a real type switch.
      const retry = attempt < 32 && tree.rootNode.hasError;
      const stray = retry ? firstStrayTypeGuard(tree.rootNode, text) : -1;
      if (stray >= 0) {
        typeGuards.add(stray);
        text = text.slice(0, stray) + TYPE_GUARD_NAME + text.slice(stray + TYPE_GUARD_NAME.length);
        continue;
      }
      const dots = retry ? firstStrayDotsLength(tree.rootNode, text) : -1;
      if (dots >= 0) {
        dotsLengths.add(dots);
        text = text.slice(0, dots) + DOTS_LENGTH_NAME + text.slice(dots + DOTS_LENGTH_NAME.length);
        continue;
      }
      const conv = new Converter(src, typeGuards, dotsLengths);
      const syntaxError = conv.firstSyntaxError(tree.rootNode);
      // Where the grammar fails but Go only complains (s[1::3]), Go's complaint is the one to give.
      if (syntaxError && syntaxErrors.length) return { file: null, errors: syntaxErrors.map((e) => new GoError(src, e.pos, e.msg)) };
      if (syntaxError) return { file: null, errors: [syntaxError] };
      const file = conv.file(tree.rootNode);
      return { file: conv.errors.length ? null : file, errors: conv.errors };
    } finally {
      tree.delete();
    }
  }
}

/** Stands in for the keyword of a `.(type)` outside a type switch (same length, so offsets stay). */
const TYPE_GUARD_NAME = '_ty_';
/** Stands in for the `...` of a `[...]T` outside a composite literal. */
const DOTS_LENGTH_NAME = '___';

/** The offset of the first `...` of a `[...]` the grammar did not take as a literal's array type, or -1. */
function firstStrayDotsLength(root: TSNode, text: string): number {
  const code = codeOnly(text);
  const dots = /\[\s*(\.\.\.)\s*\]/g;
  for (let m; (m = dots.exec(code)); ) {
    const at = m.index + m[0].indexOf('...');
    const node = root.descendantForIndex(at, at + 3);
    if (!(node && node.type === '...' && node.parent?.type === 'implicit_length_array_type')) return at;
  }
  return -1;
}

/** The text with comments and literals blanked out, so that patterns only match code. */
function codeOnly(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*'/g, (s) => s.replace(/[^\n]/g, ' '));
}

/**
 * The offset of the `type` keyword of the first `.(type)` in the code that is
 * not the guard of a type switch, or -1.
 */
function firstStrayTypeGuard(root: TSNode, text: string): number {
  const code = codeOnly(text);
  const guard = /\.\s*\(\s*(type)\s*\)/g;
  for (let m; (m = guard.exec(code)); ) {
    const at = m.index + m[0].indexOf('type');
    const node = root.descendantForIndex(at, at + 4);
    if (node && node.type === 'type' && node.parent?.type !== 'type_switch_statement') return at;
  }
  return -1;
}

/** What a missing node's kind is called in Go's "expecting ..." phrase. */
function expectingName(type: string): string {
  switch (type) {
    case 'identifier':
    case 'field_identifier':
    case 'type_identifier':
      return 'name';
    case '_expression':
      return 'expression';
    default:
      return type.startsWith('_') || /^[a-z_]+$/.test(type) ? type.replace(/^_/, '').replace(/_/g, ' ') : type;
  }
}

class SyntaxStop extends Error {}

/**
 * The grammar wants a type as the first argument of `new` and `make`, and
 * leaves an ERROR around any other expression there; Go parses it as an
 * ordinary argument (the type checker then says "5 is not a type").
 */
function isValueInTypeArgument(n: TSNode): boolean {
  const parent = n.parent;
  if (!parent || parent.type !== 'argument_list' || n.namedChildCount !== 1) return false;
  const fn = parent.parent?.childForFieldName('function');
  return !!fn && (fn.text === 'new' || fn.text === 'make') && !n.namedChild(0)!.hasError;
}

class Converter {
  readonly errors: GoError[] = [];

  constructor(
    private readonly src: SourceFile,
    /** Offsets of `type` in `x.(type)` outside a type switch (see parseFile). */
    private readonly typeGuards: Set<number> = new Set(),
    /** Offsets of `...` in `[...]T` outside a composite literal (see parseFile). */
    private readonly dotsLengths: Set<number> = new Set(),
  ) {}

  // ---- syntax errors -----------------------------------------------------

  firstSyntaxError(root: TSNode): GoError | null {
    if (!root.hasError) return null;
    let found: TSNode | null = null;
    const visit = (n: TSNode): void => {
      if (found) return;
      if (n.isMissing || (n.type === 'ERROR' && !isValueInTypeArgument(n))) {
        found = n;
        return;
      }
      if (!n.hasError) return;
      for (let i = 0; i < n.childCount; i++) visit(n.child(i)!);
    };
    visit(root);
    // Only errors Go does not consider syntax errors (see isValueInTypeArgument).
    if (!found) return null;
    const node: TSNode = found;
    if (node.isMissing) {
      const next = this.tokenAfter(node.startIndex);
      const what = expectingName(node.type);
      if (next.text === '\n' && what === ')') {
        return new GoError(this.src, next.pos, 'syntax error: unexpected newline in argument list; possibly missing comma or )');
      }
      return new GoError(this.src, next.pos, `syntax error: unexpected ${next.name}, expecting ${what}`);
    }
    const tok = this.tokenAfter(node.startIndex);
    if (node.startIndex === 0 && !/^\s*package\b/.test(this.src.text)) {
      return new GoError(this.src, tok.pos, `expected 'package', found ${tok.text.trim() || 'EOF'}`);
    }
    return new GoError(this.src, tok.pos, `syntax error: unexpected ${tok.name}`);
  }

  /** The next token at or after an offset, as Go names it in error messages. */
  private tokenAfter(offset: number): { pos: number; text: string; name: string } {
    const text = this.src.text;
    let i = offset;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    if (i >= text.length) return { pos: text.length, text: '', name: 'EOF' };
    if (text[i] === '\n') {
      // Go reports a newline at the end of the previous token's line only when a
      // semicolon would have been inserted; past a blank line it names the next token.
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (j >= text.length) return { pos: text.length, text: '', name: 'EOF' };
      const prev = text.slice(0, i).trimEnd();
      const last = prev[prev.length - 1];
      if (last && /[\w)\]}"'`]/.test(last)) return { pos: i, text: '\n', name: 'newline' };
      i = j;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`[^`]*`?|&&|\|\||<-|:=|\.\.\.|[-+*/%&|^<>=!]=?|[^\s])/.exec(text.slice(i));
    const tok = m ? m[1] : text[i];
    const keywords = new Set(['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var']);
    let name = tok;
    if (/^[A-Za-z_]/.test(tok)) name = keywords.has(tok) ? `keyword ${tok}` : `name ${tok}`;
    else if (/^\d/.test(tok) || /^["'`]/.test(tok)) name = `literal ${tok}`;
    return { pos: i, text: tok, name };
  }

  private fail(n: { startIndex: number } | number, msg: string): never {
    const pos = typeof n === 'number' ? n : n.startIndex;
    this.errors.push(new GoError(this.src, pos, msg));
    throw new SyntaxStop(msg);
  }

  // ---- helpers -------------------------------------------------------------

  private named(n: TSNode): TSNode[] {
    const out: TSNode[] = [];
    for (let i = 0; i < n.namedChildCount; i++) {
      const c = n.namedChild(i)!;
      if (c.type !== 'comment') out.push(c);
    }
    return out;
  }

  private field(n: TSNode, name: string): TSNode | null {
    return n.childForFieldName(name);
  }

  private fields(n: TSNode, name: string): TSNode[] {
    return n.childrenForFieldName(name).filter((c): c is TSNode => c !== null && c.isNamed && c.type !== 'comment');
  }

  private hasToken(n: TSNode, tok: string): boolean {
    for (let i = 0; i < n.childCount; i++) if (n.child(i)!.type === tok) return true;
    return false;
  }

  private tokenPos(n: TSNode, tok: string): number {
    for (let i = 0; i < n.childCount; i++) {
      const c = n.child(i)!;
      if (c.type === tok) return c.startIndex;
    }
    return n.startIndex;
  }

  private span(n: TSNode): { pos: number; end: number } {
    return { pos: n.startIndex, end: n.endIndex };
  }

  // ---- file and declarations ---------------------------------------------------

  file(root: TSNode): ast.File {
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
  }

  private importSpec(n: TSNode): ast.ImportSpec {
    const nameNode = this.field(n, 'name');
    const pathNode = this.field(n, 'path')!;
    return {
      kind: 'ImportSpec',
      name: nameNode ? this.ident(nameNode) : null,
      path: this.basicLit(pathNode),
      ...this.span(n),
    };
  }

  private funcDecl(n: TSNode): ast.FuncDecl {
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
  }

  private genDecl(n: TSNode): ast.GenDecl {
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
  }

  private valueSpec(n: TSNode, iota: number, prev: ast.ValueSpec | null): ast.ValueSpec {
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
  }

  // ---- types ---------------------------------------------------------------

  private typeParams(n: TSNode): ast.Field[] {
    const out: ast.Field[] = [];
    for (const d of this.named(n)) {
      if (d.type !== 'type_parameter_declaration') continue;
      const names = this.fields(d, 'name').map((c) => this.ident(c));
      const constraint = this.field(d, 'type')!;
      out.push({ names, type: this.constraint(constraint), tag: null, variadic: false, ...this.span(d) });
    }
    return out;
  }

  /** A `type_constraint` or `type_elem`: a union of terms `A | ~B`. */
  private constraint(n: TSNode): ast.Expr {
    const terms = this.named(n).map((c) => this.type(c));
    if (terms.length === 0) this.fail(n, 'syntax error: missing type constraint');
    return terms.reduce((x, y) => ({ kind: 'BinaryExpr', op: '|', x, y, opPos: y.pos, pos: x.pos, end: y.end }) as ast.BinaryExpr);
  }

  private funcType(n: TSNode, typeParams: TSNode | null): ast.FuncType {
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
  }

  private paramList(n: TSNode): ast.Field[] {
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
  }

  type(n: TSNode): ast.Expr {
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
  }

  private structType(n: TSNode): ast.StructType {
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
  }

  private interfaceType(n: TSNode): ast.InterfaceType {
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
  }

  // ---- statements --------------------------------------------------------

  private block(n: TSNode): ast.BlockStmt {
    const list: ast.Stmt[] = [];
    for (const c of this.named(n)) {
      if (c.type === 'statement_list') for (const s of this.named(c)) list.push(this.stmt(s));
      else list.push(this.stmt(c));
    }
    const last = n.child(n.childCount - 1);
    const rbrace = last && last.type === '}' ? last.startIndex : n.endIndex - 1;
    return { kind: 'BlockStmt', list, rbrace, ...this.span(n) };
  }

  private stmtList(n: TSNode | undefined): ast.Stmt[] {
    const out: ast.Stmt[] = [];
    if (!n) return out;
    for (const c of this.named(n)) {
      if (c.type === 'statement_list') for (const s of this.named(c)) out.push(this.stmt(s));
    }
    return out;
  }

  private simpleStmt(n: TSNode | null): ast.Stmt | null {
    return n ? this.stmt(n) : null;
  }

  stmt(n: TSNode): ast.Stmt {
    const span = this.span(n);
    switch (n.type) {
      case 'expression_statement':
        return { kind: 'ExprStmt', x: this.expr(this.named(n)[0]), ...span };
      case 'send_statement':
        return {
          kind: 'SendStmt',
          chan: this.expr(this.field(n, 'channel')!),
          value: this.expr(this.field(n, 'value')!),
          arrow: this.tokenPos(n, '<-'),
          ...span,
        };
      case 'inc_statement':
      case 'dec_statement': {
        const tok = n.type === 'inc_statement' ? '++' : '--';
        return { kind: 'IncDecStmt', x: this.expr(this.named(n)[0]), tok, tokPos: this.tokenPos(n, tok), ...span };
      }
      case 'assignment_statement': {
        const op = this.field(n, 'operator')!;
        return {
          kind: 'AssignStmt',
          lhs: this.exprList(this.field(n, 'left')!),
          tok: op.type as ast.AssignTok,
          tokPos: op.startIndex,
          rhs: this.exprList(this.field(n, 'right')!),
          ...span,
        };
      }
      case 'short_var_declaration':
        return {
          kind: 'AssignStmt',
          lhs: this.exprList(this.field(n, 'left')!),
          tok: ':=',
          tokPos: this.tokenPos(n, ':='),
          rhs: this.exprList(this.field(n, 'right')!),
          ...span,
        };
      case 'var_declaration':
      case 'const_declaration':
      case 'type_declaration':
        return { kind: 'DeclStmt', decl: this.genDecl(n), ...span };
      case 'empty_statement':
        return { kind: 'EmptyStmt', ...span };
      case 'labeled_statement': {
        const label = this.ident(this.field(n, 'label')!);
        const inner = this.named(n).filter((c) => c.type !== 'label_name');
        const stmt: ast.Stmt = inner.length ? this.stmt(inner[0]) : { kind: 'EmptyStmt', pos: n.endIndex, end: n.endIndex };
        return { kind: 'LabeledStmt', label, stmt, ...span };
      }
      case 'go_statement':
        return { kind: 'GoStmt', call: this.expr(this.named(n)[0]), ...span };
      case 'defer_statement':
        return { kind: 'DeferStmt', call: this.expr(this.named(n)[0]), ...span };
      case 'return_statement': {
        const list = this.named(n)[0];
        return { kind: 'ReturnStmt', results: list ? this.exprList(list) : [], ...span };
      }
      case 'break_statement':
      case 'continue_statement':
      case 'goto_statement': {
        const labelNode = this.named(n)[0];
        const tok = n.type.replace('_statement', '') as 'break' | 'continue' | 'goto';
        return { kind: 'BranchStmt', tok, label: labelNode ? this.ident(labelNode) : null, ...span };
      }
      case 'fallthrough_statement':
        return { kind: 'BranchStmt', tok: 'fallthrough', label: null, ...span };
      case 'block':
        return this.block(n);
      case 'if_statement': {
        const alt = this.field(n, 'alternative');
        return {
          kind: 'IfStmt',
          init: this.simpleStmt(this.field(n, 'initializer')),
          cond: this.expr(this.field(n, 'condition')!),
          body: this.block(this.field(n, 'consequence')!),
          else_: alt ? (alt.type === 'if_statement' ? (this.stmt(alt) as ast.IfStmt) : this.block(alt)) : null,
          ...span,
        };
      }
      case 'expression_switch_statement': {
        const value = this.field(n, 'value');
        const clauses: ast.CaseClause[] = [];
        for (const c of this.named(n)) {
          if (c.type === 'expression_case') {
            clauses.push({ list: this.exprList(this.field(c, 'value')!), body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
          } else if (c.type === 'default_case') {
            clauses.push({ list: null, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
          }
        }
        return {
          kind: 'SwitchStmt',
          init: this.simpleStmt(this.field(n, 'initializer')),
          tag: value ? this.expr(value) : null,
          clauses,
          rbrace: n.endIndex - 1,
          ...span,
        };
      }
      case 'type_switch_statement': {
        const alias = this.field(n, 'alias');
        const clauses: ast.CaseClause[] = [];
        for (const c of this.named(n)) {
          if (c.type === 'type_case') {
            const types = this.fields(c, 'type').map((t) => this.type(t));
            clauses.push({ list: types, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
          } else if (c.type === 'default_case') {
            clauses.push({ list: null, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
          }
        }
        const names = alias ? this.exprList(alias) : [];
        if (names.length > 1) this.fail(alias!, 'syntax error: unexpected comma in type switch guard');
        return {
          kind: 'TypeSwitchStmt',
          init: this.simpleStmt(this.field(n, 'initializer')),
          bind: names.length ? (names[0] as ast.Ident) : null,
          x: this.expr(this.field(n, 'value')!),
          clauses,
          rbrace: n.endIndex - 1,
          ...span,
        };
      }
      case 'select_statement': {
        const clauses: ast.CommClause[] = [];
        for (const c of this.named(n)) {
          if (c.type === 'communication_case') {
            clauses.push({ comm: this.commStmt(this.field(c, 'communication')!), body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
          } else if (c.type === 'default_case') {
            clauses.push({ comm: null, body: this.stmtList(c), colon: this.tokenPos(c, ':'), ...this.span(c) });
          }
        }
        return { kind: 'SelectStmt', clauses, rbrace: n.endIndex - 1, ...span };
      }
      case 'for_statement':
        return this.forStmt(n);
      default:
        return this.fail(n, `syntax error: unexpected ${n.type.replace(/_/g, ' ')}`);
    }
  }

  private commStmt(n: TSNode): ast.SendStmt | ast.ExprStmt | ast.AssignStmt {
    if (n.type === 'send_statement') return this.stmt(n) as ast.SendStmt;
    const right = this.expr(this.field(n, 'right')!);
    const left = this.field(n, 'left');
    if (!left) return { kind: 'ExprStmt', x: right, ...this.span(n) };
    const tok = this.hasToken(n, ':=') ? ':=' : '=';
    return { kind: 'AssignStmt', lhs: this.exprList(left), tok, tokPos: this.tokenPos(n, tok), rhs: [right], ...this.span(n) };
  }

  private forStmt(n: TSNode): ast.ForStmt | ast.RangeStmt {
    const body = this.block(this.field(n, 'body')!);
    const head = this.named(n).find((c) => c !== null && c.type !== 'block');
    const span = this.span(n);
    if (!head) return { kind: 'ForStmt', init: null, cond: null, post: null, body, ...span };
    if (head.type === 'for_clause') {
      const cond = this.field(head, 'condition');
      return {
        kind: 'ForStmt',
        init: this.simpleStmt(this.field(head, 'initializer')),
        cond: cond ? this.expr(cond) : null,
        post: this.simpleStmt(this.field(head, 'update')),
        body,
        ...span,
      };
    }
    if (head.type === 'range_clause') {
      const left = this.field(head, 'left');
      const lhs = left ? this.exprList(left) : [];
      const tok = left ? (this.hasToken(head, ':=') ? ':=' : '=') : null;
      return {
        kind: 'RangeStmt',
        key: lhs[0] ?? null,
        value: lhs[1] ?? null,
        ...(lhs.length > 2 ? { extra: lhs[2] } : {}),
        tok,
        x: this.expr(this.field(head, 'right')!),
        body,
        forPos: n.startIndex,
        ...span,
      };
    }
    return { kind: 'ForStmt', init: null, cond: this.expr(head), post: null, body, ...span };
  }

  // ---- expressions -------------------------------------------------------

  private exprList(n: TSNode): ast.Expr[] {
    if (n.type !== 'expression_list') return [this.expr(n)];
    return this.named(n).map((c) => this.expr(c));
  }

  private ident(n: TSNode): ast.Ident {
    return { kind: 'Ident', name: n.text, ...this.span(n) };
  }

  private basicLit(n: TSNode): ast.BasicLit {
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
  }

  expr(n: TSNode): ast.Expr {
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
  }

  private call(n: TSNode): ast.CallExpr {
    const argsNode = this.field(n, 'arguments')!;
    const args: ast.Expr[] = [];
    let ellipsis = -1;
    for (const a of this.named(argsNode)) {
      if (a.type === 'variadic_argument') {
        args.push(this.expr(this.named(a)[0]));
        ellipsis = this.tokenPos(a, '...');
      } else if (a.type === 'ERROR' && isValueInTypeArgument(a)) {
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
  }

  private compositeLit(body: TSNode, type: ast.Expr | null, whole: TSNode): ast.CompositeLit {
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
  }

  private element(n: TSNode): ast.Expr {
    const inner = n.type === 'literal_element' ? this.named(n)[0] : n;
    if (inner.type === 'literal_value') return this.compositeLit(inner, null, inner);
    return this.expr(inner);
  }
}
