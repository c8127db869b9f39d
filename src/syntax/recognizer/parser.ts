// The recognizer itself: its state, the token stream, syntax errors and recovery (gc's
// syntaxError, advance, got, want), and the common productions (names, lists). The methods
// for declarations, types, expressions and statements are added to its prototype by
// decls.ts, types.ts, exprs.ts and stmts.ts; ../recognizer.ts loads them all.

import { Scanner, Tok, tokNames } from '../scanner';

export interface RecognizedError {
  pos: number;
  msg: string;
  /**
   * Reported by the parser, but go build goes on to type-check the file
   * (`expression in go must be function call`): our type checker reports it then.
   */
  soft?: boolean;
}

/** The shapes of expressions the parser's decisions depend on. */
export type Shape = 'name' | 'selector' | 'index' | 'call' | 'paren' | 'typeLit' | 'complit' | 'funcLit' | 'list' | 'assert' | 'typeSwitch' | 'other' | 'bad';

export interface X {
  shape: Shape;
  pos: number;
  /** For parenthesized expressions: what is inside. */
  inner?: X;
  /** For a call: its arguments; for a list: its elements. */
  args?: X[];
  /** Call had `...` after its last argument. */
  dots?: boolean;
  /** For a binary or unary operation: its operator. */
  op?: string;
  /** Source text, for "cannot use x := 1 as value". */
  start?: number;
  end?: number;
  /** Operation operands. */
  x?: X;
  y?: X | null;
  /** For a call: its callee. */
  fun?: X;
  /** For a channel type: its direction and element type. */
  chan?: 'both' | 'send' | 'recv';
  elem?: X;
}

export interface Stmt {
  kind: 'assign' | 'define' | 'expr' | 'range' | 'other';
  pos: number;
  start: number;
  end: number;
  x?: X;
}

/** Tokens that start statements: places to resynchronize after an error in a function. */
export const stopset = new Set<Tok>([Tok.Break, Tok.Const, Tok.Continue, Tok.Defer, Tok.Fallthrough, Tok.For, Tok.Go, Tok.Goto, Tok.If, Tok.Return, Tok.Select, Tok.Switch, Tok.Type, Tok.Var]);


export class Recognizer {
  readonly errors: RecognizedError[] = [];
  readonly s: Scanner;
  /** Expression nesting: -1 in statement headers, where `{` opens the block, not a literal. */
  xnest = 0;
  /** Function nesting (statement keywords stop error recovery inside functions). */
  fnest = 0;
  /** The end of the last token consumed. */
  prevEnd = 0;

  /**
   * @param importsAnywhere Go 1.20's parser and later: an import after other
   *   declarations is read as one, and reported as misplaced.
   */
  constructor(
    readonly src: string,
    readonly importsAnywhere = true,
  ) {
    this.s = new Scanner(src, (pos, msg) => this.errors.push({ pos, msg }));
    this.next();
  }

  /** The current token (a method: it changes under the compiler's feet with every next()). */
  tk(): Tok {
    return this.s.tok;
  }

  get pos(): number {
    return this.s.pos;
  }

  next(): void {
    this.prevEnd = this.s.end;
    this.s.next();
  }

  // ---- errors -------------------------------------------------------------------------

  errorAt(pos: number, msg: string): void {
    this.errors.push({ pos, msg });
  }

  softErrorAt(pos: number, msg: string): void {
    this.errors.push({ pos, msg, soft: true });
  }

  syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos, msg);
  }

  /** "syntax error: unexpected X" + msg (msg starts with in/at/after/expecting), or msg alone. */
  syntaxErrorAt(pos: number, msg: string): void {
    if (this.tk() === Tok.EOF && this.errors.length) return; // nothing useful to add
    if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) msg = ' ' + msg;
    else if (msg.startsWith('expecting ')) msg = ', ' + msg;
    else if (msg !== '') {
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }
    let tok: string;
    switch (this.tk()) {
      case Tok.Name:
      case Tok.Semi:
        tok = this.s.lit;
        break;
      case Tok.Literal:
        tok = 'literal ' + this.s.lit;
        break;
      case Tok.Operator:
        tok = this.s.op;
        break;
      case Tok.AssignOp:
        tok = this.s.op + '=';
        break;
      case Tok.IncOp:
        tok = this.s.op + this.s.op;
        break;
      default:
        tok = tokString(this.tk());
    }
    this.errorAt(pos, 'syntax error: unexpected ' + tok + msg);
  }

  /** Skips tokens to one in followlist (or a statement keyword inside a function); with none, skips one token. */
  advance(...followlist: Tok[]): void {
    const follow = new Set<Tok>([Tok.EOF, ...followlist]);
    if (followlist.length && this.fnest > 0) for (const t of stopset) follow.add(t);
    while (!follow.has(this.tk())) {
      this.next();
      if (followlist.length === 0) break;
    }
  }

  got(tok: Tok): boolean {
    if (this.tk() === tok) {
      this.next();
      return true;
    }
    return false;
  }

  want(tok: Tok): void {
    if (!this.got(tok)) {
      this.syntaxError('expecting ' + tokString(tok));
      this.advance();
    }
  }

  gotAssign(): boolean {
    switch (this.tk()) {
      case Tok.Define:
        this.syntaxError('expecting =');
        this.next();
        return true;
      case Tok.Assign:
        this.next();
        return true;
    }
    return false;
  }

  // ---- names and lists -------------------------------------------------------------------

  name(): X {
    const pos = this.pos;
    if (this.tk() === Tok.Name) {
      this.next();
      return { shape: 'name', pos, start: pos, end: this.prevEnd };
    }
    this.syntaxError('expecting name');
    this.advance();
    return { shape: 'bad', pos };
  }

  nameList(): void {
    this.name();
    while (this.got(Tok.Comma)) this.name();
  }

  qualifiedName(name: X | null): X {
    let x: X;
    if (name) x = name;
    else if (this.tk() === Tok.Name) x = this.name();
    else {
      x = { shape: 'bad', pos: this.pos };
      this.syntaxError('expecting name');
      this.advance(Tok.Dot, Tok.Semi, Tok.Rbrace);
    }
    if (this.tk() === Tok.Dot) {
      const pos = this.pos;
      this.next();
      this.name();
      x = { shape: 'selector', pos, start: x.start, end: this.prevEnd };
    }
    if (this.tk() === Tok.Lbrack) x = this.typeInstance(x);
    return x;
  }

  /**
   * `[ f { sep f } [sep] ] close`; f returns true to accept no more
   * elements. Returns the position of the closing token.
   */
  list(context: string, sep: Tok, close: Tok, f: () => boolean): number {
    let done = false;
    while (this.tk() !== Tok.EOF && this.tk() !== close && !done) {
      done = f();
      // sep is optional before close
      if (!this.got(sep) && this.tk() !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokString(sep)} or ${tokString(close)}`);
        this.advance(Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
        if (this.tk() !== close) return this.pos;
      }
    }
    const pos = this.pos;
    this.want(close);
    return pos;
  }

}

export function tokString(tok: Tok): string {
  if (tok === Tok.Comma) return 'comma';
  if (tok === Tok.Semi) return 'semicolon or newline';
  return tokNames[tok];
}

export function unparen(x: X): X {
  while (x.shape === 'paren' && x.inner) x = x.inner;
  return x;
}

export function startOf(x: X): number {
  return x.start ?? x.pos;
}

/** A type literal (possibly parenthesized) can only be a type, never a value. */
export function isTypeLit(x: X): boolean {
  const t = unparen(x);
  return t.shape === 'typeLit';
}

/** Array, slice, struct and map types may open a composite literal (func, chan, ... may not). */
export function isComplitType(src: string, pos: number): boolean {
  return /^(\[|struct\b|map\b)/.test(src.slice(pos, pos + 6));
}
