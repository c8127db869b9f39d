// fmt's printing and scanning against real Go, case by case. The cases are
// Go source (fixtures/fmt/cases.go, with the types and methods of types.go);
// real Go printed each one's result into expected.txt (fixtures/fmt/main.go).
// Here the same expressions are evaluated into VM values (fmt_gotypes.ts) and
// printed through fmt's natives the way fmt.go calls them: the fast native
// first, the method-calling generator when it gives up. The methods of
// types.go are answered by the implementations below.
//
// The cases run in order against one machine, as the Go program did: fmt's
// printer pool (fmt/pool.ts) carries widths from call to call, and the
// Formatter cases see that.

import * as assert from 'assert';
import * as fs from 'fs';
import type * as ast from '../../src/syntax/ast';
import { loadProgram } from '../../src/engine/load';
import { parseFile } from '../../src/syntax/parser';
import { SourceFile } from '../../src/syntax/source';
import { natives } from '../../src/stdlib/natives';
import { packageSources } from '../../src/stdlib/sources';
import { quote } from '../../src/stdlib/strconv/quote';
import type { FuncProto } from '../../src/vm/func';
import { GoCall, GoPanicSignal, NativeHost } from '../../src/vm/native';
import { RuntimeError } from '../../src/vm/panics';
import { Kind, RType } from '../../src/vm/rtype';
import { bytesToString, fromJS, stringToBytes } from '../../src/vm/strings';
import { Iface, Ref, Slice } from '../../src/vm/value';
import { fixturePath } from './fixture';
import { GoWorld } from './fmt_gotypes';

/** A panic raised by a fake method. */
class FakePanic {
  constructor(readonly value: unknown) {}
}

let world: GoWorld;
/** The cases' expectations are Go 1.19's (one %w per Errorf). */
const machine = { options: { goVersion: 19 } };
const host = {
  machine,
  g: null,
  type: (name: string) => world.get(name),
  panic: (v: unknown) => {
    throw new FakePanic(v);
  },
} as unknown as NativeHost;

/** Runs a generator native to completion, answering its Go calls with the fake methods. */
export function runGen<R>(gen: Generator<GoCall, R, unknown[]>): R {
  let step = gen.next();
  while (!step.done) {
    const call = step.value;
    const name = world.protoNames.get(call.fn as FuncProto)!;
    const impl = methods[name];
    if (!impl) throw new Error(`no fake method ${name}`);
    let results: unknown[] | null = null;
    let panicked: unknown = undefined;
    try {
      results = impl(call.args);
    } catch (e) {
      if (!(e instanceof FakePanic)) throw e;
      panicked = e.value;
    }
    step = results !== null ? gen.next(results) : gen.throw(new GoPanicSignal(panicked));
  }
  return step.value;
}

function any(t: RType, v: unknown): Iface {
  return new Iface(t, v);
}

function args(values: Iface[]): Slice {
  return new Slice(values, 0, values.length, values.length);
}

/** A new *fmt.pp, as fmt.go passes to the *Methods natives. */
function newState(): Iface {
  return any(world.get('*fmt.pp'), [null, 0, 0, false, false, '']);
}

/** fmt.Sprintf as fmt.go implements it. */
function sprintf(format: string, a: Slice | null): string {
  const [s, ok] = natives['fmt.sprintf'].fn!(host, [format, a]) as [string, boolean];
  if (ok) return s;
  return runGen(natives['fmt.sprintfMethods'].gen!(host, [format, a, newState()]) as Generator<GoCall, string, unknown[]>);
}

function sprintNamed(name: 'sprint' | 'sprintln', a: Slice | null): string {
  const [s, ok] = natives[`fmt.${name}`].fn!(host, [a]) as [string, boolean];
  if (ok) return s;
  return runGen(natives[`fmt.${name}Methods`].gen!(host, [a, newState()]) as Generator<GoCall, string, unknown[]>);
}

/** Errorf's message and the index of the argument it wraps (-1 for none: Go 1.19 wraps at most one). */
function errorf(format: string, a: Slice | null): [string, number] {
  const first = (w: Slice): number => (w.len === 0 ? -1 : (w.a[w.off] as number));
  const [s, w, ok] = natives['fmt.errorf'].fn!(host, [format, a]) as [string, Slice, boolean];
  if (ok) return [s, first(w)];
  const [s2, w2] = runGen(natives['fmt.errorfMethods'].gen!(host, [format, a, newState()]) as Generator<GoCall, [string, Slice], unknown[]>);
  return [s2, first(w2)];
}

