// Native parts of package sync: the blocking operations of Mutex, RWMutex,
// WaitGroup and Cond, on the simulated runtime's semaphores (runtime/sema.ts).
// Each lists the frames Go 1.19's tracebacks show inside it.

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import * as sema from '../runtime/sema';
import * as sched from '../runtime/sched';
import { PARK, NativeHost, NativeImpl } from '../vm/native';
import { GoFatal, GoPanic } from '../vm/panics';
import { fromJS } from '../vm/strings';
import { Iface } from '../vm/value';

function ctx(h: NativeHost): { m: Machine; g: G } {
  return { m: h.machine as Machine, g: h.g as G };
}

const f = (name: string, file: string, line: number, args = true) => ({ name, file, line, args });

/** A Go string value as a panic value (`panic("sync: negative WaitGroup counter")`). */
function stringPanic(h: NativeHost, msg: string, frames: ReturnType<typeof f>[]): GoPanic {
  return new GoPanic(new Iface(h.type('string'), fromJS(msg)), frames);
}

/** Mutex's state field (slot 0 of the struct): 1 while locked. */
const MU_STATE = 0;

/**
 * A Mutex's state. Go keeps the locked bit in the struct, so a copy of a
 * locked Mutex is locked (a Lock on it waits forever, an Unlock succeeds):
 * the bit is mirrored in the state field, from which a copy's new state starts.
 */
function mutexOf(m: Machine, mu: unknown): sema.MutexState {
  const st = sema.stateOf(m, mu as object, sema.MutexState);
  if (!st.locked && (mu as unknown[])[MU_STATE] !== 0 && st.waiters.length === 0 && st.woken.size === 0) st.locked = true;
  return st;
}

function mirrorLocked(mu: unknown, st: sema.MutexState): void {
  (mu as unknown[])[MU_STATE] = st.locked ? 1 : 0;
}

/** WaitGroup's state1 field (slot 1 of the struct, after noCopy): the counter in the high 32 bits, the waiters in the low. */
const WG_STATE1 = 1;

/**
 * A WaitGroup's state. Go keeps the counter in the struct, so a copy (a
 * WaitGroup passed by value) starts with the counter the original had, and
 * Done on the copy does not release the original's Wait: state1 mirrors
 * the state, and a copy's new state starts from it.
 */
function waitGroupOf(m: Machine, wg: unknown): sema.WaitGroupState {
  const st = sema.stateOf(m, wg as object, sema.WaitGroupState);
  const state1 = (wg as unknown[])[WG_STATE1];
  if (st.counter === 0 && st.waiters.length === 0 && state1 !== 0) st.counter = Number(BigInt(state1 as number | bigint) >> 32n);
  return st;
}

function mirrorWaitGroup(wg: unknown, st: sema.WaitGroupState): void {
  const v = st.counter * 2 ** 32 + st.waiters.length;
  (wg as unknown[])[WG_STATE1] = Number.isSafeInteger(v) ? v : (BigInt(st.counter) << 32n) | BigInt(st.waiters.length);
}

/** Add(delta) on wg: false if the counter went negative. */
function waitGroupAdd(m: Machine, wg: unknown, delta: number): boolean {
  const st = waitGroupOf(m, wg);
  if (!sema.wgAdd(m, st, delta)) return false;
  mirrorWaitGroup(wg, st);
  return true;
}

/** RWMutex.Lock waiting behind another writer, in rw.w.Lock(). */
const rwLockBehindWriter = [
  f('sync.runtime_SemacquireMutex', 'runtime/sema.go', 77),
  f('sync.(*Mutex).lockSlow', 'sync/mutex.go', 171),
  f('sync.(*Mutex).Lock', 'sync/mutex.go', 90),
  f('sync.(*RWMutex).Lock', 'sync/rwmutex.go', 147),
];

/** RWMutex.Lock holding the writers' mutex, waiting for the active readers to leave. */
const rwLockForReaders = [f('sync.runtime_SemacquireMutex', 'runtime/sema.go', 77), f('sync.(*RWMutex).Lock', 'sync/rwmutex.go', 152)];

