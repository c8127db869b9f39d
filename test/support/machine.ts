// Running Go source on a fresh machine in tests: stopping at a line, taking
// snapshots there, recording scheduler events.

import { defaultEngineOptions, EngineOptions, load, start } from '../../src/engine/engine';
import { takeSnapshot } from '../../src/engine/snapshot';
import type { SchedEvent } from '../../src/protocol/events';
import type { GSnapshot, Snapshot } from '../../src/protocol/snapshot';
import type { G } from '../../src/runtime/g';
import type { Machine, RunStatus } from '../../src/runtime/machine';

export interface Run {
  m: Machine;
  events: SchedEvent[];
  out: () => string;
  err: () => string;
}

/** Compiles `source` (a whole main package) and starts it, recording events. */
export async function boot(source: string, options: Partial<EngineOptions> = {}): Promise<Run> {
  const r = await load('lesson.go', source, { goVersion: options.goVersion ?? 22 });
  if (!r.ok) throw new Error(r.message);
  const events: SchedEvent[] = [];
  const m = start(r.program, { ...defaultEngineOptions, gomaxprocs: 1, ...options, onEvent: (e) => events.push(e) });
  let out = '';
  let err = '';
  m.onWrite = (fd, bytes) => {
    if (fd === 1) out += bytes;
    else err += bytes;
  };
  return { m, events, out: () => out, err: () => err };
}

/** Runs until some goroutine is about to run a statement on `line` (the nth time); returns that goroutine. */
export function runToLine(run: Run, line: number, nth = 1): G {
  const m = run.m;
  let seen = 0;
  m.debugging = true;
  m.stopHook = (_g, fr, pc) => fr.fn.file.endsWith('/lesson.go') && fr.fn.lineAt(pc) === line && ++seen === nth;
  const st = runFor(m, 20000);
  m.stopHook = null;
  if (st !== 'stopped') throw new Error(`never reached line ${line} (${st}); output: ${run.out()}${run.err()}`);
  return m.stoppedG!;
}

/** Runs to the end (or `wallMs` of real time). */
export function runToEnd(run: Run, wallMs = 20000): RunStatus {
  run.m.stopHook = null;
  return runFor(run.m, wallMs);
}

function runFor(m: Machine, wallMs: number): RunStatus {
  const deadline = Date.now() + wallMs;
  for (;;) {
    const st = m.run(50);
    if (st !== 'budget' || Date.now() > deadline) return st;
  }
}

/** The goroutine in a snapshot that started with `func` (the only one). */
export function goroutine(s: Snapshot, func: string): GSnapshot {
  const found = s.goroutines.filter((g) => g.startFunc === func);
  if (found.length !== 1) throw new Error(`${found.length} goroutines started with ${func}`);
  return found[0];
}

/** Ids of goroutines that started with `func`, in id order. */
export function idsOf(s: Snapshot, func: string): number[] {
  return s.goroutines.filter((g) => g.startFunc === func).map((g) => g.id);
}

export { takeSnapshot };

/** The line in `source` holding `marker` (1-based), so tests name statements, not numbers. */
export function lineOf(source: string, marker: string): number {
  const i = source.split('\n').findIndex((l) => l.includes(marker));
  if (i < 0) throw new Error(`no line with ${marker}`);
  return i + 1;
}
