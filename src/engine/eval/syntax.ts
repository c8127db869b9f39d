// The Go expressions a debugger evaluates (breakpoint conditions, log points,
// watch, hover, the Debug Console): a scanner and a precedence-climbing parser
// for the expression grammar of the spec, without function literals and
// composite literals. It is synchronous on purpose: conditions are evaluated
// inside the machine's stop hook, between two statements of a goroutine.

export type Expr =
  | { kind: 'ident'; name: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'imag'; value: number }
  | { kind: 'char'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'selector'; x: Expr; sel: string }
  | { kind: 'index'; x: Expr; index: Expr }
  | { kind: 'slice'; x: Expr; lo: Expr | null; hi: Expr | null; max: Expr | null }
  | { kind: 'call'; fn: Expr; args: Expr[]; dots: boolean }
  | { kind: 'assert'; x: Expr; type: TypeExpr }
  | { kind: 'unary'; op: string; x: Expr }
  | { kind: 'binary'; op: string; x: Expr; y: Expr }
  | { kind: 'paren'; x: Expr }
  /** A type used as a value: the callee of a conversion like []byte(s) or *T(p). */
  | { kind: 'type'; type: TypeExpr };

/** Type syntax, kept as the text %T would print (`[]int`, `map[string]int`, `*main.T`). */
export interface TypeExpr {
  text: string;
}

export class SyntaxError extends Error {}

interface Token {
  kind: 'ident' | 'int' | 'float' | 'imag' | 'char' | 'string' | 'op' | 'eof';
  text: string;
  pos: number;
}

const ops = [
  '<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', '<<', '>>', '&^',
  '+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=', '!', '(', ')', '[', ']', '{', '}', ',', ';', '.', ':',
];

function scan(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const isLetter = (c: string) => /[\p{L}_]/u.test(c);
  const isDigit = (c: string) => c >= '0' && c <= '9';
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      while (i < src.length && (isLetter(src[i]) || /\p{N}/u.test(src[i]))) i++;
      out.push({ kind: 'ident', text: src.slice(start, i), pos: start });
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      const m = /^(0[xX][0-9a-fA-F_]+(\.[0-9a-fA-F_]*)?([pP][+-]?\d+)?|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?(\.[\d_]*)?([eE][+-]?\d+)?)(i?)/.exec(src.slice(i))!;
      const text = m[0];
      i += text.length;
      const kind = text.endsWith('i') ? 'imag' : /^0[xX]/.test(text) ? (/[.pP]/.test(text) ? 'float' : 'int') : /[.eE]/.test(text) && !/^0[bBoO]/.test(text) ? 'float' : 'int';
      out.push({ kind, text, pos: start });
      continue;
    }
    if (c === '"' || c === '`' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === '\\' && c !== '`' ? 2 : 1;
      if (i >= src.length) throw new SyntaxError(`${c === "'" ? 'rune' : 'string'} literal not terminated`);
      i++;
      out.push({ kind: c === "'" ? 'char' : 'string', text: src.slice(start, i), pos: start });
      continue;
    }
    const op = ops.find((o) => src.startsWith(o, i));
    if (!op) throw new SyntaxError(`invalid character ${JSON.stringify(c)}`);
    i += op.length;
    out.push({ kind: 'op', text: op, pos: start });
  }
  out.push({ kind: 'eof', text: '', pos: src.length });
  return out;
}

/** Single bytes written as \x.. or \ooo travel through unquote as code points from here (a private-use plane). */
const BYTE_MARK = 0xf0000;

/** Go's escape sequences in interpreted string and rune literals; the result is a JS string of code points. */
function unquote(lit: string): string {
  if (lit[0] === '`') return lit.slice(1, -1).replace(/\r/g, '');
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
    if (e in simple) out += simple[e];
    else if (e === 'x') {
      // A byte: kept as a code point below 256 (the evaluator turns strings into bytes).
      out += String.fromCodePoint(BYTE_MARK + parseInt(body.substr(i + 1, 2), 16));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(body.substr(i + 1, n), 16));
      i += n;
    } else if (e >= '0' && e <= '7') {
      out += String.fromCodePoint(BYTE_MARK + (parseInt(body.substr(i, 3), 8) & 0xff));
      i += 2;
    } else throw new SyntaxError('unknown escape sequence');
  }
  return out;
}

/**
 * A string literal's bytes, as the VM holds strings (one char per byte).
 * Escapes \x.. and \ooo name single bytes, everything else is UTF-8 encoded.
 */
function literalBytes(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= BYTE_MARK && cp <= BYTE_MARK + 0xff) out += String.fromCharCode(cp - BYTE_MARK);
    else out += Buffer.from(ch, 'utf8').toString('latin1');
  }
  return out;
}

// Binary operator precedence (spec: "Operator precedence").
const precedence: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3,
  '+': 4, '-': 4, '|': 4, '^': 4,
  '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5, '&': 5, '&^': 5,
};

