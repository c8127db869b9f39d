// The timeline's data: for each P, the spans during which a goroutine ran on
// it, and the marks where goroutines blocked, were woken, were created, were
// preempted or were stolen — built from the scheduler events the adapter
// forwards (src/protocol/events.ts), the way go tool trace builds its P rows.
//
// Spans are kept in parallel number arrays per lane (start, end, goroutine),
// in the order they closed: each P's clock only moves forward, so a lane's
// spans are sorted by start and a view finds its first visible span by binary
// search. A span still open at the latest snapshot is drawn up to that time.
//
// Without events (an adapter that sends none) the lanes are sampled from
// snapshots instead: the goroutine a P runs at two consecutive snapshots is
// taken to have run in between. Coarser, and flagged as `sampled`.

import type { SchedEvent } from '../src/protocol/events';
import type { Snapshot } from '../src/protocol/snapshot';

export type MarkKind = 'block' | 'unblock' | 'create' | 'end' | 'preempt' | 'sched' | 'steal';

export interface Mark {
  t: number;
  kind: MarkKind;
  /** The goroutine it concerns (the one blocked, woken, created...). */
  g: number;
  /** A wait reason, or what was waited on / the victim P. */
  detail: string;
}

/** Events a goroutine can only cause while it runs on the event's P. */
const runsOnP = new Set<SchedEvent['kind']>(['GoCreate', 'GoEnd', 'GoBlock', 'GoSched', 'GoSysCall', 'ChanSend', 'ChanRecv', 'ChanClose']);

export class Lane {
  starts: number[] = [];
  ends: number[] = [];
  gs: number[] = [];
  marks: Mark[] = [];
  /** The span not yet closed. */
  open: { g: number; start: number } | null = null;
  /** Where the lane's P was at the latest snapshot. */
  now = 0;

  /** Index of the first span ending after t. */
  firstEndingAfter(t: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first mark at or after t. */
  firstMarkAt(t: number): number {
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid].t < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The goroutine running on this lane at time t, if any. */
  goroutineAt(t: number): { g: number; start: number; end: number } | null {
    const i = this.firstEndingAfter(t);
    if (i < this.starts.length && this.starts[i] <= t) return { g: this.gs[i], start: this.starts[i], end: this.ends[i] };
    if (this.open && this.open.start <= t && t <= Math.max(this.now, this.open.start)) return { g: this.open.g, start: this.open.start, end: this.now };
    return null;
  }
}

export class TimelineLanes {
  lanes: Lane[] = [];
  /** Latest virtual time known (the latest snapshot's). */
  end = 0;
  /** Lanes come from snapshots, not events. */
  sampled = true;
  eventCount = 0;
  private laneOfG = new Map<number, number>();
  private last: Snapshot | null = null;

  reset(): void {
    this.lanes = [];
    this.end = 0;
    this.sampled = true;
    this.eventCount = 0;
    this.laneOfG.clear();
    this.last = null;
  }

  private lane(p: number): Lane {
    while (this.lanes.length <= p) this.lanes.push(new Lane());
    return this.lanes[p];
  }

  private close(p: number, t: number): void {
    const lane = this.lanes[p];
    if (!lane || !lane.open) return;
    const start = lane.open.start;
    // A P's spans never overlap: clamp to the previous span's end.
    const prevEnd = lane.ends.length ? lane.ends[lane.ends.length - 1] : -Infinity;
    lane.starts.push(Math.max(start, prevEnd));
    lane.ends.push(Math.max(t, start, prevEnd));
    lane.gs.push(lane.open.g);
    this.laneOfG.delete(lane.open.g);
    lane.open = null;
  }

  private closeG(g: number, p: number, t: number): void {
    const at = p >= 0 && this.lanes[p]?.open?.g === g ? p : this.laneOfG.get(g);
    if (at !== undefined && this.lanes[at]?.open?.g === g) this.close(at, t);
  }

  private mark(p: number, m: Mark): void {
    if (p < 0) p = this.laneOfG.get(m.g) ?? -1;
    if (p < 0) return;
    const marks = this.lane(p).marks;
    // Keep marks sorted even if an event is stamped a little before the previous one.
    let i = marks.length;
    while (i > 0 && marks[i - 1].t > m.t) i--;
    marks.splice(i, 0, m);
  }

