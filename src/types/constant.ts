// Exact constant values, as the Go spec requires for constant expressions.
//
// spec: "Numeric constants represent exact values of arbitrary precision and do
// not overflow." Integers are bigints; floats are exact rationals (bigint
// numerator/denominator in lowest terms), so `1<<100 >> 98` and `0.1 + 0.2 == 0.3`
// come out as Go computes them. Values are immutable.

export type ConstValue = BoolVal | StringVal | IntVal | FloatVal | ComplexVal | UnknownVal;

export interface BoolVal {
  readonly kind: 'bool';
  readonly value: boolean;
}
/** A Go string constant held as bytes in a binary JS string (one char per byte). */
export interface StringVal {
  readonly kind: 'string';
  readonly value: string;
}
export interface IntVal {
  readonly kind: 'int';
  readonly value: bigint;
}
/** An exact rational num/den, den > 0, in lowest terms. */
export interface FloatVal {
  readonly kind: 'float';
  readonly num: bigint;
  readonly den: bigint;
}
export interface ComplexVal {
  readonly kind: 'complex';
  readonly re: FloatVal;
  readonly im: FloatVal;
  /** Made from a real number by conversion: messages show it as that number (go build does). */
  readonly fromReal?: boolean;
}
/** The value of an erroneous constant expression: silences follow-on errors. */
export interface UnknownVal {
  readonly kind: 'unknown';
}

export const unknown: UnknownVal = { kind: 'unknown' };

export function makeBool(b: boolean): BoolVal {
  return { kind: 'bool', value: b };
}
export function makeString(s: string): StringVal {
  return { kind: 'string', value: s };
}
export function makeInt(v: bigint | number): IntVal {
  return { kind: 'int', value: BigInt(v) };
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function makeRat(num: bigint, den: bigint): FloatVal {
  if (den === 0n) throw new Error('division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  if (g > 1n) {
    num /= g;
    den /= g;
  }
  return { kind: 'float', num, den };
}

/** The exact rational value of a float64 (every finite double is a dyadic rational). */
export function makeFloat64(f: number): FloatVal | UnknownVal {
  if (!Number.isFinite(f)) return unknown;
  if (Number.isInteger(f)) return makeRat(BigInt(f), 1n);
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, f);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return e >= 0 ? makeRat(sign * (mant << BigInt(e)), 1n) : makeRat(sign * mant, 1n << BigInt(-e));
}

export function makeComplex(re: FloatVal, im: FloatVal): ComplexVal {
  return { kind: 'complex', re, im };
}

export function toFloat(v: ConstValue): FloatVal | UnknownVal {
  switch (v.kind) {
    case 'int':
      return makeRat(v.value, 1n);
    case 'float':
      return v;
    case 'complex':
      return isZeroRat(v.im) ? v.re : unknown;
    default:
      return unknown;
  }
}

export function toComplex(v: ConstValue): ComplexVal | UnknownVal {
  switch (v.kind) {
    case 'int':
    case 'float': {
      const f = toFloat(v) as FloatVal;
      return { kind: 'complex', re: f, im: ZERO, fromReal: true };
    }
    case 'complex':
      return v;
    default:
      return unknown;
  }
}

/** The integer value of v if it is exactly an integer (int, integral float, real complex). */
export function toInt(v: ConstValue): IntVal | UnknownVal {
  switch (v.kind) {
    case 'int':
      return v;
    case 'float':
      return v.den === 1n ? makeInt(v.num) : unknown;
    case 'complex':
      return isZeroRat(v.im) ? toInt(v.re) : unknown;
    default:
      return unknown;
  }
}

const ZERO: FloatVal = { kind: 'float', num: 0n, den: 1n };

function isZeroRat(f: FloatVal): boolean {
  return f.num === 0n;
}

export function sign(v: ConstValue): number {
  switch (v.kind) {
    case 'int':
      return v.value < 0n ? -1 : v.value > 0n ? 1 : 0;
    case 'float':
      return v.num < 0n ? -1 : v.num > 0n ? 1 : 0;
    case 'complex':
      return sign(v.re) || sign(v.im);
    default:
      return 0;
  }
}

// ---- conversion to machine values ------------------------------------------

