// Channels (runtime/chan.go): a ring buffer of `size` slots, and FIFO queues of
// goroutines blocked sending and receiving (sudogs). A send to a waiting
// receiver copies straight into the receiver's variable and readies it; the
// sender keeps running. `close` readies every waiter, in reverse order of
// queueing (receivers first, then senders, popped from a LIFO list).
//
// Generated code calls send/recv with the frame and slot the result goes to;
// a goroutine that blocks gets its value written into that slot by whoever
// wakes it. Both return -1 when the operation completed without blocking and 1
// when the goroutine parked.

import type { Frame } from '../vm/func';
import { errorStringPanic, plainPanic } from '../vm/panics';
import type { RType } from '../vm/rtype';
import { cost } from './cost';
import type { G } from './g';
import type { Machine } from './machine';
import * as sched from './sched';
import { emitChan, Ev } from './trace';

/** A goroutine waiting on a channel (runtime's sudog). */
export interface Sudog {
  g: G;
  fr: Frame;
  /** Receive: the slot receiving the value (-1: discard) and the slot for ok (-1: none). */
  dst: number;
  okDst: number;
  /** Send: the value. */
  value: unknown;
  /** For a goroutine in a select: its case, and the state shared by all its cases (see select.ts). */
  sel: { shared: SelectWait; dstIndex: number; caseIndex: number } | null;
}

/** A goroutine blocked in a select: one sudog per case; the first counterparty to come wins. */
export interface SelectWait {
  done: boolean;
  entries: { q: Sudog[]; sg: Sudog }[];
}

let chanIds = 0;

export class Chan {
  readonly id = ++chanIds;
  readonly buf: unknown[];
  qcount = 0;
  sendx = 0;
  recvx = 0;
  closed = false;
  readonly recvq: Sudog[] = [];
  readonly sendq: Sudog[] = [];
  /** How events name it. */
  get label(): string {
    return (this.labelText ??= `chan ${this.id}`);
  }
  private labelText: string | undefined = undefined;
  constructor(
    readonly elem: RType,
    readonly size: number,
  ) {
    this.buf = new Array(size);
  }
  /** len(ch) */
  get count(): number {
    return this.qcount;
  }
  /** The buffered values in order (snapshots). */
  contents(): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < this.qcount; i++) out.push(this.buf[(this.recvx + i) % this.size]);
    return out;
  }
}

/** Resets channel numbering (each program run numbers its channels from 1). */
export function resetChanIds(): void {
  chanIds = 0;
}

/** The channel numbering, for checkpoints (a machine restored later numbers new channels as it did). */
export function chanIdState(): number {
  return chanIds;
}

export function restoreChanIds(n: number): void {
  chanIds = n;
}

export function makeChan(m: Machine, elem: RType, size: unknown): Chan {
  const n = size as number;
  if (typeof size === 'bigint' || n < 0 || n > 1 << 28) throw plainPanic('makechan: size out of range');
  m.clk += cost.chanOp;
  const c = new Chan(elem, n);
  m.registerChan(c);
  return c;
}

/** Dequeues the first waiter that is not a select already won by another case. */
export function dequeue(q: Sudog[]): Sudog | null {
  while (q.length) {
    const sg = q.shift()!;
    if (sg.sel) {
      const w = sg.sel.shared;
      if (w.done) continue;
      w.done = true;
      // The select's other cases stop waiting.
      for (const e of w.entries) {
        if (e.sg === sg) continue;
        const i = e.q.indexOf(e.sg);
        if (i >= 0) e.q.splice(i, 1);
      }
    }
    return sg;
  }
  return null;
}

/** Delivers a received value (and ok) to a waiting receiver and readies it. */
function deliver(m: Machine, sg: Sudog, v: unknown, ok: boolean): void {
  if (sg.dst >= 0) sg.fr.s[sg.dst] = v;
  if (sg.okDst >= 0) sg.fr.s[sg.okDst] = ok;
  if (sg.sel) sg.fr.s[sg.sel.dstIndex] = sg.sel.caseIndex;
  sched.ready(m, sg.g);
}

