// Library packages as a whole: each Go source type-checks when a program
// imports it, and its bodyless functions and its natives name each other.

import * as assert from 'assert';
import type * as ast from '../../src/syntax/ast';
import { loadProgram } from '../../src/engine/load';
import { newestGoVersion } from '../../src/engine/engine';
import { parseFile } from '../../src/syntax/parser';
import { SourceFile } from '../../src/syntax/source';
import { packageSources } from '../../src/stdlib/sources';
import { natives } from '../../src/stdlib/natives';

const owned = [
  'strings',
  'bytes',
  'unicode',
  'unicode/utf8',
  'math',
  'math/bits',
  'math/rand',
  'math/rand/v2',
  'sort',
  'slices',
  'maps',
  'cmp',
  'errors',
  'bufio',
];

/** Go's full name of a function declaration: `strings.Repeat`, `math/rand.(*Rand).Intn`. */
function fullName(path: string, d: ast.FuncDecl): string {
  if (!d.recv) return `${path}.${d.name.name}`;
  let t = d.recv.type;
  let star = '';
  if (t.kind === 'StarExpr') {
    star = '*';
    t = t.x;
  }
  if (t.kind === 'IndexExpr') t = t.x;
  const recv = t.kind === 'Ident' ? t.name : '?';
  return star ? `${path}.(*${recv}).${d.name.name}` : `${path}.${recv}.${d.name.name}`;
}

async function bodyless(path: string): Promise<string[]> {
  const r = await parseFile(new SourceFile(`${path}.go`, packageSources[path]));
  assert.ok(r.file, r.errors.map(String).join('\n'));
  return r.file.decls.filter((d): d is ast.FuncDecl => d.kind === 'FuncDecl' && !d.body).map((d) => fullName(path, d));
}

describe('standard library packages', () => {
  for (const path of owned) {
    it(`type-checks ${path} when a program imports it`, async () => {
      const text = `package main\n\nimport _ "${path}"\n\nfunc main() {}\n`;
      const r = await loadProgram('prog.go', text, { goVersion: newestGoVersion });
      assert.ok(r.ok, r.ok ? '' : r.errors.map(String).join('\n'));
    });

    it(`has a native for every bodyless function of ${path} and no others`, async () => {
      const declared = await bodyless(path);
      const missing = declared.filter((n) => !natives[n]);
      assert.deepStrictEqual(missing, []);
      // `math.` does not prefix `math/bits.`: package paths end at the first dot.
      const prefix = `${path}.`;
      const extra = Object.keys(natives).filter((n) => n.startsWith(prefix) && !declared.includes(n));
      assert.deepStrictEqual(extra, []);
    });
  }
});
