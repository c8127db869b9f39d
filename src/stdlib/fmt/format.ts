// The flags, width and precision of one verb, and the padding, integer, float
// and string formatting they control: the layer of fmt below the verbs.
//
// Output is a Go byte string (one JS char per byte, vm/value.ts); widths count
// runes, as Go's do.

import type { Int } from '../../vm/int64';
import { countRunes, decodeRune, encodeRune, getLastWidth } from '../../vm/strings';
import { formatFloat } from '../strconv/ftoa';
import { canBackquote, isPrint, quote, quoteRuneWith, quoteToASCII } from '../strconv/quote';

const lowerHex = '0123456789abcdef';
const upperHex = '0123456789ABCDEF';
const RUNE_ERROR = 0xfffd;

export class Fmt {
  /** The text printed so far. */
  buf = '';

  plus = false;
  minus = false;
  sharp = false;
  space = false;
  zero = false;
  /** %+v: print struct field names. */
  plusV = false;
  /** %#v: print values as Go syntax. */
  sharpV = false;
  widPresent = false;
  precPresent = false;
  /**
   * Width and precision keep their last values when cleared, as Go's do: a
   * Formatter can observe a stale value through State.Width/Precision.
   */
  wid = 0;
  prec = 0;

  clearFlags(): void {
    this.plus = this.minus = this.sharp = this.space = this.zero = false;
    this.plusV = this.sharpV = false;
    this.widPresent = this.precPresent = false;
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero ? '0' : ' ').repeat(n);
  }

  /** Writes s padded to the width, on the left unless the minus flag is set. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const n = this.wid - countRunes(s);
    if (this.minus) {
      this.buf += s;
      this.writePadding(n);
    } else {
      this.writePadding(n);
      this.buf += s;
    }
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** An integer in the given base, with sign, precision (minimum digits), zero padding and prefixes. */
  fmtInteger(u: Int, base: number, isSigned: boolean, verb: number, upper: boolean): void {
    // Plain %d and %v: no flags, width or precision to apply.
    if (base === 10 && !this.widPresent && !this.precPresent && !this.plus && !this.space) {
      this.buf += String(u);
      return;
    }
    const negative = isSigned && u < 0;
    let digits = (negative ? (typeof u === 'bigint' ? -u : -(u as number)) : u).toString(base);
    if (upper && base === 16) digits = digits.toUpperCase();
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      // %.0d of zero prints nothing but the padding.
      if (prec === 0 && u == 0) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      // Zero padding to the width works like a precision, leaving room for a sign.
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
    if (this.sharp) {
      if (base === 2) digits = '0b' + digits;
      else if (base === 8 && digits[0] !== '0') digits = '0' + digits;
      else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
    }
    if (verb === 0x4f) digits = '0o' + digits;
    if (negative) digits = '-' + digits;
    else if (this.plus) digits = '+' + digits;
    else if (this.space) digits = ' ' + digits;
    // Zero padding, if any, was done above: pad the rest with spaces.
    const oldZero = this.zero;
    this.zero = false;
    this.pad(digits);
    this.zero = oldZero;
  }

  /** %U: U+0041, or with # U+0041 'A' for printable runes. */
  fmtUnicode(u: Int): void {
    let v = typeof u === 'bigint' || u < 0 ? BigInt.asUintN(64, BigInt(u)) : u;
    let s = v.toString(16).toUpperCase();
    const prec = this.precPresent && this.prec > 4 ? this.prec : 4;
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    s = 'U+' + s;
    if (typeof v === 'bigint') v = Number.MAX_SAFE_INTEGER;
    if (this.sharp && v <= 0x10ffff && isPrint(v)) s += " '" + encodeRune(v) + "'";
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** %c: the rune's UTF-8 encoding; values past MaxRune print U+FFFD. */
  fmtC(c: Int): void {
    this.pad(encodeRune(runeOf(c)));
  }

  /** %q of an integer: a quoted rune literal. */
  fmtQc(c: Int): void {
    this.pad(quoteRuneWith(runeOf(c), this.plus, false));
  }

  /** s cut to the precision, counted in runes. */
  truncateString(s: string): string {
    if (!this.precPresent) return s;
    let n = this.prec;
    for (let i = 0; i < s.length; ) {
      if (--n < 0) return s.slice(0, i);
      const c = s.charCodeAt(i);
      if (c < 0x80) i++;
      else {
        decodeRune(s, i);
        i += getLastWidth();
      }
    }
    return s;
  }

  fmtS(s: string): void {
    this.pad(this.truncateString(s));
  }

  /** %x/%X of a string or byte slice: hex pairs, with # a 0x prefix, with space separated. */
  fmtSbx(s: string, upper: boolean): void {
    const digits = upper ? upperHex : lowerHex;
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    const prefix = upper ? '0X' : '0x';
    let out = this.sharp ? prefix : '';
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) out += this.sharp ? ' ' + prefix : ' ';
      const c = s.charCodeAt(i);
      out += digits[c >> 4] + digits[c & 15];
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  /** %q of a string: a quoted literal; # prefers backquotes, + escapes non-ASCII. */
  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) {
      this.pad('`' + s + '`');
      return;
    }
    this.pad(this.plus ? quoteToASCII(s) : quote(s));
  }

  /**
   * A float with strconv's formatting for the verb (e, E, f, g, G, b, x, X)
   * and precision (-1: shortest), then fmt's sign, # and padding rules.
   */
  fmtFloat(v: number, size: number, verb: number, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, size);
    if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    // Infinities and NaN are not numbers to pad with zeros.
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 0x62) num = this.sharpFloat(num, verb, prec);
    if (this.plus || num[0] !== '+') {
      // Zero padding goes between the sign and the digits.
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  /**
   * The # flag on floats: always a decimal point, and for %g/%x (and %v)
   * trailing zeros up to the precision (6 when none is given).
   */
  private sharpFloat(num: string, verb: number, prec: number): string {
    let digits = 0;
    if (verb === 0x76 || verb === 0x67 || verb === 0x47 || verb === 0x78) digits = prec === -1 ? 6 : prec;
    let tail = '';
    let hasPoint = false;
    let sawNonzero = false;
    for (let i = 1; i < num.length; i++) {
      const c = num[i];
      if (c === '.') {
        hasPoint = true;
        continue;
      }
      if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 0x78 && verb !== 0x58)) {
        tail = num.slice(i);
        num = num.slice(0, i);
        break;
      }
      if (c !== '0') sawNonzero = true;
      if (sawNonzero) digits--;
    }
    if (!hasPoint) {
      // A lone 0 counts as a significant digit.
      if (num.length === 2 && num[1] === '0') digits--;
      num += '.';
    }
    if (digits > 0) num += '0'.repeat(digits);
    return num + tail;
  }
}

/** The rune an integer value stands for in %c and %q: U+FFFD when out of range. */
function runeOf(c: Int): number {
  if (typeof c === 'bigint' || c < 0 || c > 0x10ffff) return RUNE_ERROR;
  return c;
}
