// How fmt calls Go methods and what it does when they misbehave, where real
// Go's output cannot be the oracle (simulated addresses) or is already pinned
// by fixtures/fmt: the fast path's refusal, the GoCalls the slow path makes,
// receiver copies, nested panics, and gosim's address scheme.

import * as assert from 'assert';
import { parseFile } from '../../src/syntax/parser';
import { SourceFile } from '../../src/syntax/source';
import { natives } from '../../src/stdlib/natives';
import { GoCall, GoPanicSignal, NativeHost } from '../../src/vm/native';
import type { FuncProto } from '../../src/vm/func';
import type { RType } from '../../src/vm/rtype';
import { Iface, Ref, Slice, resetObjectIds } from '../../src/vm/value';
import { GoWorld } from './fmt_gotypes';

const source = `package main

type P struct{ X, Y int }

func (p P) String() string { return "" }

type Loud int

func (l Loud) String() string { return "" }

type Shy struct{ n int }

func (s *Shy) String() string { return "" }

type F int

func (f F) Format(s fmt.State, verb rune) {}
`;

let world: GoWorld;
const host = { machine: {} } as unknown as NativeHost;

before(async () => {
  const r = await parseFile(new SourceFile('m.go', source));
  world = new GoWorld([r.file!]);
});

const any = (t: RType, v: unknown) => new Iface(t, v);
const list = (...v: unknown[]) => new Slice(v, 0, v.length, v.length);
const state = () => any(world.get('*fmt.pp'), [null, 0, 0, false, false, '']);

/** Runs a generator native; answer(call) returns the results or throws a GoPanicSignal's value wrapped in {panic}. */
function drive<R>(gen: Generator<GoCall, R, unknown[]>, answer: (c: GoCall) => unknown[] | { panic: unknown }): { result: R; calls: GoCall[] } {
  const calls: GoCall[] = [];
  let step = gen.next();
  while (!step.done) {
    calls.push(step.value);
    const a = answer(step.value);
    step = Array.isArray(a) ? gen.next(a) : gen.throw(new GoPanicSignal(a.panic));
  }
  return { result: step.value, calls };
}

function sprintfSlow(format: string, a: Slice, answer: (c: GoCall) => unknown[] | { panic: unknown }) {
  return drive(natives['fmt.sprintfMethods'].gen!(host, [format, a, state()]) as Generator<GoCall, string, unknown[]>, answer);
}

