// A file's header as the go command reads it before anything is compiled: the
// package clause and the imports. `go run lesson.go` first lists the package
// (go/build): a byte-level reader finds where the imports end, then go/parser
// parses that much in its ImportsOnly mode. Errors found there are the go
// command's, in go/parser's words (`expected 'package', found 'func'`,
// `expected 'STRING', found newline`), and `go run` exits 1 on them before the
// compiler sees the file; the compiler's errors (syntax error: ..., exit 2) come
// only when the header is sound.
//
// Only the first error counts: the go command reports the first of go/parser's
// errors, and go/parser finds them in the order of their positions.
//
// The tokens are go/scanner's, not gc's (scanner.ts): the two scan alike but
// differ where this matters — messages (`illegal character`, `string literal
// not terminated` at the literal's start where gc says `newline in string` at
// the newline), where a comment's implied semicolon sits, what is one error.
// So the header has its own small tokenizer rather than a translation of gc's.

/** What the go command learns from a file's header, or the error that stops it. */
export type Header =
  | { ok: true; name: string; namePos: number; imports: { path: string; pos: number }[] }
  | { ok: false; pos: number; msg: string };

export function readHeader(text: string): Header {
  // A byte order mark at the start is not part of the file (go/build and gc drop it).
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = headerEnd(text, start);
  return new HeaderParser(text, start, end).file();
}

// ---- go/build's import reader ---------------------------------------------------------

/**
 * How much of the file go/parser gets: up to the byte that ended the imports
 * (not included); the whole file if the reader found anything it did not
 * expect, so that go/parser reports it in its own words.
 */
function headerEnd(text: string, start: number): number {
  let i = start;
  /** The reader met something it did not expect. */
  let bad = false;
  const at = (k: number) => (k < text.length ? text[k] : '');
  /** Skips spaces, newlines, semicolons and comments; a lone '/' or an open comment is bad. */
  const skip = (): void => {
    while (!bad) {
      const c = at(i);
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === ';') i++;
      else if (c === '/' && at(i + 1) === '/') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '/' && at(i + 1) === '*') {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) bad = true;
        else i = close + 2;
      } else {
        if (c === '/') bad = true;
        return;
      }
    }
  };
  const ident = (c: string) => c !== '' && /[\p{L}\p{N}_]|[^\x00-\x7f]/u.test(c);
  const keyword = (kw: string): void => {
    skip();
    if (bad || !text.startsWith(kw, i)) bad = true;
    else if (ident(at((i += kw.length)))) bad = true;
  };
  const name = (): void => {
    skip();
    if (bad || !ident(at(i))) bad = true;
    else while (ident(at(i))) i++;
  };
  const str = (): void => {
    skip();
    const q = at(i);
    if (bad || (q !== '"' && q !== '`')) {
      bad = true;
      return;
    }
    for (i++; ; i++) {
      const c = at(i);
      if (c === '' || (c === '\n' && q === '"')) {
        bad = true;
        return;
      }
      if (c === q) break;
      if (c === '\\' && q === '"') i++;
    }
    i++;
  };
  const importSpec = (): void => {
    skip();
    if (at(i) === '.') i++;
    else if (ident(at(i))) name();
    str();
  };
  keyword('package');
  name();
  for (skip(); !bad && at(i) === 'i'; skip()) {
    keyword('import');
    skip();
    if (!bad && at(i) === '(') {
      i++;
      for (skip(); !bad && at(i) !== ')'; skip()) {
        if (i >= text.length) bad = true;
        else importSpec();
      }
      i++;
    } else importSpec();
  }
  return bad ? text.length : Math.min(i, text.length);
}

// ---- go/scanner and go/parser, as far as a header needs them ----------------------------

const keywords = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

