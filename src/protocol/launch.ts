// The launch configuration of a gosim debug session (launch.json, or what F5
// with no launch.json makes up). package.json's debugger schema documents the
// same attributes; keep the two in step. Types only.

export interface LaunchArguments {
  /** Absolute path of the .go file to run. */
  program: string;
  /** Number of Ps (GOMAXPROCS). Default 4. */
  gomaxprocs?: number;
  /** Seed of the simulation's random choices (select, map order, steal victims). Default 1. */
  seed?: number;
  /** `async` (Go 1.14+, default) or `cooperative` (before 1.14). */
  preemption?: 'async' | 'cooperative';
  /** `virtual` (default): sleeps take no wall time; `realtime`: the virtual clock is paced by the wall clock. */
  time?: 'virtual' | 'realtime';
  /** Go version whose rules apply, e.g. "1.19" or "1.22". Default: the newest modelled. */
  goVersion?: string;
  /** Stop at the first line of main.main. */
  stopOnEntry?: boolean;
  /** Pause when the program ends instead of ending the session, so that Step Back and Reverse Continue can travel back into it. Default false. */
  stopOnExit?: boolean;
  /** os.Args[1:]. */
  args?: string[];
  /** Text the program reads from os.Stdin. */
  stdin?: string;
  /** Most goroutines listed in the Threads view (the rest are summarised). Default 1000. */
  maxThreads?: number;
  /** Show runtime goroutines (GC workers, finalizer) as threads. Default false. */
  showSystemGoroutines?: boolean;
  noDebug?: boolean;
}
