// Valid Go that gosim does not run: each construct gets one message, in
// gosim's voice, at the construct, naming it — and nothing else (no
// follow-on "undefined" errors, never a stack trace of the engine).

import * as assert from 'assert';
import { load } from '../../src/engine/engine';

interface Case {
  what: string;
  src: string;
  want: string;
  goVersion?: number;
}

const cases: Case[] = [
  {
    what: 'cgo',
    src: 'package main\n\n// int add(int a, int b) { return a + b; }\nimport "C"\n\nfunc main() { println(C.add(1, 2)) }\n',
    want: 'gosim: lesson.go:4:8: unsupported: cgo (import "C")',
  },
  {
    what: 'package unsafe',
    src: 'package main\n\nimport (\n\t"fmt"\n\t"unsafe"\n)\n\nfunc main() { fmt.Println(unsafe.Sizeof(0)) }\n',
    want: 'gosim: lesson.go:5:2: unsupported: package "unsafe"',
  },
  {
    what: 'package reflect',
    src: 'package main\n\nimport (\n\t"fmt"\n\t"reflect"\n)\n\nfunc main() { fmt.Println(reflect.TypeOf(0).Kind()) }\n',
    want: `gosim: lesson.go:5:2: unsupported: package "reflect" (fmt's %T and %v show types and values)`,
  },
  {
    what: 'a standard package gosim does not simulate',
    src: 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
    want: 'gosim: lesson.go:3:8: unsupported: package "net/http" (gosim does not simulate it)',
  },
  {
    what: 'a module outside the standard library',
    src: 'package main\n\nimport "golang.org/x/sync/errgroup"\n\nfunc main() { var g errgroup.Group; g.Wait() }\n',
    want: 'gosim: lesson.go:3:8: unsupported: imported package "golang.org/x/sync/errgroup" (gosim runs a single file: only the standard library can be imported)',
  },
  {
    what: 'another package of the same program',
    src: 'package main\n\nimport "myapp/store"\n\nfunc main() { store.Open() }\n',
    want: 'gosim: lesson.go:3:8: unsupported: imported package "myapp/store" (gosim runs a single file: only the standard library can be imported)',
  },
  {
    what: 'a dot import',
    src: 'package main\n\nimport . "fmt"\n\nfunc main() { Println("hi") }\n',
    want: 'gosim: lesson.go:3:8: unsupported: dot import of "fmt"',
  },
  {
    what: 'an array too large to simulate',
    src: 'package main\n\nvar big [1 << 40]byte\n\nfunc main() { _ = big }\n',
    want: 'gosim: lesson.go:3:10: unsupported: array length 1099511627776 (gosim limits arrays to 2^30 elements)',
  },
];

describe('unsupported constructs', () => {
  for (const c of cases) {
    it(`names ${c.what} in one positioned message`, async () => {
      const r = await load('lesson.go', c.src, { goVersion: c.goVersion ?? 19 });
      assert.strictEqual(r.ok, false);
      if (r.ok) return;
      assert.strictEqual(r.message, c.want);
    });
  }

  it('reports every unsupported import, and only those', async () => {
    const src = 'package main\n\nimport (\n\t"reflect"\n\t"unsafe"\n)\n\nfunc main() { _ = reflect.TypeOf(unsafe.Sizeof(0)); undefinedName() }\n';
    const r = await load('lesson.go', src, { goVersion: 22 });
    assert.ok(!r.ok);
    if (r.ok) return;
    assert.deepStrictEqual(r.message.split('\n'), [
      `gosim: lesson.go:4:2: unsupported: package "reflect" (fmt's %T and %v show types and values)`,
      'gosim: lesson.go:5:2: unsupported: package "unsafe"',
    ]);
  });

  it('runs packages newer than the chosen Go version only from that version on', async () => {
    const src = 'package main\n\nimport "iter"\n\nvar _ iter.Seq[int]\n\nfunc main() {}\n';
    const old = await load('lesson.go', src, { goVersion: 22 });
    assert.ok(!old.ok && old.message === 'lesson.go:3:8: package iter is not in GOROOT (/usr/local/go/src/iter)');
    assert.ok((await load('lesson.go', src, { goVersion: 23 })).ok);
  });

  it('leaves out names a package gained after the chosen Go version (Go\'s api/go1.22.txt, go1.23.txt)', async () => {
    const src = 'package main\n\nimport (\n\t"fmt"\n\t"slices"\n)\n\nfunc main() { fmt.Println(slices.Concat([]int{1}), slices.Collect(slices.Values([]int{2}))) }\n';
    const at = async (goVersion: number) => {
      const r = await load('lesson.go', src, { goVersion });
      return r.ok ? 'ok' : r.message;
    };
    assert.strictEqual(await at(21), ['lesson.go:8:34: undefined: slices.Concat', 'lesson.go:8:59: undefined: slices.Collect', 'lesson.go:8:74: undefined: slices.Values'].join('\n'));
    assert.strictEqual(await at(22), ['lesson.go:8:59: undefined: slices.Collect', 'lesson.go:8:74: undefined: slices.Values'].join('\n'));
    assert.strictEqual(await at(23), 'ok');
  });
});
