// Scanning: the engine behind fmt's Sscan, Fscan and Scan families.
//
// The scanner reads runes one at a time and can put back the last one, as
// Go's does. It works on the bytes a scan call has read so far: fmt.go hands
// it a string (Sscan) or the bytes read from an io.Reader up to now (Fscan,
// Scan on os.Stdin). When it needs a rune past them and the reader may have
// more, it stops with "more", and fmt.go reads one more rune and scans again
// from the start; so the reader is never read past what Go would read, and a
// blocking read (os.Stdin) blocks in Go code.
//
// Errors end the scan with a ScanFailure; fmt.go's scanResult turns its kind
// into the error Go returns: io.EOF, io.ErrUnexpectedEOF, an
// *errors.errorString, or a *strconv.NumError. Operands are pointers to
// booleans, numbers, strings or byte slices; types with their own Scan
// method are not supported.

import type { NativeImpl } from '../../vm/native';
import { Kind } from '../../vm/rtype';
import { decodeRune, encodeRune, getLastWidth, stringToBytes } from '../../vm/strings';
import { Complex, Iface, Ref, Slice } from '../../vm/value';
import { parseInt, parseUint, Status } from '../strconv/atoi';
import { parseFloat } from '../strconv/atof';
import { unquote } from '../strconv/quote';
import { BINARY, DECIMAL, EOF, Fail, HEX, HUGE, Input, InputEnd, isSpace, OCTAL, ScanFailure, ScanMode, ScanState, SIGN } from './scanstate';

class Scanner extends ScanState {
  private scanBool(verb: number): boolean {
    this.skipSpace();
    this.notEOF();
    this.okVerb(verb, 'tv', 'boolean');
    switch (this.getRune()) {
      case 0x30:
        return false;
      case 0x31:
        return true;
      case 0x74:
      case 0x54:
        if (this.accept('rR') && (!this.accept('uU') || !this.accept('eE'))) this.fail('syntax error scanning boolean');
        return true;
      case 0x66:
      case 0x46:
        if (this.accept('aA') && (!this.accept('lL') || !this.accept('sS') || !this.accept('eE'))) {
          this.fail('syntax error scanning boolean');
        }
        return false;
    }
    return false;
  }

  /** %c: one rune, not skipping space, that must fit the integer's size. */
  private scanRune(bits: number): number {
    this.notEOF();
    const r = this.getRune();
    if (bits < 64 && BigInt.asIntN(bits, BigInt(r)) !== BigInt(r)) this.fail('overflow on character value ' + encodeRune(r));
    return r;
  }

  private scanNumber(digits: string, haveDigits: boolean): string {
    if (!haveDigits) {
      this.notEOF();
      if (!this.accept(digits)) this.fail('expected integer');
    }
    while (this.accept(digits));
    return this.buf;
  }

  /** For %v: a 0b, 0o, 0x or 0 prefix picks the base (0: let ParseInt read the prefix). */
  private scanBasePrefix(): [number, string, boolean] {
    if (!this.peek('0')) return [0, DECIMAL + '_', false];
    this.accept('0');
    if (this.accept('bB')) return [0, BINARY + '_', true];
    if (this.accept('oO')) return [0, OCTAL + '_', true];
    if (this.accept('xX')) return [0, HEX + '_', true];
    return [0, OCTAL + '_', true];
  }

  private baseOf(verb: number): [number, string] {
    this.okVerb(verb, 'bdoUxXv', 'integer');
    switch (verb) {
      case 0x62:
        return [2, BINARY];
      case 0x6f:
        return [8, OCTAL];
      case 0x78:
      case 0x58:
      case 0x55:
        return [16, HEX];
    }
    return [10, DECIMAL];
  }

