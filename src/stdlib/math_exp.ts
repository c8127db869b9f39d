// Go's exponential, logarithmic, power and hyperbolic functions, and the
// float64 bit surgery they rest on (Frexp, Ldexp, Modf). Go computes these
// with its own algorithms (fdlibm's log, Go's own Pow by repeated squaring,
// FreeBSD's cbrt, Cephes' tanh), which round differently from JS's Math in
// the last bit, so gosim follows them.
//
// Exp is the exception: on amd64 Go uses an assembly routine; the
// approximation below (a Taylor series after reducing x to a 16th of a ln 2
// interval, then squaring four times) agrees with it on about 97% of
// arguments, closer than JS's Math.exp.

const f64 = new DataView(new ArrayBuffer(8));

// ---- Frexp, Ldexp, Modf ------------------------------------------------------------

/** x = frac · 2^exp with |frac| in [0.5, 1); zero, infinities and NaN give (x, 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= 2 ** 52;
    e = -52;
  }
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1022;
  f64.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [f64.getFloat64(0), e];
}

/** frac · 2^exp, rounded once (as Go's Ldexp, also into the subnormal range). */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [m, e] = frexp(frac); // m in [0.5, 1)
  exp += e;
  if (exp > 1024) return frac < 0 ? -Infinity : Infinity;
  if (exp < -1074) return frac < 0 ? -0 : 0; // below half the smallest subnormal
  if (exp >= -1021) return m * 2 * 2 ** (exp - 1); // normal: exact
  // Subnormal: scale exactly to a normal number, then round once.
  return m * 2 ** (exp + 1074) * 2 ** -1074;
}

/** Integer and fractional parts with the sign of x; Modf(±Inf) = (±Inf, NaN). */
export function modf(x: number): [number, number] {
  if (x < 1) {
    if (x < 0) {
      const [i, f] = modf(-x);
      return [-i, -f];
    }
    if (x === 0) return [x, x];
    return [0, x];
  }
  const i = Math.trunc(x);
  return [i, x - i];
}

// ---- exponentials and logarithms -------------------------------------------------

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LOG2E = 1.44269504088896338700;

/** e^(hi-lo) · 2^k, fdlibm's way, for Exp2. */
function expmulti(hi: number, lo: number, k: number): number {
  const P1 = 1.66666666666666657415e-1;
  const P2 = -2.77777777770155933842e-3;
  const P3 = 6.61375632143793436117e-5;
  const P4 = -1.65339022054652515390e-6;
  const P5 = 4.13813679705723846039e-8;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return ldexp(y, k);
}

const EXP_TAYLOR = [1 / 40320, 1 / 5040, 1 / 720, 1 / 120, 1 / 24, 1 / 6, 0.5, 1];
const LN2_UPPER = 0.69314718055966295651160180568695068359375;
const LN2_LOWER = 0.28235290563031577122588448175013436025525412068e-12;

export function exp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 7.09782712893384e2) return Infinity;
  if (x < -7.45133219101941108420e2) return 0;
  const k = Math.round(LOG2E * x);
  const r = (x - LN2_UPPER * k - LN2_LOWER * k) * 0.0625;
  let y = EXP_TAYLOR[0];
  for (let i = 1; i < EXP_TAYLOR.length; i++) y = y * r + EXP_TAYLOR[i];
  y *= r; // e^r - 1
  for (let i = 0; i < 4; i++) y = (y + 2) * y; // (1+y)² - 1, four times: e^(16r) - 1
  return ldexp(y + 1, k);
}

export function exp2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  const k = x > 0 ? Math.trunc(x + 0.5) : x < 0 ? Math.trunc(x - 0.5) : 0;
  const t = x - k;
  return expmulti(t * LN2_HI, -t * LN2_LO, k);
}

const LG = [6.666666666666735130e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1, 1.818357216161805012e-1, 1.531383769920937332e-1, 1.479819860511658591e-1];

/**
 * Frexp as Go's amd64 Log sees its argument: a subnormal is read as if it were
 * normal with the smallest exponent (so Log(5e-324) is about -709.09, not -744.44).
 */
function logFrexp(x: number): [number, number] {
  if (x >= 2.2250738585072014e-308) return frexp(x);
  f64.setFloat64(0, x);
  f64.setUint32(0, f64.getUint32(0) | (1022 << 20));
  return [f64.getFloat64(0), -1022];
}

/** fdlibm's log, as Go simplifies it. */
export function log(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  let [f1, ki] = logFrexp(x);
  if (f1 < Math.SQRT2 / 2) {
    f1 *= 2;
    ki--;
  }
  const f = f1 - 1;
  const k = ki;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (LG[0] + s4 * (LG[2] + s4 * (LG[4] + s4 * LG[6])));
  const t2 = s4 * (LG[1] + s4 * (LG[3] + s4 * LG[5]));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
}

