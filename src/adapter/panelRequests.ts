// The Scheduler panel's requests that need nothing of the session's state:
// gosim/snapshot (the machine now, and the scheduler events so far if asked)
// and the goroutine a gosim/selectGoroutine names. The panel's webview runs
// page code, so its arguments are read as unknown.

import type { Debugger } from '../engine/debugger';
import { takeSnapshot } from '../engine/snapshot';
import type { SnapshotRequestArguments, SnapshotResponseBody, SelectGoroutineArguments } from '../protocol/dap';
import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import type { Answer } from './inspection';
import type { SchedulerEventLog } from './schedulerEventLog';

export function snapshotAnswer(machine: Machine | null, events: SchedulerEventLog, args: unknown): Answer<SnapshotResponseBody> {
  if (!machine) return { error: { id: 10, format: 'gosim: no program is loaded' } };
  const body: SnapshotResponseBody = { snapshot: takeSnapshot(machine) };
  if ((args as SnapshotRequestArguments | undefined)?.events) body.events = events.all();
  return { body };
}

/** The goroutine to select, if the arguments name one that exists. */
export function goroutineToSelect(dbg: Debugger | null, args: unknown): G | null {
  const goid = (args as Partial<SelectGoroutineArguments> | undefined)?.goid;
  return (typeof goid === 'number' ? dbg?.goroutine(goid) : null) ?? null;
}
