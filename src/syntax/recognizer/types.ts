// The recognizer's types: type names and instances, array, chan, map, struct, interface and
// func types, parameter lists (gc's parser.go: typeOrNil, structType, interfaceType, paramList).

import { Tok } from '../scanner';
import { Recognizer, startOf, tokString, X } from './parser';

declare module './parser' {
  interface Recognizer {
    type_(): X;
    typeOrNil(): X | null;
    typeInstance(x: X): X;
    arrayType(lbrack: number, len: X | null): X;
    chanElem(): X | undefined;
    structType(): void;
    fieldDecl(): void;
    arrayOrTArgs(): 'array' | 'instance';
    oliteral(): boolean;
    interfaceType(): void;
    methodDecl(): boolean;
    continueEmbedded(): void;
    embeddedElem(_f: null): void;
    embeddedTerm(): void;
    funcType(context: string): void;
    funcResult(): void;
    paramList(first: boolean, firstKind: 'none' | 'named' | 'typed', close: Tok, requireNames: boolean): { count: number; named: boolean };
    paramTypeAfterName(close: Tok): X | null;
    paramDeclOrNil(close: Tok): { name: X | null; type: X | null } | null;
  }
}

Recognizer.prototype.type_ = function (this: Recognizer): X {
  const t = this.typeOrNil();
  if (t) return t;
  const bad: X = { shape: 'bad', pos: this.pos };
  this.syntaxError('expecting type');
  this.advance(Tok.Comma, Tok.Colon, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
  return bad;
};

Recognizer.prototype.typeOrNil = function (this: Recognizer): X | null {
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
};

Recognizer.prototype.typeInstance = function (this: Recognizer, x: X): X {
  const pos = this.pos;
  this.want(Tok.Lbrack);
  if (this.tk() === Tok.Rbrack) this.syntaxError('expecting type');
  else this.typeList();
  this.want(Tok.Rbrack);
  return { shape: 'index', pos, start: x.start };
};

/** `[` consumed at lbrack; len, if given, was already parsed. */
Recognizer.prototype.arrayType = function (this: Recognizer, lbrack: number, len: X | null): X {
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
};

Recognizer.prototype.chanElem = function (this: Recognizer): X | undefined {
  const t = this.typeOrNil();
  if (!t) this.syntaxError('missing channel element type');
  return t ?? undefined;
};

Recognizer.prototype.structType = function (this: Recognizer): void {
  this.want(Tok.Struct);
  this.want(Tok.Lbrace);
  this.list('struct type', Tok.Semi, Tok.Rbrace, () => {
    this.fieldDecl();
    return false;
  });
};

Recognizer.prototype.fieldDecl = function (this: Recognizer): void {
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
};

/** After a name, `[`: an array or slice type, or type arguments. */
Recognizer.prototype.arrayOrTArgs = function (this: Recognizer): 'array' | 'instance' {
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
};

Recognizer.prototype.oliteral = function (this: Recognizer): boolean {
  if (this.tk() === Tok.Literal) {
    this.next();
    return true;
  }
  return false;
};

Recognizer.prototype.interfaceType = function (this: Recognizer): void {
  this.want(Tok.Interface);
  this.want(Tok.Lbrace);
  this.list('interface type', Tok.Semi, Tok.Rbrace, () => {
    if (this.tk() === Tok.Name) this.methodDecl();
    else this.embeddedElem(null);
    return false;
  });
};

/** A method or an embedded type starting with a name; true if it was a method. */
Recognizer.prototype.methodDecl = function (this: Recognizer): boolean {
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
};

/** The rest of a union after its first term. */
Recognizer.prototype.continueEmbedded = function (this: Recognizer): void {
  while (this.tk() === Tok.Operator && this.s.op === '|') {
    this.next();
    this.embeddedTerm();
  }
};

Recognizer.prototype.embeddedElem = function (this: Recognizer, _f: null): void {
  this.embeddedTerm();
  this.continueEmbedded();
};

Recognizer.prototype.embeddedTerm = function (this: Recognizer): void {
  if (this.tk() === Tok.Operator && this.s.op === '~') {
    this.next();
    this.type_();
    return;
  }
  if (!this.typeOrNil()) {
    this.syntaxError('expecting ~ term or type');
    this.advance(Tok.Operator, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
  }
};

/** `[` type parameters `]` ( parameters ) result; context names where type parameters are not allowed. */
Recognizer.prototype.funcType = function (this: Recognizer, context: string): void {
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
};

Recognizer.prototype.funcResult = function (this: Recognizer): void {
  if (this.got(Tok.Lparen)) {
    this.paramList(false, 'none', Tok.Rparen, false);
    return;
  }
  this.typeOrNil();
};

/**
 * A parameter list up to close (the opening token consumed). With first
 * set, the list's first name (and for 'typed' its type) was already read
 * (type declarations). Returns the number of parameters.
 */
Recognizer.prototype.paramList = function (this: Recognizer, first: boolean, firstKind: 'none' | 'named' | 'typed', close: Tok, requireNames: boolean): { count: number; named: boolean } {
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
};

/** The type after a parameter name already read, if any. */
Recognizer.prototype.paramTypeAfterName = function (this: Recognizer, close: Tok): X | null {
  if (this.tk() === Tok.Comma || this.tk() === close) return null;
  const d = this.paramDeclOrNil(close);
  return d ? d.type ?? d.name : null;
};

Recognizer.prototype.paramDeclOrNil = function (this: Recognizer, close: Tok): { name: X | null; type: X | null } | null {
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
};
