// The hash table under a GoMap whose keys are numbers, strings, booleans or
// bigints: an insertion-ordered open-addressing table (a compact dict), faster
// than a JavaScript Map for these keys because it hashes strings in JavaScript,
// where the engine can inline it, and compares stored hashes before keys.
//
// Layout: entries live in parallel arrays (keys, vals, hashes) in the order
// they were inserted; `index` is a linear-probing table of entry numbers + 1
// (0: an empty slot). Deleting an entry leaves DELETED in its key, which no
// lookup matches; the slot keeps pointing at it, so probes run past it, and
// the entry stays until the next rebuild, which compacts the entries and
// re-indexes them.
//
// Invariants:
//   - keys.length === vals.length <= hashes.length; size counts the entries
//     whose key is not DELETED.
//   - index.length is a power of two, 2^(32 - shift), and at least 4/3 times
//     keys.length, so a probe always meets an empty slot.
//   - equal keys (===) hash alike: -0 and 0 both hash as the integer 0. NaN
//     never reaches the table (GoMap gives each NaN key a NaNKey of its own).
//
// It is not a general JavaScript Map: object keys other than NaNKey all hash
// alike, so keys of pointer and channel type stay in a Map (see GoMap).
// Everything in it is plain data (arrays, a typed array, a symbol), so
// checkpoints copy it as they copy any object.

let nextNaNKey = 1;

/** The key of an entry whose Go key is NaN (see GoMap.set): equal only to itself. */
export class NaNKey {
  /** Its hash: NaN keys spread over the table like other keys. */
  readonly id = nextNaNKey++ | 0;
}

/** The key of a deleted entry. A symbol, not an object, so that copies of the table keep it. */
const DELETED = Symbol('deleted');

const MIN_SHIFT = 29; // 8 slots

const f64 = new Float64Array(1);
const f64Words = new Int32Array(f64.buffer);

/** A 32-bit hash of a key: the integer itself for int32 values, FNV-1a for strings. */
export function hashKey(k: unknown): number {
  if (typeof k === 'number') {
    if ((k | 0) === k) return k;
    f64[0] = k;
    return f64Words[0] ^ Math.imul(f64Words[1], 0x27d4eb2d);
  }
  if (typeof k === 'string') {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
    return h;
  }
  if (typeof k === 'bigint') return Number(BigInt.asIntN(32, k)) ^ Math.imul(Number(BigInt.asIntN(32, k >> 32n)), 0x27d4eb2d);
  if (typeof k === 'boolean') return k ? 1 : 2;
  if (k instanceof NaNKey) return k.id;
  return 0;
}

export class HashTable {
  /** Live entries. */
  size = 0;
  keys: unknown[] = [];
  vals: unknown[] = [];
  hashes = new Int32Array(6);
  index = new Int32Array(8);
  /** 32 - log2(index.length): a slot is the top bits of hash × 2^32/φ. */
  shift = MIN_SHIFT;

  /** The entry holding k, or -1 - the empty slot where it would go. */
  private find(k: unknown, h: number): number {
    const index = this.index;
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = index.length - 1;
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = index[s];
      if (e === 0) return -1 - s;
      if (hashes[e - 1] === h && keys[e - 1] === k) return e - 1;
      s = (s + 1) & mask;
    }
  }

  get(k: unknown): unknown {
    const i = this.find(k, hashKey(k));
    return i >= 0 ? this.vals[i] : undefined;
  }

  has(k: unknown): boolean {
    return this.find(k, hashKey(k)) >= 0;
  }

  set(k: unknown, v: unknown): this {
    const h = hashKey(k);
    let i = this.find(k, h);
    if (i >= 0) {
      // Go stores the new key too (for float keys, -0 replaces 0 and back).
      this.keys[i] = k;
      this.vals[i] = v;
      return this;
    }
    const e = this.keys.length;
    if (e === this.hashes.length) {
      this.rebuild(this.size + 1);
      i = this.find(k, h);
    }
    this.index[-1 - i] = this.keys.length + 1;
    this.hashes[this.keys.length] = h;
    this.keys.push(k);
    this.vals.push(v);
    this.size++;
    return this;
  }

  delete(k: unknown): boolean {
    const i = this.find(k, hashKey(k));
    if (i < 0) return false;
    this.keys[i] = DELETED;
    this.vals[i] = undefined;
    this.size--;
    return true;
  }

  clear(): void {
    this.size = 0;
    this.keys = [];
    this.vals = [];
    this.hashes = new Int32Array(6);
    this.index = new Int32Array(8);
    this.shift = MIN_SHIFT;
  }

  /** The live keys, in insertion order. */
  keyList(): unknown[] {
    const out: unknown[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== DELETED) out.push(keys[i]);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    const keys = this.keys;
    const vals = this.vals;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== DELETED) yield [keys[i], vals[i]];
  }

  /**
   * Compacts the entries and sizes the index for `want` of them at a load of
   * at most 3/8, so that at least as many insertions again come before the
   * next rebuild.
   */
  private rebuild(want: number): void {
    let shift = MIN_SHIFT;
    while (want * 8 > 2 ** (32 - shift) * 3) shift--;
    const slots = 2 ** (32 - shift);
    const keys: unknown[] = [];
    const vals: unknown[] = [];
    const hashes = new Int32Array((slots * 3) / 4);
    const index = new Int32Array(slots);
    const mask = slots - 1;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === DELETED) continue;
      const h = this.hashes[i];
      let s = Math.imul(h, 0x9e3779b1) >>> shift;
      while (index[s] !== 0) s = (s + 1) & mask;
      index[s] = keys.length + 1;
      hashes[keys.length] = h;
      keys.push(k);
      vals.push(this.vals[i]);
    }
    this.keys = keys;
    this.vals = vals;
    this.hashes = hashes;
    this.index = index;
    this.shift = shift;
  }
}
