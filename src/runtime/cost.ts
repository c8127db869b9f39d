// The cost model: how many virtual nanoseconds each runtime operation takes.
//
// Instructions cost what opInfo (src/vm/op.ts) says: about 1 ns for simple
// arithmetic and moves (a 3 GHz core retires several such Go operations per
// nanosecond, but one bytecode instruction often stands for a few machine
// instructions), more for calls and allocation. Runtime operations are priced
// after the figures measured on a 2-core machine of the kind gosim targets
// (../shared/bench/README.md: creating and finishing a goroutine 0.4–1.7 µs,
// one unbuffered hand-off ≈ 120 ns, one Gosched ≈ 60 ns) and Go's own source
// (sysmon's 20 µs tick, the 10 ms preemption slice).

export const cost = {
  /** A goroutine switch: schedule() + findRunnable() + execute(). */
  schedule: 60,
  /** newproc: allocating (or reusing) a G and queueing it; the GO instruction's own cost covers the rest. */
  newproc: 100,
  /** A channel operation that completes without blocking (lock, copy, unlock). */
  chanOp: 40,
  /** A channel operation that parks the goroutine (enqueue a sudog, gopark). */
  chanPark: 60,
  /** Waking a goroutine (goready + runqput). */
  ready: 30,
  /** A select statement: shuffling the cases, locking the channels. */
  select: 80,
  /** Locking or unlocking an uncontended mutex. */
  mutex: 20,
  /** time.Sleep / timer setup. */
  timer: 50,
  /** Running one expired timer. */
  timerFire: 40,
  /** Writing to stdout or stderr (the write system call). */
  write: 1500,
  /** The latency of starting an idle P's thread (futex wake) when work appears. */
  wakeP: 5000,
  /** A thread returning from epoll_wait when its timeout expires, until it runs the scheduler. */
  pollWakeup: 25000,
  /** A failed steal round over the other Ps. */
  steal: 200,
  /** A call to a native library function (beyond its instruction's cost). */
  nativeCall: 5,
} as const;

/** sysmon preempts a goroutine that has run for this long without a scheduling event (proc.go's forcePreemptNS). */
export const forcePreemptNS = 10_000_000;

/** sysmon's polling period while the program is busy. */
export const sysmonTick = 20_000;

/**
 * How long one processor runs before the simulation checks the others and the
 * host (interleaving Ps and keeping the debugger responsive). Deterministic: it
 * depends only on virtual time.
 */
export const quantum = 50_000;