  /** An integer of the given size, signed or not; a bigint beyond the safe range. */
  private scanInteger(verb: number, bits: number, signed: boolean): number | bigint {
    // %c takes one rune, which must fit as a signed value, even for unsigned operands.
    if (verb === 0x63) return this.scanRune(bits);
    this.skipSpace();
    this.notEOF();
    let [base, digits] = this.baseOf(verb);
    let haveDigits = false;
    if (verb === 0x55) {
      if (!this.consumeLiteral('U') || !this.consumeLiteral('+')) this.fail('bad unicode format ');
    } else {
      if (signed) this.accept(SIGN);
      if (verb === 0x76) [base, digits, haveDigits] = this.scanBasePrefix();
    }
    const tok = this.scanNumber(digits, haveDigits);
    const [v, st] = signed ? parseInt(tok, base, 64) : parseUint(tok, base, 64);
    if (st !== Status.OK) throw new ScanFailure(st === Status.Range ? Fail.Range : Fail.Syntax, signed ? 'ParseInt' : 'ParseUint', tok);
    if (bits < 64) {
      const b = BigInt(v);
      if ((signed ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b)) !== b) {
        this.fail((signed ? 'integer' : 'unsigned integer') + ' overflow on token ' + tok);
      }
    }
    return v;
  }

  /** Reads a rune that must be the literal c, without keeping it. */
  private consumeLiteral(c: string): boolean {
    const r = this.getRune();
    if (r === c.charCodeAt(0)) return true;
    if (r !== EOF) this.unreadRune();
    return false;
  }

  private floatToken(): string {
    this.buf = '';
    if (this.accept('nN') && this.accept('aA') && this.accept('nN')) return this.buf;
    this.accept(SIGN);
    if (this.accept('iI') && this.accept('nN') && this.accept('fF')) return this.buf;
    let digits = DECIMAL + '_';
    let exp = 'eEpP';
    if (this.accept('0') && this.accept('xX')) {
      digits = HEX + '_';
      exp = 'pP';
    }
    while (this.accept(digits));
    if (this.accept('.')) while (this.accept(digits));
    if (this.accept(exp)) {
      this.accept(SIGN);
      while (this.accept(DECIMAL + '_'));
    }
    return this.buf;
  }

  private convertFloat(str: string, bits: number): number {
    const p = str.indexOf('p');
    // A decimal mantissa with a binary exponent (1.5p3) is fmt's own syntax;
    // hexadecimal ones (0x1p-2) are strconv's.
    if (p >= 0 && !/[xX]/.test(str)) {
      const [f, st] = parseFloat(str.slice(0, p), bits);
      if (st !== Status.OK) throw new ScanFailure(st === Status.Range ? Fail.Range : Fail.Syntax, 'ParseFloat', str);
      const [m, st2] = parseInt(str.slice(p + 1), 10, 0);
      if (st2 !== Status.OK) throw new ScanFailure(st2 === Status.Range ? Fail.Range : Fail.Syntax, 'Atoi', str);
      return f * 2 ** Number(m);
    }
    const [f, st] = parseFloat(str, bits);
    if (st !== Status.OK) throw new ScanFailure(st === Status.Range ? Fail.Range : Fail.Syntax, 'ParseFloat', str);
    return f;
  }

  private scanFloat(verb: number, bits: number, checkVerb: boolean): number {
    if (checkVerb) this.okVerb(verb, 'beEfFgGv', bits === 32 ? 'float32' : 'float64');
    this.skipSpace();
    this.notEOF();
    const f = this.convertFloat(this.floatToken(), bits);
    return bits === 32 ? Math.fround(f) : f;
  }

  private quotedString(): string {
    this.notEOF();
    const quote = this.getRune();
    if (quote === 0x60) {
      for (;;) {
        const r = this.mustReadRune();
        if (r === quote) return this.buf;
        this.buf += encodeRune(r);
      }
    }
    if (quote !== 0x22) this.fail('expected quoted string');
    this.buf = '"';
    for (;;) {
      const r = this.mustReadRune();
      this.buf += encodeRune(r);
      // Only the character right after a backslash can itself be a quote or backslash.
      if (r === 0x5c) this.buf += encodeRune(this.mustReadRune());
      else if (r === 0x22) break;
    }
    const s = unquote(this.buf);
    if (s === null) throw new ScanFailure(Fail.Syntax, '', '');
    return s;
  }

  private hexString(): string {
    this.notEOF();
    for (;;) {
      const r1 = this.getRune();
      if (r1 === EOF) break;
      const v1 = hexValue(r1);
      if (v1 < 0) {
        this.unreadRune();
        break;
      }
      const v2 = hexValue(this.mustReadRune());
      if (v2 < 0) this.fail('illegal hex digit');
      this.buf += String.fromCharCode((v1 << 4) | v2);
    }
    if (this.buf.length === 0) this.fail('no hex data for %x string');
    return this.buf;
  }

  private convertString(verb: number): string {
    this.okVerb(verb, 'svqxX', 'string');
    this.skipSpace();
    this.notEOF();
    if (verb === 0x71) return this.quotedString();
    if (verb === 0x78 || verb === 0x58) return this.hexString();
    return this.token();
  }

  private scanComplex(verb: number, bits: number): [number, number] {
    this.okVerb(verb, 'beEfFgGv', 'complex');
    this.skipSpace();
    this.notEOF();
    const parens = this.accept('(');
    const re = this.floatToken();
    this.buf = '';
    if (!this.accept(SIGN)) this.fail('syntax error scanning complex number');
    const sign = this.buf;
    const im = this.floatToken();
    if (!this.accept('i')) this.fail('syntax error scanning complex number');
    if (parens && !this.accept(')')) this.fail('syntax error scanning complex number');
    return [this.convertFloat(re, bits / 2), this.convertFloat(sign + im, bits / 2)];
  }

  /** Scans one operand into what the pointer arg points at. */
  scanOne(verb: number, arg: Iface | null): void {
    this.buf = '';
    if (arg === null || arg.t.kind !== Kind.Pointer) this.fail('type not a pointer: ' + (arg === null ? '<nil>' : arg.t.str));
    const pt = arg.t;
    const t = pt.elem!;
    const ref = arg.v as Ref;
    const predeclared = t.pkgPath === '';
    switch (t.kind) {
      case Kind.Bool:
        return ref.set(this.scanBool(verb));
      case Kind.Int:
      case Kind.Int64:
        return ref.set(this.scanInteger(verb, 64, true));
      case Kind.Int8:
        return ref.set(this.scanInteger(verb, 8, true));
      case Kind.Int16:
        return ref.set(this.scanInteger(verb, 16, true));
      case Kind.Int32:
        return ref.set(this.scanInteger(verb, 32, true));
      case Kind.Uint:
      case Kind.Uint64:
      case Kind.Uintptr:
        return ref.set(this.scanInteger(verb, 64, false));
      case Kind.Uint8:
        return ref.set(this.scanInteger(verb, 8, false));
      case Kind.Uint16:
        return ref.set(this.scanInteger(verb, 16, false));
      case Kind.Uint32:
        return ref.set(this.scanInteger(verb, 32, false));
      case Kind.Float32:
        return ref.set(this.scanFloat(verb, 32, predeclared));
      case Kind.Float64:
        return ref.set(this.scanFloat(verb, 64, predeclared));
      case Kind.Complex64:
      case Kind.Complex128: {
        const bits = t.kind === Kind.Complex64 ? 64 : 128;
        const [re, im] = this.scanComplex(verb, bits);
        return ref.set(complexOf(re, im, bits));
      }
      case Kind.String:
        return ref.set(this.convertString(verb));
      case Kind.Slice:
        if (t.elem!.kind === Kind.Uint8) return ref.set(stringToBytes(this.convertString(verb)));
    }
    this.fail("can't scan type: " + pt.str);
  }

  /** Scan and Scanln: operands separated by space. */
  doScan(a: Slice | null): number {
    let n = 0;
    const len = a === null ? 0 : a.len;
    for (let i = 0; i < len; i++) {
      this.scanOne(0x76, a!.a[a!.off + i] as Iface | null);
      n++;
      this.scanned = n;
    }
    if (this.nlIsEnd) {
      for (;;) {
        const r = this.getRune();
        if (r === 0x0a || r === EOF) break;
        if (!isSpace(r)) this.fail('expected newline');
      }
    }
    return n;
  }

  /** Operands completed so far, for the count reported with an error. */
  scanned = 0;

  /**
   * Matches the format's literal text and spaces against the input; returns
   * the bytes of format consumed, or -1 when the input does not match.
   */
  private advance(format: string, start: number): number {
    let i = start;
    while (i < format.length) {
      let fc = decodeAt(format, i);
      let w = getLastWidth();
      if (isSpace(fc)) {
        // A newline in the format matches spaces and a newline (or the end);
        // other spaces match one or more spaces, or the end.
        let newlines = 0;
        let trailingSpace = false;
        while (isSpace(fc) && i < format.length) {
          if (fc === 0x0a) {
            newlines++;
            trailingSpace = false;
          } else trailingSpace = true;
          i += w;
          if (i < format.length) {
            fc = decodeAt(format, i);
            w = getLastWidth();
          }
        }
        for (let j = 0; j < newlines; j++) {
          let ic = this.getRune();
          while (isSpace(ic) && ic !== 0x0a) ic = this.getRune();
          if (ic !== 0x0a && ic !== EOF) this.fail('newline in format does not match input');
        }
        if (trailingSpace) {
          let ic = this.getRune();
          if (newlines === 0) {
            if (!isSpace(ic) && ic !== EOF) this.fail('expected space in input to match format');
            if (ic === 0x0a) this.fail('newline in input does not match format');
          }
          while (isSpace(ic) && ic !== 0x0a) ic = this.getRune();
          if (ic !== EOF) this.unreadRune();
        }
        continue;
      }
      if (fc === 0x25) {
        if (i + w === format.length) this.fail('missing verb: % at end of format string');
        // %% matches a percent sign; any other verb ends the literal text.
        if (format.charCodeAt(i + w) !== 0x25) return i - start;
        i += w;
      }
      const ic = this.mustReadRune();
      if (fc !== ic) {
        this.unreadRune();
        return -1;
      }
      i += w;
    }
    return i - start;
  }

  /** Scanf: operands as the format says. */
  doScanf(format: string, a: Slice | null): number {
    const numArgs = a === null ? 0 : a.len;
    let n = 0;
    const end = format.length - 1;
    for (let i = 0; i <= end; ) {
      const w = this.advance(format, i);
      if (w > 0) {
        i += w;
        continue;
      }
      if (format.charCodeAt(i) !== 0x25) {
        if (w < 0) this.fail('input does not match format');
        break;
      }
      i++;
      // A width limits how many runes the operand may take.
      let maxWid = 0;
      let widPresent = false;
      while (i < end && format.charCodeAt(i) >= 0x30 && format.charCodeAt(i) <= 0x39) {
        maxWid = maxWid * 10 + format.charCodeAt(i) - 0x30;
        widPresent = true;
        i++;
      }
      if (!widPresent) maxWid = HUGE;
      const c = decodeAt(format, i);
      const cw = getLastWidth();
      i += cw;
      if (c !== 0x63) this.skipSpace();
      if (c === 0x25) {
        this.skipSpace();
        this.notEOF();
        if (!this.accept('%')) this.fail('missing literal %');
        continue;
      }
      this.argLimit = Math.min(HUGE, this.count + maxWid);
      if (n >= numArgs) this.fail("too few operands for format '%" + format.slice(i - cw) + "'");
      this.scanOne(c, a!.a[a!.off + n] as Iface | null);
      n++;
      this.scanned = n;
      this.argLimit = HUGE;
    }
    if (n < numArgs) this.fail('too many operands');
    return n;
  }
}

