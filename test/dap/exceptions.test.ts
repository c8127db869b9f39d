// Exception stops: an unrecovered panic and a deadlock stop the program
// before Go's report is printed, with the failing goroutine's stack intact;
// exceptionInfo gives Go's message and the goroutine dump; continuing prints
// exactly what Go prints and exits with 2. With the filters off, the program
// just ends as `go run` would.

import * as assert from 'assert';
import { Session, expected, fixture, lineOf } from './support/session';
import { Transcript } from './support/transcript';
import { normalize } from '../support/golden';

describe('DAP: exceptions', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('stops on an unrecovered panic in the panicking goroutine, with Go\'s message and dump', async () => {
    const t = new Transcript('exception-panic');
    await s.launch({ program: fixture('panic.go'), gomaxprocs: 1 });
    const stop = await s.stopped();
    t.add(`stopped reason=${stop.body.reason} thread=${stop.body.threadId} text=${stop.body.text}`);
    assert.strictEqual(stop.body.reason, 'exception');
    assert.notStrictEqual(stop.body.threadId, 1, 'the goroutine that panicked, not main');
    const info = (await s.dc.exceptionInfoRequest({ threadId: stop.body.threadId! })).body;
    t.add(`exceptionInfo id=${info.exceptionId} breakMode=${info.breakMode} description=${info.description}`);
    const want = expected('panic');
    assert.strictEqual(info.description, want.stderr.split('\n\n')[0]);
    assert.strictEqual(normalize(info.details!.stackTrace!), want.stderr, 'the details hold the whole report Go prints');
    const st = await s.dc.stackTraceRequest({ threadId: stop.body.threadId! });
    t.add(`stackTrace: ${st.body.stackFrames.map((f) => `${f.name}:${f.line}`).join(' | ')}`);
    assert.deepStrictEqual(
      st.body.stackFrames.map((f) => `${f.name}:${f.line}`),
      [`main.check:${lineOf('panic.go', 'return items[i]')}`, `main.consume:${lineOf('panic.go', 'fmt.Println(check(items, i))')}`],
    );
    const args = await s.scope(st.body.stackFrames[0].id, 'Arguments');
    assert.deepStrictEqual(args.map((a) => `${a.name}=${a.value}`), ['items=[]string len: 2, cap: 2, ["a" "b"]', 'i=2']);
    assert.strictEqual(s.text('stderr'), '', 'nothing printed yet');
    await s.dc.continueRequest({ threadId: stop.body.threadId! });
    await s.terminatedEvent();
    assert.strictEqual(s.text('stdout'), want.stdout);
    assert.strictEqual(normalize(s.text('stderr')), want.stderr);
    assert.strictEqual(s.exitCode, want.code);
    t.check();
  });

  it('stops on a deadlock with every goroutine\'s stack', async () => {
    await s.launch({ program: fixture('deadlock.go'), gomaxprocs: 1 });
    const stop = await s.stopped();
    assert.strictEqual(stop.body.reason, 'exception');
    assert.strictEqual(stop.body.threadId, 1);
    const want = expected('deadlock');
    const info = (await s.dc.exceptionInfoRequest({ threadId: 1 })).body;
    assert.strictEqual(info.description, 'fatal error: all goroutines are asleep - deadlock!');
    assert.strictEqual(normalize(info.details!.stackTrace!), want.stderr);
    const threads = (await s.dc.threadsRequest()).body.threads;
    assert.deepStrictEqual(threads.map((x) => x.name), ['G1 main.main [chan receive]', 'G6 main.main.func1 [chan receive]']);
    const top = await s.topFrame(1);
    assert.ok(top.name.includes('chan receive'), top.name);
    await s.dc.continueRequest({ threadId: 1 });
    await s.terminatedEvent();
    assert.strictEqual(s.text('stdout'), want.stdout);
    assert.strictEqual(normalize(s.text('stderr')), want.stderr);
    assert.strictEqual(s.exitCode, 2);
  });

  it('runs to Go\'s report without stopping when the exception filters are off', async () => {
    await s.launch({ program: fixture('panic.go'), gomaxprocs: 1 }, () => s.dc.setExceptionBreakpointsRequest({ filters: [] }));
    await s.terminatedEvent();
    assert.strictEqual(s.stops.length, 0);
    const want = expected('panic');
    assert.strictEqual(normalize(s.text('stderr')), want.stderr);
    assert.strictEqual(s.exitCode, 2);
  });
});
