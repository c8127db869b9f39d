// The panel's model, outside the browser: pictures, changes, blocked groups,
// queue runs, timeline lanes and message checks, fed by real engine runs of
// the lessons (recorder.ts).

import * as assert from 'assert';
import type { SnapshotEventBody } from '../../src/protocol/dap';
import { groupBlocked, sortMembers } from '../../webview-ui/blocked';
import { changesSince } from '../../webview-ui/changes';
import { parseHostMessage } from '../../webview-ui/hostMessages';
import { makePicture, placeOf } from '../../webview-ui/picture';
import { queueRuns } from '../../webview-ui/runs';
import { TimelineLanes } from '../../webview-ui/timelineLanes';
import { specs } from './fixtureSpecs';
import { record, Recording } from './recorder';

const recordings = new Map<string, Recording>();
async function rec(name: keyof typeof specs): Promise<Recording> {
  let r = recordings.get(name);
  if (!r) recordings.set(name, (r = await record(specs[name])));
  return r;
}

describe('panel model', function () {
  this.timeout(60000);

  it('places every goroutine exactly once, where the snapshot says', async () => {
    for (const f of (await rec('thousand')).frames) {
      const pic = makePicture(f.snapshot);
      assert.strictEqual(pic.box.size, f.snapshot.goroutines.length);
      for (const p of f.snapshot.ps) {
        p.runq.forEach((id, index) => assert.deepStrictEqual(placeOf(pic, id), { kind: 'local', p: p.id, index }));
        if (p.runnext !== null) assert.deepStrictEqual(placeOf(pic, p.runnext), { kind: 'runnext', p: p.id });
      }
      for (const g of f.snapshot.goroutines) {
        const pl = placeOf(pic, g.id)!;
        if (g.status === 'waiting') assert.deepStrictEqual(pl, { kind: 'waiting', reason: g.waitReason });
        if (g.status === 'running') assert.strictEqual(pl.kind, 'running');
        if (g.status === 'runnable') assert.ok(['runnext', 'local', 'global'].includes(pl.kind), `G${g.id} runnable but ${pl.kind}`);
      }
    }
  });

  it('marks the goroutines a go statement created since the previous stop as new', async () => {
    const [atFirstGo, beforeSleep] = (await rec('getcharsP1')).frames;
    const ch = changesSince(makePicture(atFirstGo.snapshot), makePicture(beforeSleep.snapshot));
    const created = beforeSleep.snapshot.goroutines.filter((g) => g.createdBy?.func === 'main.main').map((g) => g.id);
    assert.strictEqual(created.length, 2);
    for (const id of created) assert.strictEqual(ch.of.get(id), 'new');
    assert.strictEqual(ch.count.new, 2);
  });

  it('marks a goroutine that went to sleep as blocked and one the timer readied as woken or moved', async () => {
    const f = (await rec('getcharsP1')).frames;
    const before = makePicture(f[1].snapshot);
    const after = makePicture(f[2].snapshot);
    const ch = changesSince(before, after);
    // main was running at line 37 and now sleeps.
    assert.strictEqual(ch.of.get(1), 'blocked');
    // The stopped goroutine (getChars) was runnable and now runs.
    assert.ok(ch.of.get(f[2].threadId!) !== undefined);
    assert.deepStrictEqual(changesSince(after, after).of.size, 0);
  });

  it('groups blocked goroutines by wait reason and then by what they wait on', async () => {
    const f = (await rec('blocking')).frames[1];
    const { groups } = groupBlocked(makePicture(f.snapshot), false);
    const reasons = groups.map((g) => g.reason);
    for (const r of ['chan receive', 'chan send', 'select', 'sleep', 'semacquire', 'sync.Cond.Wait', 'chan receive (nil chan)']) assert.ok(reasons.includes(r), `no group for ${r}: ${reasons.join(', ')}`);
    const waiting = f.snapshot.goroutines.filter((g) => !g.system && (g.status === 'waiting' || g.status === 'syscall')).length;
    assert.strictEqual(
      groups.reduce((n, g) => n + g.total, 0),
      waiting,
    );
    // The three receivers on the unbuffered channel are one cluster.
    const recv = groups.find((g) => g.reason === 'chan receive')!;
    assert.ok(recv.clusters.some((c) => c.members.length === 3 && c.target?.kind === 'chan'));
  });

  it('lists a channel cluster in the channel’s wait-queue order', async () => {
    const f = (await rec('thousand')).frames[0];
    const pic = makePicture(f.snapshot);
    const recv = groupBlocked(pic, false).groups.find((g) => g.reason === 'chan receive');
    assert.ok(recv, 'workers wait on the jobs channel');
    const c = recv.clusters.reduce((a, b) => (b.members.length > a.members.length ? b : a));
    const t = c.target!;
    assert.strictEqual(t.kind, 'chan');
    const q = pic.chans.get((t as { chan: number }).chan)!.recvq;
    const order = sortMembers(pic, c).map((g) => g.id);
    assert.deepStrictEqual(order, q.filter((id) => order.includes(id)));
  });

  it('folds runs of look-alike goroutines in a queue and keeps the order', async () => {
    const f = (await rec('thousand')).frames[0];
    const pic = makePicture(f.snapshot);
    const q = f.snapshot.ps.reduce((a, b) => (b.runq.length > a.runq.length ? b : a)).runq;
    assert.ok(q.length > 50, `a long local queue (${q.length})`);
    const runs = queueRuns(q, pic.byId);
    assert.ok(runs.length < q.length / 5, `${runs.length} entries for ${q.length} goroutines`);
    assert.deepStrictEqual(
      runs.flatMap((r) => r.ids),
      q,
    );
  });

  it('builds one lane per P whose spans never overlap, and knows who runs at the stop', async () => {
    for (const name of ['getcharsP4', 'thousand'] as const) {
      const r = await rec(name);
      const lanes = new TimelineLanes();
      for (const f of r.frames) {
        lanes.addEvents(f.events);
        lanes.addSnapshot(f.snapshot);
        assert.strictEqual(lanes.lanes.length, f.snapshot.gomaxprocs);
        assert.strictEqual(lanes.sampled, false);
        for (const lane of lanes.lanes) {
          for (let i = 0; i < lane.starts.length; i++) {
            assert.ok(lane.starts[i] <= lane.ends[i]);
            if (i) assert.ok(lane.starts[i] >= lane.ends[i - 1], `${name}: spans overlap`);
          }
        }
        if (f.cause === 'stopped') {
          const p = f.snapshot.ps.find((x) => x.running === f.threadId)!;
          assert.strictEqual(lanes.lanes[p.id].goroutineAt(f.snapshot.time)?.g, f.threadId, `${name}: lane P${p.id} at the stop`);
        }
      }
      const total = lanes.lanes.reduce((n, l) => n + l.starts.length, 0);
      const starts = r.frames.flatMap((f) => f.events).filter((e) => e.kind === 'GoStart').length;
      assert.ok(total >= starts - lanes.lanes.length, `${name}: ${total} spans for ${starts} GoStart events`);
    }
  });

  it('samples lanes from snapshots when no events come', async () => {
    const r = await rec('getcharsP1');
    const lanes = new TimelineLanes();
    for (const f of r.frames.slice(0, 4)) lanes.addSnapshot(f.snapshot);
    assert.strictEqual(lanes.sampled, true);
    const last = r.frames[3];
    assert.strictEqual(lanes.lanes[0].goroutineAt(last.snapshot.time)?.g, last.threadId);
  });

  it('accepts the host’s messages and refuses malformed ones', async () => {
    const f: SnapshotEventBody = (await rec('getcharsP1')).frames[2];
    const good = { type: 'snapshot/didChange', sessionId: 's', ...f, replay: false };
    assert.ok(parseHostMessage(good));
    assert.ok(parseHostMessage({ type: 'goroutine/didFocus', sessionId: 's', goid: 6 }));
    assert.ok(parseHostMessage({ type: 'session/didStart', sessionId: 's', name: 'lesson' }));
    for (const bad of [
      null,
      'snapshot/didChange',
      { type: 'snapshot/didChange' },
      { ...good, snapshot: { ...f.snapshot, ps: 'P0' } },
      { ...good, cause: 'paused' },
      { ...good, events: {} },
      { ...good, threadId: -1 },
      { type: 'goroutine/didFocus', sessionId: 's', goid: '6' },
      { type: 'panel/ready', sessionId: 's' },
    ])
      assert.strictEqual(parseHostMessage(bad), null, JSON.stringify(bad)?.slice(0, 80));
  });
});