/** Rounds num/den to the nearest float64 (ties to even), as Go's constant conversion does. */
export function ratToFloat64(num: bigint, den: bigint): number {
  return ratToFloat(num, den, 53, -1022);
}

/** Rounds num/den to the nearest float32 (ties to even), once: no double rounding through float64. */
export function ratToFloat32(num: bigint, den: bigint): number {
  const f = ratToFloat(num, den, 24, -126);
  // Past the largest float32 the value would round to infinity.
  return Math.abs(f) > 3.4028234663852886e38 ? (f < 0 ? -Infinity : Infinity) : f;
}

/** Rounds num/den to `precision` significant bits, normal exponents from minExp (denormals below). */
function ratToFloat(num: bigint, den: bigint, precision: number, minExp: number): number {
  if (num === 0n) return 0;
  const neg = num < 0n;
  if (neg) num = -num;
  // Choose a shift so the quotient has 54..55 significant bits, then round once.
  const nb = num.toString(2).length;
  const db = den.toString(2).length;
  let shift = 54 - (nb - db);
  let q: bigint;
  let r: bigint;
  for (;;) {
    const n2 = shift >= 0 ? num << BigInt(shift) : num;
    const d2 = shift >= 0 ? den : den << BigInt(-shift);
    q = n2 / d2;
    r = n2 % d2;
    if (q >= 1n << 54n) break;
    shift++;
  }
  // q has 55 bits (or 54); exponent of q's lowest bit is -shift.
  let exp = -shift;
  const qbits = q.toString(2).length;
  // Denormals: limit precision so the lowest kept bit is at 2^(minExp-precision+1).
  let keep = precision;
  const topExp = exp + qbits - 1;
  if (topExp < minExp) keep = Math.max(0, precision - (minExp - topExp));
  const drop = qbits - keep;
  let mant: bigint;
  if (drop > 0) {
    const half = 1n << BigInt(drop - 1);
    const rem = q & ((1n << BigInt(drop)) - 1n);
    mant = q >> BigInt(drop);
    const sticky = r !== 0n;
    if (rem > half || (rem === half && (sticky || (mant & 1n) === 1n))) mant += 1n;
    exp += drop;
  } else {
    mant = q;
  }
  let result = Number(mant) * Math.pow(2, exp);
  if (!Number.isFinite(result) && exp < 1024) {
    // Number(mant) * 2^exp can overflow in the multiplication only; scale in two steps.
    result = Number(mant) * Math.pow(2, exp - 100) * Math.pow(2, 100);
  }
  if (exp < -1000) result = Number(mant) * Math.pow(2, exp + 200) * Math.pow(2, -200);
  return neg ? -result : result;
}

export function float64Val(v: ConstValue): number {
  switch (v.kind) {
    case 'int':
      return Number(v.value);
    case 'float':
      if (v.den === 1n) return ratToFloat64(v.num, 1n);
      return ratToFloat64(v.num, v.den);
    case 'complex':
      return float64Val(v.re);
    default:
      return NaN;
  }
}

export function float32Val(v: ConstValue): number {
  switch (v.kind) {
    case 'int':
      return ratToFloat32(v.value, 1n);
    case 'float':
      return ratToFloat32(v.num, v.den);
    case 'complex':
      return float32Val(v.re);
    default:
      return NaN;
  }
}

// ---- arithmetic ------------------------------------------------------------

function ratAdd(a: FloatVal, b: FloatVal): FloatVal {
  return makeRat(a.num * b.den + b.num * a.den, a.den * b.den);
}
function ratSub(a: FloatVal, b: FloatVal): FloatVal {
  return makeRat(a.num * b.den - b.num * a.den, a.den * b.den);
}
function ratMul(a: FloatVal, b: FloatVal): FloatVal {
  return makeRat(a.num * b.num, a.den * b.den);
}
function ratQuo(a: FloatVal, b: FloatVal): FloatVal {
  return makeRat(a.num * b.den, a.den * b.num);
}
function ratCmp(a: FloatVal, b: FloatVal): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Brings two numeric constants to the same kind (int < float < complex). */
function match(x: ConstValue, y: ConstValue): [ConstValue, ConstValue] {
  const rank = (v: ConstValue) => (v.kind === 'int' ? 1 : v.kind === 'float' ? 2 : v.kind === 'complex' ? 3 : 0);
  const rx = rank(x);
  const ry = rank(y);
  if (rx === ry || rx === 0 || ry === 0) return [x, y];
  const r = Math.max(rx, ry);
  const to = (v: ConstValue) => (r === 2 ? toFloat(v) : toComplex(v));
  return [to(x), to(y)];
}

