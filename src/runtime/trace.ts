// Scheduler events, as Go's execution tracer records them (runtime/trace.go):
// every scheduling decision the runtime makes is reported once, stamped with
// virtual time, P, M and goroutine. The event type lives in src/protocol/events.ts;
// the CLI turns the stream into a Chrome trace or a text timeline and the
// Scheduler panel draws its timeline from it.
//
// Recording is off unless someone listens (machine.onEvent, or a recorder):
// each call site pays one flag check (machine.tracing). When on, an event costs
// a few byte stores: emitters take their fields as arguments (no object per
// event), the recorder packs them into a byte stream, and what a goroutine
// waits on is kept as a string id, its label made once per object. A listener
// still gets one SchedEvent object per event, built only when there is one.

import type { EventKind, SchedEvent } from '../protocol/events';
import type { G, P } from './g';
import type { Machine } from './machine';

export type { EventKind, SchedEvent };

/** Event kinds as the recorder stores them (the order of `kinds`). */
export const enum Ev {
  GoCreate,
  GoStart,
  GoEnd,
  GoBlock,
  GoUnblock,
  GoSched,
  GoPreempt,
  GoSysCall,
  GoSysExit,
  ProcStart,
  ProcStop,
  ProcSteal,
  TimerFire,
  ChanSend,
  ChanRecv,
  ChanClose,
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

/** "No such field" in the recorder's columns and in emitters' optional numbers. */
const NONE = -1;

// ---- emitting ---------------------------------------------------------------------
//
// One function per shape of event. `g` is the goroutine doing it; `p` and `t`
// default to the P running now and its clock (events raised by a P that is not
// the current one, like a goroutine starting before the P's slice begins, pass
// them). Each returns at once when nobody listens; call sites in hot paths
// check `m.tracing` first anyway, to skip computing their arguments. The
// recorder gets the fields as numbers; a listener gets an object, built apart
// (tell*) so that the emitters stay small enough to inline into the runtime.

/** An event with no fields of its own: GoStart, GoEnd, GoSched, GoPreempt, GoSysExit, ProcStart, ProcStop. */
export function emit(m: Machine, kind: Ev, g: G | null, p: P | null = m.curP, t: number = m.clk): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(kind, t, p, g, 0, 0, 0, 0);
  if (m.onEvent === null) m.eventSeq++;
  else m.onEvent(header(m, kind, g, p, t));
}

/** GoCreate: g created goroutine `target` running `func`; `line` is the go statement's (omitted at start-up). */
export function emitCreate(m: Machine, g: G | null, target: number, func: string, line: number = NONE, p: P | null = m.curP, t: number = m.clk): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(Ev.GoCreate, t, p, g, 3, target, rec.intern(func), line + 1);
  if (m.onEvent === null) m.eventSeq++;
  else tellCreate(m, g, target, func, line, p, t);
}

function tellCreate(m: Machine, g: G | null, target: number, func: string, line: number, p: P | null, t: number): void {
  const e = header(m, Ev.GoCreate, g, p, t);
  e.target = target;
  e.func = func;
  if (line !== NONE) e.line = line;
  m.onEvent!(e);
}

/**
 * GoBlock: g parked for `reason` on `on` (a channel, a sync object, a timer, a
 * select's channels; null: nothing). With `on` undefined the event has no `on`
 * at all (the goroutines already parked when the trace starts).
 */
export function emitBlock(m: Machine, g: G, reason: string, on: unknown, p: P | null = m.curP, t: number = m.clk): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(Ev.GoBlock, t, p, g, 2, rec.intern(reason), on === undefined ? 0 : rec.labelId(on) + 1, 0);
  if (m.onEvent === null) m.eventSeq++;
  else tellBlock(m, g, reason, on, p, t);
}

function tellBlock(m: Machine, g: G, reason: string, on: unknown, p: P | null, t: number): void {
  const e = header(m, Ev.GoBlock, g, p, t);
  e.reason = reason;
  if (on !== undefined) e.on = waitLabel(on);
  m.onEvent!(e);
}

