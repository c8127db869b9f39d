// The recognizer's package files and declarations (gc's parser.go: fileOrNil, importDecl,
// constDecl, typeDecl, varDecl, funcDeclOrNil, funcBody).

import { Prec, Tok } from '../scanner';
import { isTypeLit, Recognizer, X } from './parser';

declare module './parser' {
  interface Recognizer {
    file(): void;
    group(f: () => void): void;
    importDecl(): void;
    constDecl(): void;
    typeDecl(): void;
    varDecl(): void;
    funcDecl(): 'ok' | 'nobody' | 'bad';
    funcBody(): void;
  }
}

Recognizer.prototype.file = function (this: Recognizer): void {
  if (!this.got(Tok.Package)) {
    this.syntaxError('package statement must be first');
    return;
  }
  this.name();
  this.want(Tok.Semi);
  if (this.errors.length) return;
  // Go 1.19 reads imports only before the other declarations (an import after
  // them is a statement outside a function body); from Go 1.20 on, anywhere,
  // with an error.
  const anywhere = this.importsAnywhere;
  if (!anywhere) {
    while (this.got(Tok.Import)) {
      this.group(() => this.importDecl());
      this.want(Tok.Semi);
    }
  }
  const follow = anywhere ? [Tok.Import, Tok.Const, Tok.Type, Tok.Var, Tok.Func] : [Tok.Const, Tok.Type, Tok.Var, Tok.Func];
  let prev = Tok.Import;
  let lastFuncWithoutBody = false;
  while (this.tk() !== Tok.EOF) {
    if (anywhere && this.tk() === Tok.Import && prev !== Tok.Import) this.syntaxError('imports must appear before other declarations');
    prev = this.tk();
    const afterFuncWithoutBody = lastFuncWithoutBody;
    lastFuncWithoutBody = false;
    switch (this.tk()) {
      case Tok.Import:
        if (!anywhere) {
          this.syntaxError('non-declaration statement outside function body');
          this.advance(...follow);
          continue;
        }
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
        this.advance(...follow);
        continue;
    }
    if (this.tk() !== Tok.EOF && !this.got(Tok.Semi)) {
      this.syntaxError('after top level declaration');
      this.advance(...follow);
    }
  }
};

/** `( f ; f ; ... )` or a single f. */
Recognizer.prototype.group = function (this: Recognizer, f: () => void): void {
  if (this.tk() === Tok.Lparen) {
    this.next();
    this.list('grouped declaration', Tok.Semi, Tok.Rparen, () => {
      f();
      return false;
    });
  } else f();
};

Recognizer.prototype.importDecl = function (this: Recognizer): void {
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
};

Recognizer.prototype.constDecl = function (this: Recognizer): void {
  this.nameList();
  if (this.tk() !== Tok.EOF && this.tk() !== Tok.Semi && this.tk() !== Tok.Rparen) {
    this.typeOrNil();
    if (this.gotAssign()) this.exprList();
  }
};

Recognizer.prototype.typeDecl = function (this: Recognizer): void {
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
};

Recognizer.prototype.varDecl = function (this: Recognizer): void {
  this.nameList();
  if (this.gotAssign()) this.exprList();
  else {
    this.type_();
    if (this.gotAssign()) this.exprList();
  }
};

/** Returns 'nobody' for a declaration without a body (for a `{` on the next line). */
Recognizer.prototype.funcDecl = function (this: Recognizer): 'ok' | 'nobody' | 'bad' {
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
};

Recognizer.prototype.funcBody = function (this: Recognizer): void {
  this.fnest++;
  this.blockStmt('');
  this.fnest--;
};
