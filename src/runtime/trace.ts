// Scheduler events, modelled on Go's execution tracer: what happened, when (virtual
// ns), on which P and M, to which goroutine.

export interface TraceEvent {
  kind:
    | 'GoCreate'
    | 'GoStart'
    | 'GoEnd'
    | 'GoBlock'
    | 'GoUnblock'
    | 'GoSched'
    | 'GoPreempt'
    | 'GoSysCall'
    | 'GoSysExit'
    | 'ProcStart'
    | 'ProcStop'
    | 'ProcSteal'
    | 'TimerFire'
    | 'ChanSend'
    | 'ChanRecv'
    | 'ChanClose';
  /** Virtual time in nanoseconds since the program started. */
  t: number;
  p: number;
  m: number;
  g: number;
  [extra: string]: unknown;
}
