// Golden transcripts of DAP sessions: a test writes what it asked and what the
// adapter answered, one readable line each, and the text is compared with
// test/dap/golden/NAME.txt. What varies between runs and machines is left out
// or rewritten (frame ids and variable references are not written; paths
// become ${fixtures}, virtual durations <duration>). A missing golden is written; UPDATE_GOLDEN=1 rewrites
// them; a mismatch leaves NAME.actual.txt beside the golden and fails.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../support/golden';
import { fixturesDir } from './session';

const goldenDir = path.join(repoRoot(), 'test', 'dap', 'golden');

export class Transcript {
  private readonly lines: string[] = [];

  constructor(private readonly name: string) {}

  add(line: string): void {
    this.lines.push(normalize(line));
  }

  /** Compares with the golden file (see the header). */
  check(): void {
    const text = this.lines.join('\n') + '\n';
    const golden = path.join(goldenDir, `${this.name}.txt`);
    const actual = path.join(goldenDir, `${this.name}.actual.txt`);
    if (process.env.UPDATE_GOLDEN || !fs.existsSync(golden)) {
      fs.mkdirSync(goldenDir, { recursive: true });
      fs.writeFileSync(golden, text);
      if (fs.existsSync(actual)) fs.unlinkSync(actual);
      return;
    }
    const want = fs.readFileSync(golden, 'utf8');
    if (want === text) {
      if (fs.existsSync(actual)) fs.unlinkSync(actual);
      return;
    }
    fs.writeFileSync(actual, text);
    assert.strictEqual(text, want, `transcript ${this.name} differs from its golden (see ${path.relative(repoRoot(), actual)})`);
  }
}

function normalize(line: string): string {
  // Virtual durations follow the cost model, which is tuned; the transcript should not have to be.
  return line.split(fixturesDir).join('${fixtures}').replace(/wakes in [\d.]+[nµm]?s/g, 'wakes in <duration>');
}
