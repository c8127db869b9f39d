// A snapshot made ready for drawing: goroutines by id, where each one is
// (running on a P, in a runnext slot, in a local or the global queue, or
// waiting), and the channels and sync objects by id. Built once per snapshot
// in one pass over the goroutines; where a goroutine is, is kept as a small
// integer (its "box") so that 10,000 goroutines cost no allocation each.

import type { ChanSnapshot, GSnapshot, Snapshot, SyncSnapshot } from '../src/protocol/snapshot';

/** Where a goroutine is. Invariant: each live goroutine has exactly one place. */
export type Place =
  | { kind: 'running'; p: number }
  | { kind: 'runnext'; p: number }
  | { kind: 'local'; p: number; index: number }
  | { kind: 'global'; index: number }
  | { kind: 'waiting'; reason: string }
  | { kind: 'syscall' }
  /** Runnable but in no queue the snapshot lists (should not happen; shown rather than lost). */
  | { kind: 'runnable' };

// Box codes: a P's running slot, runnext and local queue are p*8+1, +2, +3;
// the global queue, a syscall and "runnable elsewhere" are 4, 5 and 6; waiting
// is negative, one code per wait reason. Moving between boxes is a change
// worth showing; moving up within one queue is not.
const RUNNING = 1;
const RUNNEXT = 2;
const LOCAL = 3;
const GLOBAL = 4;
const SYSCALL = 5;
const RUNNABLE = 6;

const reasonCodes = new Map<string, number>();
const reasonNames: string[] = [];
function waitingBox(reason: string): number {
  let i = reasonCodes.get(reason);
  if (i === undefined) {
    i = reasonNames.length;
    reasonNames.push(reason);
    reasonCodes.set(reason, i);
  }
  return -(i + 1);
}

/** A box whose goroutines are blocked (waiting or in a system call). */
export function isBlockedBox(box: number): boolean {
  return box < 0 || box === SYSCALL;
}

export interface Picture {
  snapshot: Snapshot;
  byId: Map<number, GSnapshot>;
  /** Each goroutine's box (see the codes above). */
  box: Map<number, number>;
  /** Position in its queue, for goroutines in a local or the global queue. */
  index: Map<number, number>;
  chans: Map<number, ChanSnapshot>;
  syncs: Map<number, SyncSnapshot>;
  /** Goroutine counts by status (user goroutines; system ones counted apart). */
  counts: { running: number; runnable: number; waiting: number; syscall: number; system: number };
}

export function makePicture(snapshot: Snapshot): Picture {
  const byId = new Map<number, GSnapshot>();
  const box = new Map<number, number>();
  const index = new Map<number, number>();
  const counts = { running: 0, runnable: 0, waiting: 0, syscall: 0, system: 0 };
  for (const g of snapshot.goroutines) {
    byId.set(g.id, g);
    if (g.system) counts.system++;
    else if (g.status === 'running') counts.running++;
    else if (g.status === 'runnable') counts.runnable++;
    else if (g.status === 'syscall') counts.syscall++;
    else if (g.status === 'waiting') counts.waiting++;
    if (g.status === 'waiting') box.set(g.id, waitingBox(g.waitReason || 'waiting'));
    else if (g.status === 'syscall') box.set(g.id, SYSCALL);
    else if (g.status === 'running' && g.p !== null) box.set(g.id, g.p * 8 + RUNNING);
    else box.set(g.id, RUNNABLE);
  }
  // The Ps' and the global queue's own lists are authoritative for queue positions.
  for (const p of snapshot.ps) {
    if (p.running !== null && byId.get(p.running)?.status === 'running') box.set(p.running, p.id * 8 + RUNNING);
    if (p.runnext !== null) box.set(p.runnext, p.id * 8 + RUNNEXT);
    const local = p.id * 8 + LOCAL;
    p.runq.forEach((id, i) => {
      box.set(id, local);
      index.set(id, i);
    });
  }
  snapshot.globalQueue.forEach((id, i) => {
    box.set(id, GLOBAL);
    index.set(id, i);
  });
  return {
    snapshot,
    byId,
    box,
    index,
    chans: new Map(snapshot.channels.map((c) => [c.id, c])),
    syncs: new Map(snapshot.syncs.map((s) => [s.id, s])),
    counts,
  };
}

/** Where goroutine `id` is, spelled out. */
export function placeOf(pic: Picture, id: number): Place | undefined {
  const b = pic.box.get(id);
  if (b === undefined) return undefined;
  if (b < 0) return { kind: 'waiting', reason: reasonNames[-b - 1] };
  if (b === GLOBAL) return { kind: 'global', index: pic.index.get(id) ?? 0 };
  if (b === SYSCALL) return { kind: 'syscall' };
  if (b === RUNNABLE) return { kind: 'runnable' };
  const p = b >> 3;
  switch (b & 7) {
    case RUNNING:
      return { kind: 'running', p };
    case RUNNEXT:
      return { kind: 'runnext', p };
    default:
      return { kind: 'local', p, index: pic.index.get(id) ?? 0 };
  }
}

/** A short function name: the lesson's own package is implied. */
export function shortFunc(name: string): string {
  return name.startsWith('main.') ? name.slice(5) : name;
}

/** The words that say where a goroutine is, for labels and screen readers. */
export function describePlace(pl: Place | undefined): string {
  if (!pl) return 'gone';
  switch (pl.kind) {
    case 'running':
      return `running on P${pl.p}`;
    case 'runnext':
      return `in P${pl.p}'s runnext slot`;
    case 'local':
      return `position ${pl.index + 1} of P${pl.p}'s local run queue`;
    case 'global':
      return `position ${pl.index + 1} of the global run queue`;
    case 'waiting':
      return `waiting (${pl.reason})`;
    case 'syscall':
      return 'in a system call';
    default:
      return 'runnable';
  }
}
