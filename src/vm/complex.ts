// complex64 and complex128 arithmetic (Go's rules: division as the gc runtime's complex128div).

import { Complex } from './value';

const f32 = Math.fround;

export function cadd(a: Complex, b: Complex, single: boolean): Complex {
  return single ? new Complex(f32(a.re + b.re), f32(a.im + b.im)) : new Complex(a.re + b.re, a.im + b.im);
}

export function csub(a: Complex, b: Complex, single: boolean): Complex {
  return single ? new Complex(f32(a.re - b.re), f32(a.im - b.im)) : new Complex(a.re - b.re, a.im - b.im);
}

export function cmul(a: Complex, b: Complex, single: boolean): Complex {
  const re = a.re * b.re - a.im * b.im;
  const im = a.re * b.im + a.im * b.re;
  return single ? new Complex(f32(re), f32(im)) : new Complex(re, im);
}

/** Division as Go's runtime does it: inf/nan cases first, then scaling by the larger part. */
export function cdiv(n: Complex, m: Complex, single: boolean): Complex {
  let e: number;
  let f: number;
  const isInf = (x: number) => x === Infinity || x === -Infinity;
  if (Math.abs(m.re) >= Math.abs(m.im)) {
    const ratio = m.im / m.re;
    const denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const ratio = m.re / m.im;
    const denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (Number.isNaN(e) && Number.isNaN(f)) {
    // Correct final result to infinities and zeros if applicable (C99 Annex G).
    let a = n.re;
    let b = n.im;
    let c = m.re;
    let d = m.im;
    if (c === 0 && d === 0 && (!Number.isNaN(a) || !Number.isNaN(b))) {
      e = copysign(Infinity, c) * a;
      f = copysign(Infinity, c) * b;
    } else if ((isInf(a) || isInf(b)) && Number.isFinite(c) && Number.isFinite(d)) {
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      e = Infinity * (a * c + b * d);
      f = Infinity * (b * c - a * d);
    } else if ((isInf(c) || isInf(d)) && Number.isFinite(a) && Number.isFinite(b)) {
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return single ? new Complex(f32(e), f32(f)) : new Complex(e, f);
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}

export function cneg(a: Complex): Complex {
  return new Complex(-a.re, -a.im);
}

export function ceq(a: Complex, b: Complex): boolean {
  return a.re === b.re && a.im === b.im;
}