describe('fmt calling methods', () => {
  it('formats plain values on the fast path and gives up when a method must run', () => {
    const fast = natives['fmt.sprintf'].fn!;
    assert.deepStrictEqual(fast(host, ['%d %v', list(any(world.get('int'), 1), any(world.get('main.Loud'), 2))]), ['', false]);
    assert.deepStrictEqual(fast(host, ['%d', list(any(world.get('main.Loud'), 2))]), ['2', true]);
    assert.deepStrictEqual(fast(host, ['%v', list(any(world.get('main.P'), [1, 2]))]), ['', false]);
    assert.deepStrictEqual(fast(host, ['%+v', list(any(world.get('int'), 3))]), ['3', true]);
  });

  it('calls String once per value, in printing order, and prints what it returned', () => {
    const loud = world.get('main.Loud');
    const { result, calls } = sprintfSlow('%v|%5s|%q', list(any(loud, 1), any(loud, 2), any(loud, 3)), (c) => [`L${c.args[0]}`]);
    assert.strictEqual(result, 'L1|   L2|"L3"');
    assert.deepStrictEqual(
      calls.map((c) => c.args),
      [[1], [2], [3]],
    );
  });

  it('gives a value receiver its own copy of a struct', () => {
    const p = [1, 2];
    const { calls } = sprintfSlow('%v', list(any(world.get('main.P'), p)), (c) => {
      (c.args[0] as unknown[])[0] = 99;
      return ['p'];
    });
    assert.notStrictEqual(calls[0].args[0], p);
    assert.deepStrictEqual(p, [1, 2]);
  });

  it('passes a Formatter the *fmt.pp State with the verb, width, precision and flags, and prints what it wrote', () => {
    const { result, calls } = sprintfSlow('[%-#8.2x]', list(any(world.get('main.F'), 7)), (c) => {
      const st = c.args[1] as Iface;
      const pp = st.v as unknown[];
      assert.strictEqual(st.t.str, '*fmt.pp');
      assert.deepStrictEqual(pp.slice(1), [8, 2, true, true, '-#']);
      pp[0] = list(0x6f, 0x6b);
      return [];
    });
    assert.strictEqual(result, '[ok]');
    assert.strictEqual(calls[0].args[2], 0x78);
  });

  it('prints <nil> when a method on a nil pointer panics, and a PANIC report for other panics', () => {
    const shy = world.get('*main.Shy');
    const str = world.get('string');
    const { result } = sprintfSlow('%v %s', list(any(shy, null), any(world.get('main.Loud'), 1)), (c) =>
      c.args[0] === null ? { panic: null } : { panic: any(str, 'bang') },
    );
    assert.strictEqual(result, '<nil> %!s(PANIC=String method: bang)');
  });

  it('calls the panic value’s own String method to report it', () => {
    const loud = world.get('main.Loud');
    const { result, calls } = sprintfSlow('%v', list(any(loud, 1)), (c) => (c.args[0] === 1 ? { panic: any(loud, 2) } : ['two']));
    assert.strictEqual(result, '%!v(PANIC=String method: two)');
    assert.strictEqual(calls.length, 2);
  });

  it('lets a panic while printing a panic value propagate, as Go re-panics', () => {
    const loud = world.get('main.Loud');
    const boom = any(world.get('string'), 'again');
    assert.throws(
      () => sprintfSlow('%v', list(any(loud, 1)), (c) => (c.args[0] === 1 ? { panic: any(loud, 2) } : { panic: boom })),
      (e: unknown) => e instanceof GoPanicSignal && e.value === boom,
    );
  });

  it('prints nothing for a method that panics with nil (Go 1.19 cannot tell it from no panic)', () => {
    const { result } = sprintfSlow('[%v]', list(any(world.get('main.Loud'), 1)), () => ({ panic: null }));
    assert.strictEqual(result, '[]');
  });
});

describe('fmt addresses (simulated)', () => {
  beforeEach(() => resetObjectIds());

  it('prints pointers as deterministic heap addresses, distinct per object', () => {
    const pt = world.get('*main.P');
    const a = [1, 2];
    const b = [3, 4];
    const [s] = natives['fmt.sprintf'].fn!(host, ['%p %p %p %p', list(any(pt, a), any(pt, b), any(pt, a), any(pt, null))]) as [string];
    assert.strictEqual(s, '0xc000011000 0xc000012000 0xc000011000 0x0');
  });

  it('prints nested pointers as addresses, in Go syntax with %#v', () => {
    const intp = world.pointer(world.get('int'));
    const cell = [5];
    const slice = world.slice(intp);
    const [t] = natives['fmt.sprintf'].fn!(host, ['%v|%#v|%x', list(any(slice, list(new Ref(cell, 0), null)), any(intp, new Ref(cell, 0)), any(intp, new Ref(cell, 0)))]) as [string];
    assert.strictEqual(t, '[0xc000011000 <nil>]|(*int)(0xc000011000)|c000011000');
  });

  it('gives element pointers their offset and functions a code address', () => {
    const intp = world.pointer(world.get('int'));
    const arr = [1, 2, 3];
    const fn = world.methodProtos.get('Loud.String') as FuncProto;
    const ft = world.typeOf({ kind: 'FuncType', typeParams: [], params: [], results: [], pos: 0, end: 0 });
    const [s] = natives['fmt.sprintf'].fn!(host, ['%p %p %v', list(any(intp, new Ref(arr, 0)), any(intp, new Ref(arr, 2)), any(ft, fn))]) as [string];
    const [a0, a2, f] = s.split(' ');
    assert.strictEqual(parseInt(a2, 16) - parseInt(a0, 16), 16);
    assert.match(f, /^0x[0-9a-f]+$/);
  });
});
