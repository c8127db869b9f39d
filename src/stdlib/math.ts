// Native parts of package math: every function, with Go's special cases and,
// where Go's algorithm rounds differently from JS's Math, Go's algorithm
// (math_exp.ts, math_trig.ts, math_special.ts). Sqrt, Floor, Ceil, Trunc,
// Mod, Hypot, Expm1 and Log1p agree with JS's Math bit for bit.

import type { NativeImpl } from '../vm/native';
import { norm } from '../vm/int64';
import { acosh, asinh, atanh, cbrt, cosh, exp, exp2, frexp, ldexp, log, log10, log2, modf, pow, sinh, tanh } from './math_exp';
import { acos, asin, atan, atan2, cos, sin, tan } from './math_trig';
import { erf, erfc, erfcinv, erfinv, gamma, jn, lgamma, yn } from './math_special';

const f64 = new DataView(new ArrayBuffer(8));

/** The bits Go's math.NaN() has; JS cannot keep a NaN's payload, so every NaN reads as this one. */
const NAN_BITS = 0x7ff8000000000001n;

export function float64bits(x: number): number | bigint {
  if (Number.isNaN(x)) return norm(NAN_BITS);
  f64.setFloat64(0, x);
  return norm(f64.getBigUint64(0));
}

export function float64frombits(b: number | bigint): number {
  f64.setBigUint64(0, BigInt.asUintN(64, BigInt(b)));
  return f64.getFloat64(0);
}

export function float32bits(x: number): number {
  if (Number.isNaN(x)) return 0x7fc00000;
  f64.setFloat32(0, x);
  return f64.getUint32(0);
}

export function float32frombits(b: number): number {
  f64.setUint32(0, b >>> 0);
  return f64.getFloat32(0);
}

const signbit = (x: number): boolean => x < 0 || Object.is(x, -0);
const copysign = (f: number, sign: number): number => (signbit(sign) ? -Math.abs(f) : Math.abs(f));

/** Round half away from zero. */
function round(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

function roundToEven(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  return d > 0.5 || (d === 0.5 && t % 2 !== 0) ? t + Math.sign(x) : t;
}

function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

/** IEEE 754 remainder: x − n·y for the integer n nearest x/y (ties to even); exact. */
function remainder(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  y = Math.abs(y);
  if (x === y) return sign ? -0 : 0;
  if (y <= Number.MAX_VALUE / 2) x = x % (y + y); // now x < 2y
  if (y < 4.45014771701440276618e-308) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const half = 0.5 * y;
    if (x > half) {
      x -= y;
      if (x >= half) x -= y;
    }
  }
  return sign ? -x : x;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(float64frombits(1), y);
  f64.setFloat64(0, x);
  const b = f64.getBigUint64(0);
  f64.setBigUint64(0, y > x === x > 0 ? b + 1n : b - 1n);
  return f64.getFloat64(0);
}

function nextafter32(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(float32frombits(1), y);
  const b = float32bits(x);
  return float32frombits(y > x === x > 0 ? b + 1 : b - 1);
}

/** x·y + z rounded once, in exact integer arithmetic. */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0) return x * y + z;
  if (z === 0) return x * y;
  const parts = (v: number): [bigint, number] => {
    f64.setFloat64(0, v);
    const b = f64.getBigUint64(0);
    const e = Number((b >> 52n) & 0x7ffn);
    let m = b & ((1n << 52n) - 1n);
    if (e !== 0) m |= 1n << 52n;
    return [b >> 63n ? -m : m, (e === 0 ? 1 : e) - 1075];
  };
  const [mx, ex] = parts(x);
  const [my, ey] = parts(y);
  const [mz, ez] = parts(z);
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  let sum = ((mx * my) << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (sum === 0n) return x * y + z; // exact cancellation: the sign IEEE gives
  const neg = sum < 0n;
  if (neg) sum = -sum;
  // Keep 56 significant bits and a sticky bit, so converting rounds exactly once.
  const len = sum.toString(2).length;
  let shift = 0;
  if (len > 56) {
    shift = len - 56;
    const sticky = (sum & ((1n << BigInt(shift)) - 1n)) !== 0n;
    sum = (sum >> BigInt(shift)) | (sticky ? 1n : 0n);
  }
  const r = ldexp(Number(sum), e + shift);
  return neg ? -r : r;
}

function pow10(n: number): number {
  if (n >= 0 && n <= 308) return Number(`1e${32 * Math.floor(n / 32)}`) * Number(`1e${n % 32}`);
  if (n < 0 && n >= -323) return Number(`1e-${32 * Math.floor(-n / 32)}`) / Number(`1e${-n % 32}`);
  return n > 0 ? Infinity : 0;
}

