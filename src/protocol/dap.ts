// gosim's additions to the Debug Adapter Protocol: custom events the adapter
// sends and custom requests it answers. The host relays them to the Scheduler
// panel. Types only.

import type { SchedEvent } from './events';
import type { Snapshot } from './snapshot';

/**
 * Custom event `gosim/snapshot`: sent on every stop once the client has asked
 * about it (at most 250 ms after the stopped event; a stop resumed before then
 * sends none, its events travel with the next), and throttled (≤ 20/s) while
 * running.
 */
export interface SnapshotEventBody {
  /** Why it was sent: a stop (with DAP's stop reason), a running update, or the end. */
  cause: 'stopped' | 'running' | 'exited';
  /** The goroutine the stop is on, if any. */
  threadId: number | null;
  snapshot: Snapshot;
  /** Scheduler events since the previous gosim/snapshot event of this session, in order. */
  events: SchedEvent[];
}

/** Custom request `gosim/snapshot`: the current snapshot (and, if `events`, all events so far). */
export interface SnapshotRequestArguments {
  events?: boolean;
}
export interface SnapshotResponseBody {
  snapshot: Snapshot;
  events?: SchedEvent[];
}

/** Custom request `gosim/selectGoroutine`: the panel asks the client to focus goroutine `goid`. */
export interface SelectGoroutineArguments {
  goid: number;
}

export const SNAPSHOT_EVENT = 'gosim/snapshot';
export const SNAPSHOT_REQUEST = 'gosim/snapshot';

/** Custom event `gosim/compileErrors`: the program did not compile (the host shows them in the Problems view). */
export interface CompileErrorsEventBody {
  /** The program's path. */
  program: string;
  errors: CompileError[];
}

/** One error as go build reports it: `file:line:column: message`. */
export interface CompileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * Custom request `gosim/travel`: make another moment of the run live — a step
 * (statements begun by any goroutine) or the first moment virtual time
 * reached `time` (ns) — as the panel's timeline does on a click. The adapter
 * answers with the moment reached, then sends a stopped event (reason `goto`).
 */
export type TravelArguments = { step: number } | { time: number };
export interface TravelResponseBody {
  step: number;
  /** Virtual time there (ns). */
  time: number;
}

export const COMPILE_ERRORS_EVENT = 'gosim/compileErrors';
export const SELECT_GOROUTINE_REQUEST = 'gosim/selectGoroutine';
export const TRAVEL_REQUEST = 'gosim/travel';
