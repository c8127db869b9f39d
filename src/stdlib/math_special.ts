// Go's special functions: Gamma (Cephes' algorithm, as Go uses it, so
// factorials come out exactly as Go's do), and close approximations of Lgamma,
// the error functions and the Bessel functions. The approximations are good to
// a few ulps but do not follow Go's fdlibm code bit for bit.

import { exp, log, pow } from './math_exp';
import { cos, sin } from './math_trig';

const GAM_P = [1.60119522476751861407e-4, 1.19135147006586384913e-3, 1.04213797561761569935e-2, 4.76367800457137231464e-2, 2.07448227648435975150e-1, 4.94214826801497100753e-1, 9.99999999999999996796e-1];
const GAM_Q = [-2.31581873324120129819e-5, 5.39605580493303397842e-4, -4.45641913851797240494e-3, 1.18139785222060435552e-2, 3.58236398605498653373e-2, -2.34591795718243348568e-1, 7.14304917030273074085e-2, 1.00000000000000000320e0];
const GAM_S = [7.87311395793093628397e-4, -2.29549961613378126380e-4, -2.68132617805781232825e-3, 3.47222221605458667310e-3, 8.33333333333482257126e-2];
const EULER = 0.57721566490153286060651209008240243104215933593992;

/** Stirling's formula for Gamma(x), x > 33, as a product y1·y2 (split to avoid overflow). */
function stirling(x: number): [number, number] {
  if (x > 200) return [Infinity, 1];
  const SQRT_TWO_PI = 2.506628274631000502417;
  const MAX_STIRLING = 143.01608;
  let w = 1 / x;
  w = 1 + w * ((((GAM_S[0] * w + GAM_S[1]) * w + GAM_S[2]) * w + GAM_S[3]) * w + GAM_S[4]);
  let y1 = exp(x);
  let y2 = 1.0;
  if (x > MAX_STIRLING) {
    const v = pow(x, 0.5 * x - 0.25);
    [y1, y2] = [v, v / y1];
  } else y1 = pow(x, x - 0.5) / y1;
  return [y1, SQRT_TWO_PI * w * y2];
}

const isNegInt = (x: number): boolean => x < 0 && Number.isInteger(x);

export function gamma(x: number): number {
  if (isNegInt(x) || x === -Infinity || Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return Object.is(x, -0) ? -Infinity : Infinity;
  let q = Math.abs(x);
  let p = Math.floor(q);
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x);
      return y1 * y2;
    }
    // Reflection formula.
    const signgam = p % 2 === 0 ? -1 : 1;
    let z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * sin(Math.PI * z);
    if (z === 0) return signgam * Infinity;
    const [sq1, sq2] = stirling(q);
    const absz = Math.abs(z);
    const d = absz * sq1 * sq2;
    z = Number.isFinite(d) ? Math.PI / d : Math.PI / absz / sq1 / sq2;
    return signgam * z;
  }
  // Reduce the argument to [2, 3).
  let z = 1.0;
  const small = (): number => (x === 0 ? Infinity : z / ((1 + EULER * x) * x));
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  while (x < 0) {
    if (x > -1e-9) return small();
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-9) return small();
    z = z / x;
    x = x + 1;
  }
  if (x === 2) return z;
  x = x - 2;
  p = (((((x * GAM_P[0] + GAM_P[1]) * x + GAM_P[2]) * x + GAM_P[3]) * x + GAM_P[4]) * x + GAM_P[5]) * x + GAM_P[6];
  q = ((((((x * GAM_Q[0] + GAM_Q[1]) * x + GAM_Q[2]) * x + GAM_Q[3]) * x + GAM_Q[4]) * x + GAM_Q[5]) * x + GAM_Q[6]) * x + GAM_Q[7];
  return (z * p) / q;
}

/** log|Γ(x)| and the sign of Γ(x). */
export function lgamma(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, 1];
  if (!Number.isFinite(x)) return [x, 1];
  if (x === 0) return [Infinity, 1];
  if (Math.abs(x) < 2 ** -70) return [-log(Math.abs(x)), x < 0 ? -1 : 1];
  if (isNegInt(x)) return [Infinity, 1];
  if (x === 1 || x === 2) return [0, 1];
  if (x < 0) {
    // Γ(x)Γ(1-x) = π / sin(πx)
    const s = Math.sin(Math.PI * x);
    const [l] = lgamma(1 - x);
    return [Math.log(Math.PI / Math.abs(s)) - l, s < 0 ? -1 : 1];
  }
  if (x < 30) {
    const g = gamma(x);
    return [Math.log(Math.abs(g)), g < 0 ? -1 : 1];
  }
  // Stirling's series.
  const x2 = x * x;
  const series = 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x2 * x2 * x) - 1 / (1680 * x2 * x2 * x2 * x);
  return [(x - 0.5) * log(x) - x + 0.5 * Math.log(2 * Math.PI) + series, 1];
}

