// The select statement (runtime/select.go's selectgo): poll the cases in a
// random order and take the first that is ready; otherwise run default, or
// queue on every channel and park until one counterparty wins.

import type { Frame } from '../vm/func';
import { plainPanic } from '../vm/panics';
import { Chan, SelectWait, Sudog, tryRecv, trySend } from './chan';
import { cost } from './cost';
import type { G } from './g';
import type { Machine } from './machine';
import * as sched from './sched';

/** One case of a select, as the compiler describes it: slots holding its operands. */
export interface SelectCase {
  dir: 'send' | 'recv';
  /** Slot holding the channel. */
  ch: number;
  /** Send: slot holding the value. */
  val: number;
  /** Receive: slots for the value and for ok (-1 when not used). */
  dst: number;
  ok: number;
}

export interface SelectDesc {
  cases: SelectCase[];
  hasDefault: boolean;
}

/** Runs a select; the chosen case's index (or -1 for default) goes to slot `dstIndex`. */
export function select(m: Machine, g: G, fr: Frame, desc: SelectDesc, dstIndex: number): number {
  m.clk += cost.select;
  const cases = desc.cases;
  // The poll order: a random permutation of the cases whose channel is not nil.
  const s = fr.s;
  const order: number[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (s[cases[i].ch] === null) continue;
    const n = order.length;
    const j = m.rng.intn(n + 1);
    // (j === n appends i; reading order[n] would leave the array's fast elements.)
    if (j === n) order.push(i);
    else {
      order.push(order[j]);
      order[j] = i;
    }
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const c = cases[i];
    const ch = s[c.ch] as Chan;
    if (c.dir === 'recv') {
      const r = tryRecv(m, g, ch);
      if (r) {
        if (c.dst >= 0) fr.s[c.dst] = r.value;
        if (c.ok >= 0) fr.s[c.ok] = r.ok;
        fr.s[dstIndex] = i;
        return -1;
      }
    } else {
      if (ch.closed) throw plainPanic('send on closed channel');
      if (trySend(m, ch, fr.s[c.val])) {
        fr.s[dstIndex] = i;
        return -1;
      }
    }
  }
  if (desc.hasDefault) {
    fr.s[dstIndex] = -1;
    return -1;
  }
  m.clk += cost.chanPark;
  const shared: SelectWait = { done: false, entries: [] };
  for (const i of order) {
    const c = cases[i];
    const ch = fr.s[c.ch] as Chan;
    const sg: Sudog = {
      g,
      fr,
      dst: c.dir === 'recv' ? c.dst : -1,
      okDst: c.dir === 'recv' ? c.ok : -1,
      value: c.dir === 'send' ? fr.s[c.val] : undefined,
      sel: { shared, dstIndex, caseIndex: i },
    };
    const q = c.dir === 'recv' ? ch.recvq : ch.sendq;
    q.push(sg);
    shared.entries.push({ q, sg });
  }
  sched.park(m, g, cases.length === 0 ? 'select (no cases)' : 'select', order.map((i) => fr.s[cases[i].ch]));
  return 1;
}