export type ConstOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||';

/**
 * x op y. Integer division truncates when both operands are integers and `intDiv`
 * is set (typed or untyped integer constants); otherwise `/` is exact.
 */
export function binaryOp(x: ConstValue, op: ConstOp, y: ConstValue, intDiv: boolean): ConstValue {
  [x, y] = match(x, y);
  if (x.kind === 'unknown' || y.kind === 'unknown') return unknown;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return makeBool(x.value && y.value);
    if (op === '||') return makeBool(x.value || y.value);
    return unknown;
  }
  if (x.kind === 'string' && y.kind === 'string') {
    return op === '+' ? makeString(x.value + y.value) : unknown;
  }
  if (x.kind === 'int' && y.kind === 'int') {
    const a = x.value;
    const b = y.value;
    switch (op) {
      case '+':
        return makeInt(a + b);
      case '-':
        return makeInt(a - b);
      case '*':
        return makeInt(a * b);
      case '/':
        if (intDiv) return makeInt(a / b);
        return makeRat(a, b);
      case '%':
        return makeInt(a % b);
      case '&':
        return makeInt(a & b);
      case '|':
        return makeInt(a | b);
      case '^':
        return makeInt(a ^ b);
      case '&^':
        return makeInt(a & ~b);
      default:
        return unknown;
    }
  }
  if (x.kind === 'float' && y.kind === 'float') {
    switch (op) {
      case '+':
        return ratAdd(x, y);
      case '-':
        return ratSub(x, y);
      case '*':
        return ratMul(x, y);
      case '/':
        return ratQuo(x, y);
      default:
        return unknown;
    }
  }
  if (x.kind === 'complex' && y.kind === 'complex') {
    const { re: a, im: b } = x;
    const { re: c, im: d } = y;
    switch (op) {
      case '+':
        return makeComplex(ratAdd(a, c), ratAdd(b, d));
      case '-':
        return makeComplex(ratSub(a, c), ratSub(b, d));
      case '*':
        return makeComplex(ratSub(ratMul(a, c), ratMul(b, d)), ratAdd(ratMul(b, c), ratMul(a, d)));
      case '/': {
        const den = ratAdd(ratMul(c, c), ratMul(d, d));
        const re = ratAdd(ratMul(a, c), ratMul(b, d));
        const im = ratSub(ratMul(b, c), ratMul(a, d));
        return makeComplex(ratQuo(re, den), ratQuo(im, den));
      }
      default:
        return unknown;
    }
  }
  return unknown;
}

export function shift(x: ConstValue, op: '<<' | '>>', s: number): ConstValue {
  const i = toInt(x);
  if (i.kind !== 'int') return unknown;
  return op === '<<' ? makeInt(i.value << BigInt(s)) : makeInt(i.value >> BigInt(s));
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export function compare(x: ConstValue, op: CompareOp, y: ConstValue): boolean {
  [x, y] = match(x, y);
  let c: number;
  if (x.kind === 'bool' && y.kind === 'bool') {
    c = x.value === y.value ? 0 : 1;
    if (op === '==') return c === 0;
    if (op === '!=') return c !== 0;
    return false;
  }
  if (x.kind === 'string' && y.kind === 'string') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'int' && y.kind === 'int') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'float' && y.kind === 'float') c = ratCmp(x, y);
  else if (x.kind === 'complex' && y.kind === 'complex') {
    const eq = ratCmp(x.re, y.re) === 0 && ratCmp(x.im, y.im) === 0;
    return op === '==' ? eq : op === '!=' ? !eq : false;
  } else return false;
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

