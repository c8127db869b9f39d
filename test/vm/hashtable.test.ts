// HashTable, the table under GoMaps of number, string and boolean keys: checked
// against a JavaScript Map (same keys, same insertion order) through sequences
// of operations that cross its rebuild thresholds.

import * as assert from 'assert';
import { HashTable, NaNKey } from '../../src/vm/hashtable';
import { deepCopy } from '../../src/engine/clone';

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function assertSame(t: HashTable, m: Map<unknown, unknown>, what: string): void {
  assert.strictEqual(t.size, m.size, `${what}: size`);
  assert.deepStrictEqual([...t], [...m], `${what}: entries in insertion order`);
  assert.deepStrictEqual(t.keyList(), [...m.keys()], `${what}: keys`);
}

describe('HashTable', () => {
  it('agrees with a Map through random inserts, updates and deletes across many rebuilds', () => {
    for (const [name, keyOf] of [
      ['small ints', (r: () => number) => Math.floor(r() * 3000)],
      ['strings', (r: () => number) => String(Math.floor(r() * 3000))],
      ['floats', (r: () => number) => Math.floor(r() * 3000) / 7],
    ] as const) {
      const r = lcg(42);
      const t = new HashTable();
      const m = new Map<unknown, unknown>();
      for (let i = 0; i < 60000; i++) {
        const k = keyOf(r);
        const x = r();
        if (x < 0.55) {
          t.set(k, i);
          m.set(k, i);
        } else if (x < 0.85) {
          assert.strictEqual(t.delete(k), m.delete(k), `${name}: delete ${String(k)}`);
        } else {
          assert.strictEqual(t.get(k), m.get(k), `${name}: get ${String(k)}`);
          assert.strictEqual(t.has(k), m.has(k), `${name}: has ${String(k)}`);
        }
        if (i % 5000 === 0) assertSame(t, m, `${name} after ${i} operations`);
      }
      assertSame(t, m, name);
    }
  });

  it('keeps every entry through growth from empty to 200,000 keys, then empties and refills', () => {
    const t = new HashTable();
    for (let i = 0; i < 200000; i++) t.set(i * 31, i);
    assert.strictEqual(t.size, 200000);
    for (let i = 0; i < 200000; i++) assert.strictEqual(t.get(i * 31), i);
    assert.strictEqual(t.get(1), undefined);
    for (let i = 0; i < 200000; i++) t.delete(i * 31);
    assert.strictEqual(t.size, 0);
    assert.deepStrictEqual(t.keyList(), []);
    for (let i = 0; i < 1000; i++) t.set(`k${i}`, i);
    assert.strictEqual(t.get('k999'), 999);
    t.clear();
    assert.strictEqual(t.size, 0);
    assert.strictEqual(t.get('k1'), undefined);
    t.set('k1', 1);
    assert.deepStrictEqual([...t], [['k1', 1]]);
  });

  it('does not grow when the same few keys come and go', () => {
    const t = new HashTable();
    for (let i = 0; i < 100000; i++) {
      t.set(i, i);
      t.delete(i - 3);
    }
    assert.deepStrictEqual(t.keyList(), [99997, 99998, 99999]);
    assert.ok(t.index.length <= 128, `an index of ${t.index.length / 2} slots for 3 keys`);
  });

  it('tells apart integers about 2^53, bigints beyond it, -0 from nothing, and each NaN key', () => {
    const t = new HashTable();
    const keys: unknown[] = [2 ** 53 - 1, 2 ** 53, -(2 ** 53), 2n ** 53n + 1n, -(2n ** 63n), 2n ** 64n - 1n, 2 ** 31, -(2 ** 31), 0.5, true, false, ''];
    keys.forEach((k, i) => t.set(k, i));
    keys.forEach((k, i) => assert.strictEqual(t.get(k), i, `key ${String(k)}`));
    assert.strictEqual(t.get(2n ** 53n), undefined, 'a bigint in the safe range is not the number');
    t.set(-0, 'negative zero');
    assert.strictEqual(t.get(0), 'negative zero');
    t.set(0, 'zero');
    assert.strictEqual(t.size, keys.length + 1);
    assert.ok(Object.is(t.keyList()[keys.length], 0), 'the last key stored is kept');
    const a = new NaNKey();
    const b = new NaNKey();
    t.set(a, 'a');
    t.set(b, 'b');
    assert.strictEqual(t.get(a), 'a');
    assert.strictEqual(t.get(b), 'b');
    assert.strictEqual(t.get(new NaNKey()), undefined);
  });

  it('survives a deep copy (checkpoints) with its deleted entries', () => {
    const t = new HashTable();
    for (let i = 0; i < 100; i++) t.set(`s${i}`, i);
    for (let i = 0; i < 100; i += 2) t.delete(`s${i}`);
    const { copy } = deepCopy(t, () => false);
    assert.deepStrictEqual([...copy], [...t]);
    copy.set('s0', 'new');
    assert.strictEqual(copy.get('s0'), 'new');
    assert.strictEqual(t.get('s0'), undefined);
    assert.strictEqual(copy.get('s1'), 1);
    assert.strictEqual(copy.size, 51);
  });
});
