// Go's tokens, scanned as the gc compiler scans them: with automatic
// semicolons, and with its messages for malformed literals and characters.
//
// The tree-sitter grammar builds our AST; this scanner feeds the recognizer
// (recognizer.ts), which exists to report syntax errors exactly as `go build`
// does. Positions are UTF-16 offsets into the source, like the AST's. The
// tokens themselves are defined in tokens.ts.

import { Prec, Tok, keywords } from './tokens';

// The recognizer takes the tokens from here.
export { Prec, Tok, tokNames } from './tokens';

export interface ScanError {
  pos: number;
  msg: string;
}

const isLetter = (c: string): boolean => /[A-Za-z_]/.test(c) || (c >= '\u0080' && /\p{L}/u.test(c));
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string): boolean => /[0-9A-Fa-f]/.test(c);

/**
 * One token at a time. After next(): tok, lit (the text of names and
 * literals; "semicolon", "newline" or "EOF" for semicolons), op and prec (for
 * operators), pos (where the token starts).
 */
export class Scanner {
  tok: Tok = Tok.EOF;
  lit = '';
  op = '';
  prec: Prec = Prec.None;
  pos = 0;
  /** The current literal is malformed (its error has been reported). */
  bad = false;

  private i = 0;
  /** A newline here ends a statement (after a name, literal, `)`, `return`, ...). */
  private nlsemi = false;

  constructor(
    private readonly src: string,
    private readonly error: (pos: number, msg: string) => void,
  ) {
    // A byte order mark is allowed only at the start of the file; go build
    // reports one anywhere else, in comments and literals too.
    for (let i = src.indexOf('\uFEFF', 1); i > 0; i = src.indexOf('\uFEFF', i + 1)) this.error(i, 'invalid BOM in the middle of the file');
  }

  /** Where the current token ends. */
  get end(): number {
    return this.i;
  }

