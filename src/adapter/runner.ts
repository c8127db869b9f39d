// Running the machine without ever holding the adapter's thread: the program
// runs in slices of a few milliseconds, each followed by a turn of Node's
// event loop, so a Pause or a Disconnect that arrives while a runaway loop
// spins is read and acted on within one slice. With `time: "realtime"` the
// virtual clock is held back to the wall clock (a 200 ms sleep takes 200 ms);
// otherwise time runs as fast as the simulation can go.

import type { Outcome } from '../engine/debugger';

/** What the runner drives: the debugger, or (noDebug) the bare machine. */
export interface Runnable {
  run(wallMs: number, untilClock: number): Outcome;
  /** Virtual time now (ns). */
  clock(): number;
}

export interface RunnerEvents {
  /** After every slice, whatever its outcome (output, throttled snapshots and thread events). */
  slice(): void;
  outcome(o: Exclude<Outcome, { kind: 'budget' }>): void;
  /** A fault of gosim itself (never the program's): the session must end. */
  fault(e: Error): void;
}

/** How long one slice runs before the event loop gets a turn. */
const SLICE_MS = 8;

export class Runner {
  private timer: NodeJS.Immediate | NodeJS.Timeout | null = null;
  private running = false;
  /** Realtime: the wall instant (ms) and virtual time (ns) the pacing counts from. */
  private paceWall = 0;
  private paceClock = 0;

  constructor(
    private readonly target: Runnable,
    private readonly realtime: boolean,
    private readonly on: RunnerEvents,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts (or resumes) running. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.paceWall = performance.now();
    this.paceClock = this.target.clock();
    this.schedule(0);
  }

  /** Stops scheduling slices; nothing of the program runs after this returns. */
  stop(): void {
    this.running = false;
    if (this.timer) {
      clearImmediate(this.timer as NodeJS.Immediate);
      clearTimeout(this.timer as NodeJS.Timeout);
      this.timer = null;
    }
  }

  private schedule(delayMs: number): void {
    this.timer = delayMs > 0 ? setTimeout(this.tick, delayMs) : setImmediate(this.tick);
  }

  private readonly tick = (): void => {
    this.timer = null;
    if (!this.running) return;
    const until = this.realtime ? this.paceClock + (performance.now() - this.paceWall) * 1e6 : Infinity;
    let o: Outcome;
    try {
      o = this.target.run(SLICE_MS, until);
    } catch (e) {
      this.running = false;
      this.on.fault(e as Error);
      return;
    }
    this.on.slice();
    if (!this.running) return;
    if (o.kind === 'budget') {
      // Realtime and ahead of the wall clock: wait for it rather than spin.
      const ahead = this.realtime ? (this.target.clock() - until) / 1e6 : 0;
      this.schedule(ahead > 1 ? Math.min(ahead, 20) : 0);
      return;
    }
    this.running = false;
    this.on.outcome(o);
  };
}
