// Map iteration: Go randomises where each `range` over a map starts; gosim
// starts at a position drawn from the machine's seeded generator and visits the
// keys present when the loop began, skipping those deleted meanwhile (spec:
// entries removed before being reached are not produced; entries added may or
// may not be — here they are not).

import type { Rng } from './rng';
import type { GoMap } from '../vm/value';

export class MapIter {
  private readonly keys: unknown[];
  private i = 0;
  private readonly start: number;
  key: unknown = undefined;
  value: unknown = undefined;

  constructor(
    private readonly m: GoMap | null,
    rng: Rng,
  ) {
    this.keys = m ? m.encodedKeys() : [];
    this.start = this.keys.length ? rng.intn(this.keys.length) : 0;
  }

  next(): boolean {
    const m = this.m;
    if (!m) return false;
    const n = this.keys.length;
    while (this.i < n) {
      const e = this.keys[(this.start + this.i) % n];
      this.i++;
      if (!m.m.has(e)) continue;
      this.key = m.decode(e);
      this.value = m.m.get(e);
      return true;
    }
    return false;
  }
}
