// A snapshot: a plain-data, JSON-serialisable picture of the whole simulated
// machine at an instruction boundary. The engine makes it (src/engine/snapshot.ts),
// the debug adapter sends it to the Scheduler panel as a custom DAP event, and
// tests compare it. No logic lives here: types only. A snapshot is read, never
// changed: goroutines with equal parts (a stack, a wait target, a creator) may
// share one object for them.

/** The whole machine. */
export interface Snapshot {
  /** Virtual time in nanoseconds since the program started. */
  time: number;
  /** The virtual wall clock, as Go's time.Now() would format it (RFC 3339 with nanoseconds, UTC). */
  clock: string;
  gomaxprocs: number;
  numCPU: number;
  preemption: 'async' | 'cooperative';
  /** One entry per P, in id order. */
  ps: PSnapshot[];
  /** Machine threads (Ms). */
  ms: MSnapshot[];
  /** The global run queue, head first (goroutine ids). */
  globalQueue: number[];
  /** Every goroutine that is not dead (system goroutines included, flagged). */
  goroutines: GSnapshot[];
  /** Pending timers, earliest first. */
  timers: TimerSnapshot[];
  /** Channels that have a buffer or waiters (or that a goroutine waits on). */
  channels: ChanSnapshot[];
  /** Mutexes, RWMutexes, WaitGroups and Conds the program used. */
  syncs: SyncSnapshot[];
  counters: Counters;
  /** The program has exited (and with which code). */
  exited: boolean;
  exitCode: number;
}

export type PStatus = 'idle' | 'running' | 'syscall' | 'gcstop' | 'dead';

export interface PSnapshot {
  id: number;
  status: PStatus;
  /** The M driving this P, or null when idle. */
  m: number | null;
  /** The goroutine running on this P. */
  running: number | null;
  /** The goroutine in the runnext slot. */
  runnext: number | null;
  /** The local run queue, head first. */
  runq: number[];
  /** The P's schedtick (scheduling rounds without an inherited time slice). */
  schedtick: number;
  /** The P's own virtual clock (ns). */
  time: number;
  /** Timers in this P's heap. */
  timers: number;
}

export interface MSnapshot {
  id: number;
  /** The P it holds, if any. */
  p: number | null;
  /** The goroutine it runs, if any. */
  curg: number | null;
  spinning: boolean;
}

export type GStatus = 'runnable' | 'running' | 'syscall' | 'waiting' | 'dead';

/** What the goroutine is blocked on, when waiting. */
export type WaitTarget =
  | { kind: 'chan'; chan: number; op: 'send' | 'recv' }
  | { kind: 'nilchan'; op: 'send' | 'recv' }
  | { kind: 'select'; chans: number[] }
  | { kind: 'sleep'; until: number }
  | { kind: 'sync'; sync: number; what: 'Mutex' | 'RWMutex' | 'WaitGroup' | 'Cond' }
  | { kind: 'io'; what: string }
  | { kind: 'forever' }
  | { kind: 'other' };

export interface Frame {
  /** Go's function name: `main.main`, `main.worker`, `main.main.func1`. */
  func: string;
  file: string;
  line: number;
}

export interface GSnapshot {
  id: number;
  status: GStatus;
  /** Go's wait reason as a goroutine dump shows it (`chan receive`, `sleep`, `semacquire`...), '' when not waiting. */
  waitReason: string;
  waitOn: WaitTarget | null;
  /** The function the goroutine started with. */
  startFunc: string;
  /** Where it is now (its innermost Go frame). */
  func: string;
  file: string;
  line: number;
  /** Its stack, innermost first. */
  stack: Frame[];
  /** The goroutine and line of the `go` statement that created it (null for main). */
  createdBy: { goid: number; func: string; line: number } | null;
  /** Virtual time when it entered its current status. */
  since: number;
  /** Where it sits when runnable: a P's runnext, a P's local queue, or the global queue. */
  queue: { kind: 'runnext'; p: number } | { kind: 'local'; p: number; index: number } | { kind: 'global'; index: number } | null;
  /** The P it runs on when running. */
  p: number | null;
  /** A runtime goroutine (hidden from Go's dumps). */
  system: boolean;
}

export interface TimerSnapshot {
  id: number;
  /** When it fires (virtual ns). */
  when: number;
  /** For tickers: the period; 0 otherwise. */
  period: number;
  kind: 'sleep' | 'chan' | 'func';
  /** The sleeping goroutine (sleep timers). */
  g: number | null;
  /** The channel the time is sent on (chan timers). */
  chan: number | null;
  p: number;
}

export interface ChanSnapshot {
  id: number;
  /** The element type as %T prints it. */
  elem: string;
  cap: number;
  /** The buffered values, head first, as %v prints them. */
  buffer: string[];
  closed: boolean;
  /** Goroutines waiting to receive / to send, in queue order. */
  recvq: number[];
  sendq: number[];
}

export interface SyncSnapshot {
  id: number;
  kind: 'Mutex' | 'RWMutex' | 'WaitGroup' | 'Cond';
  /** Mutex/RWMutex: the goroutine holding it (writer), or null. */
  owner: number | null;
  locked: boolean;
  /** Mutex: starvation mode. */
  starving: boolean;
  /** RWMutex: active readers. WaitGroup: the counter. */
  count: number;
  /** Goroutines waiting, in queue order. */
  waiters: number[];
}

export interface Counters {
  /** Goroutine switches (executions of a goroutine by a P). */
  switches: number;
  steals: number;
  preemptions: number;
  /** Idle Ps woken to look for work. */
  spins: number;
  goroutinesCreated: number;
}
