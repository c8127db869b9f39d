// Native parts of package math/rand/v2: the PCG generator's step (128-bit
// LCG state, DXSM output, as O'Neill's PCG family and Go 1.22 define it) and
// the default source, which draws from the simulated machine's generator so
// a run is reproducible from the program's seed.

import type { NativeImpl } from '../vm/native';
import { norm } from '../vm/int64';

const M64 = (1n << 64n) - 1n;
const M128 = (1n << 128n) - 1n;
/** PCG's default 128-bit multiplier and increment. */
const MUL = (2549297995355413924n << 64n) | 4865540595714422341n;
const INC = (6364136223846793005n << 64n) | 1442695040888963407n;
const CHEAP_MUL = 0xda942042e4dd58b5n;

/** A *PCG as the VM holds it: the struct's fields [hi, lo]. */
type PCG = [number | bigint, number | bigint];

export function pcgUint64(p: PCG): number | bigint {
  const state = (((BigInt(p[0]) << 64n) | BigInt(p[1])) * MUL + INC) & M128;
  let hi = state >> 64n;
  const lo = state & M64;
  p[0] = norm(hi);
  p[1] = norm(lo);
  // DXSM: double xorshift multiply, of the new state.
  hi ^= hi >> 32n;
  hi = (hi * CHEAP_MUL) & M64;
  hi ^= hi >> 48n;
  hi = (hi * (lo | 1n)) & M64;
  return norm(hi);
}

export const natives: Record<string, NativeImpl> = {
  'math/rand/v2.(*PCG).Uint64': { fn: (_h, [p]) => pcgUint64(p as PCG) },
  'math/rand/v2.runtimeSource.Uint64': {
    fn: (h) => norm((BigInt(h.randUint32()) << 32n) | BigInt(h.randUint32())),
  },
};
