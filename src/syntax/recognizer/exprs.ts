// The recognizer's expressions: binary and unary expressions, operands, primary expressions
// (selectors, index and slice expressions, calls, type assertions), composite literals.

import { Prec, Tok } from '../scanner';
import { isComplitType, Recognizer, startOf, unparen, X } from './parser';

declare module './parser' {
  interface Recognizer {
    expr(): X;
    exprList(): X;
    binaryExpr(x: X | null, prec: Prec): X;
    unaryExpr(): X;
    operand(keepParens: boolean): X;
    pexpr(x: X | null, keepParens: boolean): X;
    complitexpr(): void;
    bareComplitexpr(): void;
    typeList(): { comma: boolean };
    argList(): { args: X[]; dots: boolean };
  }
}

Recognizer.prototype.expr = function (this: Recognizer): X {
  return this.binaryExpr(null, Prec.None);
};

Recognizer.prototype.exprList = function (this: Recognizer): X {
  const x = this.expr();
  if (this.tk() !== Tok.Comma) return x;
  const list = [x];
  while (this.got(Tok.Comma)) list.push(this.expr());
  return { shape: 'list', pos: x.pos, args: list, start: x.start, end: this.prevEnd };
};

Recognizer.prototype.binaryExpr = function (this: Recognizer, x: X | null, prec: Prec): X {
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
};

Recognizer.prototype.unaryExpr = function (this: Recognizer): X {
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
};

Recognizer.prototype.operand = function (this: Recognizer, keepParens: boolean): X {
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
};

Recognizer.prototype.pexpr = function (this: Recognizer, x: X | null, keepParens: boolean): X {
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
};

Recognizer.prototype.complitexpr = function (this: Recognizer): void {
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
};

Recognizer.prototype.bareComplitexpr = function (this: Recognizer): void {
  if (this.tk() === Tok.Lbrace) this.complitexpr();
  else this.expr();
};

/** `expr { , type } [,]`: the first may be any expression; reports whether there was a comma. */
Recognizer.prototype.typeList = function (this: Recognizer): { comma: boolean } {
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
};

Recognizer.prototype.argList = function (this: Recognizer): { args: X[]; dots: boolean } {
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
};