// ---- error functions --------------------------------------------------------------

/**
 * erf and erfc are computed in 256-bit fixed point from erf's Maclaurin series
 * and rounded once, so they are correctly rounded; Go's fdlibm code is within
 * an ulp of that, and agrees on almost every argument.
 */
const F = 256n;
const ONE = 1n << F;
let twoOverSqrtPi: bigint | null = null;

/** 2/√π · 2^F, from Machin's formula for π and an integer square root. */
function twoOverSqrtPiFixed(): bigint {
  if (twoOverSqrtPi !== null) return twoOverSqrtPi;
  const scale = 1n << (F + 64n);
  const atanInv = (k: bigint): bigint => {
    let sum = 0n;
    let term = scale / k;
    for (let n = 1n; term !== 0n; n += 2n) {
      sum += ((n & 3n) === 1n ? 1n : -1n) * (term / n);
      term /= k * k;
    }
    return sum;
  };
  const pi = (4n * (4n * atanInv(5n) - atanInv(239n))) >> 64n; // π · 2^F
  // √(π · 2^2F) = √π · 2^F, by Newton's method.
  const n = pi << F;
  let r = 1n << ((BigInt(n.toString(2).length) + 1n) / 2n);
  for (;;) {
    const next = (r + n / r) >> 1n;
    if (next >= r) break;
    r = next;
  }
  twoOverSqrtPi = (2n << (2n * F)) / r;
  return twoOverSqrtPi;
}

/** erf(x) · 2^F for 2^-28 ≤ |x| < 6. */
function erfFixed(x: number): bigint {
  const parts = new DataView(new ArrayBuffer(8));
  parts.setFloat64(0, Math.abs(x));
  const bits = parts.getBigUint64(0);
  const e = Number((bits >> 52n) & 0x7ffn) - 1075;
  const X = ((bits & ((1n << 52n) - 1n)) | (1n << 52n)) << BigInt(e + Number(F)); // |x| · 2^F, exactly
  const X2 = (X * X) >> F;
  let sum = 0n;
  let t = X;
  for (let n = 0n; t !== 0n; n++) {
    if (n > 0n) t = (t * X2) / (n << F);
    const term = t / (2n * n + 1n);
    sum += n & 1n ? -term : term;
  }
  const v = (twoOverSqrtPiFixed() * sum) >> F;
  return x < 0 ? -v : v;
}

const fixedToNumber = (v: bigint): number => Number(v) / 2 ** Number(F);

const EFX = 1.28379167095512586316e-1;
const EFX8 = 1.02703333676410069053e0;

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax >= 6) return x < 0 ? -1 : 1;
  if (ax < 2 ** -28) {
    if (ax < 2.848094538889218e-306) return 0.125 * (8.0 * x + EFX8 * x);
    return x + EFX * x;
  }
  return fixedToNumber(erfFixed(x));
}

/** erfc(x) for x ≥ 6 by its continued fraction (Lentz's method). */
function erfcLarge(x: number): number {
  if (x > 27.3) return 0;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? 1e-300 : 1 / d;
    c = x + a / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 6) return erfcLarge(x);
  if (x <= -6) return 2;
  if (Math.abs(x) < 2 ** -56) return 1 - x;
  if (Math.abs(x) < 2 ** -28) return 1 - erf(x);
  return fixedToNumber(ONE - erfFixed(x));
}

/** The inverse of erf, by Newton's method from a rational first guess. */
export function erfinv(x: number): number {
  if (Number.isNaN(x) || x < -1 || x > 1) return NaN;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  if (x === 0) return x;
  const w = -Math.log((1 - x) * (1 + x));
  let y = Math.sign(x) * Math.sqrt(Math.sqrt((2 / (Math.PI * 0.147) + w / 2) ** 2 - w / 0.147) - (2 / (Math.PI * 0.147) + w / 2));
  for (let i = 0; i < 4; i++) {
    const err = erf(y) - x;
    y -= err / (1.1283791670955126 * Math.exp(-y * y));
  }
  return y;
}

export function erfcinv(x: number): number {
  return erfinv(1 - x);
}

// ---- Bessel functions -----------------------------------------------------------------

/** ∫₀^π f by the trapezoidal rule, which converges fast for the periodic integrands below. */
function integratePi(f: (t: number) => number, n: number): number {
  const h = Math.PI / n;
  let s = (f(0) + f(Math.PI)) / 2;
  for (let k = 1; k < n; k++) s += f(k * h);
  return s * h;
}

/**
 * Hankel's asymptotic expansion for large x: Jn and Yn ≈ √(2/πx)·(P cos χ − Q sin χ)
 * and √(2/πx)·(P sin χ + Q cos χ), χ = x − (n/2 + 1/4)π.
 */