export function send(m: Machine, g: G, fr: Frame, ch: Chan | null, v: unknown): number {
  m.clk += cost.chanOp;
  if (ch === null) {
    sched.park(m, g, 'chan send (nil chan)', null);
    return 1;
  }
  if (ch.closed) throw plainPanic('send on closed channel');
  const r = dequeue(ch.recvq);
  if (r) {
    if (m.tracing) emitChan(m, Ev.ChanSend, g, ch, r.g.id);
    deliver(m, r, v, true);
    return -1;
  }
  if (ch.qcount < ch.size) {
    ch.buf[ch.sendx] = v;
    ch.sendx = (ch.sendx + 1) % ch.size;
    ch.qcount++;
    if (m.tracing) emitChan(m, Ev.ChanSend, g, ch);
    return -1;
  }
  m.clk += cost.chanPark;
  ch.sendq.push({ g, fr, dst: -1, okDst: -1, value: v, sel: null });
  sched.park(m, g, 'chan send', ch);
  return 1;
}

/** Non-blocking send (time.go's sendTime, select with default): false if it would block. */
export function trySend(m: Machine, ch: Chan, v: unknown): boolean {
  if (ch.closed) throw plainPanic('send on closed channel');
  const r = dequeue(ch.recvq);
  if (r) {
    deliver(m, r, v, true);
    return true;
  }
  if (ch.qcount < ch.size) {
    ch.buf[ch.sendx] = v;
    ch.sendx = (ch.sendx + 1) % ch.size;
    ch.qcount++;
    return true;
  }
  return false;
}

export function recv(m: Machine, g: G, fr: Frame, ch: Chan | null, dst: number, okDst: number): number {
  m.clk += cost.chanOp;
  if (ch === null) {
    sched.park(m, g, 'chan receive (nil chan)', null);
    return 1;
  }
  const r = tryRecv(m, g, ch);
  if (r) {
    if (dst >= 0) fr.s[dst] = r.value;
    if (okDst >= 0) fr.s[okDst] = r.ok;
    return -1;
  }
  m.clk += cost.chanPark;
  ch.recvq.push({ g, fr, dst, okDst, value: undefined, sel: null });
  sched.park(m, g, 'chan receive', ch);
  return 1;
}

/** A receive that does not block: the value and ok, or null if it would block. */
export function tryRecv(m: Machine, g: G | null, ch: Chan): { value: unknown; ok: boolean } | null {
  const s = dequeue(ch.sendq);
  if (s) {
    let v: unknown;
    if (ch.size === 0) {
      v = s.value;
    } else {
      // A full buffer: take the head, and the sender's value goes to the tail.
      v = ch.buf[ch.recvx];
      ch.buf[ch.recvx] = s.value;
      ch.recvx = (ch.recvx + 1) % ch.size;
      ch.sendx = ch.recvx;
    }
    if (s.sel) s.fr.s[s.sel.dstIndex] = s.sel.caseIndex;
    if (m.tracing) emitChan(m, Ev.ChanRecv, g, ch, s.g.id);
    sched.ready(m, s.g);
    return { value: v, ok: true };
  }
  if (ch.qcount > 0) {
    const v = ch.buf[ch.recvx];
    ch.buf[ch.recvx] = undefined;
    ch.recvx = (ch.recvx + 1) % ch.size;
    ch.qcount--;
    if (m.tracing) emitChan(m, Ev.ChanRecv, g, ch);
    return { value: v, ok: true };
  }
  if (ch.closed) return { value: ch.elem.zero(), ok: false };
  return null;
}

export function close(m: Machine, g: G, ch: Chan | null): void {
  m.clk += cost.chanOp;
  if (ch === null) throw plainPanic('close of nil channel');
  if (ch.closed) throw plainPanic('close of closed channel');
  ch.closed = true;
  if (m.tracing) emitChan(m, Ev.ChanClose, g, ch);
  // Collect every waiter, receivers then senders, and ready them popping the list (LIFO).
  const list: { sg: Sudog; recv: boolean }[] = [];
  for (let r = dequeue(ch.recvq); r; r = dequeue(ch.recvq)) list.push({ sg: r, recv: true });
  for (let s = dequeue(ch.sendq); s; s = dequeue(ch.sendq)) list.push({ sg: s, recv: false });
  while (list.length) {
    const { sg, recv } = list.pop()!;
    if (recv) {
      deliver(m, sg, ch.elem.zero(), false);
    } else {
      if (sg.sel) sg.fr.s[sg.sel.dstIndex] = sg.sel.caseIndex;
      sg.g.resumePanic = plainPanic('send on closed channel').value;
      sched.ready(m, sg.g);
    }
  }
}

void errorStringPanic;
