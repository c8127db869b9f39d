// The Converter: turns tree-sitter's concrete syntax tree into our AST (ast.ts), and
// reports the first ERROR or MISSING node as Go's syntax error. This file holds the
// class, its syntax errors and its helpers for reading nodes; decls.ts, types.ts,
// stmts.ts and exprs.ts add the conversion of each kind of node; ../parser.ts loads them all.

import type TreeSitter = require('web-tree-sitter');
import type * as ast from '../ast';
import { GoError, SourceFile } from '../source';

export type TSNode = TreeSitter.Node;

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

export class SyntaxStop extends Error {}

/**
 * The grammar wants a type as the first argument of `new` and `make`, and
 * leaves an ERROR around any other expression there; Go parses it as an
 * ordinary argument (the type checker then says "5 is not a type").
 */
export function isValueInTypeArgument(n: TSNode): boolean {
  const parent = n.parent;
  if (!parent || parent.type !== 'argument_list' || n.namedChildCount !== 1) return false;
  const fn = parent.parent?.childForFieldName('function');
  return !!fn && (fn.text === 'new' || fn.text === 'make') && !n.namedChild(0)!.hasError;
}

/** Types the grammar takes only where it expects a type (see isTypeInValueArgument). */
const typeLiterals = new Set(['channel_type', 'map_type', 'slice_type', 'array_type', 'implicit_length_array_type', 'struct_type', 'interface_type', 'function_type']);

/**
 * The other way round: the grammar takes a type literal as an argument only
 * of `new` and `make`, and leaves an ERROR around one given to another
 * function (`mke(chan int)`, a misspelt make); Go parses it as an ordinary
 * argument (the type checker then says "undefined: mke", or that the type
 * is not an expression).
 */
export function isTypeInValueArgument(n: TSNode): boolean {
  const parent = n.parent;
  if (!parent || parent.type !== 'argument_list' || n.namedChildCount !== 1) return false;
  const t = n.namedChild(0)!;
  return typeLiterals.has(t.type) && !t.hasError;
}

export class Converter {
  readonly errors: GoError[] = [];

  constructor(
    readonly src: SourceFile,
    /** Offsets of `type` in `x.(type)` outside a type switch (see parseFile). */
    readonly typeGuards: Set<number> = new Set(),
    /** Offsets of `...` in `[...]T` outside a composite literal (see parseFile). */
    readonly dotsLengths: Set<number> = new Set(),
  ) {}

  // ---- syntax errors -----------------------------------------------------

  firstSyntaxError(root: TSNode): GoError | null {
    if (!root.hasError) return null;
    let found: TSNode | null = null;
    const visit = (n: TSNode): void => {
      if (found) return;
      if (n.isMissing || (n.type === 'ERROR' && !isValueInTypeArgument(n) && !isTypeInValueArgument(n))) {
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
  tokenAfter(offset: number): { pos: number; text: string; name: string } {
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

  fail(n: { startIndex: number } | number, msg: string): never {
    const pos = typeof n === 'number' ? n : n.startIndex;
    this.errors.push(new GoError(this.src, pos, msg));
    throw new SyntaxStop(msg);
  }

  // ---- helpers -------------------------------------------------------------

  named(n: TSNode): TSNode[] {
    const out: TSNode[] = [];
    for (let i = 0; i < n.namedChildCount; i++) {
      const c = n.namedChild(i)!;
      if (c.type !== 'comment') out.push(c);
    }
    return out;
  }

  field(n: TSNode, name: string): TSNode | null {
    return n.childForFieldName(name);
  }

  fields(n: TSNode, name: string): TSNode[] {
    return n.childrenForFieldName(name).filter((c): c is TSNode => c !== null && c.isNamed && c.type !== 'comment');
  }

  hasToken(n: TSNode, tok: string): boolean {
    for (let i = 0; i < n.childCount; i++) if (n.child(i)!.type === tok) return true;
    return false;
  }

  tokenPos(n: TSNode, tok: string): number {
    for (let i = 0; i < n.childCount; i++) {
      const c = n.child(i)!;
      if (c.type === tok) return c.startIndex;
    }
    return n.startIndex;
  }

  span(n: TSNode): { pos: number; end: number } {
    return { pos: n.startIndex, end: n.endIndex };
  }

}