/** GoUnblock: g made `target` runnable. */
export function emitUnblock(m: Machine, g: G | null, target: number): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(Ev.GoUnblock, m.clk, m.curP, g, 1, target, 0, 0);
  if (m.onEvent === null) m.eventSeq++;
  else tellUnblock(m, g, target);
}

function tellUnblock(m: Machine, g: G | null, target: number): void {
  const e = header(m, Ev.GoUnblock, g, m.curP, m.clk);
  e.target = target;
  m.onEvent!(e);
}

/** ProcSteal: p took `count` goroutines from P `victim`. */
export function emitSteal(m: Machine, p: P, victim: number, count: number): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(Ev.ProcSteal, m.clk, p, null, 2, victim, count, 0);
  if (m.onEvent === null) return void m.eventSeq++;
  const e = header(m, Ev.ProcSteal, null, p, m.clk);
  e.victim = victim;
  e.count = count;
  m.onEvent(e);
}

/** ChanSend, ChanRecv, ChanClose on `ch`; `target`: the goroutine handed the value directly, if any. */
export function emitChan(m: Machine, kind: Ev.ChanSend | Ev.ChanRecv | Ev.ChanClose, g: G | null, ch: { readonly id: number; readonly label: string }, target: number = NONE): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(kind, m.clk, m.curP, g, 2, ch.id, target + 1, 0);
  if (m.onEvent === null) m.eventSeq++;
  else tellChan(m, kind, g, ch, target);
}

function tellChan(m: Machine, kind: Ev, g: G | null, ch: { readonly id: number; readonly label: string }, target: number): void {
  const e = header(m, kind, g, m.curP, m.clk);
  e.chan = ch.id;
  e.on = ch.label;
  if (target !== NONE) e.target = target;
  m.onEvent!(e);
}

/** GoSysCall: g entered a system call on `on` (stdout, stderr, stdin). */
export function emitSysCall(m: Machine, g: G | null, on: string): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(Ev.GoSysCall, m.clk, m.curP, g, 1, rec.intern(on), 0, 0);
  if (m.onEvent === null) return void m.eventSeq++;
  const e = header(m, Ev.GoSysCall, g, m.curP, m.clk);
  e.on = on;
  m.onEvent(e);
}

/** TimerFire: timer `timer` fired, readying goroutine `target` if it has one. */
export function emitTimerFire(m: Machine, target: number | undefined, timer: number): void {
  if (!m.tracing) return;
  const rec = m.recorder;
  if (rec !== null) rec.add(Ev.TimerFire, m.clk, m.curP, null, 2, target === undefined ? 0 : target + 1, timer, 0);
  if (m.onEvent === null) return void m.eventSeq++;
  const e = header(m, Ev.TimerFire, null, m.curP, m.clk);
  e.target = target;
  e.timer = timer;
  e.on = `timer ${timer}`;
  m.onEvent(e);
}

/** The fields every event has, for a listener; takes the next sequence number. */
function header(m: Machine, kind: Ev, g: G | null, p: P | null, t: number): SchedEvent {
  return { kind: kinds[kind], seq: m.eventSeq++, t: Math.floor(t), p: p ? p.id : -1, m: p && p.m ? p.m.id : -1, g: g ? g.id : 0 };
}

// ---- recording --------------------------------------------------------------------

/** Bytes a chunk of the recorder holds; it grows a chunk at a time and never copies. */
const CHUNK_BYTES = 1 << 16;
/** More than any event takes: a chunk with less room left is closed. */
const MAX_EVENT_BYTES = 64;
/** Header flags: the time, the P and M, the goroutine differ from the previous event's. */
const T_CHANGED = 0x10;
const PM_CHANGED = 0x20;
const G_CHANGED = 0x40;

/** A select's channels, as a path in a trie indexed by label id + 1 (so a label id needs no string per event). */
interface ListNode {
  id: number;
  readonly next: ListNode[];
}

