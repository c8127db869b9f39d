// Recording what the debug adapter would send the Scheduler panel: a lesson is
// run on the engine, stopped where a stop list says (a line's n-th hit, or the
// first statement after a virtual instant), and at each stop the snapshot and
// the scheduler events since the previous stop are kept, as the adapter's
// `gosim/snapshot` event carries them. The panel's tests are fed these.

import * as fs from 'fs';
import * as path from 'path';
import { defaultEngineOptions, load, start } from '../../src/engine/engine';
import { takeSnapshot } from '../../src/engine/snapshot';
import type { SnapshotEventBody } from '../../src/protocol/dap';
import type { SchedEvent } from '../../src/protocol/events';
import type { Machine } from '../../src/runtime/machine';

/** Where to stop: the `hit`-th time a statement of `line` (in `func`, if given) starts, or the first statement at or after `time` ns. */
export type StopAt = { line: number; func?: string; hit?: number } | { time: number };

export interface RecordSpec {
  /** The fixture's name (file name without .json). */
  name: string;
  /** The lesson, relative to test/webview/lessons. */
  lesson: string;
  gomaxprocs: number;
  seed?: number;
  stops: StopAt[];
  /** Also record the snapshot at exit. */
  exit?: boolean;
}

export interface Recording {
  name: string;
  lesson: string;
  gomaxprocs: number;
  seed: number;
  /** The gosim/snapshot event bodies, in the order the adapter would send them. */
  frames: SnapshotEventBody[];
}

export function lessonsDir(): string {
  return path.join(repoRoot(), 'test', 'webview', 'lessons');
}

export function fixturesDir(): string {
  return path.join(repoRoot(), 'test', 'webview', 'fixtures');
}

export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

/** A machine for the lesson, ready to run with the debugger's stop hook. */
export async function startLesson(lesson: string, gomaxprocs: number, seed = 1, onEvent: ((e: SchedEvent) => void) | null = null): Promise<Machine> {
  const file = path.join(lessonsDir(), lesson);
  const r = await load(file, fs.readFileSync(file, 'utf8'), { goVersion: defaultEngineOptions.goVersion });
  if (!r.ok) throw new Error(`${lesson} does not compile: ${r.message}`);
  const m = start(r.program, { ...defaultEngineOptions, gomaxprocs, seed, args: [lesson.replace(/\.go$/, '')], onEvent });
  m.onWrite = () => undefined;
  m.debugging = true;
  return m;
}

/** Installs a stop hook that stops at `at`; returns a check that the stop was reached. */
export function stopAt(m: Machine, at: StopAt): void {
  let hits = 0;
  m.stopHook = (g, fr, pc) => {
    if ('time' in at) return m.clk >= at.time && !g.system;
    if (fr.fn.lineAt(pc) !== at.line) return false;
    if (at.func && fr.fn.name !== at.func) return false;
    hits++;
    return hits >= (at.hit ?? 1);
  };
}

/** Runs until the stop hook fires or the program ends; throws if it takes too long. */
export function runToStop(m: Machine, wallMs = 20000): 'stopped' | 'exited' {
  const deadline = Date.now() + wallMs;
  for (;;) {
    const st = m.run(100);
    if (st === 'stopped' || st === 'exited') return st;
    if (st === 'io') throw new Error('the lesson waits for input');
    if (Date.now() > deadline) throw new Error('the lesson did not reach its stop in time');
  }
}

export async function record(spec: RecordSpec): Promise<Recording> {
  const seed = spec.seed ?? 1;
  let events: SchedEvent[] = [];
  // Listening from the start: the events of the machine's boot come first.
  const m = await startLesson(spec.lesson, spec.gomaxprocs, seed, (e) => events.push(e));
  const frames: SnapshotEventBody[] = [];
  for (const at of spec.stops) {
    stopAt(m, at);
    const st = runToStop(m);
    if (st === 'exited') throw new Error(`${spec.name}: the program exited before the stop ${JSON.stringify(at)}`);
    frames.push({ cause: 'stopped', threadId: m.stoppedG ? m.stoppedG.id : null, snapshot: takeSnapshot(m), events });
    events = [];
  }
  if (spec.exit) {
    m.stopHook = null;
    runToStop(m);
    frames.push({ cause: 'exited', threadId: null, snapshot: takeSnapshot(m), events });
  }
  return { name: spec.name, lesson: spec.lesson, gomaxprocs: spec.gomaxprocs, seed, frames };
}