/** Operators, longest first. */
const operators = [
  '<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '&^', '+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=', '!', '~', '(', ')', '[',
  ']', '{', '}', ',', ';', '.', ':',
];

/** Token kinds: a keyword or an operator is its own text. */
type Kind = 'IDENT' | 'INT' | 'STRING' | 'CHAR' | 'EOF' | 'ILLEGAL' | string;

/** Kinds after which a newline ends the statement (go/scanner's insertSemi). */
function endsStatement(kind: Kind): boolean {
  return (
    kind === 'IDENT' || kind === 'INT' || kind === 'STRING' || kind === 'CHAR' ||
    kind === 'break' || kind === 'continue' || kind === 'fallthrough' || kind === 'return' ||
    kind === ')' || kind === ']' || kind === '}' || kind === '++' || kind === '--'
  );
}

class Stop {
  constructor(
    readonly pos: number,
    readonly msg: string,
  ) {}
}

class HeaderParser {
  private i: number;
  private insertSemi = false;
  kind: Kind = 'EOF';
  lit = '';
  pos = 0;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.i = start;
  }

  file(): Header {
    try {
      this.next();
      this.expect('package');
      const namePos = this.pos;
      let name = '_';
      if (this.is('IDENT')) {
        name = this.lit;
        this.next();
      } else this.expect('IDENT');
      this.expectSemi();
      const imports: { path: string; pos: number }[] = [];
      while (this.is('import')) {
        this.next();
        if (this.is('(')) {
          this.next();
          while (!this.is(')') && !this.is('EOF')) imports.push(this.importSpec());
          this.expect(')');
          this.expectSemi();
        } else imports.push(this.importSpec());
      }
      return { ok: true, name, namePos, imports };
    } catch (e) {
      if (e instanceof Stop) return { ok: false, pos: e.pos, msg: e.msg };
      throw e;
    }
  }

  private importSpec(): { path: string; pos: number } {
    if (this.is('.') || this.is('IDENT')) this.next();
    const pos = this.pos;
    if (!this.is('STRING')) this.expect('STRING');
    const path = importPath(this.lit);
    if (path === null) throw new Stop(pos, `invalid import path: ${this.lit}`);
    this.next();
    this.expectSemi();
    return { path, pos };
  }

  /** Whether the current token is of this kind (a method: TypeScript would keep a comparison's narrowing across next()). */
  private is(kind: Kind): boolean {
    return this.kind === kind;
  }

  private expect(kind: Kind): void {
    if (this.kind !== kind) this.expected(`'${kind}'`);
    this.next();
  }

  /** A semicolon, or a newline ending the line; none is needed before ')' or '}'. */
  private expectSemi(): void {
    if (this.kind === ')' || this.kind === '}') return;
    if (this.kind !== ';') this.expected("';'");
    this.next();
  }

  private expected(what: string): never {
    let found: string;
    if (this.kind === ';' && this.lit === '\n') found = 'newline';
    else if (this.kind === 'IDENT' || this.kind === 'INT' || this.kind === 'STRING' || this.kind === 'CHAR') found = this.lit;
    else found = `'${this.kind}'`;
    throw new Stop(this.pos, `expected ${what}, found ${found}`);
  }

  /** The next token (go/scanner.Scan). */
  next(): void {
    const text = this.text;
    for (;;) {
      while (this.i < this.end && (text[this.i] === ' ' || text[this.i] === '\t' || text[this.i] === '\r' || (text[this.i] === '\n' && !this.insertSemi))) this.i++;
      const pos = (this.pos = this.i);
      if (pos >= this.end) {
        if (this.insertSemi) return this.token(';', '\n', false);
        return this.token('EOF', '', false);
      }
      const c = text[pos];
      if (c === '\n') {
        this.i++;
        return this.token(';', '\n', false);
      }
      if (c === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) {
        // A comment: it ends the line where a newline would.
        const close = text[pos + 1] === '/' ? pos : text.indexOf('*/', pos + 2);
        if (close < 0 || close + 2 > this.end) throw new Stop(pos, 'comment not terminated');
        if (this.insertSemi && this.commentEndsLine(pos)) return this.token(';', '\n', false);
        this.i = text[pos + 1] === '/' ? this.lineEnd(pos) : close + 2;
        continue;
      }
      if (/[\p{L}_]/u.test(c)) {
        let j = pos + 1;
        while (j < this.end && /[\p{L}\p{Nd}_]/u.test(text[j])) j++;
        this.i = j;
        const word = text.slice(pos, j);
        return keywords.has(word) ? this.token(word, word, endsStatement(word)) : this.token('IDENT', word, true);
      }
      if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[pos + 1] ?? ''))) {
        this.i = this.numberEnd(pos);
        return this.token('INT', text.slice(pos, this.i), true);
      }
      if (c === '"' || c === "'") {
        // (An unterminated literal is reported at its start, before a bad escape in it.)
        let j = pos + 1;
        let badEscape = -1;
        for (; j < this.end && text[j] !== c && text[j] !== '\n'; j++) {
          if (text[j] !== '\\') continue;
          j++;
          if (badEscape < 0 && j < this.end && !/[abfnrtv\\0-7xuU]/.test(text[j]) && text[j] !== c) badEscape = j;
        }
        if (j >= this.end || text[j] !== c) throw new Stop(pos, c === '"' ? 'string literal not terminated' : 'rune literal not terminated');
        if (badEscape >= 0) throw new Stop(badEscape, 'unknown escape sequence');
        this.i = j + 1;
        return this.token(c === '"' ? 'STRING' : 'CHAR', text.slice(pos, j + 1), true);
      }
      if (c === '`') {
        const close = text.indexOf('`', pos + 1);
        if (close < 0 || close >= this.end) throw new Stop(pos, 'raw string literal not terminated');
        this.i = close + 1;
        return this.token('STRING', text.slice(pos, close + 1), true);
      }
      const op = operators.find((o) => text.startsWith(o, pos) && pos + o.length <= this.end);
      if (op) {
        this.i = pos + op.length;
        return this.token(op, op, endsStatement(op));
      }
      const cp = text.codePointAt(pos)!;
      throw new Stop(pos, `illegal character U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(cp)}'`);
    }
  }

  /** Where a number literal from pos ends: digits of its base with '_', a fraction, an exponent, an imaginary 'i'. */
  private numberEnd(pos: number): number {
    const text = this.text;
    const prefix = text[pos] === '0' && /[xXbBoO]/.test(text[pos + 1] ?? '') ? text[pos + 1].toLowerCase() : '';
    const hex = prefix === 'x';
    const digit = hex ? /[0-9a-fA-F_]/ : /[0-9_]/;
    let j = prefix ? pos + 2 : pos;
    while (j < this.end && digit.test(text[j])) j++;
    if (prefix) {
      const base = prefix === 'x' ? 'hexadecimal' : prefix === 'b' ? 'binary' : 'octal';
      const digits = text.slice(pos + 2, j);
      if (!/[0-9a-fA-F]/.test(digits) && !(hex && text[j] === '.')) throw new Stop(pos + 2, `${base} literal has no digits`);
      const wrong = prefix === 'b' ? /[2-9]/.exec(digits) : prefix === 'o' ? /[89]/.exec(digits) : null;
      if (wrong) throw new Stop(pos + 2 + wrong.index, `invalid digit '${wrong[0]}' in ${base} literal`);
    }
    const fraction = text[j] === '.';
    if (fraction) for (j++; j < this.end && digit.test(text[j]); ) j++;
    if (!hex && (text[j] === 'p' || text[j] === 'P')) throw new Stop(j, `'${text[j]}' exponent requires hexadecimal mantissa`);
    if (hex && fraction && text[j] !== 'p' && text[j] !== 'P') throw new Stop(j, "hexadecimal mantissa requires a 'p' exponent");
    if (j < this.end && (hex ? /[pP]/ : /[eE]/).test(text[j])) {
      j++;
      if (text[j] === '+' || text[j] === '-') j++;
      while (j < this.end && /[0-9_]/.test(text[j])) j++;
    }
    if (text[j] === 'i') j++;
    return Math.min(j, this.end);
  }

  private token(kind: Kind, lit: string, insertSemi: boolean): void {
    this.kind = kind;
    this.lit = lit;
    this.insertSemi = insertSemi;
  }

  private lineEnd(from: number): number {
    const nl = this.text.indexOf('\n', from);
    return nl < 0 || nl > this.end ? this.end : nl;
  }

  /** Whether the comments from pos on reach the end of the line (or of the text) with nothing else on it. */
  private commentEndsLine(pos: number): boolean {
    const text = this.text;
    for (let j = pos; ; ) {
      if (text[j + 1] === '/') return true;
      const close = text.indexOf('*/', j + 2);
      if (text.slice(j, close).includes('\n')) return true;
      j = close + 2;
      while (j < this.end && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= this.end || text[j] === '\n') return true;
      if (!(text[j] === '/' && (text[j + 1] === '/' || text[j + 1] === '*'))) return false;
      if (text[j + 1] === '*' && text.indexOf('*/', j + 2) < 0) return true;
    }
  }
}

/**
 * The path an import's literal names, or null if go/parser rejects it: empty,
 * or holding a space, a character that is not graphic, or one of
 * !"#$%&'()*,:;<=>?[\]^{|}`.
 */
function importPath(lit: string): string | null {
  let s: string;
  if (lit.startsWith('`')) s = lit.slice(1, -1);
  else {
    try {
      s = JSON.parse(lit.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\U0*([0-9a-fA-F]{1,6})/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16))));
    } catch {
      return null;
    }
  }
  if (s === '') return null;
  for (const ch of s) {
    if (/\s/u.test(ch) || !/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) || '!"#$%&\'()*,:;<=>?[\\]^{|}`\uFFFD'.includes(ch)) return null;
  }
  return s;
}
