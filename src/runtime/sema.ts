// The sync package's blocking primitives, as Go 1.19's sync and runtime/sema.go
// behave: Mutex (normal and starvation modes), RWMutex (writers first),
// WaitGroup and Cond. Their state lives here, keyed by the Go object (the
// struct the program declared), so the panel can show owners and waiters.
//
// Mutex, normal mode: Unlock wakes the first waiter (into runnext) but does
// not hand it the lock; the waiter competes again when it runs, and a running
// goroutine usually wins ("barging"). A waiter that has waited over 1 ms
// switches the mutex to starvation mode: Unlock then hands the lock straight
// to the first waiter and yields to it.

import { cost } from './cost';
import type { G } from './g';
import type { Machine } from './machine';
import * as sched from './sched';

export const starvationThresholdNs = 1_000_000;

export class MutexState {
  locked = false;
  starving = false;
  owner: G | null = null;
  readonly waiters: G[] = [];
  /** When each waiter first started waiting. */
  readonly waitStart = new Map<G, number>();
  /** Waiters woken by Unlock that have not retried yet. */
  readonly woken = new Set<G>();
  constructor(readonly id: number) {}
  /** How events and dumps name it. */
  get label(): string {
    return `Mutex ${this.id}`;
  }
}

export class WaitGroupState {
  counter = 0;
  readonly waiters: G[] = [];
  constructor(readonly id: number) {}
  /** How events and dumps name it. */
  get label(): string {
    return `WaitGroup ${this.id}`;
  }
}

export class RWMutexState {
  writer: G | null = null;
  readers = 0;
  /** A writer waiting for the active readers to leave. */
  writerWaiting: G | null = null;
  readonly readerWaiters: G[] = [];
  readonly writerWaiters: G[] = [];
  constructor(readonly id: number) {}
  /** How events and dumps name it. */
  get label(): string {
    return `RWMutex ${this.id}`;
  }
}

export class CondState {
  ticket = 0;
  readonly waiters: { g: G; ticket: number }[] = [];
  constructor(readonly id: number) {}
  /** How events and dumps name it. */
  get label(): string {
    return `Cond ${this.id}`;
  }
}

export type SyncState = MutexState | WaitGroupState | RWMutexState | CondState;

/** The sync object behind a Go value (by the identity of its struct). */
export function stateOf<T extends SyncState>(m: Machine, obj: object, make: new (id: number) => T): T {
  // The last one looked up, first: a loop locks and unlocks the same mutex.
  if (obj === m.syncLastObj && m.syncLastIn === m.syncStates) return m.syncLastState as T;
  let s = m.syncStates.get(obj) as T | undefined;
  if (!s) {
    s = new make(m.syncStates.size + 1);
    m.syncStates.set(obj, s);
  }
  m.syncLastObj = obj;
  m.syncLastState = s;
  m.syncLastIn = m.syncStates;
  return s;
}

declare module './machine' {
  interface Machine {
    syncStates: Map<object, SyncState>;
    /** stateOf's last lookup: the object, its state, and the map it came from. */
    syncLastObj: object | null;
    syncLastState: SyncState | null;
    syncLastIn: Map<object, SyncState> | null;
  }
}

// ---- Mutex -------------------------------------------------------------------------

/** Lock: true if acquired; false if the goroutine parked (it retries when woken). */
export function mutexLock(m: Machine, g: G, st: MutexState): boolean {
  m.clk += cost.mutex;
  // Uncontended (what the general case below does when nobody waits or was woken).
  if (!st.locked && !st.starving && st.woken.size === 0 && st.waitStart.size === 0) {
    st.locked = true;
    st.owner = g;
    return true;
  }
  const wasWoken = st.woken.delete(g);
  if (!st.locked) {
    st.locked = true;
    st.owner = g;
    const since = st.waitStart.get(g);
    st.waitStart.delete(g);
    // Leave starvation mode when the last waiter, or one that did not wait long, gets the lock.
    if (st.starving && (st.waiters.length === 0 || (since !== undefined && m.clk - since < starvationThresholdNs))) st.starving = false;
    return true;
  }
  if (!st.waitStart.has(g)) st.waitStart.set(g, m.clk);
  const waited = m.clk - st.waitStart.get(g)!;
  if (waited > starvationThresholdNs && wasWoken) st.starving = true;
  // A woken waiter that lost the race goes back to the front of the queue.
  if (wasWoken) st.waiters.unshift(g);
  else st.waiters.push(g);
  sched.park(m, g, 'semacquire', st);
  return false;
}

