// Parses Go source with web-tree-sitter and tree-sitter-go's wasm, then converts
// tree-sitter's concrete syntax tree into our own AST (ast.ts).
//
// tree-sitter never fails: it recovers, leaving ERROR and MISSING nodes. We turn the
// first of those into Go's `syntax error: unexpected X, expecting Y` and refuse to
// go on, as the gc compiler does. Shapes the grammar accepts but Go does not
// (a statement outside a function, say) are reported the same way.
//
// The Converter's methods are spread over files by concept: converter/converter.ts
// (the class, syntax errors, node helpers), decls.ts, types.ts, stmts.ts and
// exprs.ts; importing this module loads them all.

import * as fs from 'fs';
import * as path from 'path';
// `require` so that bundlers pick web-tree-sitter's CommonJS build (the ESM one needs import.meta).
import TreeSitter = require('web-tree-sitter');
import type * as ast from './ast';
import { Converter } from './converter/converter';
import './converter/decls';
import './converter/types';
import './converter/stmts';
import './converter/exprs';
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
  /** The Go version whose parser's errors to report (20 for Go 1.20, ...); the newest by default. */
  goVersion?: number;
}

export async function parseFile(src: SourceFile, options: ParseOptions = {}): Promise<ParseResult> {
  // Syntax errors are found the way the gc compiler finds them (recognizer.ts);
  // go build does not type-check a file with them.
  // Errors after which it still type-checks are left to the checker, unless there are others.
  const syntaxErrors = options.trusted ? [] : recognize(src.text, options.goVersion);
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
