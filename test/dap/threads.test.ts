// Goroutines as threads: names, thread events, the cap on how many are listed
// (the stopped goroutine first) with a note of the rest; and the Scheduler
// panel's custom event and request.

import * as assert from 'assert';
import { Session, fixture, lineOf } from './support/session';
import type { SnapshotEventBody, SnapshotResponseBody } from '../../src/protocol/dap';

describe('DAP: goroutines as threads', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('announces goroutines as they start and end', async () => {
    const chars = fixture('chars.go');
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: lineOf('chars.go', 'fmt.Printf("%d ", d)') }] }));
    const stop = await s.stopped();
    const started = s.threadEvents.filter((e) => e.body.reason === 'started').map((e) => e.body.threadId);
    assert.deepStrictEqual(started.sort((a, b) => a - b), [1, 6, 7]);
    await s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: lineOf('chars.go', 'fmt.Println("main execution stopped")') }] });
    await s.dc.continueRequest({ threadId: stop.body.threadId! });
    await s.stopped();
    const exited = s.threadEvents.filter((e) => e.body.reason === 'exited').map((e) => e.body.threadId);
    assert.deepStrictEqual(exited.sort((a, b) => a - b), [6, 7]);
    const names = (await s.dc.threadsRequest()).body.threads.map((t) => t.name);
    assert.deepStrictEqual(names, ['G1 main.main [running]']);
  });

  it('lists at most maxThreads goroutines, the stopped one first, and says what it left out', async () => {
    const many = fixture('many.go');
    await s.launch({ program: many, maxThreads: 10 }, () => s.dc.setBreakpointsRequest({ source: { path: many }, breakpoints: [{ line: lineOf('many.go', 'close(start)') }] }));
    const stop = await s.stopped();
    assert.strictEqual(stop.body.threadId, 1);
    const threads = (await s.dc.threadsRequest()).body.threads;
    assert.strictEqual(threads.length, 10);
    assert.strictEqual(threads[0].name, 'G1 main.main [running]');
    assert.ok(threads.slice(1).every((t) => /^G\d+ main\.waiter \[chan receive\]$/.test(t.name)), JSON.stringify(threads));
    const note = s.text('console');
    assert.match(note, /lists 10 of 101 goroutines/);
    assert.match(note, /Not listed: 91 \[chan receive\] main\.waiter/);
    // A goroutine left out of the list still has its stack, for whoever asks by id (the Scheduler panel).
    const snap = (await s.dc.customRequest('gosim/snapshot', {})).body as SnapshotResponseBody;
    const listed = new Set(threads.map((t) => t.id));
    const other = snap.snapshot.goroutines.find((g) => !g.system && !listed.has(g.id))!;
    const st = await s.dc.stackTraceRequest({ threadId: other.id });
    assert.deepStrictEqual(
      st.body.stackFrames.map((f) => f.name),
      ['[chan receive on chan 1 (struct {}, len 0, cap 0)]', 'main.waiter'],
    );
  });

  it('sends the Scheduler panel a snapshot on every stop and answers gosim/snapshot', async () => {
    const chars = fixture('chars.go');
    await s.launch({ program: chars }, () => s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [{ line: lineOf('chars.go', 'fmt.Printf("%d ", d)') }] }));
    const stop = await s.stopped();
    const last = await s.stopSnapshot();
    assert.strictEqual(last.cause, 'stopped');
    assert.strictEqual(last.threadId, stop.body.threadId);
    const g = last.snapshot.goroutines.find((x) => x.id === stop.body.threadId)!;
    assert.strictEqual(g.func, 'main.getDigits');
    assert.ok(s.snapshots.map((e) => e.body as SnapshotEventBody).some((b) => b.events.some((e) => e.kind === 'GoCreate')), 'scheduler events travel with the snapshots');
    const r = (await s.dc.customRequest('gosim/snapshot', { events: true })).body as SnapshotResponseBody;
    assert.deepStrictEqual(r.snapshot, last.snapshot);
    assert.ok(r.events && r.events.length > 0 && r.events[0].seq === 0, 'the whole history of events');
    await s.dc.continueRequest({ threadId: stop.body.threadId! });
    await s.stopped();
    await s.dc.setBreakpointsRequest({ source: { path: chars }, breakpoints: [] });
    await s.dc.continueRequest({ threadId: stop.body.threadId! });
    await s.terminatedEvent();
    const end = s.snapshots[s.snapshots.length - 1].body as SnapshotEventBody;
    assert.strictEqual(end.cause, 'exited');
    assert.strictEqual(end.snapshot.exited, true);
  });
});
