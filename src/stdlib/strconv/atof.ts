// Parsing floating-point numbers: strconv.ParseFloat for bitSize 64 and 32.
//
// The syntax is Go's floating-point literal syntax (decimal or hexadecimal
// with a mandatory p exponent, underscores between digits) plus "inf",
// "infinity" and "nan" in any case. Decimal text is converted by the JS
// engine, which rounds correctly to float64; for float32 the one case where
// rounding twice differs from rounding once (a float64 result exactly halfway
// between two float32s) is settled exactly.

import { binaryOf } from './decimal';
import { Status, underscoreOK } from './atoi';

export type FloatResult = [number, Status];

function lower(c: number): number {
  return c | 0x20;
}

function isDigit(c: number, hex: boolean): boolean {
  return (c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66);
}

/** ±Inf or NaN spelled out, or null. */
function special(s: string): number | null {
  const l = s.toLowerCase();
  if (l === 'nan') return NaN;
  let body = l;
  let sign = 1;
  if (l[0] === '+' || l[0] === '-') {
    sign = l[0] === '-' ? -1 : 1;
    body = l.slice(1);
  }
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  return null;
}

/** The literal's parts, or null when it is not a well-formed number. */
interface Literal {
  neg: boolean;
  hex: boolean;
  /** Mantissa digits without the point or underscores. */
  mant: string;
  /** Digits after the point. */
  fracDigits: number;
  exp: number;
}

function scan(s: string): Literal | null {
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i++;
  }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 0x78) {
    hex = true;
    i += 2;
  }
  let mant = '';
  let fracDigits = 0;
  let sawDot = false;
  let sawDigits = false;
  let underscores = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) underscores = true;
    else if (c === 0x2e) {
      if (sawDot) break;
      sawDot = true;
    } else if (isDigit(c, hex)) {
      sawDigits = true;
      mant += s[i];
      if (sawDot) fracDigits++;
    } else break;
  }
  if (!sawDigits) return null;
  let exp = 0;
  let sawExp = false;
  if (i < s.length && lower(s.charCodeAt(i)) === (hex ? 0x70 : 0x65)) {
    i++;
    if (i >= s.length) return null;
    let esign = 1;
    if (s[i] === '+' || s[i] === '-') {
      esign = s[i] === '-' ? -1 : 1;
      i++;
    }
    if (i >= s.length || !isDigit(s.charCodeAt(i), false)) return null;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x5f) underscores = true;
      else if (isDigit(c, false)) {
        // Huge exponents only need to stay huge.
        if (exp < 100000) exp = exp * 10 + (c - 0x30);
      } else break;
    }
    exp *= esign;
    sawExp = true;
  }
  if (i !== s.length || (hex && !sawExp)) return null;
  if (underscores && !underscoreOK(s)) return null;
  return { neg, hex, mant, fracDigits, exp };
}

/** M × 2^E rounded half to even to a float with mantBits bits and the given least exponent. */
function roundBinary(M: bigint, E: number, mantBits: number, minExp: number): number {
  if (M === 0n) return 0;
  let shift = M.toString(2).length - mantBits;
  // Below the normal range the mantissa has fewer bits.
  if (E + shift < minExp) shift = minExp - E;
  if (shift > 0) {
    const b = BigInt(shift);
    let q = M >> b;
    const r = M & ((1n << b) - 1n);
    const half = 1n << (b - 1n);
    if (r > half || (r === half && (q & 1n) === 1n)) q++;
    M = q;
    E += shift;
  }
  // M has at most mantBits+1 bits, so the product is exact unless it overflows.
  if (E > 1023) return Number(M) * 2 ** 1023 * 2 ** (E - 1023);
  return Number(M) * 2 ** E;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The float32 next to the positive float32 f, toward or away from zero. */
function float32Neighbour(f: number, away: boolean): number {
  f32[0] = f;
  u32[0] += away ? 1 : -1;
  return f32[0];
}

/** Compares the exact value of the (unsigned) decimal literal with the positive double d. */
function compareExact(lit: Literal, d: number): number {
  const k = lit.exp - lit.fracDigits;
  const { mant, exp } = binaryOf(d);
  let left = BigInt(lit.mant);
  let right = BigInt(mant);
  if (k >= 0) left *= 10n ** BigInt(k);
  else right *= 10n ** BigInt(-k);
  if (exp >= 0) right <<= BigInt(exp);
  else left <<= BigInt(-exp);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The float32 nearest the unsigned literal, given d, the float64 nearest it. */
function toFloat32(lit: Literal, d: number): number {
  const f = Math.fround(d);
  if (f === d) return f;
  // Past MaxFloat32, fround's Infinity stands where 2^128 would be.
  const at = (v: number) => (v === Infinity ? 2 ** 128 : v);
  const other = float32Neighbour(f, d > at(f));
  // Only a float64 exactly halfway between two float32s hides which side the literal is on.
  if (d - at(f) !== -(d - at(other))) return f;
  const c = compareExact(lit, d);
  if (c === 0) return f;
  return c > 0 ? Math.max(f, other) : Math.min(f, other);
}

/** strconv.ParseFloat(s, bitSize). */
export function parseFloat(s: string, bitSize: number): FloatResult {
  const sp = special(s);
  if (sp !== null) return [sp, Status.OK];
  const lit = scan(s);
  if (lit === null) return [0, Status.Syntax];
  const is32 = bitSize === 32;
  let v: number;
  if (lit.hex) {
    const M = BigInt('0x' + lit.mant);
    v = roundBinary(M, lit.exp - 4 * lit.fracDigits, is32 ? 24 : 53, is32 ? -149 : -1074);
    if (is32 && v >= 2 ** 128) v = Infinity;
  } else {
    const text = lit.mant + 'e' + (lit.exp - lit.fracDigits);
    v = Number(text);
    if (is32) v = toFloat32(lit, v);
  }
  if (lit.neg) v = -v;
  return [v, Number.isFinite(v) ? Status.OK : Status.Range];
}
