// bufio: bufio.go run under real Go beside real Go's bufio, over readers
// and writers that hand over data in odd pieces.

import * as assert from 'assert';
import { haveGo, runFixture } from './realgo';

describe('bufio', () => {
  it('scans, reads and writes in the same pieces as real Go (bufio.go under real Go)', function () {
    if (!haveGo()) this.skip();
    this.timeout(120000);
    const out = runFixture('bufio_go').trim().split('\n');
    assert.deepStrictEqual(out.slice(0, -1).slice(0, 12), []);
    assert.match(out[out.length - 1], /^done \d{4,}$/);
  });
});
