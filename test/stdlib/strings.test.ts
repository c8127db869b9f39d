// strings' natives against real Go's results (fixtures/strings).

import * as assert from 'assert';
import { checkNatives, readCases } from './fixture';

describe('strings', () => {
  it('searches, splits, trims, case-maps and replaces as Go does, invalid UTF-8 included', () => {
    const n = checkNatives('strings', readCases('strings'));
    assert.ok(n > 20000, `only ${n} cases ran`);
  });
});