export const natives: Record<string, NativeImpl> = {
  'sync.(*Mutex).Lock': {
    frames: [f('sync.runtime_SemacquireMutex', 'runtime/sema.go', 77), f('sync.(*Mutex).lockSlow', 'sync/mutex.go', 171), f('sync.(*Mutex).Lock', 'sync/mutex.go', 90)],
    fn(h, args) {
      const m = h.machine as Machine;
      const st = mutexOf(m, args[0]);
      if (sema.mutexLock(m, h.g as G, st)) {
        mirrorLocked(args[0], st);
        return undefined;
      }
      h.retry = true;
      return PARK;
    },
  },
  'sync.(*Mutex).TryLock': {
    fn(h, [mu]) {
      const { m, g } = ctx(h);
      const st = mutexOf(m, mu);
      if (st.locked || st.starving) return false;
      st.locked = true;
      st.owner = g;
      mirrorLocked(mu, st);
      return true;
    },
  },
  'sync.(*Mutex).Unlock': {
    fn(h, args) {
      const m = h.machine as Machine;
      const g = h.g as G;
      const st = mutexOf(m, args[0]);
      const r = sema.mutexUnlock(m, g, st);
      mirrorLocked(args[0], st);
      if (r === 'unlocked') {
        throw new GoFatal('sync: unlock of unlocked mutex', [f('sync.fatal', 'runtime/panic.go', 1031), f('sync.(*Mutex).unlockSlow', 'sync/mutex.go', 229), f('sync.(*Mutex).Unlock', 'sync/mutex.go', 223)]);
      }
      if (r === 'yield') {
        sched.goyield(m, g.p!, g);
        return PARK;
      }
      return undefined;
    },
  },
  'sync.(*RWMutex).RLock': {
    frames: [f('sync.runtime_SemacquireMutex', 'runtime/sema.go', 77), f('sync.(*RWMutex).RLock', 'sync/rwmutex.go', 71)],
    fn(h, [rw]) {
      const { m, g } = ctx(h);
      return sema.rlock(m, g, sema.stateOf(m, rw as object, sema.RWMutexState)) ? undefined : PARK;
    },
  },
  'sync.(*RWMutex).TryRLock': {
    fn(h, [rw]) {
      const { m } = ctx(h);
      const st = sema.stateOf(m, rw as object, sema.RWMutexState);
      if (st.writer || st.writerWaiting || st.writerWaiters.length) return false;
      st.readers++;
      return true;
    },
  },
  'sync.(*RWMutex).RUnlock': {
    fn(h, [rw]) {
      const { m } = ctx(h);
      if (!sema.runlock(m, sema.stateOf(m, rw as object, sema.RWMutexState))) {
        throw new GoFatal('sync: RUnlock of unlocked RWMutex', [f('sync.fatal', 'runtime/panic.go', 1031), f('sync.(*RWMutex).rUnlockSlow', 'sync/rwmutex.go', 129), f('sync.(*RWMutex).RUnlock', 'sync/rwmutex.go', 119)]);
      }
      return undefined;
    },
  },
  'sync.(*RWMutex).Lock': {
    frames: rwLockBehindWriter,
    parkedFrames: (g) => ((g as G).waitOn instanceof sema.RWMutexState && ((g as G).waitOn as sema.RWMutexState).writerWaiting === g ? rwLockForReaders : rwLockBehindWriter),
    fn(h, [rw]) {
      const { m, g } = ctx(h);
      return sema.wlock(m, g, sema.stateOf(m, rw as object, sema.RWMutexState)) ? undefined : PARK;
    },
  },
  'sync.(*RWMutex).TryLock': {
    fn(h, [rw]) {
      const { m, g } = ctx(h);
      const st = sema.stateOf(m, rw as object, sema.RWMutexState);
      if (st.writer || st.writerWaiting || st.writerWaiters.length || st.readers) return false;
      st.writer = g;
      return true;
    },
  },
  'sync.(*RWMutex).Unlock': {
    fn(h, [rw]) {
      const { m } = ctx(h);
      if (!sema.wunlock(m, sema.stateOf(m, rw as object, sema.RWMutexState))) {
        throw new GoFatal('sync: Unlock of unlocked RWMutex', [f('sync.fatal', 'runtime/panic.go', 1031), f('sync.(*RWMutex).Unlock', 'sync/rwmutex.go', 209)]);
      }
      return undefined;
    },
  },
  'sync.(*WaitGroup).Add': {
    fn(h, [wg, delta]) {
      const { m } = ctx(h);
      if (!waitGroupAdd(m, wg, Number(delta))) throw stringPanic(h, 'sync: negative WaitGroup counter', [f('sync.(*WaitGroup).Add', 'sync/waitgroup.go', 83)]);
      return undefined;
    },
  },
  'sync.(*WaitGroup).Done': {
    fn(h, [wg]) {
      const { m } = ctx(h);
      if (!waitGroupAdd(m, wg, -1)) {
        throw stringPanic(h, 'sync: negative WaitGroup counter', [f('sync.(*WaitGroup).Add', 'sync/waitgroup.go', 83), f('sync.(*WaitGroup).Done', 'sync/waitgroup.go', 108)]);
      }
      return undefined;
    },
  },
  'sync.(*WaitGroup).Wait': {
    frames: [f('sync.runtime_Semacquire', 'runtime/sema.go', 62), f('sync.(*WaitGroup).Wait', 'sync/waitgroup.go', 139)],
    fn(h, [wg]) {
      const { m, g } = ctx(h);
      const st = waitGroupOf(m, wg);
      if (sema.wgWait(m, g, st)) return undefined;
      mirrorWaitGroup(wg, st);
      return PARK;
    },
  },
  'sync.runtime_notifyListAdd': {
    fn(h, [c]) {
      const { m } = ctx(h);
      return sema.condAdd(sema.stateOf(m, c as object, sema.CondState));
    },
  },
  'sync.runtime_notifyListWait': {
    frames: [f('sync.runtime_notifyListWait', 'runtime/sema.go', 517), f('sync.(*Cond).Wait', 'sync/cond.go', 70)],
    fn(h, [c, t]) {
      const { m, g } = ctx(h);
      sema.condWait(m, g, sema.stateOf(m, c as object, sema.CondState), t as number);
      return PARK;
    },
  },
  'sync.runtime_notifyListNotifyOne': {
    fn(h, [c]) {
      const { m } = ctx(h);
      sema.condSignal(m, sema.stateOf(m, c as object, sema.CondState), false);
      return undefined;
    },
  },
  'sync.runtime_notifyListNotifyAll': {
    fn(h, [c]) {
      const { m } = ctx(h);
      sema.condSignal(m, sema.stateOf(m, c as object, sema.CondState), true);
      return undefined;
    },
  },
};
