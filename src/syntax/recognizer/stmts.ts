// The recognizer's statements: blocks and statement lists, simple statements, if, for,
// switch and select headers and their case clauses.

import { Tok, tokNames } from '../scanner';
import { Recognizer, Stmt, tokString, unparen, X } from './parser';

declare module './parser' {
  interface Recognizer {
    blockStmt(context: string): void;
    stmtList(): void;
    stmtOrNil(): Stmt | null;
    labeledStmtOrNil(_label: X): Stmt | null;
    callStmt(): void;
    simpleStmt(lhs: X | null, keyword: Tok | null): Stmt;
    header(keyword: Tok): void;
    ifStmt(): void;
    forStmt(): void;
    switchStmt(): void;
    selectStmt(): void;
    caseClause(comm: boolean): void;
  }
}

Recognizer.prototype.blockStmt = function (this: Recognizer, context: string): void {
  if (!this.got(Tok.Lbrace)) {
    this.syntaxError('expecting { after ' + context);
    this.advance(Tok.Name, Tok.Rbrace);
    if (this.got(Tok.Rbrace)) return;
  }
  this.stmtList();
  this.want(Tok.Rbrace);
};

Recognizer.prototype.stmtList = function (this: Recognizer): void {
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
};

Recognizer.prototype.stmtOrNil = function (this: Recognizer): Stmt | null {
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
};

Recognizer.prototype.labeledStmtOrNil = function (this: Recognizer, _label: X): Stmt | null {
  const pos = this.pos;
  this.want(Tok.Colon);
  if (this.tk() === Tok.Rbrace) return { kind: 'other', pos, start: pos, end: pos };
  const s = this.stmtOrNil();
  if (s) return s;
  this.syntaxErrorAt(pos, 'missing statement after label');
  return null;
};

Recognizer.prototype.callStmt = function (this: Recognizer): void {
  const kw = tokNames[this.tk()];
  this.next();
  const x = this.pexpr(null, this.tk() === Tok.Lparen);
  const t = unparen(x);
  if (t !== x) this.softErrorAt(x.pos, `expression in ${kw} must not be parenthesized`);
  if (t.shape !== 'call') this.softErrorAt(t.pos, `expression in ${kw} must be function call`);
};

/** A simple statement; lhs is an already parsed expression list. keyword is if/for/switch in a header. */
Recognizer.prototype.simpleStmt = function (this: Recognizer, lhs: X | null, keyword: Tok | null): Stmt {
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
};

/** The header of if, for or switch: [init ;] cond [; post]. */
Recognizer.prototype.header = function (this: Recognizer, keyword: Tok): void {
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
};

Recognizer.prototype.ifStmt = function (this: Recognizer): void {
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
};

Recognizer.prototype.forStmt = function (this: Recognizer): void {
  this.header(Tok.For);
  this.blockStmt('for clause');
};

Recognizer.prototype.switchStmt = function (this: Recognizer): void {
  this.header(Tok.Switch);
  if (!this.got(Tok.Lbrace)) {
    this.syntaxError('missing { after switch clause');
    this.advance(Tok.Case, Tok.Default, Tok.Rbrace);
  }
  while (this.tk() !== Tok.EOF && this.tk() !== Tok.Rbrace) this.caseClause(false);
  this.want(Tok.Rbrace);
};

Recognizer.prototype.selectStmt = function (this: Recognizer): void {
  this.want(Tok.Select);
  if (!this.got(Tok.Lbrace)) {
    this.syntaxError('missing { after select clause');
    this.advance(Tok.Case, Tok.Default, Tok.Rbrace);
  }
  while (this.tk() !== Tok.EOF && this.tk() !== Tok.Rbrace) this.caseClause(true);
  this.want(Tok.Rbrace);
};

Recognizer.prototype.caseClause = function (this: Recognizer, comm: boolean): void {
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
};
