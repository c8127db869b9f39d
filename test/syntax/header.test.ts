// A file's header as the go command reads it (src/syntax/header.ts): on
// lesson programs with random edits in the package clause and imports, the
// error is the one `go list` reported (test/syntax/header-cases.json, made by
// make-header-cases.js with Go 1.19), at the same line and column, or none
// where it reported none.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readHeader } from '../../src/syntax/header';
import { SourceFile } from '../../src/syntax/source';
import { repoRoot } from '../support/golden';

const cases = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'syntax', 'header-cases.json'), 'utf8')) as { src: string; goList: string }[];

/** What the header reader says of src, as `go list` would print it without the file name. */
function said(src: string): string {
  const h = readHeader(src);
  if (h.ok) return '';
  return `${new SourceFile('x.go', src).format(h.pos).slice('x.go:'.length)}: ${h.msg}`;
}

describe('the go command\'s reading of a file header', () => {
  it('reports the error go list reports, or none, on each edited header', () => {
    assert.ok(cases.length >= 40 && cases.some((c) => c.goList === ''));
    const wrong = cases.map((c, i) => ({ i, want: c.goList, got: said(c.src) })).filter((r) => r.want !== r.got);
    assert.deepStrictEqual(wrong, []);
  });

  it('gives the package name and each import\'s path and position', () => {
    const src = 'package main\n\nimport (\n\t"fmt"\n\tstr "strings"\n\t. `os`\n)\nimport "time"\n\nfunc main() {}\n';
    const h = readHeader(src);
    assert.ok(h.ok);
    if (!h.ok) return;
    assert.strictEqual(h.name, 'main');
    assert.deepStrictEqual(
      h.imports.map((x) => ({ path: x.path, at: new SourceFile('x.go', src).format(x.pos) })),
      [
        { path: 'fmt', at: 'x.go:4:2' },
        { path: 'strings', at: 'x.go:5:6' },
        { path: 'os', at: 'x.go:6:4' },
        { path: 'time', at: 'x.go:8:8' },
      ],
    );
  });

  it('reads only as far as the imports: errors after them are the compiler\'s', () => {
    assert.ok(readHeader('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("x" }\n').ok);
    assert.ok(readHeader('package main\nimport "fmt" @\n').ok);
  });
});
