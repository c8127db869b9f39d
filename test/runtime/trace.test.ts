// The event recorder (src/runtime/trace.ts): events go in as numbers and come
// out as the SchedEvent objects a listener would have been given.

import * as assert from 'assert';
import type { SchedEvent } from '../../src/protocol/events';
import { G, M, P } from '../../src/runtime/g';
import { EventRecorder, Ev } from '../../src/runtime/trace';

/** A recorder fed n events of every shape, with what a listener would have seen. */
function feed(n: number): { rec: EventRecorder; want: SchedEvent[] } {
  const rec = new EventRecorder();
  const want: SchedEvent[] = [];
  const ps = [new P(0), new P(1), new P(2)];
  ps[0].m = new M(0);
  ps[1].m = new M(3);
  const gs = [1, 6, 7, 70000, 1 << 29].map((id) => Object.assign(Object.create(G.prototype) as G, { id }));
  const chan = { id: 2, label: 'chan 2' };
  let rnd = 12345;
  const next = (k: number) => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) >> 8) % k;
  let t = 0;
  for (let i = 0; i < n; i++) {
    // Mostly small steps; now and then back in time (another P's clock) or an hour on.
    const r = next(100);
    t = r < 5 ? Math.max(0, t - next(5000)) : r < 7 ? t + 3.6e12 + 0.5 : t + next(300) + 0.25;
    const p = next(10) === 0 ? null : ps[next(3)];
    const g = next(8) === 0 ? null : gs[next(5)];
    const base = { seq: i, t: Math.floor(t), p: p ? p.id : -1, m: p && p.m ? p.m.id : -1, g: g ? g.id : 0 };
    switch (next(8)) {
      case 0:
        rec.add(Ev.GoStart, t, p, g, 0, 0, 0, 0);
        want.push({ kind: 'GoStart', ...base });
        break;
      case 1: {
        const line = next(3) === 0 ? -1 : next(2000);
        const func = `main.worker${next(3)}`;
        rec.add(Ev.GoCreate, t, p, g, 3, 6, rec.intern(func), line + 1);
        want.push({ kind: 'GoCreate', ...base, target: 6, func, ...(line >= 0 ? { line } : {}) });
        break;
      }
      case 2: {
        const reason = ['chan send', 'chan receive', 'select', 'semacquire'][next(4)];
        const on = [null, chan, [chan, null, { id: 9, label: 'chan 9' }], { id: 4, when: 10 }][next(4)];
        rec.add(Ev.GoBlock, t, p, g, 2, rec.intern(reason), rec.labelId(on) + 1, 0);
        const label = on === null ? undefined : Array.isArray(on) ? 'chan 2, chan 9' : 'label' in on ? on.label : 'timer 4';
        want.push({ kind: 'GoBlock', ...base, reason, ...(label ? { on: label } : {}) });
        break;
      }
      case 3: {
        const target = next(2) ? 7 : -1;
        rec.add(Ev.ChanSend, t, p, g, 2, chan.id, target + 1, 0);
        want.push({ kind: 'ChanSend', ...base, ...(target >= 0 ? { target } : {}), chan: 2, on: 'chan 2' });
        break;
      }
      case 4:
        rec.add(Ev.ProcSteal, t, p, g, 2, 1, 17, 0);
        want.push({ kind: 'ProcSteal', ...base, victim: 1, count: 17 });
        break;
      case 5: {
        const target = next(2) ? undefined : 7;
        rec.add(Ev.TimerFire, t, p, g, 2, target === undefined ? 0 : target + 1, 300, 0);
        want.push({ kind: 'TimerFire', ...base, ...(target ? { target } : {}), timer: 300, on: 'timer 300' });
        break;
      }
      case 6:
        rec.add(Ev.GoSysCall, t, p, g, 1, rec.intern('stdout'), 0, 0);
        want.push({ kind: 'GoSysCall', ...base, on: 'stdout' });
        break;
      default:
        rec.add(Ev.GoUnblock, t, p, g, 1, 1 << 29, 0, 0);
        want.push({ kind: 'GoUnblock', ...base, target: 1 << 29 });
    }
  }
  return { rec, want };
}

describe('the event recorder', () => {
  it('gives back every event as it was recorded, across many chunks', () => {
    const { rec, want } = feed(60000);
    assert.strictEqual(rec.length, want.length);
    assert.deepStrictEqual(rec.slice(), want);
  });

  it('reads any single event and any range', () => {
    const { rec, want } = feed(30000);
    for (const i of [0, 1, 255, 256, 12345, 29999]) assert.deepStrictEqual(rec.get(i), want[i]);
    assert.deepStrictEqual(rec.slice(17000, 23000), want.slice(17000, 23000));
  });

  it('forgets the events after a truncation and records on from there', () => {
    const { rec, want } = feed(40000);
    for (const n of [39000, 20001, 5000, 0]) {
      rec.truncate(n);
      assert.strictEqual(rec.length, n);
      const p = new P(0);
      rec.add(Ev.GoStart, 5e6, p, null, 0, 0, 0, 0);
      assert.deepStrictEqual(rec.get(n), { kind: 'GoStart', seq: n, t: 5e6, p: 0, m: -1, g: 0 });
      assert.deepStrictEqual(rec.slice(0, n), want.slice(0, n));
      rec.truncate(n);
    }
  });
});