const basicTypeNames = new Set([
  'bool', 'string', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr',
  'byte', 'rune', 'float32', 'float64', 'complex64', 'complex128', 'error', 'any',
]);

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private get tok(): Token {
    return this.toks[this.i];
  }
  private is(text: string): boolean {
    return this.tok.kind === 'op' && this.tok.text === text;
  }
  private expect(text: string): void {
    if (!this.is(text)) throw new SyntaxError(`expected ${text}, found ${this.tok.text || 'end of expression'}`);
    this.i++;
  }

  parse(): Expr {
    const e = this.expr(1);
    if (this.tok.kind !== 'eof') throw new SyntaxError(`unexpected ${this.tok.text} after expression`);
    return e;
  }

  private expr(minPrec: number): Expr {
    let x = this.unary();
    for (;;) {
      const t = this.tok;
      const p = t.kind === 'op' ? precedence[t.text] : undefined;
      if (p === undefined || p < minPrec) return x;
      this.i++;
      const y = this.expr(p + 1);
      x = { kind: 'binary', op: t.text, x, y };
    }
  }

  private unary(): Expr {
    const t = this.tok;
    if (t.kind === 'op' && ['+', '-', '!', '^', '*', '&', '<-'].includes(t.text)) {
      this.i++;
      return { kind: 'unary', op: t.text, x: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    let x = this.operand();
    for (;;) {
      if (this.is('.')) {
        this.i++;
        if (this.is('(')) {
          this.i++;
          const type = this.typeExpr();
          this.expect(')');
          x = { kind: 'assert', x, type };
          continue;
        }
        if (this.tok.kind !== 'ident') throw new SyntaxError('expected name after .');
        x = { kind: 'selector', x, sel: this.tok.text };
        this.i++;
      } else if (this.is('[')) {
        this.i++;
        let lo: Expr | null = null;
        if (!this.is(':')) lo = this.expr(1);
        if (this.is(']')) {
          this.i++;
          if (!lo) throw new SyntaxError('expected operand');
          x = { kind: 'index', x, index: lo };
          continue;
        }
        this.expect(':');
        const hi = this.is(']') || this.is(':') ? null : this.expr(1);
        let max: Expr | null = null;
        if (this.is(':')) {
          this.i++;
          max = this.expr(1);
        }
        this.expect(']');
        x = { kind: 'slice', x, lo, hi, max };
      } else if (this.is('(')) {
        this.i++;
        const args: Expr[] = [];
        let dots = false;
        while (!this.is(')')) {
          args.push(this.expr(1));
          if (this.is('...')) {
            this.i++;
            dots = true;
          }
          if (!this.is(',')) break;
          this.i++;
        }
        this.expect(')');
        x = { kind: 'call', fn: x, args, dots };
      } else return x;
    }
  }

  private operand(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'ident':
        if (t.text === 'map' || t.text === 'chan' || t.text === 'interface') return { kind: 'type', type: this.typeExpr() };
        this.i++;
        return { kind: 'ident', name: t.text };
      case 'int':
        this.i++;
        return { kind: 'int', value: parseIntLit(t.text) };
      case 'float':
        this.i++;
        return { kind: 'float', value: parseFloatLit(t.text) };
      case 'imag':
        this.i++;
        return { kind: 'imag', value: parseFloatLit(t.text.slice(0, -1)) };
      case 'char': {
        this.i++;
        const s = unquote(t.text);
        const cp = s.codePointAt(0)!;
        return { kind: 'char', value: cp >= BYTE_MARK && cp <= BYTE_MARK + 0xff ? cp - BYTE_MARK : cp };
      }
      case 'string':
        this.i++;
        return { kind: 'string', value: literalBytes(unquote(t.text)) };
      case 'op':
        if (t.text === '(') {
          this.i++;
          const x = this.expr(1);
          this.expect(')');
          return { kind: 'paren', x };
        }
        if (t.text === '[') return { kind: 'type', type: this.typeExpr() };
        break;
      default:
        break;
    }
    throw new SyntaxError(t.kind === 'eof' ? 'expression ends too early' : `unexpected ${t.text}`);
  }

  /** Type syntax in conversions and assertions: names, qualified names, [], [N], *, map[K]V, chan T. */
  private typeExpr(): TypeExpr {
    const t = this.tok;
    if (this.is('*')) {
      this.i++;
      return { text: '*' + this.typeExpr().text };
    }
    if (this.is('[')) {
      this.i++;
      let len = '';
      if (!this.is(']')) {
        len = this.tok.text;
        this.i++;
      }
      this.expect(']');
      return { text: `[${len}]` + this.typeExpr().text };
    }
    if (t.kind === 'ident' && t.text === 'map') {
      this.i++;
      this.expect('[');
      const k = this.typeExpr();
      this.expect(']');
      return { text: `map[${k.text}]${this.typeExpr().text}` };
    }
    if (t.kind === 'ident' && t.text === 'chan') {
      this.i++;
      return { text: 'chan ' + this.typeExpr().text };
    }
    if (t.kind === 'ident' && t.text === 'interface') {
      this.i++;
      this.expect('{');
      this.expect('}');
      return { text: 'interface {}' };
    }
    if (t.kind !== 'ident') throw new SyntaxError(`expected type, found ${t.text}`);
    this.i++;
    let name = t.text;
    if (this.is('.') && this.toks[this.i + 1]?.kind === 'ident') {
      this.i++;
      name += '.' + this.tok.text;
      this.i++;
    }
    return { text: name };
  }
}

function parseIntLit(text: string): bigint {
  const s = text.replace(/_/g, '');
  if (/^0[oO]/.test(s)) return BigInt('0o' + s.slice(2));
  if (/^0[0-7]+$/.test(s)) return BigInt('0o' + s.slice(1));
  return BigInt(s);
}

function parseFloatLit(text: string): number {
  const s = text.replace(/_/g, '');
  if (/^0[xX]/.test(s)) {
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
    if (!m) throw new SyntaxError(`malformed number ${text}`);
    const frac = m[2] ?? '';
    const mant = parseInt((m[1] || '0') + frac, 16);
    return mant * Math.pow(2, Number(m[3] ?? 0) - 4 * frac.length);
  }
  if (/^\d+$/.test(s)) return Number(BigInt(s));
  return Number(s);
}

/** Parses one Go expression. */
export function parseExpr(src: string): Expr {
  return new Parser(scan(src)).parse();
}

/** Whether a name is one of Go's predeclared types (for conversions like int64(x)). */
export function isBasicTypeName(name: string): boolean {
  return basicTypeNames.has(name);
}
