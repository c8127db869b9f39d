// Exact 64-bit integer arithmetic on the VM's representation: a number while the
// value is a safe integer, a bigint beyond (value.ts). Every operation wraps
// around as Go's int64 and uint64 do.
//
// The compiled code inlines the common case (both operands numbers, result
// safe) and calls these functions otherwise; each function also handles the
// common case so it can be called directly.

export type Int = number | bigint;

export const MAX_SAFE = 9007199254740991;
const MAX_SAFE_N = 9007199254740991n;
const TWO32 = 4294967296;

/** Brings a bigint back to a number when it is a safe integer. */
export function norm(b: bigint): Int {
  return b >= -MAX_SAFE_N && b <= MAX_SAFE_N ? Number(b) : b;
}

export function big(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

const wrapS = (b: bigint): Int => norm(BigInt.asIntN(64, b));
const wrapU = (b: bigint): Int => norm(BigInt.asUintN(64, b));

// ---- signed (int, int64) ---------------------------------------------------------

export function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return wrapS(big(a) + big(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return wrapS(big(a) - big(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return wrapS(big(a) * big(b));
}

/** Truncated division; the caller has checked b != 0. MinInt64 / -1 wraps to MinInt64. */
export function div(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return Math.trunc(a / b) + 0;
  return wrapS(big(a) / big(b));
}

export function rem(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return (a % b) + 0;
  return norm(big(a) % big(b));
}

export function neg(a: Int): Int {
  if (typeof a === 'number') return 0 - a;
  return wrapS(-a);
}

function hi(a: number): number {
  return Math.floor(a / TWO32);
}

export function and(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a & b;
    return (hi(a) & hi(b)) * TWO32 + ((a & b) >>> 0);
  }
  return norm(BigInt.asIntN(64, big(a)) & BigInt.asIntN(64, big(b)));
}

export function or(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a | b;
    return (hi(a) | hi(b)) * TWO32 + ((a | b) >>> 0);
  }
  return norm(BigInt.asIntN(64, big(a)) | BigInt.asIntN(64, big(b)));
}

export function xor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a ^ b;
    return (hi(a) ^ hi(b)) * TWO32 + ((a ^ b) >>> 0);
  }
  return norm(BigInt.asIntN(64, big(a)) ^ BigInt.asIntN(64, big(b)));
}

export function andNot(a: Int, b: Int): Int {
  return and(a, not(b));
}

export function not(a: Int): Int {
  if (typeof a === 'number') return -a - 1;
  return wrapS(~a);
}

const pow2: number[] = [];
for (let i = 0; i <= 64; i++) pow2.push(Math.pow(2, i));

/** a << s for a non-negative shift count (the caller panics on negative counts). */
export function shl(a: Int, s: Int): Int {
  if (typeof s === 'bigint' || s >= 64) return 0;
  if (typeof a === 'number') {
    const r = a * pow2[s];
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return wrapS(big(a) << BigInt(s));
}

/** Arithmetic a >> s. */
export function shr(a: Int, s: Int): Int {
  if (typeof s === 'bigint' || s >= 64) return a < 0 ? -1 : 0;
  if (typeof a === 'number') return Math.floor(a / pow2[s]) + 0;
  return norm(a >> BigInt(s));
}

// ---- unsigned (uint, uint64, uintptr) ------------------------------------------------

export function addU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapU(big(a) + big(b));
}

export function subU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return wrapU(big(a) - big(b));
}

export function mulU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapU(big(a) * big(b));
}

export function divU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b);
  return norm(big(a) / big(b));
}

export function remU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return norm(big(a) % big(b));
}

export function negU(a: Int): Int {
  if (a === 0) return 0;
  return wrapU(-big(a));
}

export function andU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a <= 0x7fffffff && b <= 0x7fffffff) return a & b;
    return (hi(a) & hi(b)) * TWO32 + ((a & b) >>> 0);
  }
  return norm(big(a) & big(b));
}

export function orU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a <= 0x7fffffff && b <= 0x7fffffff) return a | b;
    return (hi(a) | hi(b)) * TWO32 + ((a | b) >>> 0);
  }
  return norm(big(a) | big(b));
}

export function xorU(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a <= 0x7fffffff && b <= 0x7fffffff) return a ^ b;
    return (hi(a) ^ hi(b)) * TWO32 + ((a ^ b) >>> 0);
  }
  return norm(big(a) ^ big(b));
}

export function andNotU(a: Int, b: Int): Int {
  return andU(a, notU(b));
}

export function notU(a: Int): Int {
  return wrapU(~big(a));
}

export function shlU(a: Int, s: Int): Int {
  if (typeof s === 'bigint' || s >= 64) return 0;
  if (typeof a === 'number') {
    const r = a * pow2[s];
    if (r <= MAX_SAFE) return r;
  }
  return wrapU(big(a) << BigInt(s));
}

export function shrU(a: Int, s: Int): Int {
  if (typeof s === 'bigint' || s >= 64) return 0;
  if (typeof a === 'number') return Math.floor(a / pow2[s]);
  return norm(a >> BigInt(s));
}

// ---- conversions -------------------------------------------------------------------

/** Converts any Go integer value to the integer type of the given size and signedness. */
export function convInt(a: Int, bits: number, signed: boolean): Int {
  switch (bits) {
    case 8:
      if (typeof a === 'bigint') a = Number(BigInt.asIntN(32, a));
      return signed ? (a << 24) >> 24 : a & 0xff;
    case 16:
      if (typeof a === 'bigint') a = Number(BigInt.asIntN(32, a));
      return signed ? (a << 16) >> 16 : a & 0xffff;
    case 32:
      if (typeof a === 'bigint') a = Number(BigInt.asIntN(32, a));
      return signed ? a | 0 : a >>> 0;
    default:
      if (signed) {
        if (typeof a === 'number') return a;
        return wrapS(a);
      }
      if (typeof a === 'number' && a >= 0) return a;
      return wrapU(big(a));
  }
}

const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;

/** Converts a float to an integer type as Go on amd64 does (truncation; out of range is MinInt64's pattern). */
export function floatToInt(f: number, bits: number, signed: boolean): Int {
  if (Number.isNaN(f)) return signed ? (bits === 64 ? -9223372036854775808n : convInt(-9223372036854775808n, bits, true)) : bits === 64 ? 9223372036854775808n : 0;
  const t = Math.trunc(f);
  if (bits === 64) {
    if (signed) {
      if (t >= TWO63 || t < -TWO63) return -9223372036854775808n;
      return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
    }
    if (t < 0) return wrapU(BigInt.asIntN(64, BigInt(t >= -TWO63 ? t : -TWO63)));
    if (t >= TWO64) return 9223372036854775808n;
    return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
  }
  // Smaller types go through int64 (amd64 CVTTSD2SQ), then truncate.
  const i64 = t >= TWO63 || t < -TWO63 ? -9223372036854775808n : Number.isSafeInteger(t) ? t + 0 : BigInt(t);
  return convInt(i64, bits, signed);
}

/** An integer value as a float64 (int→float conversion): correctly rounded. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a + 0;
  return Number(a);
}

/** Parses a decimal integer string into the VM representation. */
export function fromString(s: string): Int {
  return norm(BigInt(s));
}