  addEvents(events: SchedEvent[]): void {
    if (events.length && this.sampled) {
      // Events supersede sampling from here on.
      const n = this.lanes.length;
      this.reset();
      for (let p = 0; p < n; p++) this.lane(p);
      this.sampled = false;
    }
    for (const e of events) {
      this.eventCount++;
      if (e.t > this.end) this.end = e.t;
      if (e.g > 0 && e.p >= 0 && runsOnP.has(e.kind)) this.implicitStart(e.p, e.g, e.t);
      switch (e.kind) {
        case 'GoStart': {
          if (e.p < 0) break;
          this.close(e.p, e.t);
          this.closeG(e.g, -1, e.t);
          this.lane(e.p).open = { g: e.g, start: e.t };
          this.laneOfG.set(e.g, e.p);
          break;
        }
        case 'GoEnd':
          this.mark(e.p, { t: e.t, kind: 'end', g: e.g, detail: '' });
          this.closeG(e.g, e.p, e.t);
          break;
        case 'GoBlock':
          this.mark(e.p, { t: e.t, kind: 'block', g: e.g, detail: [e.reason, e.on].filter(Boolean).join(' on ') });
          this.closeG(e.g, e.p, e.t);
          break;
        case 'GoSched':
        case 'GoPreempt':
          this.mark(e.p, { t: e.t, kind: e.kind === 'GoSched' ? 'sched' : 'preempt', g: e.g, detail: '' });
          this.closeG(e.g, e.p, e.t);
          break;
        case 'GoUnblock':
          this.mark(e.p, { t: e.t, kind: 'unblock', g: e.target ?? e.g, detail: e.g ? `by G${e.g}` : '' });
          break;
        case 'GoCreate':
          if (e.target !== undefined) this.mark(e.p, { t: e.t, kind: 'create', g: e.target, detail: `by G${e.g}` });
          break;
        case 'ProcSteal':
          this.mark(e.p, { t: e.t, kind: 'steal', g: e.g, detail: e.victim !== undefined ? `from P${e.victim}` : '' });
          break;
        case 'ProcStop':
          if (e.p >= 0) this.close(e.p, e.t);
          break;
        default:
          break;
      }
    }
  }

  /**
   * g did something on P p, so it was running there. If the lane has no open
   * span (it started running before the events began, as main does at boot),
   * one is opened from the lane's last known moment.
   */
  private implicitStart(p: number, g: number, t: number): void {
    const lane = this.lane(p);
    if (lane.open) return;
    const from = lane.ends.length ? lane.ends[lane.ends.length - 1] : lane.marks.length ? Math.min(lane.marks[0].t, t) : 0;
    lane.open = { g, start: Math.min(from, t) };
    this.laneOfG.set(g, p);
  }

  /** Brings the lanes up to a snapshot: their number, where each P is, and (without events) a sample. */
  addSnapshot(s: Snapshot): void {
    for (const p of s.ps) this.lane(p.id).now = Math.max(p.time, this.lane(p.id).now);
    if (s.time > this.end) this.end = s.time;
    if (this.sampled) this.sample(s);
    this.last = s;
  }

  private sample(s: Snapshot): void {
    const prev = this.last;
    for (const p of s.ps) {
      const lane = this.lane(p.id);
      const was = prev?.ps[p.id]?.running ?? null;
      if (lane.open && lane.open.g !== p.running) this.close(p.id, prev ? prev.time : s.time);
      if (p.running !== null && p.status === 'running' && !lane.open) {
        lane.open = { g: p.running, start: was === p.running && prev ? prev.time : s.time };
        this.laneOfG.set(p.running, p.id);
      }
    }
  }

  /** The first virtual time the lanes know of. */
  get start(): number {
    let t = Infinity;
    for (const l of this.lanes) {
      if (l.starts.length) t = Math.min(t, l.starts[0]);
      if (l.open) t = Math.min(t, l.open.start);
      if (l.marks.length) t = Math.min(t, l.marks[0].t);
    }
    return t === Infinity ? 0 : t;
  }
}
