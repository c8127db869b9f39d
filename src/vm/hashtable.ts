// The hash table under a GoMap whose keys are numbers, strings, booleans or
// bigints: an insertion-ordered open-addressing table (a compact dict), faster
// than a JavaScript Map for these keys because it hashes strings in JavaScript,
// where the engine can inline it, and compares stored hashes before keys.
//
// Layout: entries live in one array, key and value side by side, in the
// order they were inserted; `index` is a linear-probing table of slots, each
// an entry's number + 1 (0: an empty slot) and its key's hash, so a probe
// reads one place until a hash matches. Deleting an entry leaves DELETED in
// its key, which no lookup matches; the slot keeps pointing at it, so probes
// run past it, and the entry stays until the next rebuild, which compacts the
// entries and re-indexes them.
//
// Invariants:
//   - size counts the entries whose key is not DELETED.
//   - the slots number a power of two, 2^(32 - shift), at least 4/3 times the
//     entries (deleted ones included), so a probe always meets an empty slot.
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
  /** Entries in insertion order, interleaved: key, value, key, value... */
  ents: unknown[] = [];
  /** Slots of two numbers: an entry's number + 1 (0: empty), and its key's hash. */
  index = new Int32Array(2 << (32 - MIN_SHIFT));
  /** 32 - log2(slots): a slot is the top bits of hash × 2^32/φ. */
  shift = MIN_SHIFT;

  /** The position in ents of k's entry, or -1 - the index position of the empty slot where it would go. */
  private find(k: unknown, h: number): number {
    const index = this.index;
    const ents = this.ents;
    const mask = index.length - 2;
    let s = (Math.imul(h, 0x9e3779b1) >>> this.shift) << 1;
    for (;;) {
      const e = index[s];
      if (e === 0) return -1 - s;
      if (index[s + 1] === h && ents[2 * e - 2] === k) return 2 * e - 2;
      s = (s + 2) & mask;
    }
  }

  get(k: unknown): unknown {
    const i = this.find(k, hashKey(k));
    return i >= 0 ? this.ents[i + 1] : undefined;
  }

  has(k: unknown): boolean {
    return this.find(k, hashKey(k)) >= 0;
  }

  set(k: unknown, v: unknown): this {
    const h = hashKey(k);
    let i = this.find(k, h);
    if (i >= 0) {
      // Go stores the new key too (for float keys, -0 replaces 0 and back).
      this.ents[i] = k;
      this.ents[i + 1] = v;
      return this;
    }
    // At most 3/4 of the slots hold entries, deleted ones included.
    if (((this.ents.length >> 1) + 1) * 4 > (this.index.length >> 1) * 3) {
      this.rebuild(this.size + 1);
      i = this.find(k, h);
    }
    this.ents.push(k, v);
    this.index[-1 - i] = this.ents.length >> 1;
    this.index[-i] = h;
    this.size++;
    return this;
  }

  delete(k: unknown): boolean {
    const i = this.find(k, hashKey(k));
    if (i < 0) return false;
    this.ents[i] = DELETED;
    this.ents[i + 1] = undefined;
    this.size--;
    return true;
  }

  clear(): void {
    this.size = 0;
    this.ents = [];
    this.index = new Int32Array(2 << (32 - MIN_SHIFT));
    this.shift = MIN_SHIFT;
  }

  /** The live keys, in insertion order. */
  keyList(): unknown[] {
    const out: unknown[] = [];
    const ents = this.ents;
    for (let i = 0; i < ents.length; i += 2) if (ents[i] !== DELETED) out.push(ents[i]);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    const ents = this.ents;
    for (let i = 0; i < ents.length; i += 2) if (ents[i] !== DELETED) yield [ents[i], ents[i + 1]];
  }

  /**
   * Sizes the index for `want` entries at a load of at most 1/2, so that at
   * least a quarter of the slots fill before the next rebuild, and drops the
   * deleted entries, if any.
   */
  private rebuild(want: number): void {
    let shift = MIN_SHIFT;
    while (want * 2 > 2 ** (32 - shift)) shift--;
    const old = this.index;
    const index = new Int32Array(2 << (32 - shift));
    const mask = index.length - 2;
    if (this.size === this.ents.length >> 1) {
      // Nothing deleted: the entries stay, and their slots move.
      for (let o = 0; o < old.length; o += 2) {
        if (old[o] === 0) continue;
        const h = old[o + 1];
        let s = (Math.imul(h, 0x9e3779b1) >>> shift) << 1;
        while (index[s] !== 0) s = (s + 2) & mask;
        index[s] = old[o];
        index[s + 1] = h;
      }
    } else {
      // The hashes are kept in the index only: gather them by entry.
      const oldEnts = this.ents;
      const hashes = new Int32Array(oldEnts.length >> 1);
      for (let o = 0; o < old.length; o += 2) if (old[o] !== 0) hashes[old[o] - 1] = old[o + 1];
      const ents: unknown[] = [];
      for (let e = 0; e < hashes.length; e++) {
        const k = oldEnts[2 * e];
        if (k === DELETED) continue;
        const h = hashes[e];
        let s = (Math.imul(h, 0x9e3779b1) >>> shift) << 1;
        while (index[s] !== 0) s = (s + 2) & mask;
        ents.push(k, oldEnts[2 * e + 1]);
        index[s] = ents.length >> 1;
        index[s + 1] = h;
      }
      this.ents = ents;
    }
    this.index = index;
    this.shift = shift;
  }
}