export function unaryOp(op: '+' | '-' | '^' | '!', x: ConstValue, unsignedBits = 0): ConstValue {
  switch (x.kind) {
    case 'bool':
      return op === '!' ? makeBool(!x.value) : unknown;
    case 'int':
      if (op === '+') return x;
      if (op === '-') return makeInt(-x.value);
      if (op === '^') {
        // For unsigned types ^x flips exactly the type's bits.
        if (unsignedBits > 0) return makeInt(x.value ^ ((1n << BigInt(unsignedBits)) - 1n));
        return makeInt(~x.value);
      }
      return unknown;
    case 'float':
      if (op === '+') return x;
      if (op === '-') return makeRat(-x.num, x.den);
      return unknown;
    case 'complex':
      if (op === '+') return x;
      if (op === '-') return makeComplex(makeRat(-x.re.num, x.re.den), makeRat(-x.im.num, x.im.den));
      return unknown;
    default:
      return unknown;
  }
}

// ---- literals ----------------------------------------------------------------

/** Parses a Go integer literal (decimal, 0x, 0o, 0b, legacy octal, with underscores). */
export function parseIntLit(text: string): IntVal | UnknownVal {
  const t = text.replace(/_/g, '').toLowerCase();
  try {
    if (/^0[0-7]+$/.test(t)) return makeInt(BigInt('0o' + t.slice(1)));
    if (t.startsWith('0o') || t.startsWith('0x') || t.startsWith('0b')) return makeInt(BigInt(t));
    return makeInt(BigInt(t));
  } catch {
    return unknown;
  }
}

/** Parses a Go floating-point literal exactly (decimal or hexadecimal with p exponent). */
export function parseFloatLit(text: string): FloatVal | UnknownVal {
  const t = text.replace(/_/g, '').toLowerCase();
  if (t.startsWith('0x')) {
    const m = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?\d+)$/.exec(t);
    if (!m) return unknown;
    const intPart = m[1] || '0';
    const frac = m[2] || '';
    const mant = BigInt('0x' + (intPart + frac || '0'));
    const exp = Number(m[3]) - 4 * frac.length;
    return exp >= 0 ? makeRat(mant << BigInt(exp), 1n) : makeRat(mant, 1n << BigInt(-exp));
  }
  const m = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(t);
  if (!m) return unknown;
  const intPart = m[1] || '0';
  const frac = m[2] || '';
  const digits = BigInt((intPart + frac).replace(/^0+(?=\d)/, '') || '0');
  const exp = Number(m[3] || '0') - frac.length;
  if (Math.abs(exp) > 100000) return unknown;
  return exp >= 0 ? makeRat(digits * 10n ** BigInt(exp), 1n) : makeRat(digits, 10n ** BigInt(-exp));
}

// ---- printing --------------------------------------------------------------

/** A constant as go/types shows it in messages (`300`, `1.5`, `"hi"`, `true`, `(0 + 1i)`). */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'string':
      return quoteBytes(v.value);
    case 'int':
      return v.value.toString();
    case 'float':
      return floatString(v);
    case 'complex':
      if (v.fromReal) return floatString(v.re);
      return `(${floatString(v.re)} + ${floatString(v.im)}i)`;
    default:
      return 'unknown';
  }
}

/**
 * A float constant as Go shows it in messages: six significant digits
 * (`1e+20`, `3.40282e+38`, `0.1`); beyond the float64 range, the decimal
 * exponent is computed from the exact value (`1e+646456`).
 */
function floatString(v: FloatVal): string {
  const f = float64Val(v);
  if (Number.isFinite(f) && (f !== 0) === (v.num !== 0n)) return formatG6(f);
  const num = v.num < 0n ? -v.num : v.num;
  let e = num.toString().length - v.den.toString().length;
  const scaled = e >= 0 ? (num * 10n ** 20n) / (v.den * 10n ** BigInt(e)) : (num * 10n ** BigInt(20 - e)) / v.den;
  let m = Number(scaled) / 1e20;
  while (m >= 10) {
    m /= 10;
    e++;
  }
  while (m < 1 - 0.5e-6) {
    m *= 10;
    e--;
  }
  return `${v.num < 0n ? '-' : ''}${formatG6(m)}e${e >= 0 ? '+' : ''}${e}`;
}

/** Go's %.6g. */
function formatG6(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const trim = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  const [mant, expStr] = f.toExponential(5).split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= 6) return `${trim(mant)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return trim(f.toFixed(5 - exp));
}

/** Quotes a byte string the way strconv.Quote does for valid UTF-8 (approximation for messages). */
function quoteBytes(bin: string): string {
  const text = Buffer.from(bin, 'latin1').toString('utf8');
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}
