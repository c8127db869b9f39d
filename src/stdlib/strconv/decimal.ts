// The decimal digits of binary floating-point values: exact expansions,
// correctly rounded prefixes, and the shortest digits that read back as the
// same float64 or float32. FormatFloat's 'e', 'f' and 'g' formats are built on
// these (ftoa.ts).
//
// Go rounds half to even on the exact binary value. JavaScript's toFixed and
// toExponential round the exact value too, but halfway cases up; a halfway
// case needs a short exact expansion, which is cheap to detect, so the JS
// functions serve every other case and BigInt arithmetic the rest.

/**
 * A non-negative decimal 0.d × 10^dp: d has no leading or trailing zeros;
 * zero is d = '' (with dp = 0).
 */
export interface Digits {
  d: string;
  dp: number;
}

export const ZERO: Digits = { d: '', dp: 0 };

/** A finite non-negative double as mant × 2^exp, mant odd (or zero). */
export interface Binary {
  mant: number;
  exp: number;
}

const view = new DataView(new ArrayBuffer(8));
const TWO32 = 4294967296;

/** Splits a finite double into its integer mantissa and binary exponent, mantissa odd. */
export function binaryOf(x: number): Binary {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  let lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  if (bexp !== 0) mhi += 0x100000;
  let exp = bexp === 0 ? -1074 : bexp - 1075;
  if (lo === 0 && mhi === 0) return { mant: 0, exp: 0 };
  // Drop trailing zero bits so the exact expansion stays as short as possible.
  if (lo === 0) {
    lo = mhi;
    mhi = 0;
    exp += 32;
  }
  const tz = 31 - Math.clz32(lo & -lo);
  if (tz > 0) {
    lo = ((lo >>> tz) | (mhi << (32 - tz))) >>> 0;
    mhi = mhi >>> tz;
    exp += tz;
  }
  return { mant: mhi * TWO32 + lo, exp };
}

function trimZeros(d: string): string {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 48) n--;
  return n === d.length ? d : d.slice(0, n);
}

/** Parses JS number text ("1.25e+3", "0.0012", "42") of a positive value into Digits. */
export function parseJSDigits(s: string): Digits {
  let exp = 0;
  const e = s.indexOf('e');
  if (e >= 0) {
    exp = +s.slice(e + 1);
    s = s.slice(0, e);
  }
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const all = dot < 0 ? s : intPart + s.slice(dot + 1);
  let lead = 0;
  while (lead < all.length && all.charCodeAt(lead) === 48) lead++;
  const d = trimZeros(all.slice(lead));
  if (d === '') return ZERO;
  return { d, dp: intPart.length - lead + exp };
}

/** The exact decimal expansion of a finite non-negative double. */
export function exactDigits(x: number): Digits {
  if (x === 0) return ZERO;
  if (x < 9007199254740992 && Number.isInteger(x)) return parseJSDigits(String(x));
  const { mant, exp } = binaryOf(x);
  if (exp >= 0) {
    const s = (BigInt(mant) << BigInt(exp)).toString();
    return { d: trimZeros(s), dp: s.length };
  }
  // mant / 2^k = mant × 5^k / 10^k.
  const s = (BigInt(mant) * 5n ** BigInt(-exp)).toString();
  return { d: trimZeros(s), dp: s.length + exp };
}

/**
 * Rounds to nd significant digits, half to even, as Go's decimal rounding
 * does; digits are exact, so a 5 with nothing after it is a true tie.
 */
export function roundDigits(g: Digits, nd: number): Digits {
  const { d, dp } = g;
  if (nd >= d.length) return g;
  if (nd < 0) return ZERO;
  const c = d.charCodeAt(nd);
  let up: boolean;
  if (c !== 53) up = c > 53;
  else if (nd + 1 < d.length) up = true;
  else up = nd > 0 && (d.charCodeAt(nd - 1) & 1) === 1;
  if (!up) {
    const kept = trimZeros(d.slice(0, nd));
    return kept === '' ? ZERO : { d: kept, dp };
  }
  let i = nd - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return { d: '1', dp: dp + 1 };
  return { d: d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp };
}

/** x (finite, positive) rounded to n significant digits. */
export function significantDigits(x: number, n: number): Digits {
  if (n <= 101 && !Number.isInteger(x)) {
    const g = parseJSDigits(x.toExponential(n - 1));
    // JS breaks ties upwards. A tie needs the exact expansion to end exactly
    // one digit past the cut: its length is dp + (fraction digits), and dp is
    // g.dp or, if rounding carried into a new digit, g.dp - 1.
    const frac = -binaryOf(x).exp;
    if (g.dp + frac !== n + 1 && g.dp - 1 + frac !== n + 1) return g;
  }
  return roundDigits(exactDigits(x), n);
}

/**
 * JS's toFixed(prec) text of x (finite, non-negative) when it is Go's too:
 * when rounding is not a tie (JS breaks those upwards, Go to even). Null otherwise.
 */
export function fixedText(x: number, prec: number): string | null {
  if (prec > 100 || x >= 1e21) return null;
  // A tie needs exactly prec+1 fraction digits in the exact expansion; integers have none.
  if (!Number.isInteger(x) && -binaryOf(x).exp === prec + 1) return null;
  return x.toFixed(prec);
}

/**
 * JS's toExponential(prec) text of x (finite, positive) when rounding it is
 * not a tie; null otherwise. The exponent is JS's (e+5, not e+05).
 */
