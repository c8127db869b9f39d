// Inspecting a stopped program through the adapter: scopes, structured
// values (structs, pointers, paged slices, maps, interfaces, channels with
// their buffers and waiting goroutines, mutexes, WaitGroups), evaluation for
// watch, hover and the Debug Console (calls of pure functions included), and
// setting variables.

import * as assert from 'assert';
import { DebugProtocol } from '@vscode/debugprotocol';
import { Session, expected, fixture, lineOf } from './support/session';
import { Transcript } from './support/transcript';

describe('DAP: inspection', function () {
  let s: Session;
  let frameId: number;
  const values = fixture('values.go');

  beforeEach(async () => {
    s = await Session.start();
    const line = lineOf('values.go', 'fmt.Println(p, pp.X');
    await s.launch({ program: values }, () => s.dc.setBreakpointsRequest({ source: { path: values }, breakpoints: [{ line }] }));
    const stop = await s.stopped();
    assert.strictEqual(stop.body.threadId, 1);
    frameId = (await s.topFrame(1)).id;
  });
  afterEach(async () => {
    await s.stop();
  });

  async function children(v: { variablesReference: number }, filter?: 'indexed' | 'named', start?: number, count?: number): Promise<DebugProtocol.Variable[]> {
    return (await s.dc.variablesRequest({ variablesReference: v.variablesReference, filter, start, count })).body.variables;
  }

  async function evaluate(expression: string, context = 'watch'): Promise<DebugProtocol.EvaluateResponse['body']> {
    return (await s.dc.evaluateRequest({ expression, frameId, context })).body;
  }

  it('shows Locals, Arguments and Globals, and structured values with their parts', async () => {
    const t = new Transcript('inspection-values');
    const scopes = (await s.dc.scopesRequest({ frameId })).body.scopes;
    t.add(`scopes: ${scopes.map((x) => x.name).join(', ')}`);
    assert.deepStrictEqual(scopes.map((x) => x.name), ['Locals', 'Arguments', 'Globals']);
    const locals = await s.scope(frameId, 'Locals');
    for (const v of locals) t.add(`local ${v.name} ${v.type} = ${v.value}${v.variablesReference ? ` (${v.indexedVariables ?? 0} indexed, ${v.namedVariables ?? 0} named)` : ''}`);
    const globals = await s.scope(frameId, 'Globals');
    t.add(`globals: ${globals.map((v) => `${v.name}=${v.value}`).join(', ')}`);
    assert.deepStrictEqual(globals.map((v) => [v.name, v.value]), [['counter', '7']]);
    const byName = new Map(locals.map((v) => [v.name, v]));

    const p = byName.get('p')!;
    assert.strictEqual(p.value, 'main.Point {X: 3, Y: 4, Name: "p"}');
    assert.deepStrictEqual((await children(p)).map((c) => `${c.name}=${c.value} (${c.evaluateName})`), ['X=3 (p.X)', 'Y=4 (p.Y)', 'Name="p" (p.Name)']);
    const pp = byName.get('pp')!;
    assert.strictEqual(pp.type, '*main.Point');
    assert.deepStrictEqual((await children(pp)).map((c) => c.name), ['X', 'Y', 'Name'], 'a pointer to a struct opens on the struct');

    const long = byName.get('long')!;
    assert.strictEqual(long.indexedVariables, 300);
    assert.ok(long.value.startsWith('[]int len: 300, cap: 300, [0 1 4 9'), long.value);
    const page = await children(long, 'indexed', 200, 3);
    assert.deepStrictEqual(page.map((c) => `${c.name}=${c.value}`), ['[200]=40000', '[201]=40401', '[202]=40804']);

    const ages = byName.get('ages')!;
    assert.strictEqual(ages.indexedVariables, 2);
    assert.deepStrictEqual((await children(ages, 'indexed', 0, 2)).map((c) => `${c.name}=${c.value}`).sort(), ['["ann"]=31', '["bob"]=42']);

    const shape = byName.get('s')!;
    assert.strictEqual(shape.value, 'main.Shape(main.Square) {Side: 2}');
    const err = byName.get('err')!;
    assert.ok(err.value.startsWith('error(*errors.errorString)'), err.value);

    const buf = byName.get('buf')!;
    const bufParts = await children(buf);
    for (const c of bufParts) t.add(`buf.${c.name} = ${c.value}`);
    assert.deepStrictEqual(bufParts.slice(0, 4).map((c) => `${c.name}=${c.value}`), ['len=2', 'cap=3', 'closed=false', 'buffer=[10 20]']);

    const unbuf = byName.get('unbuf')!;
    const senders = (await children(unbuf)).find((c) => c.name === 'waiting to send')!;
    assert.match(senders.value, /^G\d+$/);
    const sender = await children(senders);
    assert.match(sender[0].value, /^G\d+ main\.main\.func1 \[chan send\]$/);

    const mu = byName.get('mu')!;
    assert.match(mu.value, /^sync\.Mutex \{locked by G1, 1 waiting\}$/);
    const muParts = await children(mu);
    for (const c of muParts) t.add(`mu.${c.name} = ${c.value}`);
    assert.match(muParts.find((c) => c.name === 'waiters')!.value, /^G\d+$/);

    const wg = byName.get('wg')!;
    assert.strictEqual(wg.value, 'sync.WaitGroup {counter: 2, 1 waiting}');
    t.check();
  });

  it('evaluates Go expressions for watch, hover and the Debug Console', async () => {
    const cases: [string, string, string?][] = [
      ['p.X*10 + p.Y', '34'],
      ['pp.Name + "!"', '"p!"'],
      ['long[len(long)-1]', '89401'],
      ['long[2:5]', '[]int len: 3, cap: 298, [4 9 16]'],
      ['ages["bob"] > ages["ann"]', 'true'],
      ['ages["nobody"]', '0'],
      ['s.Area()', '4'],
      ['s.(main.Square).Side', '2'],
      ['p.Dist2()', '25'],
      ['isPrime(counter) && !isPrime(counter+2)', 'true'],
      ['len(buf) + cap(buf)', '5'],
      ['float64(p.X) / 2', '1.5'],
      ['counter << 2', '28'],
      ['uint8(p.X) - 4', '255'],
      ['"héllo"[1]', '195'],
      ['err.Error()', '"boom"'],
    ];
    for (const [expr, want, context] of cases) {
      const r = await evaluate(expr, context);
      assert.strictEqual(r.result, want, expr);
    }
    for (const [expr, message] of [
      ['nosuch + 1', 'undefined: nosuch'],
      ['p.Z', 'main.Point has no field or method Z'],
      ['long[300]', 'index out of range [300] with length 300'],
      ['p.X +', 'syntax error'],
      ['"a" + 1', 'mismatched types'],
    ]) {
      await assert.rejects(evaluate(expr), (e: Error) => e.message.includes(message), expr);
    }
    await assert.rejects(evaluate('isPrime(7)', 'hover'), /not allowed/, 'hovers do not call functions');
    await assert.rejects(evaluate('report(1)'), /cannot call main.report in an evaluation: it calls fmt.Println/, 'functions that print are not called');
  });

  it('sets variables of basic types, and the program goes on with the new values', async () => {
    const locals = await s.scope(frameId, 'Locals');
    const scopes = (await s.dc.scopesRequest({ frameId })).body.scopes;
    const ref = scopes[0].variablesReference;
    assert.ok(locals.some((v) => v.name === 'label'));
    const set = async (name: string, value: string, where = ref) => (await s.dc.setVariableRequest({ variablesReference: where, name, value })).body.value;
    assert.strictEqual(await set('label', '"after"'), '"after"');
    assert.strictEqual(await set('ratio', 'ratio * 3'), '1.5');
    assert.strictEqual(await set('ok', '!ok'), 'false');
    await assert.rejects(set('p', '1'), /basic types/);
    await assert.rejects(set('ratio', '"x"'), /cannot convert/);
    const globalsRef = scopes[2].variablesReference;
    assert.strictEqual(await set('counter', '11', globalsRef), '11');
    const p = locals.find((v) => v.name === 'p')!;
    assert.strictEqual(await set('X', '-3', p.variablesReference), '-3');
    await s.dc.continueRequest({ threadId: 1 });
    await s.terminatedEvent();
    // What real Go printed, with the values the debugger set.
    const want = expected('values')
      .stdout.replace('{3 4 p} 3', '{-3 4 p} -3')
      .replace('boom 2 7 before 0.5 true', 'boom 2 11 after 1.5 false')
      .replace('label is before counter is 7 ratio is 0.5 ok is true', 'label is after counter is 11 ratio is 1.5 ok is false');
    assert.notStrictEqual(want, expected('values').stdout);
    assert.strictEqual(s.text('stdout'), want);
  });
});
