// bytes: its natives against real Go's results on the strings fixtures'
// inputs, and bytes.go (slicing, nil results, Buffer, Reader) run under real
// Go beside real Go's bytes.

import * as assert from 'assert';
import { callNative } from './fixture';
import { haveGo, runFixture } from './realgo';
import { Slice } from '../../src/vm/value';

const bytes = (s: string): Slice => {
  const a = [...s].map((c) => c.charCodeAt(0));
  return new Slice(a, 0, a.length, a.length);
};
const text = (v: unknown): string => {
  const s = v as Slice;
  return String.fromCharCode(...(s.a.slice(s.off, s.off + s.len) as number[]));
};

describe('bytes', () => {
  it('searches a slice window, not its whole array', () => {
    const s = new Slice([...'xxabcabcyy'].map((c) => c.charCodeAt(0)), 2, 6, 8);
    assert.deepStrictEqual(callNative('bytes.Index', [s, bytes('c')]), [2]);
    assert.deepStrictEqual(callNative('bytes.LastIndex', [s, bytes('y')]), [-1]);
    assert.deepStrictEqual(callNative('bytes.Count', [s, bytes('abc')]), [2]);
    assert.deepStrictEqual(callNative('bytes.Equal', [s, bytes('abcabc')]), [true]);
  });

  it('returns new slices from the copying transforms', () => {
    const s = bytes('h\xc3\xa9llo');
    const up = callNative('bytes.ToUpper', [s])[0] as Slice;
    assert.strictEqual(text(up), 'H\xc3\x89LLO');
    assert.notStrictEqual(up.a, s.a);
    assert.strictEqual(text(callNative('bytes.join', [new Slice([bytes('a'), bytes('b')], 0, 2, 2), bytes(', ')])[0]), 'a, b');
  });

  it('slices, trims, splits, buffers and reads exactly as real Go (bytes.go under real Go)', function () {
    if (!haveGo()) this.skip();
    this.timeout(120000);
    const out = runFixture('bytes_go').trim().split('\n');
    assert.deepStrictEqual(out.slice(0, -1).slice(0, 10), []);
    assert.match(out[out.length - 1], /^done \d{4,}$/);
  });
});
