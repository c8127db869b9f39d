// Go's sorting algorithms (sort_pdq.ts) against real Go's sort package
// (fixtures/sort): the same final order of equal elements, and the same
// number of Less and Swap calls, on random and patterned inputs.

import * as assert from 'assert';
import * as fs from 'fs';
import { fixturePath } from './fixture';
import { pdqsortAll, stable } from '../../src/stdlib/sort_pdq';
import { natives } from '../../src/stdlib/natives';
import { float64bits, float64frombits } from '../../src/stdlib/math';
import { Slice } from '../../src/vm/value';
import type { NativeHost } from '../../src/vm/native';
import { haveGo, runFixture } from './realgo';

interface SortCase {
  kind: string;
  keys: string[];
  want: string;
}

function cases(): SortCase[] {
  return fs
    .readFileSync(fixturePath('sort'), 'latin1')
    .trim()
    .split('\n')
    .map((line) => {
      const [lhs, want] = line.split(' => ');
      const [kind, , keys] = lhs.split(' ');
      return { kind, keys: keys ? keys.split(',') : [], want };
    });
}

/** Sorts (key, original index) pairs, counting calls, and renders the result as the fixture does. */
function run(kind: string, keys: number[]): string {
  const k = keys.slice();
  const tags = keys.map((_, i) => i);
  let less = 0;
  let swaps = 0;
  const seq = {
    less: (i: number, j: number) => {
      less++;
      return k[i] < k[j];
    },
    swap: (i: number, j: number) => {
      swaps++;
      [k[i], k[j]] = [k[j], k[i]];
      [tags[i], tags[j]] = [tags[j], tags[i]];
    },
  };
  if (kind === 'stable') stable(seq, k.length);
  else pdqsortAll(seq, k.length);
  // sort.Slice's swapper is not user code: Go counts only its less calls.
  return `${tags.join(',')} ${less} ${kind === 'slice' ? 0 : swaps}`;
}

describe('sort algorithms', () => {
  const all = cases();

  for (const kind of ['sort', 'stable', 'slice']) {
    it(`${kind} leaves equal elements where Go does, with the same Less and Swap calls`, () => {
      const bad: string[] = [];
      let n = 0;
      for (const c of all.filter((c) => c.kind === kind)) {
        n++;
        const got = run(kind, c.keys.map(Number));
        if (got !== c.want) bad.push(`${c.keys.length} elements: ${c.keys.slice(0, 20).join(',')}...`);
      }
      assert.ok(n > 100);
      assert.deepStrictEqual(bad.slice(0, 5), []);
    });
  }

  it('sort.Float64s puts NaNs first and leaves -0 and 0 in Go order', () => {
    let n = 0;
    for (const c of all.filter((c) => c.kind === 'float64s')) {
      n++;
      const xs = c.keys.map((h) => float64frombits(BigInt('0x' + h)));
      natives['sort.Float64s'].fn!({} as NativeHost, [new Slice(xs, 0, xs.length, xs.length)]);
      const got = xs.map((x) => (Number.isNaN(x) ? 'nan' : BigInt(float64bits(x)).toString(16).padStart(16, '0')));
      const want = c.want.split(',').map((h) => (Number.isNaN(float64frombits(BigInt('0x' + h))) ? 'nan' : h));
      assert.deepStrictEqual(got, want);
    }
    assert.ok(n === 40);
  });
});

describe('sort.go under real Go', () => {
  it('makes the same Less and Swap calls as real Go for Sort, Stable, Slice and Reverse, and searches alike', function () {
    if (!haveGo()) this.skip();
    this.timeout(120000);
    const out = runFixture('sort_go').trim().split('\n');
    assert.deepStrictEqual(out.slice(0, -1), []);
    assert.match(out[out.length - 1], /^done \d{4,}$/);
  });
});
