// The snapshot the Scheduler panel gets at a stop is the engine's state at
// that moment: the stopped goroutine is the one its P runs, and the order of
// that P's runnext slot and local run queue is the order in which the queued
// goroutines then run — which is the order real Go 1.19 printed.

import * as assert from 'assert';
import type { SnapshotEventBody } from '../../src/protocol/dap';
import type { Snapshot } from '../../src/protocol/snapshot';
import { Session, expected, fixture, lineOf } from './support/session';

describe('DAP: the snapshot at a stop', function () {
  let s: Session;
  beforeEach(async () => {
    s = await Session.start();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('puts the stopped goroutine on its P and the queued ones in the order they then run', async () => {
    const queue = fixture('queue.go');
    const bp = lineOf('queue.go', 'fmt.Println("spawned")');
    await s.launch({ program: queue, gomaxprocs: 1 }, () => s.dc.setBreakpointsRequest({ source: { path: queue }, breakpoints: [{ line: bp }] }));
    const stop = await s.stopped();
    assert.strictEqual(stop.body.threadId, 1);
    // The stop's snapshot may follow the stopped event.
    const stopSnapshot = () => s.snapshots.map((e) => e.body as SnapshotEventBody).find((b) => b.cause === 'stopped' && b.threadId === 1);
    for (let t = 0; !stopSnapshot() && t < 5000; t += 5) await new Promise((r) => setTimeout(r, 5));
    const last = stopSnapshot();
    assert.ok(last, 'a snapshot for the stop');
    const snap: Snapshot = last.snapshot;

    // The P that runs G1, and G1 itself at the breakpoint.
    const p = snap.ps.find((x) => x.running === 1);
    assert.ok(p, `no P runs G1: ${JSON.stringify(snap.ps)}`);
    const m = snap.ms.find((x) => x.p === p.id);
    assert.ok(m && m.curg === 1, 'the M holding that P runs G1');
    const g1 = snap.goroutines.find((g) => g.id === 1)!;
    assert.strictEqual(g1.status, 'running');
    assert.strictEqual(g1.line, bp);

    // Four workers queued on that P: runnext holds the newest, the local queue the others in creation order.
    const workers = snap.goroutines.filter((g) => g.startFunc === 'main.worker');
    assert.strictEqual(workers.length, 4);
    const newest = Math.max(...workers.map((g) => g.id));
    assert.strictEqual(p.runnext, newest);
    // (The runtime's own goroutines started before main, such as the finalizer's, may still wait there too.)
    const queuedWorkers = p.runq.filter((id) => workers.some((g) => g.id === id));
    assert.deepStrictEqual(
      queuedWorkers,
      workers.map((g) => g.id).filter((id) => id !== newest).sort((a, b) => a - b),
    );
    for (const id of p.runq) if (!queuedWorkers.includes(id)) assert.ok(snap.goroutines.find((g) => g.id === id)!.system, `G${id} is a runtime goroutine`);
    assert.deepStrictEqual(snap.globalQueue, []);
    for (const [i, id] of p.runq.entries()) assert.deepStrictEqual(snap.goroutines.find((g) => g.id === id)!.queue, { kind: 'local', p: p.id, index: i });
    assert.deepStrictEqual(snap.goroutines.find((g) => g.id === newest)!.queue, { kind: 'runnext', p: p.id });

    // Each worker prints its argument; the argument of each queued goroutine, read from its frame,
    // in snapshot order, must be the order of the output lines.
    const order = [p.runnext!, ...queuedWorkers];
    const ids: string[] = [];
    for (const goid of order) {
      const frame = (await s.dc.stackTraceRequest({ threadId: goid })).body.stackFrames.find((f) => f.name === 'main.worker');
      assert.ok(frame, `G${goid} has a main.worker frame`);
      const id = (await s.scope(frame.id, 'Locals')).find((v) => v.name === 'id') ?? (await s.scope(frame.id, 'Arguments')).find((v) => v.name === 'id');
      assert.ok(id, `G${goid}'s worker has its id`);
      ids.push(id.value);
    }

    await s.dc.setBreakpointsRequest({ source: { path: queue }, breakpoints: [] });
    await s.dc.continueRequest({ threadId: 1 });
    await s.terminatedEvent();
    const out = s.text('stdout');
    assert.strictEqual(out, expected('queue').stdout);
    const ran = out
      .split('\n')
      .filter((l) => l.startsWith('worker '))
      .map((l) => l.slice('worker '.length));
    assert.deepStrictEqual(ran, ids);
  });
});