const int = () => world.get('int');
const str = () => world.get('string');
const nilDeref = () => new FakePanic(new RuntimeError('errorString', 'invalid memory address or nil pointer dereference', true));

/** Appends to a *fmt.pp's buf, as its Write method does. */
function writeState(st: Iface, text: string): void {
  const pp = st.v as unknown[];
  pp[0] = stringToBytes(bytesToString(pp[0] as Slice | null) + text);
}

/** The fake methods of types.go, by Type.Method. */
const methods: Record<string, (a: unknown[]) => unknown[]> = {
  'Color.String': ([c]) => [['red', 'green', 'blue'][c as number] ?? 'color?'],
  '*Named.String': ([p]) => {
    if (p === null) throw nilDeref();
    return ['name=' + (p as unknown[])[0]];
  },
  'Code.Error': ([c]) => ['code ' + '!'.repeat(c as number)],
  'Both.String': () => ['stringer'],
  'Both.Error': () => ['error wins'],
  'Money.GoString': ([m]) => ['Money(' + '$'.repeat(Number((m as unknown[])[0]) % 4) + ')'],
  'Money.String': ([m]) => {
    const cents = Number((m as unknown[])[0]);
    const i64 = world.get('int64');
    return [sprintf('$%d.%02d', args([any(i64, Math.trunc(cents / 100)), any(i64, cents % 100)]))];
  },
  'Box.Format': ([b, st, verb]) => {
    const pp = (st as Iface).v as unknown[];
    const flags = [...'+-# 0'].filter((c) => (pp[5] as string).includes(c)).join('');
    const bool = world.get('bool');
    const text = sprintf(
      '<%c w=%d/%v p=%d/%v flags=%q %s>',
      args([any(world.get('int32'), verb), any(int(), pp[1]), any(bool, pp[3]), any(int(), pp[2]), any(bool, pp[4]), any(str(), flags), any(str(), (b as string).toUpperCase())]),
    );
    writeState(st as Iface, text);
    return [];
  },
  'Bad.String': () => {
    throw new FakePanic(any(str(), 'boom'));
  },
  'BadErr.Error': () => {
    throw new FakePanic(any(world.get('main.Code'), 2));
  },
  '*Deref.String': ([p]) => {
    if (p === null) throw nilDeref();
    return ['d'.repeat((p as unknown[])[0] as number)];
  },
  'HalfFormat.Format': ([, st]) => {
    writeState(st as Iface, 'half');
    throw new FakePanic(any(str(), 'formatting'));
  },
  'Temp.String': ([t]) => [sprintf(fromJS('%.1f°C'), args([any(world.get('float64'), t)]))],
  'Level.GoString': ([l]) => ['Level(' + '*'.repeat(l as number) + ')'],
  '*errors.errorString.Error': ([p]) => [(p as unknown[])[0]],
};

interface FmtCase {
  /** The Go source of the case. */
  source: string;
  /** The section comment above it. */
  section: string;
  call: ast.CallExpr;
}

/** The statements of func cases(), with their source text and section. */
function readCases(file: ast.File, text: string): FmtCase[] {
  const fn = file.decls.find((d): d is ast.FuncDecl => d.kind === 'FuncDecl' && d.name.name === 'cases')!;
  const out: FmtCase[] = [];
  for (const st of fn.body!.list) {
    if (st.kind !== 'ExprStmt' || st.x.kind !== 'CallExpr') throw new Error('cases() holds calls only');
    const before = text.slice(0, st.pos);
    const comments = before.match(/\n\t\/\/ [^\n]*/g) ?? [];
    const section = comments.length ? comments[comments.length - 1].replace(/^\n\t\/\/ /, '').replace(/[.:].*$/, '') : '';
    out.push({ source: text.slice(st.pos, st.end), section, call: st.x });
  }
  return out;
}

function argList(exprs: ast.Expr[]): Slice {
  const anyT = world.get('interface {}');
  return args(exprs.map((e) => world.convert(world.eval(e, anyT), anyT).v as Iface));
}

function errText(kind: number, text: string, num: string): string {
  switch (kind) {
    case 0:
      return '';
    case 1:
      return 'EOF';
    case 2:
      return 'unexpected EOF';
    case 3:
      return text;
    case 4:
      return `strconv.${text}: parsing ${quote(num)}: value out of range`;
  }
  return `strconv.${text}: parsing ${quote(num)}: invalid syntax`;
}

