// math/rand: the native generator against real Go's outputs
// (fixtures/math_rand/observed.txt), and math_rand.go under real Go beside
// real Go's math/rand (fixtures/math_rand_go).

import * as assert from 'assert';
import * as fs from 'fs';
import { fixturePath } from './fixture';
import { haveGo, runFixture } from './realgo';
import { int63, seed, uint64 } from '../../src/stdlib/math_rand';

function newSource(s: number | bigint): [number, number, number[], number[]] {
  const rng: [number, number, number[], number[]] = [0, 0, new Array(607).fill(0), new Array(607).fill(0)];
  seed(rng, s);
  return rng;
}

describe('math/rand', () => {
  it('draws the same 64-bit values as Go 1.19 for every observed seed', () => {
    const lines = fs.readFileSync(fixturePath('math_rand', 'observed.txt'), 'latin1').trim().split('\n');
    assert.strictEqual(lines.length, 8);
    for (const line of lines) {
      const [, s, ...want] = line.split(' ');
      const rng = newSource(BigInt(s));
      const got = want.map(() => BigInt(uint64(rng)).toString(16));
      assert.deepStrictEqual(got, want, `seed ${s}`);
    }
  });

  it('gives Int63 as the top 63 bits of the same sequence', () => {
    const a = newSource(7);
    const b = newSource(7);
    for (let i = 0; i < 1000; i++) assert.strictEqual(BigInt(int63(a)), BigInt(uint64(b)) & ((1n << 63n) - 1n));
  });

  it('builds Intn, Float64, Perm, Shuffle, NormFloat64... exactly as real Go does (math_rand.go under real Go)', function () {
    if (!haveGo()) this.skip();
    this.timeout(120000);
    const out = runFixture('math_rand_go').trim().split('\n');
    assert.deepStrictEqual(out.slice(0, -1).slice(0, 10), []);
    assert.match(out[out.length - 1], /^done \d{5,}$/);
  });
});
