// The lessons in test/programs that use gosim's library packages, run under
// real Go with those packages replaced by gosim's Go sources (realgo.ts):
// their output must be the golden one. This checks the Go half of the
// library on real programs before gosim can compile it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './fixture';
import { harnessPackages, haveGo, runWithRealGo } from './realgo';

const dir = path.join(repoRoot(), 'test', 'programs');

/** Lessons that need more of Go 1.20+ than the library sources give (builtins, context). */
const needsNewerGo = new Set(['lang_min_max_clear_121.go', 'std_context_cause_120.go']);

/** A lesson written for a Go newer than 1.19 (`// gosim-flags: --go-version 1.2x`): its twin is what real Go 1.19 runs. */
function newerThan119(src: string): boolean {
  const v = /^\/\/ gosim-flags: .*--go-version[ =]1\.(\d+)/m.exec(src.split('\n').slice(0, 3).join('\n'));
  return v !== null && Number(v[1]) > 19;
}

/** Lessons with a plain golden stdout that import one of the library packages. */
function lessons(): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.go') && !f.endsWith('.twin.go') && !needsNewerGo.has(f))
    .filter((f) => fs.existsSync(path.join(dir, f.replace(/\.go$/, '.out'))) && !fs.existsSync(path.join(dir, f.replace(/\.go$/, '.exitcode'))))
    .filter((f) => {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      return harnessPackages.some((p) => src.includes(`"${p}"`)) && !newerThan119(src);
    });
}

describe('lessons on gosim library sources under real Go', function () {
  before(function () {
    if (!haveGo()) this.skip();
  });
  this.timeout(120000);
  for (const f of lessons()) {
    it(`prints ${f}'s golden output`, () => {
      const stdin = path.join(dir, f.replace(/\.go$/, '.stdin'));
      const out = runWithRealGo(fs.readFileSync(path.join(dir, f), 'utf8'), undefined, {
        stdin: fs.existsSync(stdin) ? fs.readFileSync(stdin, 'utf8') : null,
        fileName: f,
      });
      assert.strictEqual(out, fs.readFileSync(path.join(dir, f.replace(/\.go$/, '.out')), 'latin1'));
    });
  }
});
