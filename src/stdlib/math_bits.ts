// Native parts of package math/bits: bit counting and manipulation for
// unsigned integers of 8 to 64 bits, and full-width arithmetic. Values of
// 64-bit types arrive as numbers or bigints (vm/int64.ts); sizes up to 32
// bits use JS's 32-bit operators directly.

import type { NativeHost, NativeImpl } from '../vm/native';
import { norm } from '../vm/int64';

const u64 = (x: unknown): bigint => BigInt.asUintN(64, BigInt(x as number | bigint));
const out = (x: bigint): number | bigint => norm(BigInt.asUintN(64, x));
const num = (x: unknown): number => Number(x as number | bigint);

function len64(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

function onesCount64(x: bigint): number {
  const hi = Number(x >> 32n);
  const lo = Number(x & 0xffffffffn);
  return onesCount32(hi) + onesCount32(lo);
}

function onesCount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function trailingZeros64(x: bigint): number {
  if (x === 0n) return 64;
  let n = 0;
  while ((x & 1n) === 0n) {
    x >>= 1n;
    n++;
  }
  return n;
}

function reverseBits(x: bigint, size: number): bigint {
  let r = 0n;
  for (let i = 0; i < size; i++) {
    r = (r << 1n) | (x & 1n);
    x >>= 1n;
  }
  return r;
}

function reverseBytes(x: bigint, size: number): bigint {
  let r = 0n;
  for (let i = 0; i < size / 8; i++) {
    r = (r << 8n) | (x & 0xffn);
    x >>= 8n;
  }
  return r;
}

/** Rotates the size-bit value x left by k (right for negative k). */
function rotate(x: bigint, k: number, size: number): bigint {
  const s = ((k % size) + size) % size;
  const mask = (1n << BigInt(size)) - 1n;
  return ((x << BigInt(s)) | (x >> BigInt(size - s))) & mask;
}

/** Natives for one size: each takes and returns the VM's representation of that unsigned type. */
function sized(size: number, suffix: string): Record<string, NativeImpl> {
  const mask = (1n << BigInt(size)) - 1n;
  const arg = (x: unknown): bigint => BigInt(x as number | bigint) & mask;
  const res = (x: bigint): number | bigint => (size === 64 ? out(x) : Number(x));
  return {
    [`math/bits.LeadingZeros${suffix}`]: { fn: (_h, [x]) => size - len64(arg(x)) },
    [`math/bits.TrailingZeros${suffix}`]: { fn: (_h, [x]) => Math.min(trailingZeros64(arg(x)), size) },
    [`math/bits.OnesCount${suffix}`]: { fn: (_h, [x]) => onesCount64(arg(x)) },
    [`math/bits.Len${suffix}`]: { fn: (_h, [x]) => len64(arg(x)) },
    [`math/bits.Reverse${suffix}`]: { fn: (_h, [x]) => res(reverseBits(arg(x), size)) },
    [`math/bits.RotateLeft${suffix}`]: { fn: (_h, [x, k]) => res(rotate(arg(x), num(k), size)) },
    ...(size > 8 ? { [`math/bits.ReverseBytes${suffix}`]: { fn: (_h, [x]) => res(reverseBytes(arg(x), size)) } as NativeImpl } : {}),
  };
}

/** Full-width add, subtract, multiply, divide for 32 or 64 bits. */
function arith(size: number, suffix: string): Record<string, NativeImpl> {
  const bits = BigInt(size);
  const mask = (1n << bits) - 1n;
  const arg = (x: unknown): bigint => BigInt(x as number | bigint) & mask;
  const res = (x: bigint): number | bigint => (size === 64 ? out(x) : Number(x & mask));
  const divide = (h: NativeHost, hi: bigint, lo: bigint, y: bigint): [bigint, bigint] => {
    if (y === 0n) h.runtimeError('integer divide by zero');
    if (y <= hi) h.runtimeError('integer overflow');
    const n = (hi << bits) | lo;
    return [n / y, n % y];
  };
  return {
    [`math/bits.Add${suffix}`]: {
      fn: (_h, [x, y, c]) => {
        const s = arg(x) + arg(y) + arg(c);
        return [res(s), res(s >> bits)];
      },
    },
    [`math/bits.Sub${suffix}`]: {
      fn: (_h, [x, y, b]) => {
        const d = arg(x) - arg(y) - arg(b);
        return [res(d), d < 0n ? 1 : 0];
      },
    },
    [`math/bits.Mul${suffix}`]: {
      fn: (_h, [x, y]) => {
        const p = arg(x) * arg(y);
        return [res(p >> bits), res(p)];
      },
    },
    [`math/bits.Div${suffix}`]: {
      fn: (h, [hi, lo, y]) => divide(h, arg(hi), arg(lo), arg(y)).map(res),
    },
    [`math/bits.Rem${suffix}`]: {
      fn: (h, [hi, lo, y]) => {
        const yy = arg(y);
        if (yy === 0n) h.runtimeError('integer divide by zero');
        return res(((arg(hi) % yy << bits) | arg(lo)) % yy);
      },
    },
  };
}

export const natives: Record<string, NativeImpl> = {
  ...sized(8, '8'),
  ...sized(16, '16'),
  ...sized(32, '32'),
  ...sized(64, '64'),
  ...sized(64, ''),
  ...arith(32, '32'),
  ...arith(64, '64'),
  ...arith(64, ''),
};


