// The snapshot sent at a stop is the engine's state at that stop: the P that
// holds the stopped goroutine, each P's runnext and local queue in order, the
// global queue in order — read from the machine itself, not from the snapshot —
// and the panel fed that snapshot draws exactly those.

import * as assert from 'assert';
import * as fs from 'fs';
import type { Browser } from 'playwright-core';
import { takeSnapshot } from '../../src/engine/snapshot';
import type { SchedEvent } from '../../src/protocol/events';
import type { Machine } from '../../src/runtime/machine';
import { globList } from '../../src/runtime/sched';
import { assertQueue, readCards } from './panelDom';
import { chromiumPath, launch, openPanel } from './panelPage';
import { runToStop, StopAt, startLesson, stopAt } from './recorder';
import { themes } from './themes';

interface Case {
  lesson: string;
  gomaxprocs: number;
  at: StopAt;
}

const cases: Case[] = [
  { lesson: 'getchars.go', gomaxprocs: 1, at: { line: 18, func: 'main.getChars', hit: 3 } },
  { lesson: 'getchars.go', gomaxprocs: 4, at: { line: 25, func: 'main.getDigits', hit: 2 } },
  { lesson: 'blocking.go', gomaxprocs: 2, at: { line: 40, func: 'main.main' } },
  { lesson: 'thousand.go', gomaxprocs: 4, at: { line: 15, func: 'main.worker', hit: 200 } },
  { lesson: 'tenthousand.go', gomaxprocs: 4, at: { line: 22, func: 'main.main' } },
];

/** The machine's own queues, as goroutine ids. */
function engineQueues(m: Machine) {
  return {
    ps: m.ps.map((p) => ({ id: p.id, status: p.status, running: p.curg ? p.curg.id : null, runnext: p.runnext ? p.runnext.id : null, runq: p.runqList().map((g) => g.id) })),
    global: globList(m).map((g) => g.id),
  };
}

async function stopped(c: Case): Promise<{ m: Machine; events: SchedEvent[] }> {
  const events: SchedEvent[] = [];
  const m = await startLesson(c.lesson, c.gomaxprocs, 1, (e) => events.push(e));
  stopAt(m, c.at);
  assert.strictEqual(runToStop(m), 'stopped', `${c.lesson} reaches ${JSON.stringify(c.at)}`);
  return { m, events };
}

describe('the snapshot at a stop', function () {
  this.timeout(120000);

  for (const c of cases) {
    it(`is the engine's state at ${c.lesson}:${'line' in c.at ? c.at.line : ''} with GOMAXPROCS ${c.gomaxprocs}`, async () => {
      const { m } = await stopped(c);
      const s = takeSnapshot(m);
      const g = m.stoppedG!;
      assert.ok(g && g.p, 'a goroutine stopped on a P');
      assert.strictEqual(g.status, 'running');
      const p = g.p!.id;
      assert.strictEqual(s.ps[p].running, g.id, 'the P holding the stopped goroutine');
      const want = engineQueues(m);
      assert.deepStrictEqual(
        s.ps.map((x) => ({ id: x.id, status: x.status, running: x.running, runnext: x.runnext, runq: x.runq })),
        want.ps,
      );
      assert.deepStrictEqual(s.globalQueue, want.global);
      // Every live goroutine, with its status and, when queued, where.
      const live = m.allgs.filter((x) => x.status !== 'dead' && x.status !== 'idle');
      assert.deepStrictEqual(
        s.goroutines.map((x) => [x.id, x.status]),
        live.map((x) => [x.id, x.status]),
      );
      for (const x of s.goroutines) {
        if (x.queue?.kind === 'local') assert.strictEqual(want.ps[x.queue.p].runq[x.queue.index], x.id);
        if (x.queue?.kind === 'runnext') assert.strictEqual(want.ps[x.queue.p].runnext, x.id);
        if (x.queue?.kind === 'global') assert.strictEqual(want.global[x.queue.index], x.id);
      }
    });
  }

  (fs.existsSync(chromiumPath) || process.env.CI ? describe : describe.skip)('drawn by the panel', () => {
    let browser: Browser;
    before(async () => {
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
    });

    for (const c of cases) {
      it(`shows the engine's P and queues at ${c.lesson} with GOMAXPROCS ${c.gomaxprocs}`, async () => {
        const { m, events } = await stopped(c);
        const panel = await openPanel(browser, themes.dark);
        await panel.send({ type: 'session/didStart', sessionId: 's', name: c.lesson });
        await panel.send({ type: 'snapshot/didChange', sessionId: 's', cause: 'stopped', threadId: m.stoppedG!.id, snapshot: takeSnapshot(m), events, replay: true });
        const cards = await readCards(panel);
        const want = engineQueues(m);
        const holding = cards.filter((x) => x.holdsStop);
        assert.deepStrictEqual(
          holding.map((x) => [x.p, x.running]),
          [[m.stoppedG!.p!.id, m.stoppedG!.id]],
        );
        for (const p of want.ps) {
          assert.strictEqual(cards[p.id].runnext, p.runnext, `P${p.id} runnext`);
          assertQueue(cards[p.id].queue, p.runq, `P${p.id} local queue`);
        }
        const global = await panel.page.$$eval('#global-queue [data-goid], #global-queue .run', (n) =>
          n.map((x) => {
            const e = x as HTMLElement;
            return e.classList.contains('run') ? { first: Number(e.dataset.first), start: Number(e.dataset.start), count: Number(e.dataset.count) } : { goid: Number(e.dataset.goid) };
          }),
        );
        // A long global queue is a virtual list: check what is drawn, which starts at the head.
        if (want.global.length <= 48 || global.reduce((n, e) => n + (e.count ?? 1), 0) === want.global.length) assertQueue(global, want.global, 'global queue');
        else assert.strictEqual(global[0].goid ?? global[0].first, want.global[0]);
        assert.deepStrictEqual(panel.errors, []);
        await panel.page.context().close();
      });
    }
  });
});
