// Packed syntax trees (src/syntax/packedTree.ts): each library package's tree,
// parsed when gosim was built, is the tree its source parses to now, and
// packing keeps what a fresh parse has: shapes, absent keys and shared nodes.

import * as assert from 'assert';
import libraryTrees from 'gosim:library-trees';
import type * as ast from '../../src/syntax/ast';
import { packTree, unpackTree } from '../../src/syntax/packedTree';
import { parseFile } from '../../src/syntax/parser';
import { SourceFile } from '../../src/syntax/source';
import { packageSources } from '../../src/stdlib/sources';

async function parse(name: string, text: string): Promise<ast.File> {
  const r = await parseFile(new SourceFile(name, text), { trusted: true });
  assert.ok(r.file, r.errors.map(String).join('\n'));
  return r.file;
}

/** Fails unless `a` and `b` share the same nodes: one object in one tree is one object in the other. */
function assertSameSharing(a: unknown, b: unknown): void {
  const aToB = new Map<object, unknown>();
  const bToA = new Map<object, unknown>();
  const walk = (x: unknown, y: unknown, where: string): void => {
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) return;
    if (aToB.has(x) || bToA.has(y)) {
      assert.ok(aToB.get(x) === y && bToA.get(y) === x, `${where} is shared in one tree and not in the other`);
      return;
    }
    aToB.set(x, y);
    bToA.set(y, x);
    for (const key of Object.keys(x)) walk((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], `${where}.${key}`);
  };
  walk(a, b, 'file');
}

describe('packed syntax trees', () => {
  it('were built for every library package and no other', () => {
    assert.deepStrictEqual(Object.keys(libraryTrees).sort(), Object.keys(packageSources).sort());
  });

  for (const path of Object.keys(packageSources)) {
    it(`unpack ${path} to the tree a fresh parse of its source gives`, async () => {
      const fresh = await parse(`${path}.go`, packageSources[path]);
      const prebuilt = unpackTree(libraryTrees[path]);
      assert.deepStrictEqual(prebuilt, fresh);
      assertSameSharing(prebuilt, fresh);
    });
  }

  it('keep the expressions an implicit constant shares with the spec before it', async () => {
    const file = await parse('c.go', 'package p\n\nconst (\n\tA = iota * 2\n\tB\n\tC\n)\n');
    const specs = (unpackTree(packTree(file)).decls[0] as ast.GenDecl).specs as ast.ValueSpec[];
    assert.strictEqual(specs[1].implicit, true);
    assert.strictEqual(specs[1].values, specs[0].values);
    assert.strictEqual(specs[2].values, specs[0].values);
    assert.deepStrictEqual(specs.map((s) => s.iota), [0, 1, 2]);
  });

  it('leave an absent optional key absent, and keep one that is there', async () => {
    const file = await parse('r.go', 'package p\n\nfunc f(s []int) {\n\tfor i := range s {\n\t}\n\tfor i, v, w := range s {\n\t}\n}\n');
    const body = (unpackTree(packTree(file)).decls[0] as ast.FuncDecl).body!.list as ast.RangeStmt[];
    assert.ok(!('extra' in body[0]));
    assert.strictEqual((body[1].extra as ast.Ident).name, 'w');
  });

  it('keep positions exact, past multi-byte characters too', async () => {
    const text = 'package p\n\n// héllo, 世界\nvar s = "→"\n\nfunc f() int {\n\treturn 1 + 2\n}\n';
    const file = await parse('u.go', text);
    const unpacked = unpackTree(packTree(file));
    assert.deepStrictEqual(unpacked, file);
    const ret = (unpacked.decls[1] as ast.FuncDecl).body!.list[0] as ast.ReturnStmt;
    assert.strictEqual(text.slice(ret.pos, ret.end), 'return 1 + 2');
  });

  it('refuse what JSON would not give back', () => {
    const ident = (extra: object) => ({ kind: 'Ident', name: 'x', pos: 0, end: 1, ...extra }) as unknown as ast.File;
    assert.throws(() => packTree(ident({ note: undefined })), /file\.note is undefined/);
    assert.throws(() => packTree(ident({ note: new Map() })), /file\.note is not a plain object/);
    assert.throws(() => packTree(ident({ note: NaN })), /file\.note is NaN/);
    assert.throws(() => packTree(ident({ pos: 0.5 })), /file\.pos is 0\.5, not an offset/);
    const cyclic: Record<string, unknown> = { kind: 'Ident', name: 'x', pos: 0, end: 1 };
    cyclic.self = cyclic;
    assert.throws(() => packTree(cyclic as unknown as ast.File), /file\.self is a cycle/);
  });
});