function decodeAt(s: string, i: number): number {
  if (i >= s.length) return EOF;
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    decodeRune(s, i);
    return c;
  }
  return decodeRune(s, i);
}

function hexValue(r: number): number {
  if (r >= 0x30 && r <= 0x39) return r - 0x30;
  if (r >= 0x61 && r <= 0x66) return r - 0x61 + 10;
  if (r >= 0x41 && r <= 0x46) return r - 0x41 + 10;
  return -1;
}

function complexOf(re: number, im: number, bits: number): Complex {
  return bits === 64 ? new Complex(Math.fround(re), Math.fround(im)) : new Complex(re, im);
}

/**
 * Runs a scan over the input: [operands scanned, how it ended (0: well, or a
 * Fail), error text, the number text of a NumError, bytes put back at the end].
 */
function runScan(mode: ScanMode, input: string, end: InputEnd, format: string, a: Slice | null): [number, number, string, string, number] {
  const src = new Input(input, end);
  const s = new Scanner(src, mode);
  try {
    const n = mode === ScanMode.Format ? s.doScanf(format, a) : s.doScan(a);
    return [n, 0, '', '', input.length - src.pos];
  } catch (e) {
    if (!(e instanceof ScanFailure)) throw e;
    const unread = input.length - src.pos;
    // strconv.Unquote's plain ErrSyntax, not a *NumError.
    if (e.kind === Fail.Syntax && e.text === '') return [s.scanned, Fail.Text, 'invalid syntax', '', unread];
    return [s.scanned, e.kind, e.text, e.num, unread];
  }
}

export const scanNatives: Record<string, NativeImpl> = {
  'fmt.scan': {
    fn: (_h, [mode, input, end, format, a]) => runScan(mode as ScanMode, input as string, end as InputEnd, format as string, a as Slice | null),
  },
};