export function log10(x: number): number {
  return log(x) * Math.LOG10E;
}

export function log2(x: number): number {
  const [frac, e] = frexp(x);
  // Exact powers of two give exact answers.
  if (frac === 0.5) return e - 1;
  return log(frac) * Math.LOG2E + e;
}

// ---- powers and roots -------------------------------------------------------------

function isOddInt(x: number): boolean {
  if (Math.abs(x) >= 2 ** 53) return false;
  const [xi, xf] = modf(x);
  return xf === 0 && Math.abs(xi) % 2 === 1;
}

const signbit = (x: number): boolean => x < 0 || Object.is(x, -0);

/** Go's Pow: Exp(yf·Log(x)) for the fractional part of y, repeated squaring for the integer part. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) return signbit(x) && isOddInt(y) ? -Infinity : Infinity;
    return signbit(x) && isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x < 0) return pow(1 / x, -y); // Pow(-0, -y)
    return y < 0 ? 0 : Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);

  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    // A huge even power: overflow or underflow for every x but -1.
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  let [x1, xe] = frexp(x);
  // yi < 2^63; the loop halves it with bigint-free arithmetic.
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      // Catastrophic overflow: Ldexp sorts it out.
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

/** FreeBSD's cbrt: a 5-bit estimate from the exponent, two refinements. */
export function cbrt(x: number): number {
  const B1 = 715094163;
  const B2 = 696219795;
  const C = 5.42857142857142815906e-1;
  const D = -7.05306122448979611050e-1;
  const E = 1.41428571428571436819e0;
  const F = 1.60714285714285720630e0;
  const G = 3.57142857142857150787e-1;
  if (x === 0 || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  const thirdOfBits = (v: number, bias: number): number => {
    f64.setFloat64(0, v);
    const b = f64.getBigUint64(0) / 3n + (BigInt(bias) << 32n);
    f64.setBigUint64(0, b);
    return f64.getFloat64(0);
  };
  let t = thirdOfBits(x, B1);
  if (x < 2.22507385850720138309e-308) t = thirdOfBits(2 ** 54 * x, B2);
  let r = (t * t) / x;
  let s = C + r * t;
  t *= G + F / (s + E + D / s);
  // Chop to 22 bits, rounding up.
  f64.setFloat64(0, t);
  f64.setBigUint64(0, (f64.getBigUint64(0) & (0xffffffffcn << 28n)) + (1n << 30n));
  t = f64.getFloat64(0);
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

// ---- hyperbolic functions -------------------------------------------------------------

export function sinh(x: number): number {
  const P = [-0.6307673640497716991184787251e6, -0.8991272022039509355398013511e5, -0.2894211355989563807284660366e4, -0.2630563213397497062819489e2];
  const Q = [-0.6307673640497716991212077277e6, 0.1521517378790019070696485176e5, -0.173678953558233699533450911e3];
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let t: number;
  if (x > 21) t = exp(x) * 0.5;
  else if (x > 0.5) {
    const ex = exp(x);
    t = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    t = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * x;
    t = t / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0]);
  }
  return sign ? -t : t;
}

export function cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return exp(x) * 0.5;
  const ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

export function tanh(x: number): number {
  const P = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
  const Q = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];
  const MAXLOG = 8.8029691931113054295988e1;
  let z = Math.abs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x === 0) return x;
  const s = x * x;
  return x + (x * s * ((P[0] * s + P[1]) * s + P[2])) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

const LN2 = 6.93147180559945286227e-1;
const NEAR_ZERO = 1 / (1 << 28);
const LARGE = 1 << 28;

export function asinh(x: number): number {
  if (Number.isNaN(x) || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let t: number;
  if (x > LARGE) t = log(x) + LN2;
  else if (x > 2) t = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (x < NEAR_ZERO) t = x;
  else t = Math.log1p(x + (x * x) / (1 + Math.sqrt(1 + x * x)));
  return sign ? -t : t;
}

export function acosh(x: number): number {
  if (x < 1 || Number.isNaN(x)) return NaN;
  if (x === 1) return 0;
  if (x >= LARGE) return log(x) + LN2;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  if (x < -1 || x > 1 || Number.isNaN(x)) return NaN;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let t: number;
  if (x < NEAR_ZERO) t = x;
  else if (x < 0.5) {
    t = x + x;
    t = 0.5 * Math.log1p(t + (t * x) / (1 - x));
  } else t = 0.5 * Math.log1p((x + x) / (1 - x));
  return sign ? -t : t;
}