/**
 * Every event of a run, kept as bytes rather than objects: recording costs a
 * few byte stores per event, about 4 bytes an event in a busy program, so a
 * whole run can be kept. Events come out as SchedEvent objects when read.
 * Sequence numbers are the indexes.
 *
 * An event is a header byte — the kind in the low 4 bits, and flags saying
 * which of time, P/M and goroutine differ from the event before — then those
 * that differ (time and goroutine as zigzag deltas, P and M plus one), then
 * the kind's own fields as unsigned varints, in the order the emitters put
 * them and `read` takes them:
 *   GoCreate  target, func (string id), line + 1 (0: none)
 *   GoBlock   reason (string id), on + 1 (a string id; 0: none)
 *   GoUnblock target
 *   ProcSteal victim, count
 *   Chan*     chan, target + 1 (0: none)
 *   GoSysCall on (string id)
 *   TimerFire target + 1 (0: none), timer
 * Each chunk's first event is encoded against a blank state (time 0, no P or
 * M, goroutine 0), so reading can start at any chunk. An event never
 * straddles two chunks.
 */
export class EventRecorder {
  length = 0;
  private readonly chunks: Uint8Array[] = [];
  /** Bytes used in each chunk but the one written. */
  private readonly ends: number[] = [];
  /** The index of each chunk's first event. */
  private readonly firsts: number[] = [];
  /** The chunk being written, the next byte's position in it, and the position past which a new chunk starts. */
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private limit = -1;
  /** The previous event's time, P, M and goroutine. */
  private lastT = 0;
  private lastP = -1;
  private lastM = -1;
  private lastG = 0;
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  /** The last strings interned, by length mod 16 (wait reasons alternate: a map look-up each would cost more than the event). */
  private readonly recentStrings: (string | undefined)[] = new Array(16).fill(undefined);
  private readonly recentStringIds = new Int32Array(16);
  /** Label ids of objects waited on, by their kind (constructor) and number; the last kind's at hand. */
  private readonly labelTables = new Map<unknown, number[]>();
  private recentKind: unknown = undefined;
  private recentTable: number[] = [];
  /** The last two objects waited on and their label ids. */
  private recentOn0: unknown = null;
  private recentOn1: unknown = null;
  private recentOnId0 = NONE;
  private recentOnId1 = NONE;
  private readonly lists: ListNode = { id: NONE, next: [] };

  /**
   * Records an event: its kind, time, P (and the P's M) and goroutine, then the
   * kind's own fields — the first `n` of a, b, c (whole numbers from 0 to
   * 2^30). One call and the varints written in place: events come at up to
   * one per 30 ns of the engine's work, and a call or a store less counts.
   */
  add(kind: Ev, t: number, p: P | null, g: G | null, n: number, a: number, b: number, c: number): void {
    let pos = this.pos;
    if (pos > this.limit) pos = this.nextChunk();
    this.length++;
    const buf = this.buf;
    const at = pos++;
    let head: number = kind;
    const time = Math.floor(t);
    const d = time - this.lastT;
    if (d !== 0) {
      head |= T_CHANGED;
      this.lastT = time;
      if (d > 0 && d < 0x4000_0000) pos = putUint(buf, pos, d << 1);
      else pos = putTime(buf, pos, d >= 0 ? d * 2 : -d * 2 - 1);
    }
    const pid = p === null ? -1 : p.id;
    const mid = p === null || p.m === null ? -1 : p.m.id;
    if (pid !== this.lastP || mid !== this.lastM) {
      head |= PM_CHANGED;
      pos = putUint(buf, putUint(buf, pos, pid + 1), mid + 1);
      this.lastP = pid;
      this.lastM = mid;
    }
    const gid = g === null ? 0 : g.id;
    if (gid !== this.lastG) {
      head |= G_CHANGED;
      const dg = gid - this.lastG;
      pos = putUint(buf, pos, (dg << 1) ^ (dg >> 31));
      this.lastG = gid;
    }
    if (n > 0) {
      pos = putUint(buf, pos, a);
      if (n > 1) {
        pos = putUint(buf, pos, b);
        if (n > 2) pos = putUint(buf, pos, c);
      }
    }
    buf[at] = head;
    this.pos = pos;
  }

