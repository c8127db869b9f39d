// strconv.FormatFloat: a float64 (or a float32 value) as text in the formats
// 'b' (-ddddp±ddd), 'e'/'E' (-d.dddde±dd), 'f' (-ddd.dddd), 'g'/'G' (%e for
// large exponents, %f otherwise) and 'x'/'X' (-0x1.hhhhp±dd). fmt's float
// verbs use it too.
//
// A precision of -1 asks for the fewest digits that read back as the same
// value; otherwise digits are rounded half to even from the exact value.

import { Digits, ZERO, exponentialText, fixedDigits, fixedText, shortest32, shortest64, significantDigits } from './decimal';

const view = new DataView(new ArrayBuffer(8));

const C_b = 98;
const C_e = 101;
const C_E = 69;
const C_f = 102;
const C_g = 103;
const C_G = 71;
const C_x = 120;
const C_X = 88;

/** Go's exponent: a sign and at least two digits. */
function expText(exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  const a = exp < 0 ? -exp : exp;
  return a < 10 ? sign + '0' + a : sign + a;
}

/** %e from digits: d.ddd with prec digits after the point. */
function fmtE(sign: string, g: Digits, prec: number, e: string): string {
  const { d } = g;
  let s = sign + (d.length === 0 ? '0' : d[0]);
  if (prec > 0) {
    const frac = d.slice(1, prec + 1);
    s += '.' + frac + (frac.length < prec ? '0'.repeat(prec - frac.length) : '');
  }
  return s + e + expText(d.length === 0 ? 0 : g.dp - 1);
}

/** %f from digits: the integer part and prec digits after the point. */
function fmtF(sign: string, g: Digits, prec: number): string {
  const { d, dp } = g;
  let s = sign;
  if (dp > 0) s += d.length >= dp ? d.slice(0, dp) : d + '0'.repeat(dp - d.length);
  else s += '0';
  if (prec > 0) {
    let frac = dp >= 0 ? d.slice(dp, dp + prec) : '0'.repeat(Math.min(-dp, prec)) + d.slice(0, prec + dp);
    if (frac.length < prec) frac += '0'.repeat(prec - frac.length);
    s += '.' + frac;
  }
  return s;
}

/** %g: %e when the exponent is below -4 or at least the precision, else %f; no trailing zeros. */
function fmtG(sign: string, g: Digits, prec: number, shortest: boolean, e: string): string {
  const nd = g.d.length;
  let eprec = prec;
  if (eprec > nd && nd >= g.dp) eprec = nd;
  // Shortest output switches to %e at 1e+21 in JS; Go switches at 1e+06.
  if (shortest) eprec = 6;
  const exp = g.dp - 1;
  if (exp < -4 || exp >= eprec) return fmtE(sign, g, (prec > nd ? nd : prec) - 1, e);
  return fmtF(sign, g, Math.max((prec > g.dp ? nd : prec) - g.dp, 0));
}

/** 'b': the integer mantissa and binary exponent of the stored bits. */
function fmtB(sign: string, x: number, bitSize: number): string {
  let mant: number;
  let exp: number;
  if (bitSize === 32) {
    view.setFloat32(0, x);
    const bits = view.getUint32(0);
    const bexp = (bits >>> 23) & 0xff;
    mant = bits & 0x7fffff;
    exp = bexp === 0 ? -149 : bexp - 150;
    if (bexp !== 0) mant += 0x800000;
  } else {
    view.setFloat64(0, x);
    const hi = view.getUint32(0);
    const bexp = (hi >>> 20) & 0x7ff;
    mant = (hi & 0xfffff) * 4294967296 + view.getUint32(4);
    exp = bexp === 0 ? -1074 : bexp - 1075;
    if (bexp !== 0) mant += 4503599627370496;
  }
  return sign + mant + 'p' + (exp >= 0 ? '+' : '') + exp;
}

