// The quick fix for a missing import: which package, and where the import goes.

import * as assert from 'assert';
import { importEdit, missingPackage } from '../../src/host/missingImport';

function apply(source: string, path: string): string {
  const e = importEdit(source, path);
  const lines = source.split('\n');
  return [...lines.slice(0, e.start), ...e.text.replace(/\n$/, '').split('\n'), ...lines.slice(e.end)].join('\n');
}

describe('host: the missing-import quick fix', () => {
  it('knows the packages gosim has, by the name a program uses', () => {
    assert.strictEqual(missingPackage('undefined: fmt'), 'fmt');
    assert.strictEqual(missingPackage('undefined: rand'), 'math/rand');
    assert.strictEqual(missingPackage('undefined: atomic'), 'sync/atomic');
    assert.strictEqual(missingPackage('undefined: foo'), null);
    assert.strictEqual(missingPackage('x declared but not used'), null);
  });

  it('adds an import declaration after the package clause of a file without imports', () => {
    assert.strictEqual(apply('package main\n\nfunc main() {\n\tfmt.Println(1)\n}\n', 'fmt'), 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(1)\n}\n');
  });

  it('turns a single import into a block, in order', () => {
    assert.strictEqual(apply('package main\n\nimport "time"\n\nfunc main() {}\n', 'fmt'), 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {}\n');
  });

  it('adds to an import block in order', () => {
    const src = 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n';
    assert.strictEqual(apply(src, 'sync'), 'package main\n\nimport (\n\t"fmt"\n\t"sync"\n\t"time"\n)\n');
    assert.strictEqual(apply(src, 'unicode/utf8'), 'package main\n\nimport (\n\t"fmt"\n\t"time"\n\t"unicode/utf8"\n)\n');
  });
});