  private ch(k = 0): string {
    return this.src[this.i + k] ?? '';
  }

  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    this.bad = false;
    for (;;) {
      // Skip white space (a newline only where it does not end a statement).
      while (this.ch() === ' ' || this.ch() === '\t' || this.ch() === '\r' || (this.ch() === '\n' && !nlsemi)) this.i++;
      this.pos = this.i;
      const c = this.ch();
      if (c === '') {
        if (nlsemi) return this.set(Tok.Semi, 'EOF');
        return this.set(Tok.EOF, '');
      }
      if (c === '\n') {
        this.i++;
        return this.set(Tok.Semi, 'newline');
      }
      if (c === '/' && this.ch(1) === '/') {
        while (this.i < this.src.length && this.ch() !== '\n') this.i++;
        continue;
      }
      if (c === '/' && this.ch(1) === '*') {
        const end = this.src.indexOf('*/', this.i + 2);
        const stop = end < 0 ? this.src.length : end + 2;
        const multiline = this.src.slice(this.i, stop).includes('\n');
        if (end < 0) this.error(this.i, 'comment not terminated');
        this.i = stop;
        // A comment spanning lines ends a statement like a newline would.
        if (multiline && nlsemi) {
          return this.set(Tok.Semi, 'newline');
        }
        continue;
      }
      break;
    }
    const c = this.ch();
    // A byte order mark is allowed (and ignored) only at the start of the file.
    if (c === '\uFEFF') {
      this.i++;
      this.nlsemi = nlsemi;
      return this.next();
    }
    // Any non-ASCII character starts a name (ident() reports it if it cannot be in one).
    if (isLetter(c) || c >= '\u0080') return this.ident();
    if (isDigit(c) || (c === '.' && isDigit(this.ch(1)))) return this.number();
    switch (c) {
      case '"':
        return this.stdString();
      case '`':
        return this.rawString();
      case "'":
        return this.rune();
      case '(':
        return this.punct(Tok.Lparen, 1);
      case '[':
        return this.punct(Tok.Lbrack, 1);
      case '{':
        return this.punct(Tok.Lbrace, 1);
      case ')':
        this.nlsemi = true;
        return this.punct(Tok.Rparen, 1);
      case ']':
        this.nlsemi = true;
        return this.punct(Tok.Rbrack, 1);
      case '}':
        this.nlsemi = true;
        return this.punct(Tok.Rbrace, 1);
      case ',':
        return this.punct(Tok.Comma, 1);
      case ';':
        this.i++;
        return this.set(Tok.Semi, 'semicolon');
      case ':':
        return this.ch(1) === '=' ? this.punct(Tok.Define, 2) : this.punct(Tok.Colon, 1);
      case '.':
        return this.ch(1) === '.' && this.ch(2) === '.' ? this.punct(Tok.DotDotDot, 3) : this.punct(Tok.Dot, 1);
      case '+':
      case '-':
        if (this.ch(1) === c) {
          this.nlsemi = true;
          this.i += 2;
          this.op = c;
          return this.set(Tok.IncOp, '');
        }
        return this.assignOp(c, Prec.Add, 1);
      case '*':
        this.op = '*';
        this.prec = Prec.Mul;
        if (this.ch(1) === '=') return this.punct(Tok.AssignOp, 2);
        return this.punct(Tok.Star, 1);
      case '/':
      case '%':
        return this.assignOp(c, Prec.Mul, 1);
      case '&':
        if (this.ch(1) === '&') return this.operator('&&', Prec.AndAnd);
        if (this.ch(1) === '^') return this.assignOp('&^', Prec.Mul, 2);
        return this.assignOp('&', Prec.Mul, 1);
      case '|':
        if (this.ch(1) === '|') return this.operator('||', Prec.OrOr);
        return this.assignOp('|', Prec.Add, 1);
      case '^':
        return this.assignOp('^', Prec.Add, 1);
      case '<':
        if (this.ch(1) === '=') return this.operator('<=', Prec.Cmp);
        if (this.ch(1) === '<') return this.assignOp('<<', Prec.Mul, 2);
        if (this.ch(1) === '-') return this.punct(Tok.Arrow, 2);
        return this.operator('<', Prec.Cmp);
      case '>':
        if (this.ch(1) === '=') return this.operator('>=', Prec.Cmp);
        if (this.ch(1) === '>') return this.assignOp('>>', Prec.Mul, 2);
        return this.operator('>', Prec.Cmp);
      case '=':
        if (this.ch(1) === '=') return this.operator('==', Prec.Cmp);
        return this.punct(Tok.Assign, 1);
      case '!':
        if (this.ch(1) === '=') return this.operator('!=', Prec.Cmp);
        return this.operator('!', Prec.None);
      case '~':
        return this.operator('~', Prec.None);
    }
    const cp = this.src.codePointAt(this.i)!;
    this.error(this.i, `invalid character ${unicodeName(cp)}`);
    this.i += cp > 0xffff ? 2 : 1;
    this.nlsemi = nlsemi;
    this.next();
  }

  private set(tok: Tok, lit: string): void {
    this.tok = tok;
    this.lit = lit;
  }

  private punct(tok: Tok, n: number): void {
    this.i += n;
    this.set(tok, '');
  }

  private operator(op: string, prec: Prec): void {
    this.op = op;
    this.prec = prec;
    this.i += op.length;
    this.set(Tok.Operator, '');
  }

  /** An operator that may be followed by `=` (`+=`). */
  private assignOp(op: string, prec: Prec, n: number): void {
    this.op = op;
    this.prec = prec;
    this.i += n;
    if (this.ch() === '=') {
      this.i++;
      return this.set(Tok.AssignOp, '');
    }
    this.set(Tok.Operator, '');
  }

  /**
   * Whether the (non-ASCII) character here belongs in an identifier: letters
   * do; digits and other characters do too, after an error (go build reads
   * them as part of the name, so that no syntax error follows).
   */
  private atIdentChar(first: boolean): boolean {
    const cp = this.src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    if (/\p{L}/u.test(ch) || ch === '_') return true;
    if (/\p{Nd}/u.test(ch)) {
      if (first) this.error(this.i, `identifier cannot begin with digit ${unicodeName(cp)}`);
      return true;
    }
    if (cp >= 0x80) {
      this.error(this.i, `invalid character ${unicodeName(cp)} in identifier`);
      return true;
    }
    return false;
  }

  private ident(): void {
    const start = this.i;
    for (;;) {
      const c = this.ch();
      if (isLetter(c) || isDigit(c)) this.i++;
      else if (c >= '\u0080' && c !== '\uFEFF' && this.atIdentChar(this.i === start)) this.i += (this.src.codePointAt(this.i) ?? 0) > 0xffff ? 2 : 1;
      else break;
    }
    const lit = this.src.slice(start, this.i);
    const kw = keywords.get(lit);
    if (kw !== undefined) {
      this.nlsemi = kw === Tok.Break || kw === Tok.Continue || kw === Tok.Fallthrough || kw === Tok.Return;
      return this.set(kw, lit);
    }
    this.nlsemi = true;
    this.set(Tok.Name, lit);
  }

  // ---- literals --------------------------------------------------------------

  private literal(start: number, ok: boolean): void {
    this.nlsemi = true;
    this.bad = !ok;
    this.set(Tok.Literal, this.src.slice(start, this.i));
  }

  /** Reports at the current character (gc's errorf). */
  private errorHere(msg: string): void {
    this.error(this.i, msg);
  }

  private number(): void {
    const start = this.i;
    let ok = true;
    let isFloat = false;
    let base = 10;
    let prefix = '';
    let digsep = 0; // bit 0: a digit, bit 1: a '_'
    let invalid = -1; // offset of the first digit too big for the base
    const digits = (b: number): void => {
      for (;;) {
        const d = this.ch();
        if (d === '_') digsep |= 2;
        else if (b <= 10 ? isDigit(d) : isHex(d)) {
          digsep |= 1;
          if (b < 10 && d.charCodeAt(0) - 48 >= b && invalid < 0) invalid = this.i - start;
        } else break;
        this.i++;
      }
    };
    let seenPoint = false;
    if (this.ch() === '.') {
      seenPoint = true;
      this.i++;
    } else {
      if (this.ch() === '0') {
        this.i++;
        const p = this.ch().toLowerCase();
        if (p === 'x' || p === 'o' || p === 'b') {
          this.i++;
          prefix = p;
          base = p === 'x' ? 16 : p === 'o' ? 8 : 2;
        } else {
          prefix = '0';
          base = 8;
          digsep = 1; // the leading 0
        }
      }
      digits(base);
      if (this.ch() === '.') {
        if (prefix === 'o' || prefix === 'b') {
          this.errorHere(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.i++;
        seenPoint = true;
      }
    }
    if (seenPoint) {
      isFloat = true;
      digits(base);
    }
    if ((digsep & 1) === 0 && ok) {
      this.errorHere(`${baseName(base)} literal has no digits`);
      ok = false;
    }
    const e = this.ch().toLowerCase();
    if (e === 'e' || e === 'p') {
      if (ok) {
        if (e === 'e' && prefix !== '' && prefix !== '0') {
          this.errorHere(`'${this.ch()}' exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 'p' && prefix !== 'x') {
          this.errorHere(`'${this.ch()}' exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.i++;
      isFloat = true;
      if (this.ch() === '+' || this.ch() === '-') this.i++;
      const sep = digsep & 2;
      digsep = 0;
      digits(10);
      const hasDigits = (digsep & 1) !== 0;
      digsep |= sep;
      if (!hasDigits && ok) {
        this.errorHere('exponent has no digits');
        ok = false;
      }
    } else if (prefix === 'x' && isFloat && ok) {
      this.errorHere("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    let imag = false;
    if (this.ch() === 'i') {
      imag = true;
      this.i++;
    }
    const lit = this.src.slice(start, this.i);
    // An octal-looking literal may still be a valid float or imaginary literal (`09.5`, `09i`).
    if (!isFloat && !imag && invalid >= 0 && ok) {
      this.error(start + invalid, `invalid digit '${lit[invalid]}' in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const at = invalidSep(lit);
      if (at >= 0) {
        this.error(start + at, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.literal(start, ok);
  }

  private rune(): void {
    const start = this.i;
    let ok = true;
    this.i++;
    for (let n = 0; ; n++) {
      const c = this.ch();
      if (c === "'") {
        if (ok) {
          if (n === 0) {
            this.errorHere("empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.error(start, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.i++;
        break;
      }
      if (c === '\\') {
        this.i++;
        if (!this.escape("'")) ok = false;
        continue;
      }
      if (c === '\n') {
        if (ok) {
          this.errorHere('newline in rune literal');
          ok = false;
        }
        break;
      }
      if (c === '') {
        if (ok) {
          this.error(start, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      this.i += (this.src.codePointAt(this.i) ?? 0) > 0xffff ? 2 : 1;
    }
    this.literal(start, ok);
  }

  private stdString(): void {
    const start = this.i;
    let ok = true;
    this.i++;
    for (;;) {
      const c = this.ch();
      if (c === '"') {
        this.i++;
        break;
      }
      if (c === '\\') {
        this.i++;
        if (!this.escape('"')) ok = false;
        continue;
      }
      if (c === '\n') {
        this.errorHere('newline in string');
        ok = false;
        break;
      }
      if (c === '') {
        this.error(start, 'string literal not terminated');
        ok = false;
        break;
      }
      this.i++;
    }
    this.literal(start, ok);
  }

  private rawString(): void {
    const start = this.i;
    let ok = true;
    const end = this.src.indexOf('`', this.i + 1);
    if (end < 0) {
      this.error(start, 'string literal not terminated');
      ok = false;
      this.i = this.src.length;
    } else this.i = end + 1;
    this.literal(start, ok);
  }

  /** An escape after a backslash; false (after reporting) if it is malformed. */
  private escape(quote: string): boolean {
    const c = this.ch();
    let n: number;
    let base: number;
    let max: number;
    if (c === quote || 'abfnrtv\\'.includes(c) && c !== '') {
      this.i++;
      return true;
    }
    if (c >= '0' && c <= '7') [n, base, max] = [3, 8, 255];
    else if (c === 'x') [n, base, max] = [2, 16, 255];
    else if (c === 'u') [n, base, max] = [4, 16, 0x10ffff];
    else if (c === 'U') [n, base, max] = [8, 16, 0x10ffff];
    else {
      if (c === '') return true; // the caller complains about the end of file
      this.errorHere('unknown escape');
      return false;
    }
    if (base === 16) this.i++;
    let x = 0;
    for (let k = n; k > 0; k--) {
      const d = this.ch();
      if (d === '') return true;
      const v = isHex(d) ? parseInt(d, 16) : base;
      if (v >= base) {
        this.errorHere(`invalid character ${goQuoteRune(d)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + v;
      this.i++;
    }
    if (x > max && base === 8) {
      this.errorHere(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorHere(`escape is invalid Unicode code point ${unicodeName(x)}`);
      return false;
    }
    return true;
  }
}

function baseName(base: number): string {
  switch (base) {
    case 2:
      return 'binary';
    case 8:
      return 'octal';
    case 10:
      return 'decimal';
    default:
      return 'hexadecimal';
  }
}

/** The offset of the first `_` in a number literal that does not separate digits, or -1. */
function invalidSep(x: string): number {
  let x1 = ' ';
  let d = '.'; // '_', '0' (a digit) or '.' (anything else)
  let i = 0;
  // A prefix counts as a digit.
  if (x.length >= 2 && x[0] === '0') {
    x1 = x[1].toLowerCase();
    if (x1 === 'x' || x1 === 'o' || x1 === 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x[i];
    if (d === '_') {
      if (p !== '0') return i;
    } else if (isDigit(d) || (x1 === 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  return d === '_' ? x.length - 1 : -1;
}

/** `U+0040 '@'`, as Go's %#U prints a code point. */
function unicodeName(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const printable = cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0) && !(cp >= 0xd800 && cp < 0xe000) && cp <= 0x10ffff;
  return printable ? `U+${hex} '${String.fromCodePoint(cp)}'` : `U+${hex}`;
}

/** A character as Go's %q prints a rune: 'x', '\n'. */
function goQuoteRune(c: string): string {
  const esc: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', "'": "\\'", '\\': '\\\\' };
  return `'${esc[c] ?? c}'`;
}
