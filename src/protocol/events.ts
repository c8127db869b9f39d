// Scheduler events, modelled on Go's execution tracer (internal/trace's event
// kinds): what happened, when (virtual ns), on which P and M, to which goroutine.
// The engine records them (src/runtime/trace.ts), the CLI writes them as a
// Chrome trace or a text timeline, and the Scheduler panel draws its timeline
// from them. Types only.

export type EventKind =
  /** `go` statement: g created goroutine `target` (args: func, line of the go statement). */
  | 'GoCreate'
  /** The P began running g. */
  | 'GoStart'
  /** g returned from its function (or called Goexit). */
  | 'GoEnd'
  /** g parked: `reason` is Go's wait reason; `on` names the object (chan 3, mutex 2...). */
  | 'GoBlock'
  /** g made `target` runnable (a send, an unlock, a timer...). */
  | 'GoUnblock'
  /** g called runtime.Gosched (to the global queue). */
  | 'GoSched'
  /** sysmon or a time-slice end preempted g (to the global queue). */
  | 'GoPreempt'
  /** g entered a syscall (write to stdout, read from stdin). */
  | 'GoSysCall'
  /** g came back from a syscall. */
  | 'GoSysExit'
  /** An M started (or resumed) running P p. */
  | 'ProcStart'
  /** P p went idle. */
  | 'ProcStop'
  /** P p stole `count` goroutines from P `victim`. */
  | 'ProcSteal'
  /** A timer fired (`target`: the goroutine it readied, when there is one). */
  | 'TimerFire'
  /** Channel operations: `chan` is the channel id. */
  | 'ChanSend'
  | 'ChanRecv'
  | 'ChanClose';

export interface SchedEvent {
  kind: EventKind;
  /** Sequence number from 0, in the order the engine recorded events. */
  seq: number;
  /** Virtual time in nanoseconds since the program started. */
  t: number;
  /** The P it happened on (-1: none, e.g. a timer fired while all Ps were idle). */
  p: number;
  /** The M (-1: none). */
  m: number;
  /** The goroutine doing it (0: the scheduler itself). */
  g: number;
  /** The goroutine acted on (GoCreate, GoUnblock, TimerFire). */
  target?: number;
  /** GoBlock: Go's wait reason (`chan receive`, `sleep`, `sync.Mutex.Lock`...). */
  reason?: string;
  /** GoBlock and Chan*: what is waited on or operated on, e.g. `chan 3`. */
  on?: string;
  /** Chan*: the channel id. */
  chan?: number;
  /** ProcSteal: the P stolen from, and how many goroutines moved. */
  victim?: number;
  count?: number;
  /** GoCreate: the new goroutine's function and where the go statement is. */
  func?: string;
  line?: number;
  /** TimerFire: the timer's id (`on` names it too: `timer 3`). */
  timer?: number;
}