function ilogb(x: number): number {
  if (x === 0) return -2147483648;
  if (Number.isNaN(x) || !Number.isFinite(x)) return 2147483647;
  return frexp(x)[1] - 1;
}

const num = (v: unknown): number => Number(v as number | bigint);
const f1 = (f: (x: number) => unknown): NativeImpl => ({ fn: (_h, [x]) => f(x as number) });
const f2 = (f: (x: number, y: number) => unknown): NativeImpl => ({ fn: (_h, [x, y]) => f(x as number, y as number) });

export const natives: Record<string, NativeImpl> = {
  'math.Abs': f1(Math.abs),
  'math.Acos': f1(acos),
  'math.Acosh': f1(acosh),
  'math.Asin': f1(asin),
  'math.Asinh': f1(asinh),
  'math.Atan': f1(atan),
  'math.Atan2': f2(atan2),
  'math.Atanh': f1(atanh),
  'math.Cbrt': f1(cbrt),
  'math.Ceil': f1(Math.ceil),
  'math.Copysign': f2(copysign),
  'math.Cos': f1(cos),
  'math.Cosh': f1(cosh),
  'math.Dim': f2((x, y) => {
    const v = x - y;
    return Number.isNaN(v) ? NaN : v <= 0 ? 0 : v;
  }),
  'math.Erf': f1(erf),
  'math.Erfc': f1(erfc),
  'math.Erfinv': f1(erfinv),
  'math.Erfcinv': f1(erfcinv),
  'math.Exp': f1(exp),
  'math.Exp2': f1(exp2),
  'math.Expm1': f1(Math.expm1),
  'math.FMA': { fn: (_h, [x, y, z]) => fma(x as number, y as number, z as number) },
  'math.Float32bits': f1(float32bits),
  'math.Float32frombits': f1(float32frombits),
  'math.Float64bits': f1(float64bits),
  'math.Float64frombits': { fn: (_h, [b]) => float64frombits(b as number | bigint) },
  'math.Floor': f1(Math.floor),
  'math.Frexp': f1(frexp),
  'math.Gamma': f1(gamma),
  'math.Hypot': f2((p, q) => (!Number.isFinite(p) && !Number.isNaN(p)) || (!Number.isFinite(q) && !Number.isNaN(q)) ? Infinity : Math.hypot(p, q)),
  'math.Ilogb': f1(ilogb),
  'math.Inf': { fn: (_h, [sign]) => (num(sign) >= 0 ? Infinity : -Infinity) },
  'math.IsInf': { fn: (_h, [f, sign]) => (num(sign) >= 0 && f === Infinity) || (num(sign) <= 0 && f === -Infinity) },
  'math.IsNaN': f1(Number.isNaN),
  'math.J0': f1((x) => jn(0, x)),
  'math.J1': f1((x) => jn(1, x)),
  'math.Jn': { fn: (_h, [n, x]) => jn(num(n), x as number) },
  'math.Ldexp': { fn: (_h, [frac, e]) => ldexp(frac as number, num(e)) },
  'math.Lgamma': f1(lgamma),
  'math.Log': f1(log),
  'math.Log10': f1(log10),
  'math.Log1p': f1(Math.log1p),
  'math.Log2': f1(log2),
  'math.Logb': f1((x) => (x === 0 ? -Infinity : Number.isNaN(x) ? x : !Number.isFinite(x) ? Infinity : ilogb(x))),
  'math.Max': f2(max),
  'math.Min': f2(min),
  'math.Mod': f2((x, y) => x % y),
  'math.Modf': f1(modf),
  'math.NaN': { fn: () => NaN },
  'math.Nextafter': f2(nextafter),
  'math.Nextafter32': f2(nextafter32),
  'math.Pow': f2(pow),
  'math.Pow10': { fn: (_h, [n]) => pow10(num(n)) },
  'math.Remainder': f2(remainder),
  'math.Round': f1(round),
  'math.RoundToEven': f1(roundToEven),
  'math.Signbit': f1(signbit),
  'math.Sin': f1(sin),
  'math.Sincos': f1((x) => [sin(x), cos(x)]),
  'math.Sinh': f1(sinh),
  'math.Sqrt': f1(Math.sqrt),
  'math.Tan': f1(tan),
  'math.Tanh': f1(tanh),
  'math.Trunc': f1(Math.trunc),
  'math.Y0': f1((x) => yn(0, x)),
  'math.Y1': f1((x) => yn(1, x)),
  'math.Yn': { fn: (_h, [n, x]) => yn(num(n), x as number) },
};