/** Unlock: returns true when the caller must yield (starvation hand-off). */
export function mutexUnlock(m: Machine, g: G, st: MutexState): 'ok' | 'unlocked' | 'yield' {
  m.clk += cost.mutex;
  if (!st.locked) return 'unlocked';
  if (!st.starving && st.waiters.length === 0) {
    st.locked = false;
    st.owner = null;
    return 'ok';
  }
  if (st.starving && st.waiters.length) {
    // Hand the lock to the first waiter and let it run now.
    const w = st.waiters.shift()!;
    st.owner = w;
    st.waitStart.delete(w);
    w.pending = null;
    if (st.waiters.length === 0) st.starving = false;
    sched.ready(m, w);
    return 'yield';
  }
  st.locked = false;
  st.owner = null;
  const w = st.waiters.shift();
  if (w) {
    st.woken.add(w);
    sched.ready(m, w);
  }
  return 'ok';
}

// ---- WaitGroup ------------------------------------------------------------------------

/** Add: false when the counter went negative (the caller panics). */
export function wgAdd(m: Machine, st: WaitGroupState, delta: number): boolean {
  st.counter += delta;
  if (st.counter < 0) return false;
  if (st.counter === 0 && st.waiters.length) {
    // Release every waiter, first come first served (each through runnext).
    const ws = st.waiters.splice(0);
    for (const w of ws) sched.ready(m, w);
  }
  return true;
}

/** Wait: true if it returns at once. */
export function wgWait(m: Machine, g: G, st: WaitGroupState): boolean {
  if (st.counter === 0) return true;
  st.waiters.push(g);
  sched.park(m, g, 'semacquire', st);
  return false;
}

// ---- RWMutex -----------------------------------------------------------------------------

export function rlock(m: Machine, g: G, st: RWMutexState): boolean {
  m.clk += cost.mutex;
  if (!st.writer && !st.writerWaiting && st.writerWaiters.length === 0) {
    st.readers++;
    return true;
  }
  st.readerWaiters.push(g);
  sched.park(m, g, 'semacquire', st);
  return false;
}

export function runlock(m: Machine, st: RWMutexState): boolean {
  m.clk += cost.mutex;
  if (st.readers <= 0) return false;
  st.readers--;
  if (st.readers === 0 && st.writerWaiting) {
    const w = st.writerWaiting;
    st.writerWaiting = null;
    st.writer = w;
    sched.ready(m, w);
  }
  return true;
}

/** Lock: true if acquired now. A writer first waits its turn among writers, then for readers to leave. */
export function wlock(m: Machine, g: G, st: RWMutexState): boolean {
  m.clk += cost.mutex;
  if (!st.writer && !st.writerWaiting && st.writerWaiters.length === 0) {
    if (st.readers === 0) {
      st.writer = g;
      return true;
    }
    st.writerWaiting = g;
    sched.park(m, g, 'semacquire', st);
    return false;
  }
  st.writerWaiters.push(g);
  sched.park(m, g, 'semacquire', st);
  return false;
}

export function wunlock(m: Machine, st: RWMutexState): boolean {
  m.clk += cost.mutex;
  if (!st.writer) return false;
  st.writer = null;
  // Readers that queued behind the writer go first; then the next writer.
  const rs = st.readerWaiters.splice(0);
  st.readers += rs.length;
  for (const r of rs) sched.ready(m, r);
  const w = st.writerWaiters.shift();
  if (w) {
    if (st.readers === 0) {
      st.writer = w;
      sched.ready(m, w);
    } else st.writerWaiting = w;
  }
  return true;
}

// ---- Cond --------------------------------------------------------------------------------

export function condAdd(st: CondState): number {
  return st.ticket++;
}

export function condWait(m: Machine, g: G, st: CondState, ticket: number): void {
  st.waiters.push({ g, ticket });
  sched.park(m, g, 'sync.Cond.Wait', st);
}

export function condSignal(m: Machine, st: CondState, all: boolean): void {
  st.waiters.sort((a, b) => a.ticket - b.ticket);
  const ws = all ? st.waiters.splice(0) : st.waiters.splice(0, 1);
  for (const w of ws) sched.ready(m, w.g);
}
