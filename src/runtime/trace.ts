// Scheduler events, as Go's execution tracer records them (runtime/trace.go):
// every scheduling decision the runtime makes is reported once, stamped with
// virtual time, P, M and goroutine. The event type lives in src/protocol/events.ts;
// the CLI turns the stream into a Chrome trace or a text timeline and the
// Scheduler panel draws its timeline from it.
//
// Recording is off unless someone listens (machine.onEvent, or a recorder):
// each call site pays one flag check (machine.tracing).

import type { EventKind, SchedEvent } from '../protocol/events';
import type { G, P } from './g';
import type { Machine } from './machine';

export type { EventKind, SchedEvent };

/** Fields an emitter may add to an event. */
export type EventFields = Partial<Pick<SchedEvent, 'target' | 'reason' | 'on' | 'chan' | 'victim' | 'count' | 'func' | 'line' | 'timer'>>;

/**
 * Records one event. `g` is the goroutine doing it; `p` and `t` default to the
 * P running now and its clock (events raised by a P that is not the current
 * one, like a goroutine starting before the P's slice begins, pass them).
 * Call sites that build fields check `m.tracing` first.
 */
export function emit(m: Machine, kind: EventKind, g: G | null, fields?: EventFields, p: P | null = m.curP, t: number = m.clk): void {
  if (!m.tracing) return;
  const seq = m.eventSeq++;
  const time = Math.floor(t);
  const pid = p ? p.id : -1;
  const mid = p && p.m ? p.m.id : -1;
  const gid = g ? g.id : 0;
  const rec = m.recorder;
  if (rec !== null) rec.add(kind, time, pid, mid, gid, fields);
  const on = m.onEvent;
  if (on === null) return;
  const e: SchedEvent = { kind, seq, t: time, p: pid, m: mid, g: gid };
  if (fields) Object.assign(e, fields);
  if (e.timer !== undefined) e.on = `timer ${e.timer}`;
  on(e);
}

const kinds: EventKind[] = [
  'GoCreate',
  'GoStart',
  'GoEnd',
  'GoBlock',
  'GoUnblock',
  'GoSched',
  'GoPreempt',
  'GoSysCall',
  'GoSysExit',
  'ProcStart',
  'ProcStop',
  'ProcSteal',
  'TimerFire',
  'ChanSend',
  'ChanRecv',
  'ChanClose',
];
const kindCode = Object.fromEntries(kinds.map((k, i) => [k, i])) as Record<EventKind, number>;
const NONE = -1;

/**
 * Every event of a run, kept in columns of typed arrays rather than as objects:
 * recording costs a few stores per event and little memory (about 40 bytes an
 * event), so a whole run can be kept. Events come out as SchedEvent objects
 * when read. Sequence numbers are the indexes.
 */
export class EventRecorder {
  length = 0;
  private cap = 0;
  private kind = new Uint8Array(0);
  private t = new Float64Array(0);
  private p = new Int16Array(0);
  private m = new Int16Array(0);
  private g = new Int32Array(0);
  private target = new Int32Array(0);
  /** chan, victim, line or timer, by kind. */
  private num = new Int32Array(0);
  private count = new Int32Array(0);
  /** func, reason or on (interned), by kind; str2: GoBlock's on. */
  private str = new Int32Array(0);
  private str2 = new Int32Array(0);
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();

  add(kind: EventKind, t: number, p: number, m: number, g: number, f: EventFields | undefined): void {
    if (this.length === this.cap) this.grow();
    const i = this.length++;
    this.kind[i] = kindCode[kind];
    this.t[i] = t;
    this.p[i] = p;
    this.m[i] = m;
    this.g[i] = g;
    if (f === undefined) {
      this.target[i] = NONE;
      this.num[i] = NONE;
      this.count[i] = NONE;
      this.str[i] = NONE;
      this.str2[i] = NONE;
      return;
    }
    this.target[i] = f.target ?? NONE;
    this.num[i] = f.chan ?? f.victim ?? f.line ?? f.timer ?? NONE;
    this.count[i] = f.count ?? NONE;
    const chanEvent = f.chan !== undefined;
    this.str[i] = this.intern(f.func ?? f.reason ?? (chanEvent || f.timer !== undefined ? undefined : f.on));
    this.str2[i] = f.reason !== undefined ? this.intern(f.on) : NONE;
  }

  /** Event number i, as an object. */
  get(i: number): SchedEvent {
    const kind = kinds[this.kind[i]];
    const e: SchedEvent = { kind, seq: i, t: this.t[i], p: this.p[i], m: this.m[i], g: this.g[i] };
    const target = this.target[i];
    const num = this.num[i];
    const str = this.str[i] === NONE ? undefined : this.strings[this.str[i]];
    if (target !== NONE) e.target = target;
    switch (kind) {
      case 'GoCreate':
        if (str !== undefined) e.func = str;
        if (num !== NONE) e.line = num;
        break;
      case 'GoBlock':
        if (str !== undefined) e.reason = str;
        if (this.str2[i] !== NONE) e.on = this.strings[this.str2[i]];
        break;
      case 'ChanSend':
      case 'ChanRecv':
      case 'ChanClose':
        e.chan = num;
        e.on = `chan ${num}`;
        break;
      case 'ProcSteal':
        e.victim = num;
        e.count = this.count[i];
        break;
      case 'TimerFire':
        if (num !== NONE) {
          e.timer = num;
          e.on = `timer ${num}`;
        }
        break;
      default:
        if (str !== undefined) e.on = str;
    }
    return e;
  }

  /** Events from..to (exclusive), as objects. */
  slice(from = 0, to = this.length): SchedEvent[] {
    const out: SchedEvent[] = [];
    for (let i = from; i < Math.min(to, this.length); i++) out.push(this.get(i));
    return out;
  }

  /** Forgets events from n on (time travel back). */
  truncate(n: number): void {
    this.length = Math.min(this.length, Math.max(0, n));
  }

  private intern(s: string | undefined): number {
    if (s === undefined) return NONE;
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  private grow(): void {
    const cap = Math.max(1024, this.cap * 2);
    const more = <A extends Uint8Array | Float64Array | Int16Array | Int32Array>(a: A, make: new (n: number) => A): A => {
      const b = new make(cap);
      b.set(a);
      return b;
    };
    this.kind = more(this.kind, Uint8Array);
    this.t = more(this.t, Float64Array);
    this.p = more(this.p, Int16Array);
    this.m = more(this.m, Int16Array);
    this.g = more(this.g, Int32Array);
    this.target = more(this.target, Int32Array);
    this.num = more(this.num, Int32Array);
    this.count = more(this.count, Int32Array);
    this.str = more(this.str, Int32Array);
    this.str2 = more(this.str2, Int32Array);
    this.cap = cap;
  }
}

/** How an event names what a goroutine waits on: `chan 3`, `Mutex 2`, `chan 1, chan 4` for a select. */
export function waitLabel(on: unknown): string | undefined {
  if (on === null || on === undefined) return undefined;
  if (Array.isArray(on)) {
    const parts = on.map(waitLabel).filter((x) => x !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (typeof on === 'object') {
    const label = (on as { label?: unknown }).label;
    if (typeof label === 'string') return label;
    const id = (on as { id?: unknown }).id;
    if ('when' in on && typeof id === 'number') return `timer ${id}`;
  }
  return undefined;
}
