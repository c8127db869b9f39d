// Go's trigonometric functions, bit for bit. JS's Math.sin and friends are
// fdlibm's and differ from Go's in the last bit for many arguments (Go prints
// math.Sin(math.Pi) as 1.2246467991473515e-16, JS as ...532e-16), so gosim
// evaluates the same approximations Go uses: the Cephes library's polynomials
// after a Cody–Waite reduction modulo π/4, and a Payne–Hanek reduction for
// arguments of 2^29 and more.

const PI = Math.PI;
const FOUR_OVER_PI = 4 / PI;

// π/4 split in three, so y·PI4A and y·PI4B are exact for the octant counts used.
const PI4A = 7.85398125648498535156e-1;
const PI4B = 3.77489470793079817668e-8;
const PI4C = 2.69515142907905952645e-15;

/** Cephes sin and cos polynomial coefficients on [-π/4, π/4]. */
const SIN = [1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6, -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1];
const COS = [-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7, 2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2];
const TAN_P = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
const TAN_Q = [1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7];

/** Above this, π/4·y is no longer exact enough for Cody–Waite reduction. */
const REDUCE_THRESHOLD = 1 << 29;

/**
 * The bits of 4/π, as Go's reduction reads them: a 1280-bit string whose bit
 * 63 (counting from the most significant, from 0) is the integer part, 1.
 * Computed once, on first use, from Machin's formula for π.
 */
const TABLE_BITS = 1280;
let fourOverPi: bigint | null = null;

function fourOverPiBits(): bigint {
  if (fourOverPi !== null) return fourOverPi;
  const scale = 1n << BigInt(TABLE_BITS + 64);
  // arctan(1/k) · scale by its Taylor series.
  const atanInv = (k: bigint): bigint => {
    let sum = 0n;
    let term = scale / k;
    for (let n = 1n; term !== 0n; n += 2n) {
      sum += ((n & 3n) === 1n ? 1n : -1n) * (term / n);
      term /= k * k;
    }
    return sum;
  };
  const pi = 4n * (4n * atanInv(5n) - atanInv(239n)); // π · scale
  fourOverPi = ((4n * scale) << BigInt(TABLE_BITS - 64)) / pi;
  return fourOverPi;
}

const M64 = (1n << 64n) - 1n;
const f64 = new DataView(new ArrayBuffer(8));

/**
 * Payne–Hanek reduction of x ≥ 2^29: the octant j (x·4/π mod 8, made even)
 * and the remainder z in [-π/4, π/4]. Works as Go's does, on a 192-bit window
 * of 4/π's bits and a 128-bit product, truncating the fraction to 52 bits, so
 * the last bit agrees with Go's.
 */
function trigReduce(x: number): [number, number] {
  f64.setFloat64(0, x);
  const bits = f64.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn) - 1023 - 52;
  const ix = (bits & ((1n << 52n) - 1n)) | (1n << 52n);
  // Take 192 bits of 4/π starting at bit exp+61, so the product's leading digit has exponent -61.
  const start = exp + 61;
  const z = (fourOverPiBits() >> BigInt(TABLE_BITS - start - 192)) & ((1n << 192n) - 1n);
  const prod = ((z * ix) >> 64n) & ((1n << 128n) - 1n);
  let hi = prod >> 64n;
  const lo = prod & M64;
  let j = Number(hi >> 61n);
  hi = ((hi << 3n) | (lo >> 61n)) & M64;
  const lz = hi === 0n ? 64 : 64 - hi.toString(2).length;
  const e = BigInt(1023 - (lz + 1));
  // Go shifts the low word in unaligned by the three octant bits; keep that.
  hi = ((hi << BigInt(lz + 1)) | (lo >> BigInt(64 - (lz + 1)))) & M64;
  hi >>= 12n;
  f64.setBigUint64(0, hi | (e << 52n));
  let zf = f64.getFloat64(0);
  if (j & 1) {
    j = (j + 1) & 7;
    zf--;
  }
  return [j, zf * (PI / 4)];
}

/** The octant and remainder of x ≥ 0 modulo π/4, the octant made even (zeros mapped to the origin). */
function reduce(x: number): [number, number] {
  if (x >= REDUCE_THRESHOLD) return trigReduce(x);
  let j = Math.trunc(x * FOUR_OVER_PI);
  let y = j;
  if (j & 1) {
    j++;
    y++;
  }
  j &= 7;
  return [j, x - y * PI4A - y * PI4B - y * PI4C];
}

function sinPoly(z: number, zz: number): number {
  return z + z * zz * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
}

function cosPoly(zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
}

export function sin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let [j, z] = reduce(x);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  let [j, z] = reduce(Math.abs(x));
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

export function tan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  const [j, z] = reduce(x);
  const zz = z * z;
  let y = z;
  if (zz > 1e-14) y = z + z * ((zz * ((TAN_P[0] * zz + TAN_P[1]) * zz + TAN_P[2])) / ((((zz + TAN_Q[0]) * zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]));
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

// ---- inverse functions ---------------------------------------------------------

const ATAN_P = [-8.750608600031904122785e-1, -1.615753718733365076637e1, -7.500855792314704667340e1, -1.228866684490136173410e2, -6.485021904942025371773e1];
const ATAN_Q = [2.485846490142306297962e1, 1.650270098316988542046e2, 4.328810604912902668951e2, 4.853903996359136964868e2, 1.945506571482613964425e2];
/** The part of π/2 a double misses. */
const MOREBITS = 6.123233995736765886130e-17;
const TAN3PIO8 = 2.41421356237309504880;

/** Cephes' rational approximation of atan on [0, 0.66]. */
function xatan(x: number): number {
  let z = x * x;
  z = (z * ((((ATAN_P[0] * z + ATAN_P[1]) * z + ATAN_P[2]) * z + ATAN_P[3]) * z + ATAN_P[4])) / (((((z + ATAN_Q[0]) * z + ATAN_Q[1]) * z + ATAN_Q[2]) * z + ATAN_Q[3]) * z + ATAN_Q[4]);
  return x * z + x;
}

/** atan of x ≥ 0, reduced to [0, 0.66]. */
function satan(x: number): number {
  if (x <= 0.66) return xatan(x);
  if (x > TAN3PIO8) return PI / 2 - xatan(1 / x) + MOREBITS;
  return PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * MOREBITS;
}

export function atan(x: number): number {
  if (x === 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return NaN;
  let t = Math.sqrt(1 - x * x);
  t = x > 0.7 ? PI / 2 - satan(t / x) : satan(x / t);
  return sign ? -t : t;
}

export function acos(x: number): number {
  return PI / 2 - asin(x);
}

const copysign = (x: number, y: number): number => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));

export function atan2(y: number, x: number): number {
  if (Number.isNaN(y) || Number.isNaN(x)) return NaN;
  if (y === 0) return x >= 0 && !Object.is(x, -0) ? copysign(0, y) : copysign(PI, y);
  if (x === 0) return copysign(PI / 2, y);
  if (!Number.isFinite(x)) {
    if (x > 0) return Number.isFinite(y) ? copysign(0, y) : copysign(PI / 4, y);
    return Number.isFinite(y) ? copysign(PI, y) : copysign((3 * PI) / 4, y);
  }
  if (!Number.isFinite(y)) return copysign(PI / 2, y);
  const q = atan(y / x);
  if (x < 0) return q <= 0 ? q + PI : q - PI;
  return q;
}