  /** Event number i, as an object. */
  get(i: number): SchedEvent {
    return this.slice(i, i + 1)[0];
  }

  /** Events from..to (exclusive), as objects. */
  slice(from = 0, to = this.length): SchedEvent[] {
    const out: SchedEvent[] = [];
    to = Math.min(to, this.length);
    if (from >= to) return out;
    const r = this.reader(from);
    for (let i = from; i < to; i++) out.push(this.read(r, i));
    return out;
  }

  /** Forgets events from n on (time travel back). */
  truncate(n: number): void {
    n = Math.max(0, n);
    if (n >= this.length) return;
    const r = this.reader(n);
    this.length = n;
    this.chunks.length = this.firsts.length = r.chunk + 1;
    this.ends.length = r.chunk;
    this.buf = this.chunks[r.chunk];
    this.pos = r.pos;
    this.limit = this.buf.length - MAX_EVENT_BYTES;
    this.lastT = r.t;
    this.lastP = r.p;
    this.lastM = r.m;
    this.lastG = r.g;
  }

  /** The id of a string, adding it the first time. */
  intern(s: string): number {
    const slot = s.length & 15;
    if (this.recentStrings[slot] === s) return this.recentStringIds[slot];
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    this.recentStrings[slot] = s;
    this.recentStringIds[slot] = id;
    return id;
  }

  /** The string id of what a goroutine waits on (waitLabel's text), NONE if it has no label. */
  labelId(on: unknown): number {
    if (on === this.recentOn0) return this.recentOnId0;
    if (on === this.recentOn1) return this.recentOnId1;
    if (on === null || typeof on !== 'object') return NONE;
    const id = Array.isArray(on) ? this.listLabelId(on) : this.objectLabelId(on);
    this.recentOn1 = this.recentOn0;
    this.recentOnId1 = this.recentOnId0;
    this.recentOn0 = on;
    this.recentOnId0 = id;
    return id;
  }

  /**
   * An object's label id. Objects waited on are numbered within their kind
   * (chan 3, Mutex 2, timer 7) and named after kind and number: the label is
   * made once per kind and number, found again by index.
   */
  private objectLabelId(on: object): number {
    const n = (on as { id?: unknown }).id;
    if (typeof n !== 'number' || !(n >= 0 && n < 0x1000_0000) || n % 1 !== 0) return this.labelOf(on);
    const kind = on.constructor;
    let table = this.recentTable;
    if (kind !== this.recentKind) {
      table = this.labelTables.get(kind) ?? [];
      this.labelTables.set(kind, table);
      this.recentKind = kind;
      this.recentTable = table;
    }
    let id = table[n];
    if (id === undefined) table[n] = id = this.labelOf(on);
    return id;
  }

  private labelOf(on: unknown): number {
    const label = waitLabel(on);
    return label === undefined ? NONE : this.intern(label);
  }

  /** A select's label id: a path in a trie indexed by its channels' label ids, the label made once per distinct list. */
  private listLabelId(on: unknown[]): number {
    let node = this.lists;
    for (let i = 0; i < on.length; i++) {
      const el = on[i];
      const k = el === null || typeof el !== 'object' ? 0 : this.objectLabelId(el) + 1;
      node = node.next[k] ??= { id: NaN, next: [] };
    }
    if (Number.isNaN(node.id)) node.id = this.labelOf(on);
    return node.id;
  }

  /** Starts a chunk, its first event encoded against a blank state; returns the position to write at. */
  private nextChunk(): number {
    if (this.chunks.length) this.ends.push(this.pos);
    this.buf = new Uint8Array(CHUNK_BYTES);
    this.chunks.push(this.buf);
    this.firsts.push(this.length);
    this.pos = 0;
    this.limit = CHUNK_BYTES - MAX_EVENT_BYTES;
    this.lastT = 0;
    this.lastP = -1;
    this.lastM = -1;
    this.lastG = 0;
    return 0;
  }

