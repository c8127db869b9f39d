// A recognizer for Go source that reports syntax errors as the gc compiler's
// parser does: the same messages ("syntax error: unexpected X, expecting Y"),
// at the same tokens, and the same recovery, so that the errors after the
// first are the ones go build also reports.
//
// It builds nothing: tree-sitter's tree (parser.ts) is what becomes our AST.
// But tree-sitter recovers from errors its own way, so the errors are found
// by walking the tokens the way gc's recursive-descent parser does, choice by
// choice. What it remembers of the input is only what those choices need
// (whether an expression was a name, a call, a parenthesized type, ...).

import { Prec, Scanner, Tok, tokNames } from './scanner';

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
type Shape = 'name' | 'selector' | 'index' | 'call' | 'paren' | 'typeLit' | 'complit' | 'funcLit' | 'list' | 'assert' | 'typeSwitch' | 'other' | 'bad';

interface X {
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

interface Stmt {
  kind: 'assign' | 'define' | 'expr' | 'range' | 'other';
  pos: number;
  start: number;
  end: number;
  x?: X;
}

/** Tokens that start statements: places to resynchronize after an error in a function. */
const stopset = new Set<Tok>([Tok.Break, Tok.Const, Tok.Continue, Tok.Defer, Tok.Fallthrough, Tok.For, Tok.Go, Tok.Goto, Tok.If, Tok.Return, Tok.Select, Tok.Switch, Tok.Type, Tok.Var]);

export function recognize(src: string): RecognizedError[] {
  const r = new Recognizer(src);
  r.file();
  return r.errors;
}

class Recognizer {
  readonly errors: RecognizedError[] = [];
  private readonly s: Scanner;
  /** Expression nesting: -1 in statement headers, where `{` opens the block, not a literal. */
  private xnest = 0;
  /** Function nesting (statement keywords stop error recovery inside functions). */
  private fnest = 0;
  /** The end of the last token consumed. */
  private prevEnd = 0;

  constructor(private readonly src: string) {
    this.s = new Scanner(src, (pos, msg) => this.errors.push({ pos, msg }));
    this.next();
  }

  /** The current token (a method: it changes under the compiler's feet with every next()). */
  private tk(): Tok {
    return this.s.tok;
  }

  private get pos(): number {
    return this.s.pos;
  }

  private next(): void {
    this.prevEnd = this.s.end;
    this.s.next();
  }

  // ---- errors -------------------------------------------------------------------------

  private errorAt(pos: number, msg: string): void {
    this.errors.push({ pos, msg });
  }

  private softErrorAt(pos: number, msg: string): void {
    this.errors.push({ pos, msg, soft: true });
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos, msg);
  }

