// Native parts of package math/rand: Go 1.19's generator, an additive lagged
// Fibonacci generator over a ring of 607 64-bit values (x[n] = x[n-607] +
// x[n-273] mod 2^64), seeded from a 31-bit Lehmer generator XORed with a
// fixed table (math_rand_cooked.ts). The ring lives in the Go struct
// rngSource as two [607]uint32 arrays of high and low halves, so stepping it
// needs no bigint arithmetic.

import type { NativeImpl } from '../vm/native';
import { norm } from '../vm/int64';
import { RNG_COOKED } from './math_rand_cooked';

const LEN = 607;
const TAP = 273;
const INT32MAX = 2147483647;

/** An rngSource as the VM holds it: the struct's fields. */
type RngSource = [number, number, number[], number[]];

let cookedHi: Uint32Array | null = null;
let cookedLo: Uint32Array | null = null;

function cooked(): [Uint32Array, Uint32Array] {
  if (!cookedHi || !cookedLo) {
    cookedHi = new Uint32Array(LEN);
    cookedLo = new Uint32Array(LEN);
    for (let i = 0; i < LEN; i++) {
      cookedHi[i] = parseInt(RNG_COOKED.slice(16 * i, 16 * i + 8), 16);
      cookedLo[i] = parseInt(RNG_COOKED.slice(16 * i + 8, 16 * i + 16), 16);
    }
  }
  return [cookedHi, cookedLo];
}

/** One step of the Lehmer generator x → 48271·x mod (2^31 − 1), by Schrage's method. */
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488);
  const lo = x % 44488;
  x = 48271 * lo - 3399 * hi;
  return x < 0 ? x + INT32MAX : x;
}

export function seed(rng: RngSource, seedValue: number | bigint): void {
  rng[0] = 0;
  rng[1] = LEN - TAP;
  let s = Number(BigInt.asIntN(64, BigInt(seedValue)) % BigInt(INT32MAX));
  if (s < 0) s += INT32MAX;
  if (s === 0) s = 89482311;
  const [ch, cl] = cooked();
  const hi = rng[2];
  const lo = rng[3];
  let x = s;
  for (let i = -20; i < LEN; i++) {
    x = seedrand(x);
    if (i >= 0) {
      // u = x<<40 ^ x'<<20 ^ x'' (mod 2^64), built in 32-bit halves.
      let h = (x << 8) >>> 0;
      let l = 0;
      x = seedrand(x);
      h ^= x >>> 12;
      l ^= (x << 20) >>> 0;
      x = seedrand(x);
      l ^= x;
      hi[i] = (h ^ ch[i]) >>> 0;
      lo[i] = (l ^ cl[i]) >>> 0;
    }
  }
}

/** Advances the ring and returns the new value's halves. */
function step(rng: RngSource): [number, number] {
  let tap = rng[0] - 1;
  if (tap < 0) tap += LEN;
  let feed = rng[1] - 1;
  if (feed < 0) feed += LEN;
  rng[0] = tap;
  rng[1] = feed;
  const hi = rng[2];
  const lo = rng[3];
  const l = lo[feed] + lo[tap];
  const low = l >>> 0;
  const high = (hi[feed] + hi[tap] + (l > 0xffffffff ? 1 : 0)) >>> 0;
  hi[feed] = high;
  lo[feed] = low;
  return [high, low];
}

/** A 64-bit value from its halves, in the VM's integer representation. */
function join(high: number, low: number): number | bigint {
  if (high < 0x200000) return high * 0x100000000 + low;
  return norm((BigInt(high) << 32n) | BigInt(low));
}

export function int63(rng: RngSource): number | bigint {
  const [h, l] = step(rng);
  return join(h & 0x7fffffff, l);
}

export function uint64(rng: RngSource): number | bigint {
  const [h, l] = step(rng);
  return join(h, l);
}

export const natives: Record<string, NativeImpl> = {
  'math/rand.(*rngSource).Seed': { fn: (_h, [rng, s]) => seed(rng as RngSource, s as number | bigint) },
  'math/rand.(*rngSource).Int63': { fn: (_h, [rng]) => int63(rng as RngSource) },
  'math/rand.(*rngSource).Uint64': { fn: (_h, [rng]) => uint64(rng as RngSource) },
};
