// The anchor scenario of the debug adapter: the seed lesson in which
// getChars and getDigits run as goroutines while main sleeps, debugged as a
// learner would — a breakpoint in getDigits, a look at the goroutines and
// variables, a step, and on to the end.

import * as assert from 'assert';
import { Session, expected, fixture, lineOf } from './support/session';
import { Transcript } from './support/transcript';

describe('DAP: the getChars/getDigits lesson', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('stops in getDigits on its goroutine, steps on it, and runs to Go\'s own output', async () => {
    const t = new Transcript('lesson-getdigits');
    const file = fixture('chars.go');
    const bpLine = lineOf('chars.go', 'fmt.Printf("%d ", d)');
    await s.launch({ program: file }, async () => {
      const r = await s.dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: bpLine }] });
      t.add(`setBreakpoints chars.go:${bpLine} -> ${r.body.breakpoints.map((b) => `verified=${b.verified} line=${b.line}`).join(', ')}`);
      assert.ok(r.body.breakpoints[0].verified);
    });

    const stop = await s.stopped();
    t.add(`stopped reason=${stop.body.reason} thread=${stop.body.threadId} allThreadsStopped=${stop.body.allThreadsStopped}`);
    assert.strictEqual(stop.body.reason, 'breakpoint');
    const tid = stop.body.threadId!;
    assert.notStrictEqual(tid, 1, 'the breakpoint is hit by a goroutine other than main (G1)');

    const threads = (await s.dc.threadsRequest()).body.threads;
    t.add(`threads: ${threads.map((x) => `${x.id} "${x.name}"`).join(', ')}`);
    const stoppedThread = threads.find((x) => x.id === tid)!;
    assert.ok(stoppedThread.name.includes('getDigits'), stoppedThread.name);
    const main = threads.find((x) => x.id === 1)!;
    assert.ok(main.name.includes('main.main') && main.name.includes('[sleep]'), `main is listed blocked in sleep: ${main.name}`);

    const st = await s.dc.stackTraceRequest({ threadId: tid });
    t.add(`stackTrace ${tid}: ${st.body.stackFrames.map((f) => `${f.name} ${f.source?.path ?? '-'}:${f.line}`).join(' | ')}`);
    const top = st.body.stackFrames[0];
    assert.strictEqual(top.name, 'main.getDigits');
    assert.strictEqual(top.line, bpLine);
    assert.strictEqual(top.source?.path, file);

    const locals = await s.scope(top.id, 'Locals');
    t.add(`Locals: ${locals.map((v) => `${v.name} ${v.type} = ${v.value}`).join(', ')}`);
    assert.ok(locals.some((v) => v.name === 'd' && v.value === '1'), 'd is among the Locals');
    const args = await s.scope(top.id, 'Arguments');
    t.add(`Arguments: ${args.map((v) => `${v.name} ${v.type} = ${v.value}`).join(', ')}`);

    const mainStack = await s.dc.stackTraceRequest({ threadId: 1 });
    t.add(`stackTrace 1: ${mainStack.body.stackFrames.map((f) => `${f.name}${f.presentationHint ? ` (${f.presentationHint})` : ''} ${f.source?.path ?? '-'}:${f.line}`).join(' | ')}`);
    assert.ok(mainStack.body.stackFrames[0].name.includes('sleep'), 'the parked goroutine\'s top frame says what it waits on');

    await s.dc.nextRequest({ threadId: tid });
    const step = await s.stopped();
    const after = await s.topFrame(step.body.threadId!);
    t.add(`next -> stopped reason=${step.body.reason} thread=${step.body.threadId} at ${after.name}:${after.line}`);
    assert.strictEqual(step.body.reason, 'step');
    assert.strictEqual(step.body.threadId, tid, 'next stays on the goroutine');
    assert.strictEqual(after.name, 'main.getDigits');

    await s.dc.nextRequest({ threadId: tid });
    const step2 = await s.stopped();
    const again = await s.topFrame(step2.body.threadId!);
    const d2 = (await s.scope(again.id, 'Locals')).find((v) => v.name === 'd');
    t.add(`next -> stopped reason=${step2.body.reason} thread=${step2.body.threadId} at ${again.name}:${again.line} d=${d2?.value}`);
    assert.strictEqual(step2.body.threadId, tid);
    assert.strictEqual(again.line, bpLine);
    assert.strictEqual(d2?.value, '2');

    await s.dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [] });
    await s.dc.continueRequest({ threadId: tid });
    await s.terminatedEvent();
    t.add(`terminated exitCode=${s.exitCode}`);
    t.add(`stdout: ${JSON.stringify(s.text('stdout'))}`);
    const want = expected('chars');
    assert.strictEqual(s.text('stdout'), want.stdout, 'exactly what real Go prints');
    assert.strictEqual(s.exitCode, want.code);
    t.check();
  });
});
