// The machine's one source of randomness (select case order, steal victims, map
// iteration start): a seeded xoshiro128** generator, so equal seeds give equal runs.

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 expands the seed into the four state words.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A uniform integer in [0, n) (n ≤ 2^32), as the runtime's fastrandn does (multiply-shift). */
  intn(n: number): number {
    return Math.floor((this.uint32() * n) / 4294967296);
  }

  /** The generator's state, for checkpoints (step back replays from them). */
  state(): [number, number, number, number] {
    return [this.a, this.b, this.c, this.d];
  }

  restore(st: [number, number, number, number]): void {
    [this.a, this.b, this.c, this.d] = st;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
