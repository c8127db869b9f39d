// math/bits' natives against real Go's results (fixtures/math_bits).

import * as assert from 'assert';
import { checkNatives, readCases } from './fixture';

describe('math/bits', () => {
  it('counts, reverses, rotates and does full-width arithmetic as Go does', () => {
    assert.ok(checkNatives('math/bits', readCases('math_bits')) > 20000);
  });
});
