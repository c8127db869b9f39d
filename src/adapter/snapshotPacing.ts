// When the Scheduler panel's snapshots go. A stop's snapshot waits until the
// client has asked about the stop (threads, stack, variables) and then gone
// quiet, or a deadline passes: a big program's snapshot is megabytes of JSON
// and the Call Stack must not wait for it. While the program runs, snapshots
// are throttled, and never take more than a fifth of the time.

/** Snapshots while running: at most one per this many ms (≤ 20 a second)... */
const RUNNING_INTERVAL_MS = 50;
/** ...and at least five times what the last one took. */
const RUNNING_COST_FACTOR = 5;
/** A stop's snapshot goes once the client, having asked about the stop, has asked nothing for this long... */
const STOP_QUIET_MS = 25;
/** ...or this long after the stop at the latest (a client busy reading may take a while to ask). */
const STOP_MAX_DELAY_MS = 250;

export class SnapshotPacing {
  private lastAt = 0;
  /** What the last snapshot took to make and send, ms. */
  private lastCost = 0;
  /** The stop's snapshot, waiting for the client's questions about the stop to be answered first. */
  private pending: { timer: NodeJS.Timeout; deadline: number; threadId: number | null } | null = null;

  /** `send` sends the stop's snapshot for the thread stopped on. */
  constructor(private readonly send: (threadId: number | null) => void) {}

  /** A stop: its snapshot goes after the requests the stopped event brings. */
  stopped(threadId: number | null): void {
    this.cancel();
    const timer = setTimeout(() => this.flush(), STOP_MAX_DELAY_MS);
    this.pending = { timer, deadline: performance.now() + STOP_MAX_DELAY_MS, threadId };
  }

  /** A request from the client: the stop's snapshot is put off a little (never past its deadline). */
  request(): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => this.flush(), Math.max(0, Math.min(STOP_QUIET_MS, pending.deadline - performance.now())));
  }

  /** The stop is over (resumed, ended): its snapshot, if not sent yet, is not sent. */
  cancel(): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    this.pending = null;
  }

  /** The program runs again: running snapshots start an interval from now, so a step that stops within it sends only the stop's. */
  resumed(): void {
    this.lastAt = performance.now();
  }

  /** Whether a snapshot of the running program is due. */
  runningDue(): boolean {
    return performance.now() - this.lastAt >= Math.max(RUNNING_INTERVAL_MS, RUNNING_COST_FACTOR * this.lastCost);
  }

  /** A snapshot begun at `t0` (performance.now()) has been sent. */
  sent(t0: number): void {
    this.lastAt = performance.now();
    this.lastCost = this.lastAt - t0;
  }

  private flush(): void {
    const pending = this.pending;
    if (!pending) return;
    this.cancel();
    this.send(pending.threadId);
  }
}
