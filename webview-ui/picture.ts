// A snapshot made ready for drawing: goroutines by id, where each one is
// (running on a P, in a runnext slot, in a local or the global queue, or
// waiting), and the channels and sync objects by id. Built once per snapshot,
// in one pass over the goroutines, so 10,000 of them cost a few milliseconds.

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

export interface Picture {
  snapshot: Snapshot;
  byId: Map<number, GSnapshot>;
  place: Map<number, Place>;
  chans: Map<number, ChanSnapshot>;
  syncs: Map<number, SyncSnapshot>;
  /** Goroutine counts by status (user goroutines; system ones counted apart). */
  counts: { running: number; runnable: number; waiting: number; syscall: number; system: number };
}

export function makePicture(snapshot: Snapshot): Picture {
  const byId = new Map<number, GSnapshot>();
  const place = new Map<number, Place>();
  const counts = { running: 0, runnable: 0, waiting: 0, syscall: 0, system: 0 };
  for (const g of snapshot.goroutines) {
    byId.set(g.id, g);
    if (g.system) counts.system++;
    else if (g.status === 'running') counts.running++;
    else if (g.status === 'runnable') counts.runnable++;
    else if (g.status === 'syscall') counts.syscall++;
    else if (g.status === 'waiting') counts.waiting++;
    place.set(g.id, placeOf(g));
  }
  // The Ps' own lists are authoritative for queue positions.
  for (const p of snapshot.ps) {
    if (p.running !== null && byId.get(p.running)?.status === 'running') place.set(p.running, { kind: 'running', p: p.id });
    if (p.runnext !== null) place.set(p.runnext, { kind: 'runnext', p: p.id });
    p.runq.forEach((id, index) => place.set(id, { kind: 'local', p: p.id, index }));
  }
  snapshot.globalQueue.forEach((id, index) => place.set(id, { kind: 'global', index }));
  return {
    snapshot,
    byId,
    place,
    chans: new Map(snapshot.channels.map((c) => [c.id, c])),
    syncs: new Map(snapshot.syncs.map((s) => [s.id, s])),
    counts,
  };
}

function placeOf(g: GSnapshot): Place {
  switch (g.status) {
    case 'running':
      return g.p !== null ? { kind: 'running', p: g.p } : { kind: 'runnable' };
    case 'syscall':
      return { kind: 'syscall' };
    case 'waiting':
      return { kind: 'waiting', reason: g.waitReason || 'waiting' };
    default:
      if (!g.queue) return { kind: 'runnable' };
      if (g.queue.kind === 'global') return { kind: 'global', index: g.queue.index };
      if (g.queue.kind === 'runnext') return { kind: 'runnext', p: g.queue.p };
      return { kind: 'local', p: g.queue.p, index: g.queue.index };
  }
}

/** The container a place belongs to: moving between containers is a change worth showing, moving up a queue is not. */
export function containerOf(pl: Place): string {
  switch (pl.kind) {
    case 'running':
    case 'runnext':
    case 'local':
      return `${pl.kind}:${pl.p}`;
    case 'waiting':
      return `waiting:${pl.reason}`;
    default:
      return pl.kind;
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