/** What main.go's helper prints for a case, before quoting. */
function runCase(c: FmtCase): string {
  const fn = (c.call.fun as ast.Ident).name;
  const a = c.call.args;
  const s = (e: ast.Expr) => world.eval(e).v as string;
  switch (fn) {
    case 'f':
      return sprintf(s(a[0]), argList(a.slice(1)));
    case 'p':
      return sprintNamed('sprint', argList(a));
    case 'ln':
      return sprintNamed('sprintln', argList(a));
    case 'e': {
      const [msg, w] = errorf(s(a[0]), argList(a.slice(1)));
      return `${msg}|${w < 0 ? '*errors.errorString' : '*fmt.wrapError'}|${w}`;
    }
    case 'ss':
    case 'sl':
    case 'sf': {
      const mode = { ss: 0, sl: 1, sf: 2 }[fn];
      const operands = argList(a.slice(fn === 'sf' ? 2 : 1));
      const [n, kind, text, num] = natives['fmt.scan'].fn!(host, [mode, s(a[0]), 0, fn === 'sf' ? s(a[1]) : '', operands]) as [number, number, string, string];
      let line = `${n}|${errText(kind, text, num)}`;
      for (let i = 0; i < operands.len; i++) {
        let x = operands.a[i] as Iface;
        if (x.t.kind === Kind.Pointer) {
          const e = x.t.elem!;
          x = any(e, e.isValue ? x.v : (x.v as Ref).get());
        }
        line += '|' + sprintf('%#v', args([x]));
      }
      return line;
    }
  }
  throw new Error(`unknown case helper ${fn}`);
}

async function parse(name: string): Promise<{ file: ast.File; text: string }> {
  const text = fs.readFileSync(fixturePath('fmt', name), 'utf8');
  const r = await parseFile(new SourceFile(name, text));
  if (!r.file) throw new Error(r.errors.map(String).join('\n'));
  return { file: r.file, text };
}

describe('fmt against real Go (fixtures/fmt)', function () {
  let cases: FmtCase[] = [];
  let expected: string[] = [];

  before(async () => {
    const types = await parse('types.go');
    const src = await parse('cases.go');
    world = new GoWorld([types.file, src.file]);
    cases = readCases(src.file, src.text);
    expected = fs.readFileSync(fixturePath('fmt', 'expected.txt'), 'latin1').split('\n').slice(0, -1);
  });

  it('has an expected line for every case, and at least 300 cases', () => {
    assert.strictEqual(cases.length, expected.length);
    assert.ok(cases.length >= 300, `${cases.length} cases`);
  });

  it('prints every case exactly as Go 1.19 does', () => {
    const bad: string[] = [];
    cases.forEach((c, i) => {
      let got: string;
      try {
        got = sprintf('%q\n', args([any(str(), runCase(c))])).slice(0, -1);
      } catch (e) {
        got = `threw ${(e as Error).stack ?? String(e)}`;
      }
      if (got !== expected[i]) bad.push(`[${c.section}] ${c.source}\n      want ${expected[i]}\n      got  ${got}`);
    });
    assert.ok(bad.length === 0, `${bad.length} of ${cases.length} cases differ:\n${bad.slice(0, 40).join('\n')}`);
  });
});

describe('package fmt', () => {
  it('type-checks when a program imports it, and its bodyless functions and natives match', async () => {
    const r = await loadProgram('prog.go', 'package main\n\nimport _ "fmt"\n\nfunc main() {}\n', { goVersion: 19 });
    assert.ok(r.ok, r.ok ? '' : r.errors.map(String).join('\n'));
    const parsed = await parseFile(new SourceFile('fmt.go', packageSources['fmt']));
    const bodyless = parsed.file!.decls.filter((d): d is ast.FuncDecl => d.kind === 'FuncDecl' && !d.body && !d.recv);
    assert.deepStrictEqual(
      bodyless.map((d) => `fmt.${d.name.name}`).filter((n) => !natives[n]),
      [],
    );
    assert.deepStrictEqual(
      Object.keys(natives).filter((n) => n.startsWith('fmt.') && !bodyless.some((d) => `fmt.${d.name.name}` === n)),
      [],
    );
  });
});