function besselLarge(n: number, x: number): [number, number] {
  const mu = 4 * n * n;
  let p = 0;
  let q = 0;
  let term = 1;
  for (let k = 0; k < 30; k++) {
    if (k > 0) term *= (mu - (2 * k - 1) ** 2) / (k * 8 * x);
    if (k % 4 === 0) p += term;
    else if (k % 4 === 1) q += term;
    else if (k % 4 === 2) p -= term;
    else q -= term;
    if (Math.abs(term) < 1e-17) break;
  }
  const phi = (n / 2 + 0.25) * Math.PI;
  const c = cos(x) * Math.cos(phi) + sin(x) * Math.sin(phi);
  const s = sin(x) * Math.cos(phi) - cos(x) * Math.sin(phi);
  const r = Math.sqrt(2 / (Math.PI * x));
  return [r * (p * c - q * s), r * (p * s + q * c)];
}

/** Jn(x) = (1/π) ∫₀^π cos(nτ − x sin τ) dτ. */
export function jn(n: number, x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return 0;
  if (Math.abs(x) > 40 + n * n) {
    const j = besselLarge(n, Math.abs(x))[0];
    return x < 0 && n % 2 !== 0 ? -j : j;
  }
  const steps = 64 + Math.ceil(Math.abs(x) + Math.abs(n));
  return integratePi((t) => Math.cos(n * t - x * Math.sin(t)), steps) / Math.PI;
}

/** Simpson's rule for ∫ f over [a, b] with n (even) intervals. */
function simpson(f: (t: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let k = 1; k < n; k++) s += (k % 2 ? 4 : 2) * f(a + k * h);
  return (s * h) / 3;
}

/** Y0 and Y1 for 0 < x < 12 by their power series around 0. */
function y01Series(x: number): [number, number] {
  const q = (x * x) / 4;
  // Go's amd64 Log reads subnormals as if normal; log() keeps that, so tiny x agree.
  const lnHalf = log(x) - Math.LN2;
  // Y0 = (2/π)(ln(x/2) + γ) J0 + (2/π) Σ (-1)^(k+1) H_k q^k / (k!)²
  let s0 = 0;
  let t = 1;
  let h = 0;
  for (let k = 1; k < 60; k++) {
    t *= q / (k * k);
    h += 1 / k;
    s0 += (k % 2 ? 1 : -1) * h * t;
  }
  const y0 = (2 / Math.PI) * ((lnHalf + EULER) * jn(0, x) + s0);
  // Y1 = (2/π) ln(x/2) J1 − 2/(πx) − (1/π) Σ (-1)^k (ψ(k+1) + ψ(k+2)) (x/2)^(2k+1) / (k!(k+1)!)
  let s1 = 0;
  let u = x / 2;
  let hk = 0;
  for (let k = 0; k < 60; k++) {
    if (k > 0) {
      u *= -q / (k * (k + 1));
      hk += 1 / k;
    }
    s1 += (-2 * EULER + hk + hk + 1 / (k + 1)) * u;
  }
  const y1 = (2 / Math.PI) * lnHalf * jn(1, x) - 2 / (Math.PI * x) - s1 / Math.PI;
  return [y0, y1];
}

/** Yn(x) for 12 ≤ x ≤ 40 by its integral representation. */
function ynIntegral(n: number, x: number): number {
  const first = simpson((t) => Math.sin(x * Math.sin(t) - n * t), 0, Math.PI, 2 * Math.ceil(2000 + 200 * x)) / Math.PI;
  // The integrand e^{−x sinh t}(e^{nt} + (−1)^n e^{−nt}) is negligible past T.
  const T = Math.asinh(40 / x + n) + 1;
  const second = simpson((t) => (Math.exp(n * t) + (n % 2 === 0 ? 1 : -1) * Math.exp(-n * t)) * Math.exp(-x * Math.sinh(t)), 0, T, 4000);
  return first - second / Math.PI;
}

/** Y0 and Y1 (x > 0). */
function y01(x: number): [number, number] {
  if (x < 12) return y01Series(x);
  if (x > 40) {
    const [, y0] = besselLarge(0, x);
    const [, y1] = besselLarge(1, x);
    return [y0, y1];
  }
  return [ynIntegral(0, x), ynIntegral(1, x)];
}

/** Yn(x): Y0 and Y1, then the recurrence Y(k+1) = (2k/x)Y(k) − Y(k−1), stable upwards. */
export function yn(n: number, x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return 0;
  let sign = 1;
  if (n < 0) {
    n = -n;
    if (n % 2) sign = -1;
  }
  const [y0, y1] = y01(x);
  if (n === 0) return y0;
  let a = y0;
  let b = y1;
  for (let k = 1; k < n; k++) [a, b] = [b, ((2 * k) / x) * b - a];
  return sign * b;
}
