// The scheduler events of a run, on their way to the Scheduler panel: those
// not sent yet (each snapshot event carries them) and a history a panel
// opened later can ask for (the gosim/snapshot request). Both are bounded: a
// long run makes millions of events, and a panel that is not open fetches none.

import type { SchedEvent } from '../protocol/events';

/** Scheduler events kept for a panel that asks for the whole history. */
const EVENT_HISTORY = 200_000;

export class SchedulerEventLog {
  private pending: SchedEvent[] = [];
  private history: SchedEvent[] = [];

  /** A new run: the last one's events are forgotten. */
  clear(): void {
    this.pending = [];
    this.history = [];
  }

  record(e: SchedEvent): void {
    this.pending.push(e);
    this.history.push(e);
    if (this.history.length > EVENT_HISTORY) this.history = this.history.slice(this.history.length - EVENT_HISTORY * 0.75);
    // Nobody fetched them for a long while (a panel that is not open): keep the history only.
    if (this.pending.length > EVENT_HISTORY) this.pending = this.pending.slice(-EVENT_HISTORY / 2);
  }

  /** The events not sent yet; from now on they count as sent. */
  takePending(): SchedEvent[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }

  /** The history, oldest first (a copy). */
  all(): SchedEvent[] {
    return this.history.slice();
  }
}
