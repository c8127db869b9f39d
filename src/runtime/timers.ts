// Timers (runtime/time.go): each P keeps a heap of the timers created by the
// goroutines running on it, and runs the expired ones whenever it schedules
// (findRunnable's checkTimers). A timer wakes a sleeping goroutine, sends the
// time on a channel (time.After, NewTimer, NewTicker), or starts a goroutine
// running a function (time.AfterFunc).
//
// Ties between equal deadlines are broken by creation order, so runs are
// deterministic (Go's heap gives no order for ties).

import type { FuncProto } from '../vm/func';
import { cost } from './cost';
import type { G, P } from './g';
import type { Machine } from './machine';
import * as sched from './sched';
import { emitTimerFire } from './trace';

export type TimerKind = 'sleep' | 'chan' | 'func';

export interface Timer {
  id: number;
  /** Virtual time at which it fires. */
  when: number;
  /** For tickers: the period; 0 for one-shot timers. */
  period: number;
  kind: TimerKind;
  p: P;
  /** The sleeping goroutine (sleep). */
  g: G | null;
  /** The channel to send the time on (chan). */
  ch: unknown;
  /** The function to start (func): a closure or function. */
  fn: FuncProto | unknown;
  /** In a heap (not stopped, not fired). */
  active: boolean;
  seq: number;
}

let seqCounter = 0;

/** Timer creation order, for checkpoints (equal deadlines fire in creation order). */
export function timerSeqState(): number {
  return seqCounter;
}

export function restoreTimerSeq(n: number): void {
  seqCounter = n;
}

function less(a: Timer, b: Timer): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

function up(h: Timer[], i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(h[i], h[parent])) break;
    [h[i], h[parent]] = [h[parent], h[i]];
    i = parent;
  }
}

function down(h: Timer[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let s = i;
    if (l < h.length && less(h[l], h[s])) s = l;
    if (r < h.length && less(h[r], h[s])) s = r;
    if (s === i) return;
    [h[i], h[s]] = [h[s], h[i]];
    i = s;
  }
}

/** Adds a timer to the current P's heap. */
export function add(m: Machine, t: Omit<Timer, 'p' | 'active' | 'seq' | 'id'>): Timer {
  const p = m.curP ?? m.ps[0];
  const timer: Timer = { ...t, p, active: true, seq: seqCounter++, id: m.timerIds++ };
  p.timers.push(timer);
  up(p.timers, p.timers.length - 1);
  m.clk += cost.timer;
  return timer;
}

/** Stops a timer; returns whether it was still pending. */
export function stop(m: Machine, t: Timer): boolean {
  if (!t.active) return false;
  t.active = false;
  const h = t.p.timers;
  const i = h.indexOf(t);
  if (i >= 0) {
    const last = h.pop()!;
    if (i < h.length) {
      h[i] = last;
      up(h, i);
      down(h, i);
    }
  }
  void m;
  return true;
}

/** Moves a timer to a new deadline (Timer.Reset); returns whether it was pending. */
export function reset(m: Machine, t: Timer, when: number): boolean {
  const was = stop(m, t);
  t.when = when;
  t.active = true;
  t.seq = seqCounter++;
  const p = m.curP ?? t.p;
  t.p = p;
  p.timers.push(t);
  up(p.timers, p.timers.length - 1);
  return was;
}

/** The earliest pending timer of any P. */
export function earliest(m: Machine): Timer | null {
  let best: Timer | null = null;
  for (const p of m.ps) {
    const t = p.timers[0];
    if (t && (!best || less(t, best))) best = t;
  }
  return best;
}

/** checkTimers: runs p's timers that have expired by the current time, in deadline order. */
export function check(m: Machine, p: P): void {
  const h = p.timers;
  while (h.length && h[0].when <= m.clk) {
    const t = h[0];
    if (t.period > 0) {
      // A ticker: the next tick, skipping ticks missed while the P was busy.
      t.when += t.period * (1 + Math.floor((m.clk - t.when) / t.period));
      t.seq = seqCounter++;
      down(h, 0);
    } else {
      const last = h.pop()!;
      if (h.length) {
        h[0] = last;
        down(h, 0);
      }
      t.active = false;
    }
    fire(m, t);
  }
}

function fire(m: Machine, t: Timer): void {
  m.clk += cost.timerFire;
  if (m.tracing) emitTimerFire(m, t.g ? t.g.id : undefined, t.id);
  switch (t.kind) {
    case 'sleep':
      if (t.g && t.g.status === 'waiting') sched.ready(m, t.g);
      return;
    case 'chan':
      m.timerSend(t.ch);
      return;
    case 'func':
      m.timerFunc(t.fn);
      return;
  }
}

declare module './machine' {
  interface Machine {
    timerIds: number;
    /** Sends the current time on a timer's channel without blocking (time.go's sendTime). */
    timerSend(ch: unknown): void;
    /** Starts a goroutine running an AfterFunc's function (time.goFunc). */
    timerFunc(fn: unknown): void;
  }
}
