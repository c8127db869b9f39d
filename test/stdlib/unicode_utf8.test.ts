// unicode/utf8's natives against real Go's results (fixtures/unicode_utf8).

import * as assert from 'assert';
import { checkNatives, readCases } from './fixture';
import { decodeLastString, decodeString, encodeRune, runeOf, sizeOf } from '../../src/stdlib/unicode_utf8';

describe('unicode/utf8', () => {
  it('decodes, counts and validates as Go does on valid, invalid and truncated encodings', () => {
    const n = checkNatives('unicode/utf8', readCases('unicode_utf8'));
    assert.ok(n > 300, `only ${n} cases ran`);
  });

  it('encodes every valid rune so that decoding gives it back', () => {
    for (let r = 0; r <= 0x10ffff; r += r < 0x1000 ? 1 : 97) {
      if (r >= 0xd800 && r <= 0xdfff) continue;
      const s = encodeRune(r);
      assert.strictEqual(runeOf(decodeString(s, 0)), r);
      assert.strictEqual(sizeOf(decodeString(s, 0)), s.length);
      assert.strictEqual(runeOf(decodeLastString('ab' + s)), r);
    }
  });

  it('encodes surrogates and runes past MaxRune as RuneError', () => {
    assert.strictEqual(encodeRune(0xd800), '\xef\xbf\xbd');
    assert.strictEqual(encodeRune(0x110000), '\xef\xbf\xbd');
    assert.strictEqual(encodeRune(-1), '\xef\xbf\xbd');
  });
});
