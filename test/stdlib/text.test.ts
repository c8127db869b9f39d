// The Go-written parts of strings, unicode, unicode/utf8 and errors, run
// under real Go beside real Go's packages (fixtures/text_go).

import * as assert from 'assert';
import { haveGo, runFixture } from './realgo';

describe('strings, unicode, unicode/utf8 and errors in Go', () => {
  it('map, trim, build, read, case-map, encode and unwrap as real Go does', function () {
    if (!haveGo()) this.skip();
    this.timeout(120000);
    const out = runFixture('text_go').trim().split('\n');
    assert.deepStrictEqual(out.slice(0, -1).slice(0, 12), []);
    assert.match(out[out.length - 1], /^done \d{4,}$/);
  });
});
