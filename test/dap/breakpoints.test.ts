// Breakpoints through the adapter: line breakpoints moved to the statement
// that follows, conditions in Go, hit counts, log points, function
// breakpoints.

import * as assert from 'assert';
import { Session, expected, fixture, lineOf } from './support/session';
import { Transcript } from './support/transcript';

describe('DAP: breakpoints', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  const chars = fixture('chars.go');

  it('moves a breakpoint on a line without code to the next statement, and leaves one past the end unverified', async () => {
    const t = new Transcript('breakpoints-moved');
    const blank = lineOf('chars.go', 'fmt.Println("main execution started")') + 1;
    const funcLine = lineOf('chars.go', 'func getDigits');
    let bps: { verified: boolean; line?: number; message?: string }[] = [];
    await s.launch({ program: chars }, async () => {
      const r = await s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: blank }, { line: funcLine }, { line: 999 }] });
      bps = r.body.breakpoints;
    });
    for (const [i, b] of bps.entries()) t.add(`breakpoint ${i}: verified=${b.verified} line=${b.line}${b.message ? ` message=${b.message}` : ''}`);
    assert.deepStrictEqual(
      bps.map((b) => [b.verified, b.line]),
      [
        [true, lineOf('chars.go', 'go getChars("Hello")')],
        [true, lineOf('chars.go', 'for _, d := range s')],
        [false, 999],
      ],
    );
    const stop = await s.stopped();
    const top = await s.topFrame(stop.body.threadId!);
    t.add(`stopped ${stop.body.reason} at ${top.name}:${top.line}`);
    assert.strictEqual(top.line, bps[0].line);
    t.check();
  });

  it('stops only where a Go condition holds', async () => {
    const line = lineOf('chars.go', 'fmt.Printf("%d ", d)');
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line, condition: 'd > 2 && d%2 == 0' }] }));
    const stop = await s.stopped();
    const top = await s.topFrame(stop.body.threadId!);
    const d = (await s.scope(top.id, 'Locals')).find((v) => v.name === 'd');
    assert.strictEqual(d?.value, '4');
    await s.dc.continueRequest({ threadId: stop.body.threadId! });
    await s.terminatedEvent();
    assert.strictEqual(s.stops.length, 1, 'no other iteration satisfies the condition');
    assert.strictEqual(s.text('stdout'), expected('chars').stdout);
  });

  for (const [hit, want] of [
    ['== 3', ['3']],
    ['>= 4', ['4', '5']],
    ['% 2', ['2', '4']],
    ['> 4', ['5']],
  ] as const) {
    it(`counts hits: "${hit}" stops at d = ${want.join(', ')}`, async () => {
      const line = lineOf('chars.go', 'fmt.Printf("%d ", d)');
      await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line, hitCondition: hit }] }));
      const seen: string[] = [];
      for (let i = 0; i < want.length; i++) {
        const stop = await s.stopped();
        const top = await s.topFrame(stop.body.threadId!);
        seen.push((await s.scope(top.id, 'Locals')).find((v) => v.name === 'd')!.value);
        await s.dc.continueRequest({ threadId: stop.body.threadId! });
      }
      await s.terminatedEvent();
      assert.deepStrictEqual(seen, want);
      assert.strictEqual(s.stops.length, want.length);
    });
  }

  it('prints log points with {expressions} in the Debug Console without stopping', async () => {
    const line = lineOf('chars.go', 'fmt.Printf("%d ", d)');
    await s.launch({ program: chars }, () =>
      s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line, logMessage: 'd={d} of {len(s)}, twice {d*2}, {nope}' }] }),
    );
    await s.terminatedEvent();
    assert.strictEqual(s.stops.length, 0);
    const logged = s.text('console').split('\n').filter((l) => l.startsWith('d='));
    assert.deepStrictEqual(logged, [1, 2, 3, 4, 5].map((d) => `d=${d} of 5, twice ${d * 2}, <undefined: nope>`));
    assert.strictEqual(s.text('stdout'), expected('chars').stdout, 'log points leave the program\'s own output alone');
  });

  it('stops at a function breakpoint given by Go name or short name, once per call', async () => {
    const t = new Transcript('breakpoints-function');
    const steps = fixture('steps.go');
    await s.launch({ program: steps }, async () => {
      const r = await s.dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'main.square' }, { name: 'worker' }, { name: 'nosuch' }] });
      t.add(`setFunctionBreakpoints -> ${r.body.breakpoints.map((b) => `verified=${b.verified} line=${b.line}`).join(', ')}`);
      assert.deepStrictEqual(r.body.breakpoints.map((b) => b.verified), [true, true, false]);
    });
    const names: string[] = [];
    for (;;) {
      const stop = await s.stopped().catch(() => null);
      if (!stop) break;
      const top = await s.topFrame(stop.body.threadId!);
      const args = await s.scope(top.id, 'Arguments');
      names.push(`${stop.body.reason} ${top.name}:${top.line} ${args.map((a) => `${a.name}=${a.value}`).join(' ')}`);
      await s.dc.continueRequest({ threadId: stop.body.threadId! });
      if (names.length === 4) break;
    }
    for (const n of names) t.add(n);
    assert.deepStrictEqual(
      names.map((n) => n.split(':')[0]),
      ['function breakpoint main.square', 'function breakpoint main.square', 'function breakpoint main.square', 'function breakpoint main.worker'],
    );
    await s.terminatedEvent();
    assert.strictEqual(s.text('stdout'), expected('steps').stdout);
    t.check();
  });
});