export function exponentialText(x: number, prec: number): string | null {
  if (prec > 100) return null;
  const n = prec + 1;
  if (Number.isInteger(x)) {
    if (x >= 9007199254740992) return null;
    const d = String(x).replace(/0+$/, '');
    if (d.length === n + 1 && d.charCodeAt(n) === 53) return null;
    return x.toExponential(prec);
  }
  const s = x.toExponential(prec);
  const dp = +s.slice(s.indexOf('e') + 1) + 1;
  const frac = -binaryOf(x).exp;
  return dp + frac === n + 1 || dp - 1 + frac === n + 1 ? null : s;
}

/** x (finite, non-negative) rounded to prec digits after the decimal point. */
export function fixedDigits(x: number, prec: number): Digits {
  if (prec <= 100 && x < 1e21 && !Number.isInteger(x)) {
    // A tie needs exactly prec+1 fraction digits in the exact expansion.
    if (-binaryOf(x).exp !== prec + 1) return parseJSDigits(x.toFixed(prec));
  }
  const g = exactDigits(x);
  return roundDigits(g, g.dp + prec);
}

/** The shortest digits that read back as the double x (finite, positive). */
export function shortest64(x: number): Digits {
  return parseJSDigits(x.toExponential());
}

/** The shortest digits that read back as the float32 x (finite, positive, a float32 value). */
export function shortest32(x: number): Digits {
  const { mant, exp } = binaryOf(x);
  // At a power of two the float32 below is closer than the one above, so the
  // nearest n-digit decimal may miss while a farther one fits: search exactly.
  if (mant === 1 && exp > -149) return shortestExact(x, 24);
  for (let n = 1; n < 9; n++) {
    const s = x.toExponential(n - 1);
    if (Math.fround(+s) !== x) continue;
    const g = parseJSDigits(s);
    // Two n-digit decimals can be equally near x and both read back as x
    // (1342177.25 → 1342177.2 or .3): JS takes the upper, Go the even one.
    const frac = -exp;
    if (frac > 0 && (g.dp + frac === n + 1 || g.dp - 1 + frac === n + 1)) return roundDigits(exactDigits(x), n);
    return g;
  }
  return parseJSDigits(x.toExponential(8));
}

const pow10cache: bigint[] = [];
function pow10(n: number): bigint {
  let p = pow10cache[n];
  if (p === undefined) pow10cache[n] = p = 10n ** BigInt(n);
  return p;
}

/**
 * The shortest digits inside x's rounding interval for a float of the given
 * mantissa width (24 or 53 bits), choosing the one nearest x, by exact
 * arithmetic. Used where the fast search cannot be trusted.
 */
export function shortestExact(x: number, mantBits: number): Digits {
  const b = binaryOf(x);
  // Renormalise to a full-width mantissa so the interval's half-gaps are right.
  let mant = BigInt(b.mant);
  let exp = b.exp;
  const minExp = mantBits === 24 ? -149 : -1074;
  while (mant < 1n << BigInt(mantBits - 1) && exp > minExp) {
    mant <<= 1n;
    exp--;
  }
  const atPowerOfTwo = mant === 1n << BigInt(mantBits - 1) && exp > minExp;
  const inclusive = (mant & 1n) === 0n;
  // All values are numerators over den: x = X/den, interval (L/den, H/den).
  const X = mant * 4n;
  const H = X + 2n;
  const L = X - (atPowerOfTwo ? 1n : 2n);
  let num = 1n;
  let den = 1n;
  if (exp - 2 >= 0) num = 1n << BigInt(exp - 2);
  else den = 1n << BigInt(2 - exp);
  const [Xn, Hn, Ln] = [X * num, H * num, L * num];
  // dp: 10^(dp-1) <= x < 10^dp.
  let dp = Math.floor(Math.log10(x)) + 1;
  const below = (k: number) => (k >= 0 ? Xn < pow10(k) * den : Xn * pow10(-k) < den);
  while (below(dp - 1)) dp--;
  while (!below(dp)) dp++;
  for (let n = 1; ; n++) {
    const s = n - dp;
    // c × 10^(dp-n) compared with v/den: scale both sides to integers.
    const lhs = (c: bigint) => (s >= 0 ? c * den : c * den * pow10(-s));
    const rhs = (v: bigint) => (s >= 0 ? v * pow10(s) : v);
    const fits = (c: bigint) => {
      const lo = lhs(c) - rhs(Ln);
      const hi = rhs(Hn) - lhs(c);
      return inclusive ? lo >= 0n && hi >= 0n : lo > 0n && hi > 0n;
    };
    const c0 = s >= 0 ? (Xn * pow10(s)) / den : Xn / (den * pow10(-s));
    const c1 = c0 + 1n;
    const ok0 = fits(c0);
    const ok1 = fits(c1);
    if (!ok0 && !ok1) continue;
    let c = ok0 ? c0 : c1;
    if (ok0 && ok1) {
      // Both fit: take the nearer, the even one on a tie.
      const mid = 2n * lhs(c0) + lhs(1n);
      const twoX = 2n * rhs(Xn);
      c = twoX > mid ? c1 : twoX < mid ? c0 : (c0 & 1n) === 0n ? c0 : c1;
    }
    const str = c.toString();
    return { d: trimZeros(str), dp: dp - n + str.length };
  }
}