  /** A reader positioned at event i (< length). */
  private reader(i: number): Reader {
    // The last chunk whose first event is at or before i.
    let lo = 0;
    let hi = this.firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firsts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    const r: Reader = { chunk: lo, pos: 0, t: 0, p: -1, m: -1, g: 0 };
    for (let k = this.firsts[lo]; k < i; k++) this.read(r, k);
    return r;
  }

  /** Decodes event i at the reader's position and moves past it. */
  private read(r: Reader, i: number): SchedEvent {
    if (r.chunk + 1 < this.firsts.length && this.firsts[r.chunk + 1] === i) {
      r.chunk++;
      r.pos = 0;
      r.t = 0;
      r.p = r.m = -1;
      r.g = 0;
    }
    const buf = this.chunks[r.chunk];
    const head = buf[r.pos++];
    if (head & T_CHANGED) r.t += unzigzag(getUint(buf, r));
    if (head & PM_CHANGED) {
      r.p = getUint(buf, r) - 1;
      r.m = getUint(buf, r) - 1;
    }
    if (head & G_CHANGED) r.g += unzigzag(getUint(buf, r));
    const kind = kinds[head & 0x0f];
    const e: SchedEvent = { kind, seq: i, t: r.t, p: r.p, m: r.m, g: r.g };
    switch (kind) {
      case 'GoCreate': {
        e.target = getUint(buf, r);
        e.func = this.strings[getUint(buf, r)];
        const line = getUint(buf, r);
        if (line !== 0) e.line = line - 1;
        break;
      }
      case 'GoBlock': {
        e.reason = this.strings[getUint(buf, r)];
        const on = getUint(buf, r);
        if (on !== 0) e.on = this.strings[on - 1];
        break;
      }
      case 'GoUnblock':
        e.target = getUint(buf, r);
        break;
      case 'ChanSend':
      case 'ChanRecv':
      case 'ChanClose': {
        const chan = getUint(buf, r);
        const target = getUint(buf, r);
        if (target !== 0) e.target = target - 1;
        e.chan = chan;
        e.on = `chan ${chan}`;
        break;
      }
      case 'ProcSteal':
        e.victim = getUint(buf, r);
        e.count = getUint(buf, r);
        break;
      case 'TimerFire': {
        const target = getUint(buf, r);
        if (target !== 0) e.target = target - 1;
        e.timer = getUint(buf, r);
        e.on = `timer ${e.timer}`;
        break;
      }
      case 'GoSysCall':
        e.on = this.strings[getUint(buf, r)];
        break;
    }
    return e;
  }
}

/** Where reading is, and the state the next event is encoded against. */
interface Reader {
  chunk: number;
  pos: number;
  t: number;
  p: number;
  m: number;
  g: number;
}

/** Writes v (0 ≤ v < 2^31) as an unsigned varint at pos; returns the position after it. */
function putUint(buf: Uint8Array, pos: number, v: number): number {
  while (v > 0x7f) {
    buf[pos++] = (v & 0x7f) | 0x80;
    v >>= 7;
  }
  buf[pos++] = v;
  return pos;
}

/** putUint for any whole number below 2^53 (times: an hour's sleep is 2^42 ns). */
function putTime(buf: Uint8Array, pos: number, v: number): number {
  while (v > 0x7f) {
    buf[pos++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  buf[pos++] = v;
  return pos;
}

function getUint(buf: Uint8Array, r: Reader): number {
  let v = 0;
  let scale = 1;
  for (;;) {
    const b = buf[r.pos++];
    v += (b & 0x7f) * scale;
    if (b < 0x80) return v;
    scale *= 0x80;
  }
}

function unzigzag(z: number): number {
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
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
