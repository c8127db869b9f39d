// The library tours (test/stdlib/programs): programs that sweep a package's
// API, run on gosim end to end, must print what real Go printed.

import * as assert from 'assert';
import * as path from 'path';
import { checkGolden, goldenCases } from '../support/golden';
import { repoRoot } from './fixture';

describe('library tours on gosim', function () {
  this.timeout(60000);
  for (const c of goldenCases(path.join(repoRoot(), 'test', 'stdlib', 'programs'))) {
    it(`prints what real Go prints: ${c.name}`, async () => {
      assert.deepStrictEqual(await checkGolden(c), []);
    });
  }
});