  /** "syntax error: unexpected X" + msg (msg starts with in/at/after/expecting), or msg alone. */
  private syntaxErrorAt(pos: number, msg: string): void {
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
  private advance(...followlist: Tok[]): void {
    const follow = new Set<Tok>([Tok.EOF, ...followlist]);
    if (followlist.length && this.fnest > 0) for (const t of stopset) follow.add(t);
    while (!follow.has(this.tk())) {
      this.next();
      if (followlist.length === 0) break;
    }
  }

  private got(tok: Tok): boolean {
    if (this.tk() === tok) {
      this.next();
      return true;
    }
    return false;
  }

  private want(tok: Tok): void {
    if (!this.got(tok)) {
      this.syntaxError('expecting ' + tokString(tok));
      this.advance();
    }
  }

  private gotAssign(): boolean {
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

  // ---- source file ---------------------------------------------------------------------

  file(): void {
    if (!this.got(Tok.Package)) {
      this.syntaxError('package statement must be first');
      return;
    }
    this.name();
    this.want(Tok.Semi);
    if (this.errors.length) return;
    let prev = Tok.Import;
    let lastFuncWithoutBody = false;
    while (this.tk() !== Tok.EOF) {
      if (this.tk() === Tok.Import && prev !== Tok.Import) this.syntaxError('imports must appear before other declarations');
      prev = this.tk();
      const afterFuncWithoutBody = lastFuncWithoutBody;
      lastFuncWithoutBody = false;
      switch (this.tk()) {
        case Tok.Import:
          this.next();
          this.group(() => this.importDecl());
          break;
        case Tok.Const:
          this.next();
          this.group(() => this.constDecl());
          break;
        case Tok.Type:
          this.next();
          this.group(() => this.typeDecl());
          break;
        case Tok.Var:
          this.next();
          this.group(() => this.varDecl());
          break;
        case Tok.Func:
          this.next();
          lastFuncWithoutBody = this.funcDecl() === 'nobody';
          break;
        default:
          if (this.tk() === Tok.Lbrace && afterFuncWithoutBody) this.syntaxError('unexpected semicolon or newline before {');
          else this.syntaxError('non-declaration statement outside function body');
          this.advance(Tok.Import, Tok.Const, Tok.Type, Tok.Var, Tok.Func);
          continue;
      }
      if (this.tk() !== Tok.EOF && !this.got(Tok.Semi)) {
        this.syntaxError('after top level declaration');
        this.advance(Tok.Import, Tok.Const, Tok.Type, Tok.Var, Tok.Func);
      }
    }
  }

  /** `( f ; f ; ... )` or a single f. */
  private group(f: () => void): void {
    if (this.tk() === Tok.Lparen) {
      this.next();
      this.list('grouped declaration', Tok.Semi, Tok.Rparen, () => {
        f();
        return false;
      });
    } else f();
  }

  private importDecl(): void {
    if (this.tk() === Tok.Name || this.tk() === Tok.Dot) this.next();
    if (this.tk() !== Tok.Literal) {
      this.syntaxError('missing import path');
      this.advance(Tok.Semi, Tok.Rparen);
      return;
    }
    const lit = this.s.lit;
    const bad = this.s.bad;
    this.next();
    if (!bad && !lit.startsWith('"') && !lit.startsWith('`')) this.syntaxError('import path must be a string');
  }

  private constDecl(): void {
    this.nameList();
    if (this.tk() !== Tok.EOF && this.tk() !== Tok.Semi && this.tk() !== Tok.Rparen) {
      this.typeOrNil();
      if (this.gotAssign()) this.exprList();
    }
  }

  private typeDecl(): void {
    this.name();
    let ok: boolean;
    if (this.tk() === Tok.Lbrack) {
      // An array or slice type, or a type parameter list.
      const lbrack = this.pos;
      this.next();
      if (this.tk() === Tok.Name) {
        let x: X = this.name();
        if (this.tk() !== Tok.Lbrack) {
          this.xnest++;
          x = this.binaryExpr(this.pexpr(x, false), Prec.None);
          this.xnest--;
        }
        let tparams = false;
        let ptype = false;
        if (x.shape === 'name') {
          if (this.tk() !== Tok.Rbrack) tparams = true;
        } else if (x.shape === 'other' && x.op === '*' && x.x?.shape === 'name' && x.y) {
          if (isTypeLit(x.y) || this.tk() === Tok.Comma) {
            tparams = true;
            ptype = true;
          }
        } else if (x.shape === 'call' && x.fun?.shape === 'name' && x.args?.length === 1 && !x.dots) {
          if (isTypeLit(x.args[0]) || this.tk() === Tok.Comma) {
            tparams = true;
            ptype = true;
          }
        }
        if (tparams) {
          this.paramList(true, ptype ? 'typed' : 'named', Tok.Rbrack, true);
          this.gotAssign();
          ok = this.typeOrNil() !== null;
        } else {
          ok = this.arrayType(lbrack, x) !== null;
        }
      } else if (this.tk() === Tok.Rbrack) {
        this.next();
        ok = this.type_() !== null;
      } else {
        ok = this.arrayType(lbrack, null) !== null;
      }
    } else {
      this.gotAssign();
      ok = this.typeOrNil() !== null;
    }
    if (!ok) {
      this.syntaxError('in type declaration');
      this.advance(Tok.Semi, Tok.Rparen);
    }
  }

  private varDecl(): void {
    this.nameList();
    if (this.gotAssign()) this.exprList();
    else {
      this.type_();
      if (this.gotAssign()) this.exprList();
    }
  }

  /** Returns 'nobody' for a declaration without a body (for a `{` on the next line). */
  private funcDecl(): 'ok' | 'nobody' | 'bad' {
    let method = false;
    if (this.got(Tok.Lparen)) {
      method = true;
      const n = this.paramList(false, 'none', Tok.Rparen, false).count;
      if (n === 0) this.softErrorAt(this.pos, 'method has no receiver');
      else if (n > 1) this.softErrorAt(this.pos, 'method has multiple receivers');
    }
    if (this.tk() !== Tok.Name) {
      this.syntaxError('expecting name or (');
      this.advance(Tok.Lbrace, Tok.Semi);
      return 'bad';
    }
    this.name();
    this.funcType(method ? 'method' : '');
    if (this.tk() === Tok.Lbrace) {
      this.fnest++;
      this.funcBody();
      this.fnest--;
      return 'ok';
    }
    return 'nobody';
  }

  private funcBody(): void {
    this.fnest++;
    this.blockStmt('');
    this.fnest--;
  }

  // ---- names and lists -------------------------------------------------------------------

  private name(): X {
    const pos = this.pos;
    if (this.tk() === Tok.Name) {
      this.next();
      return { shape: 'name', pos, start: pos, end: this.prevEnd };
    }
    this.syntaxError('expecting name');
    this.advance();
    return { shape: 'bad', pos };
  }

  private nameList(): void {
    this.name();
    while (this.got(Tok.Comma)) this.name();
  }

  private qualifiedName(name: X | null): X {
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
  private list(context: string, sep: Tok, close: Tok, f: () => boolean): number {
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

  // ---- types ----------------------------------------------------------------------------------

  private type_(): X {
    const t = this.typeOrNil();
    if (t) return t;
    const bad: X = { shape: 'bad', pos: this.pos };
    this.syntaxError('expecting type');
    this.advance(Tok.Comma, Tok.Colon, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
    return bad;
  }

  private typeOrNil(): X | null {
    const pos = this.pos;
    switch (this.tk()) {
      case Tok.Star:
        this.next();
        this.type_();
        return { shape: 'typeLit', pos };
      case Tok.Arrow: {
        this.next();
        this.want(Tok.Chan);
        const elem = this.chanElem();
        return { shape: 'typeLit', pos, start: pos, end: this.prevEnd, chan: 'recv', elem };
      }
      case Tok.Func:
        this.next();
        this.funcType('function type');
        return { shape: 'typeLit', pos };
      case Tok.Lbrack:
        this.next();
        if (this.got(Tok.Rbrack)) {
          this.type_();
          return { shape: 'typeLit', pos };
        }
        return this.arrayType(pos, null);
      case Tok.Chan: {
        this.next();
        const send = this.got(Tok.Arrow);
        const elem = this.chanElem();
        return { shape: 'typeLit', pos, start: pos, end: this.prevEnd, chan: send ? 'send' : 'both', elem };
      }
      case Tok.Map:
        this.next();
        this.want(Tok.Lbrack);
        this.type_();
        this.want(Tok.Rbrack);
        this.type_();
        return { shape: 'typeLit', pos };
      case Tok.Struct:
        this.structType();
        return { shape: 'typeLit', pos };
      case Tok.Interface:
        this.interfaceType();
        return { shape: 'typeLit', pos };
      case Tok.Name:
        return this.qualifiedName(null);
      case Tok.Lparen: {
        this.next();
        const t = this.type_();
        this.want(Tok.Rparen);
        return { shape: 'paren', pos, inner: t };
      }
    }
    return null;
  }

  private typeInstance(x: X): X {
    const pos = this.pos;
    this.want(Tok.Lbrack);
    if (this.tk() === Tok.Rbrack) this.syntaxError('expecting type');
    else this.typeList();
    this.want(Tok.Rbrack);
    return { shape: 'index', pos, start: x.start };
  }

  /** `[` consumed at lbrack; len, if given, was already parsed. */
  private arrayType(lbrack: number, len: X | null): X {
    if (len === null && !this.got(Tok.DotDotDot)) {
      this.xnest++;
      this.expr();
      this.xnest--;
    }
    if (this.tk() === Tok.Comma) {
      // Trailing commas are accepted in type parameter lists, not in array types.
      this.syntaxError('unexpected comma; expecting ]');
      this.next();
    }
    this.want(Tok.Rbrack);
    this.type_();
    return { shape: 'typeLit', pos: lbrack };
  }

  private chanElem(): X | undefined {
    const t = this.typeOrNil();
    if (!t) this.syntaxError('missing channel element type');
    return t ?? undefined;
  }

  private structType(): void {
    this.want(Tok.Struct);
    this.want(Tok.Lbrace);
    this.list('struct type', Tok.Semi, Tok.Rbrace, () => {
      this.fieldDecl();
      return false;
    });
  }

  private fieldDecl(): void {
    switch (this.tk()) {
      case Tok.Name: {
        const name = this.name();
        if (this.tk() === Tok.Dot || this.tk() === Tok.Literal || this.tk() === Tok.Semi || this.tk() === Tok.Rbrace) {
          // an embedded type
          this.qualifiedName(name);
          this.oliteral();
          return;
        }
        let n = 1;
        while (this.got(Tok.Comma)) {
          this.name();
          n++;
        }
        if (n === 1 && this.tk() === Tok.Lbrack) {
          // An embedded instance T[P] or a field of array or slice type.
          if (this.arrayOrTArgs() === 'instance') {
            this.oliteral();
            return;
          }
        } else this.type_();
        this.oliteral();
        return;
      }
      case Tok.Star:
        this.next();
        if (this.tk() === Tok.Lparen) {
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          this.qualifiedName(null);
          this.got(Tok.Rparen);
        } else this.qualifiedName(null);
        this.oliteral();
        return;
      case Tok.Lparen:
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        if (this.tk() === Tok.Star) this.next();
        this.qualifiedName(null);
        this.got(Tok.Rparen);
        this.oliteral();
        return;
      default:
        this.syntaxError('expecting field name or embedded type');
        this.advance(Tok.Semi, Tok.Rbrace);
    }
  }

  /** After a name, `[`: an array or slice type, or type arguments. */
  private arrayOrTArgs(): 'array' | 'instance' {
    const pos = this.pos;
    this.want(Tok.Lbrack);
    if (this.got(Tok.Rbrack)) {
      this.type_();
      return 'array';
    }
    const { comma } = this.typeList();
    this.want(Tok.Rbrack);
    if (!comma && this.typeOrNil()) return 'array';
    void pos;
    return 'instance';
  }

  private oliteral(): boolean {
    if (this.tk() === Tok.Literal) {
      this.next();
      return true;
    }
    return false;
  }

  private interfaceType(): void {
    this.want(Tok.Interface);
    this.want(Tok.Lbrace);
    this.list('interface type', Tok.Semi, Tok.Rbrace, () => {
      if (this.tk() === Tok.Name) this.methodDecl();
      else this.embeddedElem(null);
      return false;
    });
  }

  /** A method or an embedded type starting with a name; true if it was a method. */
  private methodDecl(): boolean {
    const name = this.name();
    switch (this.tk()) {
      case Tok.Lparen:
        this.funcType('interface method');
        return true;
      case Tok.Lbrack: {
        const pos = this.pos;
        this.next();
        if (this.tk() === Tok.Rbrack) {
          const rpos = this.pos;
          this.next();
          if (this.tk() === Tok.Lparen) {
            this.errorAt(rpos, 'empty type parameter list');
            this.funcType('interface method');
            return true;
          }
          this.errorAt(rpos, 'empty type argument list');
          this.continueEmbedded();
          return true;
        }
        const list = this.paramList(false, 'none', Tok.Rbrack, false);
        if (list.count === 0) {
          if (this.tk() === Tok.Lparen) this.funcType('interface method');
          else this.continueEmbedded();
          return true;
        }
        if (list.named) {
          this.funcType('interface method');
          this.errorAt(pos, 'interface method must have no type parameters');
          return true;
        }
        this.continueEmbedded();
        return true;
      }
      default:
        this.qualifiedName(name);
        this.continueEmbedded();
        return true;
    }
  }

  /** The rest of a union after its first term. */
  private continueEmbedded(): void {
    while (this.tk() === Tok.Operator && this.s.op === '|') {
      this.next();
      this.embeddedTerm();
    }
  }

  private embeddedElem(_f: null): void {
    this.embeddedTerm();
    this.continueEmbedded();
  }

  private embeddedTerm(): void {
    if (this.tk() === Tok.Operator && this.s.op === '~') {
      this.next();
      this.type_();
      return;
    }
    if (!this.typeOrNil()) {
      this.syntaxError('expecting ~ term or type');
      this.advance(Tok.Operator, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
    }
  }

  /** `[` type parameters `]` ( parameters ) result; context names where type parameters are not allowed. */
  private funcType(context: string): void {
    const pos = this.pos;
    if (this.got(Tok.Lbrack)) {
      if (context !== '') this.syntaxErrorAt(pos, `${context} must have no type parameters`);
      if (this.tk() === Tok.Rbrack) {
        this.syntaxError('empty type parameter list');
        this.next();
      } else {
        this.paramList(false, 'none', Tok.Rbrack, true);
      }
    }
    this.want(Tok.Lparen);
    this.paramList(false, 'none', Tok.Rparen, false);
    this.funcResult();
  }

  private funcResult(): void {
    if (this.got(Tok.Lparen)) {
      this.paramList(false, 'none', Tok.Rparen, false);
      return;
    }
    this.typeOrNil();
  }

  /**
   * A parameter list up to close (the opening token consumed). With first
   * set, the list's first name (and for 'typed' its type) was already read
   * (type declarations). Returns the number of parameters.
   */
  private paramList(first: boolean, firstKind: 'none' | 'named' | 'typed', close: Tok, requireNames: boolean): { count: number; named: boolean } {
    interface Param {
      name: X | null;
      type: X | null;
    }
    const params: Param[] = [];
    let pending: Param | null = first ? { name: { shape: 'name', pos: this.prevEnd }, type: firstKind === 'typed' ? { shape: 'typeLit', pos: this.prevEnd } : null } : null;
    if (pending && firstKind === 'typed' && this.tk() === close) {
      // `[P *T]`: complete already.
      params.push(pending);
      pending = null;
    }
    let named = 0;
    let typed = 0;
    const end = this.list(close === Tok.Rbrack ? 'type parameter list' : 'parameter list', Tok.Comma, close, () => {
      let par: Param | null;
      if (pending) {
        par = pending;
        pending = null;
        if (!par.type) {
          const t = this.paramTypeAfterName(close);
          if (t) par.type = t;
        }
      } else par = this.paramDeclOrNil(close);
      if (par) {
        if (par.name && par.type) named++;
        if (par.type) typed++;
        params.push(par);
      }
      return false;
    });
    if (params.length === 0) return { count: 0, named: false };
    if (!(named === 0 && !requireNames) && named !== params.length) {
      // Some are named: all must be.
      let errPos = -1;
      let typ: X | null = null;
      for (let i = params.length - 1; i >= 0; i--) {
        const par = params[i];
        if (par.type) {
          typ = par.type;
          if (!par.name) errPos = startOf(typ);
        } else if (typ) {
          par.type = typ;
        } else {
          errPos = par.name!.pos;
        }
      }
      if (errPos >= 0) {
        let msg: string;
        if (requireNames) {
          if (named === typed) {
            errPos = end;
            msg = 'missing type constraint';
          } else msg = 'type parameters must be named';
        } else msg = 'mixed named and unnamed parameters';
        this.syntaxErrorAt(errPos, msg);
      }
    }
    // Some named means all are (or an error said they must be).
    return { count: params.length, named: named > 0 };
  }

  /** The type after a parameter name already read, if any. */
  private paramTypeAfterName(close: Tok): X | null {
    if (this.tk() === Tok.Comma || this.tk() === close) return null;
    const d = this.paramDeclOrNil(close);
    return d ? d.type ?? d.name : null;
  }

  private paramDeclOrNil(close: Tok): { name: X | null; type: X | null } | null {
    const typeSetsOk = close === Tok.Rbrack;
    const pos = this.pos;
    if (typeSetsOk && this.tk() === Tok.Operator && this.s.op === '~') {
      this.embeddedElem(null);
      return { name: null, type: { shape: 'typeLit', pos } };
    }
    let name: X | null = null;
    if (this.tk() === Tok.Name) {
      name = this.name();
      if (this.tk() === Tok.Lbrack) {
        // name "[" ...: an instance as type, or name followed by an array type
        const kind = this.arrayOrTArgs();
        if (typeSetsOk && this.tk() === Tok.Operator && this.s.op === '|') this.continueEmbedded();
        if (kind === 'instance') return { name: null, type: { shape: 'index', pos, start: pos } };
        return { name, type: { shape: 'typeLit', pos } };
      }
      if (this.tk() === Tok.Dot) {
        const t = this.qualifiedName(name);
        if (typeSetsOk && this.tk() === Tok.Operator && this.s.op === '|') this.continueEmbedded();
        return { name: null, type: t };
      }
      if (typeSetsOk && this.tk() === Tok.Operator && this.s.op === '|') {
        this.continueEmbedded();
        return { name: null, type: name };
      }
    }
    if (this.tk() === Tok.DotDotDot) {
      this.next();
      if (!this.typeOrNil()) this.syntaxError('... is missing type');
      return { name, type: { shape: 'typeLit', pos } };
    }
    if (typeSetsOk && this.tk() === Tok.Operator && this.s.op === '~') {
      this.embeddedElem(null);
      return { name, type: { shape: 'typeLit', pos } };
    }
    const t = this.typeOrNil();
    if (typeSetsOk && this.tk() === Tok.Operator && this.s.op === '|' && t) this.continueEmbedded();
    if (!name && !t) {
      this.syntaxError('expecting ' + tokString(close));
      this.advance(Tok.Comma, close);
      return null;
    }
    if (name && !t) return { name, type: null };
    return { name, type: t };
  }

  // ---- expressions ----------------------------------------------------------------------

  private expr(): X {
    return this.binaryExpr(null, Prec.None);
  }

  private exprList(): X {
    const x = this.expr();
    if (this.tk() !== Tok.Comma) return x;
    const list = [x];
    while (this.got(Tok.Comma)) list.push(this.expr());
    return { shape: 'list', pos: x.pos, args: list, start: x.start, end: this.prevEnd };
  }

  private binaryExpr(x: X | null, prec: Prec): X {
    if (!x) x = this.unaryExpr();
    while ((this.tk() === Tok.Operator || this.tk() === Tok.Star) && this.s.prec > prec) {
      const pos = this.pos;
      const op = this.s.op;
      const tprec = this.s.prec;
      this.next();
      const y = this.binaryExpr(null, tprec);
      x = { shape: 'other', pos, op, x, y, start: x.start, end: this.prevEnd };
    }
    return x;
  }

  private unaryExpr(): X {
    const pos = this.pos;
    if (this.tk() === Tok.Operator || this.tk() === Tok.Star) {
      const op = this.s.op;
      if (['*', '+', '-', '!', '^', '~', '&'].includes(op)) {
        this.next();
        let x = this.unaryExpr();
        if (op === '&') x = unparen(x);
        return { shape: 'other', pos, op, x, y: null, start: pos, end: this.prevEnd };
      }
    }
    if (this.tk() === Tok.Arrow) {
      this.next();
      const x = this.unaryExpr();
      if (x.chan) {
        // `<-chan E` is a receive-only channel type: re-associate the arrow with it.
        let dir = 'send';
        let t: X | undefined = x;
        while (dir === 'send') {
          if (!t?.chan) break;
          dir = t.chan;
          if (dir === 'recv') this.syntaxError('unexpected <-, expecting chan');
          t = t.elem;
        }
        if (dir === 'send') this.syntaxError(`unexpected ${t ? this.src.slice(startOf(t), t.end).replace(/\s+/g, ' ') : '?'}, expecting chan`);
        return { ...x, pos, start: pos, end: this.prevEnd, chan: 'recv' };
      }
      return { shape: 'other', pos, op: '<-', x, y: null, start: pos, end: this.prevEnd };
    }
    return this.pexpr(null, true);
  }

  private operand(keepParens: boolean): X {
    const pos = this.pos;
    switch (this.tk()) {
      case Tok.Name:
        return this.name();
      case Tok.Literal:
        this.next();
        return { shape: 'other', pos, start: pos, end: this.prevEnd };
      case Tok.Lparen: {
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        this.want(Tok.Rparen);
        // A `{` next may open a literal of the parenthesized type (which Go rejects).
        if (this.tk() === Tok.Lbrace) keepParens = true;
        if (keepParens) return { shape: 'paren', pos, inner: x, start: pos, end: this.prevEnd };
        return x;
      }
      case Tok.Func: {
        this.next();
        this.funcType('function type');
        if (this.tk() === Tok.Lbrace) {
          this.xnest++;
          this.funcBody();
          this.xnest--;
          return { shape: 'funcLit', pos, start: pos, end: this.prevEnd };
        }
        return { shape: 'typeLit', pos, start: pos, end: this.prevEnd };
      }
      case Tok.Lbrack:
      case Tok.Chan:
      case Tok.Map:
      case Tok.Struct:
      case Tok.Interface: {
        const t = this.type_();
        return { ...t, start: pos, end: this.prevEnd };
      }
      default: {
        const bad: X = { shape: 'bad', pos };
        this.syntaxError('expecting expression');
        this.advance(Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
        return bad;
      }
    }
  }

  private pexpr(x: X | null, keepParens: boolean): X {
    if (!x) x = this.operand(keepParens);
    for (;;) {
      const pos = this.pos;
      switch (this.tk()) {
        case Tok.Dot:
          this.next();
          if (this.tk() === Tok.Name) {
            this.name();
            x = { shape: 'selector', pos, start: x.start, end: this.prevEnd };
          } else if (this.tk() === Tok.Lparen) {
            this.next();
            if (this.got(Tok.Type)) x = { shape: 'typeSwitch', pos, start: x.start };
            else {
              this.type_();
              x = { shape: 'assert', pos, start: x.start };
            }
            this.want(Tok.Rparen);
            x.end = this.prevEnd;
          } else {
            this.syntaxError('expecting name or (');
            this.advance(Tok.Semi, Tok.Rparen);
          }
          continue;
        case Tok.Lbrack: {
          this.next();
          if (this.tk() !== Tok.Colon) {
            let comma = false;
            if (this.tk() === Tok.Rbrack) this.syntaxError('expecting operand');
            else comma = this.typeList().comma;
            if (comma || this.tk() === Tok.Rbrack) {
              this.want(Tok.Rbrack);
              x = { shape: 'index', pos, start: x.start, end: this.prevEnd };
              continue;
            }
          }
          // x[i:...
          if (!this.got(Tok.Colon)) {
            this.syntaxError('expecting comma, : or ]');
            this.advance(Tok.Comma, Tok.Colon, Tok.Rbrack);
          }
          this.xnest++;
          let hasHigh = false;
          if (this.tk() !== Tok.Colon && this.tk() !== Tok.Rbrack) {
            this.expr();
            hasHigh = true;
          }
          if (this.tk() === Tok.Colon) {
            if (!hasHigh) this.softErrorAt(this.pos, 'middle index required in 3-index slice');
            this.next();
            if (this.tk() !== Tok.Rbrack) this.expr();
            else this.softErrorAt(this.pos, 'final index required in 3-index slice');
          }
          this.xnest--;
          this.want(Tok.Rbrack);
          x = { shape: 'other', pos, start: x.start, end: this.prevEnd };
          continue;
        }
        case Tok.Lparen: {
          this.next();
          const { args, dots } = this.argList();
          x = { shape: 'call', pos, fun: x, args, dots, start: x.start, end: this.prevEnd };
          continue;
        }
        case Tok.Lbrace: {
          // A `{` after a type opens a composite literal; after a value, a block.
          const t = unparen(x);
          let complitOk = false;
          if (t.shape === 'name' || t.shape === 'selector') complitOk = this.xnest >= 0;
          else if (t.shape === 'index') complitOk = this.xnest >= 0;
          else if (t.shape === 'typeLit' && t.pos >= 0) complitOk = isComplitType(this.src, t.pos);
          if (!complitOk) return x;
          if (t !== x) this.syntaxError('cannot parenthesize type in composite literal');
          this.complitexpr();
          x = { shape: 'complit', pos: x.pos, start: x.start, end: this.prevEnd };
          continue;
        }
        default:
          return x;
      }
    }
  }

  private complitexpr(): void {
    this.xnest++;
    this.want(Tok.Lbrace);
    this.list('composite literal', Tok.Comma, Tok.Rbrace, () => {
      this.bareComplitexpr();
      if (this.tk() === Tok.Colon) {
        this.next();
        this.bareComplitexpr();
      }
      return false;
    });
    this.xnest--;
  }

  private bareComplitexpr(): void {
    if (this.tk() === Tok.Lbrace) this.complitexpr();
    else this.expr();
  }

  /** `expr { , type } [,]`: the first may be any expression; reports whether there was a comma. */
  private typeList(): { comma: boolean } {
    this.xnest++;
    this.expr();
    let comma = false;
    if (this.got(Tok.Comma)) {
      comma = true;
      if (this.typeOrNil()) {
        while (this.got(Tok.Comma)) if (!this.typeOrNil()) break;
      }
    }
    this.xnest--;
    return { comma };
  }

  private argList(): { args: X[]; dots: boolean } {
    const args: X[] = [];
    let dots = false;
    this.xnest++;
    this.list('argument list', Tok.Comma, Tok.Rparen, () => {
      args.push(this.expr());
      dots = this.got(Tok.DotDotDot);
      return dots;
    });
    this.xnest--;
    return { args, dots };
  }

  // ---- statements ------------------------------------------------------------------------

  private blockStmt(context: string): void {
    if (!this.got(Tok.Lbrace)) {
      this.syntaxError('expecting { after ' + context);
      this.advance(Tok.Name, Tok.Rbrace);
      if (this.got(Tok.Rbrace)) return;
    }
    this.stmtList();
    this.want(Tok.Rbrace);
  }

  private stmtList(): void {
    while (this.tk() !== Tok.EOF && this.tk() !== Tok.Rbrace && this.tk() !== Tok.Case && this.tk() !== Tok.Default) {
      const s = this.stmtOrNil();
      if (s === null) break;
      // ";" is optional before "}"
      if (!this.got(Tok.Semi) && this.tk() !== Tok.Rbrace) {
        this.syntaxError('at end of statement');
        this.advance(Tok.Semi, Tok.Rbrace, Tok.Case, Tok.Default);
        this.got(Tok.Semi);
      }
    }
  }

  private stmtOrNil(): Stmt | null {
    const pos = this.pos;
    const other = (): Stmt => ({ kind: 'other', pos, start: pos, end: this.prevEnd });
    if (this.tk() === Tok.Name) {
      const lhs = this.exprList();
      if (lhs.shape === 'name' && this.tk() === Tok.Colon) return this.labeledStmtOrNil(lhs);
      return this.simpleStmt(lhs, null);
    }
    switch (this.tk()) {
      case Tok.Var:
        this.next();
        this.group(() => this.varDecl());
        return other();
      case Tok.Const:
        this.next();
        this.group(() => this.constDecl());
        return other();
      case Tok.Type:
        this.next();
        this.group(() => this.typeDecl());
        return other();
      case Tok.Lbrace:
        this.blockStmt('');
        return other();
      case Tok.Operator:
      case Tok.Star:
        if (['+', '-', '*', '&', '^', '!'].includes(this.s.op)) return this.simpleStmt(null, null);
        return null;
      case Tok.Literal:
      case Tok.Func:
      case Tok.Lparen:
      case Tok.Lbrack:
      case Tok.Struct:
      case Tok.Map:
      case Tok.Chan:
      case Tok.Interface:
      case Tok.Arrow:
        return this.simpleStmt(null, null);
      case Tok.For:
        this.forStmt();
        return other();
      case Tok.Switch:
        this.switchStmt();
        return other();
      case Tok.Select:
        this.selectStmt();
        return other();
      case Tok.If:
        this.ifStmt();
        return other();
      case Tok.Fallthrough:
        this.next();
        return other();
      case Tok.Break:
      case Tok.Continue:
        this.next();
        if (this.tk() === Tok.Name) this.name();
        return other();
      case Tok.Go:
      case Tok.Defer:
        this.callStmt();
        return other();
      case Tok.Goto:
        this.next();
        this.name();
        return other();
      case Tok.Return:
        this.next();
        if (this.tk() !== Tok.Semi && this.tk() !== Tok.Rbrace) this.exprList();
        return other();
      case Tok.Semi:
        return other();
    }
    return null;
  }

  private labeledStmtOrNil(_label: X): Stmt | null {
    const pos = this.pos;
    this.want(Tok.Colon);
    if (this.tk() === Tok.Rbrace) return { kind: 'other', pos, start: pos, end: pos };
    const s = this.stmtOrNil();
    if (s) return s;
    this.syntaxErrorAt(pos, 'missing statement after label');
    return null;
  }

  private callStmt(): void {
    const kw = tokNames[this.tk()];
    this.next();
    const x = this.pexpr(null, this.tk() === Tok.Lparen);
    const t = unparen(x);
    if (t !== x) this.softErrorAt(x.pos, `expression in ${kw} must not be parenthesized`);
    if (t.shape !== 'call') this.softErrorAt(t.pos, `expression in ${kw} must be function call`);
  }

  /** A simple statement; lhs is an already parsed expression list. keyword is if/for/switch in a header. */
  private simpleStmt(lhs: X | null, keyword: Tok | null): Stmt {
    const start = lhs ? lhs.start ?? lhs.pos : this.pos;
    if (keyword === Tok.For && this.tk() === Tok.Range) {
      this.next();
      this.expr();
      return { kind: 'range', pos: start, start, end: this.prevEnd };
    }
    if (!lhs) lhs = this.exprList();
    if (lhs.shape !== 'list' && this.tk() !== Tok.Assign && this.tk() !== Tok.Define) {
      const pos = this.pos;
      switch (this.tk()) {
        case Tok.AssignOp:
          this.next();
          this.expr();
          return { kind: 'assign', pos, start, end: this.prevEnd };
        case Tok.IncOp:
          this.next();
          return { kind: 'assign', pos, start, end: this.prevEnd };
        case Tok.Arrow:
          this.next();
          this.expr();
          return { kind: 'other', pos, start, end: this.prevEnd };
        default:
          return { kind: 'expr', pos: lhs.pos, start, end: this.prevEnd, x: lhs };
      }
    }
    switch (this.tk()) {
      case Tok.Assign:
      case Tok.Define: {
        const pos = this.pos;
        const def = this.tk() === Tok.Define;
        this.next();
        if (keyword === Tok.For && this.tk() === Tok.Range) {
          this.next();
          this.expr();
          return { kind: 'range', pos, start, end: this.prevEnd };
        }
        const rhs = this.exprList();
        if (rhs.shape === 'typeSwitch' && keyword === Tok.Switch && def && lhs.shape === 'name') {
          return { kind: 'expr', pos: rhs.pos, start, end: this.prevEnd, x: rhs };
        }
        return { kind: def ? 'define' : 'assign', pos, start, end: this.prevEnd };
      }
      default:
        this.syntaxError('expecting := or = or comma');
        this.advance(Tok.Semi, Tok.Rbrace);
        return { kind: 'expr', pos: lhs.pos, start, end: this.prevEnd, x: lhs };
    }
  }

  /** The header of if, for or switch: [init ;] cond [; post]. */
  private header(keyword: Tok): void {
    this.want(keyword);
    if (this.tk() === Tok.Lbrace) {
      if (keyword === Tok.If) this.syntaxError('missing condition in if statement');
      return;
    }
    const outer = this.xnest;
    this.xnest = -1;
    let init: Stmt | null = null;
    if (this.tk() !== Tok.Semi) {
      // accept a var declaration but complain
      if (this.got(Tok.Var)) this.syntaxError(`var declaration not allowed in ${tokString(keyword)} initializer`);
      init = this.simpleStmt(null, keyword);
      if (init.kind === 'range') {
        this.xnest = outer;
        return;
      }
    }
    let cond: Stmt | null = null;
    let semi: { pos: number; lit: string } | null = null;
    if (this.tk() !== Tok.Lbrace) {
      if (this.tk() === Tok.Semi) {
        semi = { pos: this.pos, lit: this.s.lit };
        this.next();
      } else {
        // asking for a '{' rather than a ';' here gives a better message
        this.want(Tok.Lbrace);
        if (this.tk() !== Tok.Lbrace) this.advance(Tok.Lbrace, Tok.Rbrace);
      }
      if (keyword === Tok.For) {
        if (this.tk() !== Tok.Semi) {
          if (this.tk() === Tok.Lbrace) {
            this.syntaxError('expecting for loop condition');
            this.xnest = outer;
            return;
          }
          cond = this.simpleStmt(null, null);
        }
        this.want(Tok.Semi);
        if (this.tk() !== Tok.Lbrace) {
          const post = this.simpleStmt(null, null);
          if (post.kind === 'define') this.syntaxErrorAt(post.pos, 'cannot declare in post statement of for loop');
        }
      } else if (this.tk() !== Tok.Lbrace) {
        cond = this.simpleStmt(null, keyword);
      }
    } else {
      cond = init;
    }
    if (cond === null) {
      if (keyword === Tok.If && semi) {
        if (semi.lit === 'semicolon') this.syntaxErrorAt(semi.pos, 'missing condition in if statement');
        else this.syntaxErrorAt(semi.pos, 'unexpected newline, expecting { after if clause');
      }
    } else if (cond.kind !== 'expr') {
      // A common mistake: `if x := 0 {` for `if x := 0; x {`.
      const text = this.src.slice(cond.start, cond.end).replace(/\s+/g, ' ');
      this.syntaxErrorAt(cond.pos, `cannot use ${text} as value`);
    }
    this.xnest = outer;
  }

  private ifStmt(): void {
    this.header(Tok.If);
    this.blockStmt('if clause');
    if (this.got(Tok.Else)) {
      if (this.tk() === Tok.If) this.ifStmt();
      else if (this.tk() === Tok.Lbrace) this.blockStmt('');
      else {
        this.syntaxError('else must be followed by if or statement block');
        this.advance(Tok.Name, Tok.Rbrace);
      }
    }
  }

  private forStmt(): void {
    this.header(Tok.For);
    this.blockStmt('for clause');
  }

  private switchStmt(): void {
    this.header(Tok.Switch);
    if (!this.got(Tok.Lbrace)) {
      this.syntaxError('missing { after switch clause');
      this.advance(Tok.Case, Tok.Default, Tok.Rbrace);
    }
    while (this.tk() !== Tok.EOF && this.tk() !== Tok.Rbrace) this.caseClause(false);
    this.want(Tok.Rbrace);
  }

  private selectStmt(): void {
    this.want(Tok.Select);
    if (!this.got(Tok.Lbrace)) {
      this.syntaxError('missing { after select clause');
      this.advance(Tok.Case, Tok.Default, Tok.Rbrace);
    }
    while (this.tk() !== Tok.EOF && this.tk() !== Tok.Rbrace) this.caseClause(true);
    this.want(Tok.Rbrace);
  }

  private caseClause(comm: boolean): void {
    switch (this.tk()) {
      case Tok.Case:
        this.next();
        if (comm) this.simpleStmt(null, null);
        else this.exprList();
        break;
      case Tok.Default:
        this.next();
        break;
      default:
        this.syntaxError('expecting case or default or }');
        this.advance(Tok.Colon, Tok.Case, Tok.Default, Tok.Rbrace);
    }
    this.want(Tok.Colon);
    this.stmtList();
  }
}

function tokString(tok: Tok): string {
  if (tok === Tok.Comma) return 'comma';
  if (tok === Tok.Semi) return 'semicolon or newline';
  return tokNames[tok];
}

function unparen(x: X): X {
  while (x.shape === 'paren' && x.inner) x = x.inner;
  return x;
}

function startOf(x: X): number {
  return x.start ?? x.pos;
}

/** A type literal (possibly parenthesized) can only be a type, never a value. */
function isTypeLit(x: X): boolean {
  const t = unparen(x);
  return t.shape === 'typeLit';
}

/** Array, slice, struct and map types may open a composite literal (func, chan, ... may not). */
function isComplitType(src: string, pos: number): boolean {
  return /^(\[|struct\b|map\b)/.test(src.slice(pos, pos + 6));
}
