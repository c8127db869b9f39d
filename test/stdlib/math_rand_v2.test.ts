// math/rand/v2: the PCG generator against the first outputs Go 1.22 gives
// for NewPCG(1, 2), and math_rand_v2.go run under real Go.

import * as assert from 'assert';
import { haveGo, runFixture } from './realgo';
import { pcgUint64 } from '../../src/stdlib/math_rand_v2';

const first = ['c4f5a58656eef510', '9dcec3ad077dec6c', 'c8d04605312f8088', 'cbedc0dcb63ac19a', '3bf98798cae97950'];

describe('math/rand/v2', () => {
  it("steps PCG-DXSM as Go 1.22 does (NewPCG(1, 2)'s first outputs)", () => {
    const p: [number | bigint, number | bigint] = [1, 2];
    assert.deepStrictEqual(
      first.map(() => BigInt(pcgUint64(p)).toString(16)),
      first,
    );
  });

  it('keeps IntN, N, Float64, Perm... in range and panics on bad arguments (under real Go)', function () {
    if (!haveGo()) this.skip();
    this.timeout(120000);
    const out = runFixture('math_rand_v2_go').trim().split('\n');
    assert.deepStrictEqual(out.slice(0, 5), first.map((h) => `pcg ${h}`));
    assert.deepStrictEqual(out.slice(5, -1), []);
    assert.match(out[out.length - 1], /^done \d{5,}$/);
  });
});