/** 'x'/'X': hexadecimal mantissa 1.hhh (or 0 for zero) and binary exponent. */
function fmtX(sign: string, x: number, prec: number, upper: boolean): string {
  // x = m / 2^52 × 2^exp with m in [2^52, 2^53): a leading 1 and 13 hex digits.
  let m = 0n;
  let exp = 0;
  if (x !== 0) {
    view.setFloat64(0, x);
    const hi = view.getUint32(0);
    const bexp = (hi >>> 20) & 0x7ff;
    m = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
    if (bexp === 0) {
      exp = -1022;
      while (m < 1n << 52n) {
        m <<= 1n;
        exp--;
      }
    } else {
      m |= 1n << 52n;
      exp = bexp - 1023;
    }
  }
  let fracDigits = 13;
  if (prec >= 0 && prec < 13) {
    const drop = BigInt(52 - 4 * prec);
    let q = m >> drop;
    const r = m & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    if (r > half || (r === half && (q & 1n) === 1n)) q++;
    // Rounding 1.fff up may give 2.000: renormalise.
    if (q >> BigInt(4 * prec) === 2n) {
      q >>= 1n;
      exp++;
    }
    m = q << drop;
    fracDigits = prec;
  }
  let hex = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, '0').slice(0, fracDigits);
  if (prec < 0) hex = hex.replace(/0+$/, '');
  else if (prec > hex.length) hex += '0'.repeat(prec - hex.length);
  let s = sign + '0x' + (m === 0n ? '0' : '1') + (hex.length > 0 ? '.' + hex : '') + 'p' + expText(exp);
  if (upper) s = s.toUpperCase();
  return s;
}

/** JS exponential text (1.5e+5) in Go's form (1.5e+05), with e or E. */
function goExponent(t: string, e: string): string {
  const i = t.indexOf('e');
  const digits = t.length - i - 2;
  return t.slice(0, i) + e + t[i + 1] + (digits === 1 ? '0' : '') + t.slice(i + 2);
}

/** strconv.FormatFloat(x, fmt, prec, bitSize), fmt given as its byte value. */
export function formatFloat(x: number, fmt: number, prec: number, bitSize: number): string {
  if (bitSize === 32) x = Math.fround(x);
  if (x !== x) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = neg ? -x : x;
  const sign = neg ? '-' : '';
  switch (fmt) {
    case C_b:
      return fmtB(sign, ax, bitSize);
    case C_x:
    case C_X:
      return fmtX(sign, ax, prec, fmt === C_X);
    case C_e:
    case C_E:
    case C_f:
    case C_g:
    case C_G:
      break;
    default:
      return '%' + String.fromCharCode(fmt);
  }
  const e = fmt === C_E || fmt === C_G ? 'E' : 'e';
  if (prec < 0) {
    // The most common case, %v of a float64: JS prints the same shortest
    // digits, in fixed notation over the range where Go does too.
    if (fmt === C_g && bitSize !== 32 && ax >= 1e-4 && ax < 1e6) return sign + String(ax);
    const g = ax === 0 ? ZERO : bitSize === 32 ? shortest32(ax) : shortest64(ax);
    const nd = g.d.length;
    if (fmt === C_f) return fmtF(sign, g, Math.max(nd - g.dp, 0));
    if (fmt === C_e || fmt === C_E) return fmtE(sign, g, Math.max(nd - 1, 0), e);
    return fmtG(sign, g, nd, true, e);
  }
  if (fmt === C_f) {
    const t = fixedText(ax, prec);
    return t !== null ? sign + t : fmtF(sign, fixedDigits(ax, prec), prec);
  }
  if (fmt === C_e || fmt === C_E) {
    const t = ax === 0 ? null : exponentialText(ax, prec);
    if (t !== null) return sign + goExponent(t, e);
    return fmtE(sign, ax === 0 ? ZERO : significantDigits(ax, prec + 1), prec, e);
  }
  if (prec === 0) prec = 1;
  return fmtG(sign, ax === 0 ? ZERO : significantDigits(ax, prec), prec, false, e);
}
