// The scheduler's entities: goroutines (G), processors (P) and machine threads
// (M), as Go 1.19's runtime2.go defines them, reduced to what the simulation
// needs. All of it is plain data that refers to other entities by object or id:
// the scheduler, the debugger and snapshots read it directly.
//
// Invariants:
//  - a G is in at most one of: a P's runnext, a P's runq, the global runq, a
//    wait queue (channel, semaphore, timer), or running on a P;
//  - status 'running' ⇔ the G is some P's curg; 'runnable' ⇔ it is in a run queue;
//  - a P with status 'running' has an M; an idle P has an empty runnext and runq.

import type { Frame } from '../vm/func';

export type GStatus = 'idle' | 'runnable' | 'running' | 'syscall' | 'waiting' | 'dead';

/** The wait reasons user code can produce in Go 1.19 (what `goroutine N [...]` shows). */
export type WaitReason =
  | ''
  | 'chan receive'
  | 'chan send'
  | 'chan receive (nil chan)'
  | 'chan send (nil chan)'
  | 'select'
  | 'select (no cases)'
  | 'sleep'
  | 'semacquire'
  | 'sync.Cond.Wait'
  | 'IO wait'
  | 'finalizer wait'
  | 'force gc (idle)'
  | 'GC sweep wait'
  | 'GC scavenge wait'
  | 'panicwait';

/** A panic in progress on a goroutine (runtime/panic.ts). */
export interface PanicRecord {
  /** The panic value (a Go value, or a RuntimeError marker until converted). */
  value: unknown;
  recovered: boolean;
  /** A newer panic started while this one was running deferred calls. */
  aborted: boolean;
  /** runtime.Goexit: runs deferred calls like a panic but cannot be recovered and prints nothing. */
  goexit: boolean;
  /** Index of the frame whose deferred calls this panic is running. */
  cursor: number;
  /** Library frames Go's traceback shows above the panicking frame. */
  frames: { name: string; file: string; line: number; args?: boolean }[] | null;
  sigsegv: boolean;
  /** A nil dereference's faulting address. */
  faultAddr: number;
}

/** A native call to retry when its goroutine is woken (Mutex.Lock competes again for the lock). */
export interface PendingNative {
  fn: import('../vm/func').FuncProto;
  args: unknown[];
  retBase: number;
}

export class G {
  status: GStatus = 'idle';
  waitReason: WaitReason = '';
  /** What the goroutine waits on (a channel, a mutex...), for snapshots and the panel. */
  waitOn: unknown = null;
  /** Virtual time when the goroutine entered its current status. */
  since = 0;
  frames: Frame[] = [];
  panics: PanicRecord[] = [];
  /** Set by the waker when the goroutine must panic as it resumes (send on a channel closed meanwhile). */
  resumePanic: unknown = null;
  pending: PendingNative | null = null;
  /** The P the goroutine runs on (while running). */
  p: P | null = null;
  /** Preemption was requested; honoured at the next function call (cooperative) or safe point. */
  preempt = false;
  /** Runtime-internal goroutine: hidden from dumps and runtime.NumGoroutine. */
  system = false;
  /** Wake-up ordering of a select: the case index chosen by the waker. */
  selectDone = false;
  /** Set when main called runtime.Goexit. */
  goexitMain = false;
  /** Debugger: the goroutine stopped here and must run past this pc once before stopping again. */
  skipStop = -1;
  /** The native the goroutine is parked in (its traceback shows the native's frames). */
  parkedIn: import('../vm/func').FuncProto | null = null;
  /**
   * The top frame's pc is just past the operation the goroutine blocked in (a
   * parked goroutine), rather than the next instruction to run (a stopped,
   * preempted or yielding one).
   */
  parkedAtOp = false;
  /** Where a parked native's results go when it completes. */
  parkedRet: { fr: Frame; r: number } | null = null;

  constructor(
    public id: number,
    /** Index in allgs: the order dumps list goroutines in. */
    readonly index: number,
    /** The function the goroutine started with (`main.main`, `main.worker`, `main.main.func1`). */
    public startName: string,
    /** Where it was created: the function and line of the go statement (null for main). */
    public createdBy: { name: string; file: string; line: number; goid: number } | null,
  ) {}

  get top(): Frame {
    return this.frames[this.frames.length - 1];
  }
}

export type PStatus = 'idle' | 'running' | 'syscall' | 'gcstop' | 'dead';

/** The local run queue's capacity (runtime2.go: `runq [256]guintptr`). */
export const RUNQ_SIZE = 256;

export class M {
  curg: G | null = null;
  p: P | null = null;
  spinning = false;
  constructor(readonly id: number) {}
}

export class P {
  status: PStatus = 'idle';
  m: M | null = null;
  /** The goroutine that runs next, inheriting the current time slice. */
  runnext: G | null = null;
  /** The local run queue: a ring of RUNQ_SIZE slots, [head, tail). */
  readonly runq: (G | null)[] = new Array(RUNQ_SIZE).fill(null);
  runqhead = 0;
  runqtail = 0;
  /** Incremented each time a goroutine is scheduled without inheriting the slice. */
  schedtick = 0;
  /** Virtual time of the last schedtick change (sysmon preempts after 10 ms of the same tick). */
  schedwhen = 0;
  /** This P's clock: the virtual time up to which it has run. */
  clock = 0;
  curg: G | null = null;
  /** Goroutine ids handed out in batches of 16 (proc.go's goidcache). */
  goidcache = 0;
  goidcacheend = 0;
  /** Dead Gs kept for reuse (LIFO), as the runtime's per-P gFree list. */
  readonly gFree: G[] = [];
  /** Timers created by goroutines running on this P. */
  readonly timers: import('./timers').Timer[] = [];

  constructor(readonly id: number) {}

  get runqsize(): number {
    return this.runqtail - this.runqhead;
  }

  /** The local queue in order (for snapshots). */
  runqList(): G[] {
    const out: G[] = [];
    for (let i = this.runqhead; i < this.runqtail; i++) out.push(this.runq[i % RUNQ_SIZE]!);
    return out;
  }
}
