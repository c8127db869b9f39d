// One run of the program in a debug session: the machine, its Debugger (none
// without debugging), the Runner that drives them in slices, and what the
// session keeps beside them while the program is loaded — its output on the
// way to the Debug Console, the goroutines announced as threads, the frame ids
// and variable references of the current stop. A restart makes a new Run;
// nothing of the old one carries over (the breakpoints are the session's).

import type { DebugProtocol } from '@vscode/debugprotocol';
import { Debugger, Outcome } from '../engine/debugger';
import { start } from '../engine/engine';
import type { SchedEvent } from '../protocol/events';
import type { LaunchArguments } from '../protocol/launch';
import type { Machine } from '../runtime/machine';
import { GoroutineThreads } from './goroutineThreads';
import type { Prepared } from './launchProgram';
import { OutputCategory, ProgramOutput } from './programOutput';
import { Runnable, Runner, RunnerEvents } from './runner';
import { StackFrames } from './stackFrames';
import { VariableStore } from './variableStore';

export type LaunchRequestArguments = LaunchArguments & DebugProtocol.LaunchRequestArguments;

/** What a run tells the session, besides the Runner's slices and outcomes. */
export interface RunEvents extends RunnerEvents {
  /** The program's output, gathered once per slice. */
  output(category: OutputCategory, text: string): void;
  /** A scheduler event, for the Scheduler panel. */
  schedEvent(e: SchedEvent): void;
  /** A logpoint's message, and where it logged (the debugger's line numbers). */
  log(text: string, file: string, line: number): void;
}

export class Run {
  /** The live machine: the Debugger's, which a travel replaces (the session sets it after one). */
  machine: Machine;
  readonly dbg: Debugger | null;
  readonly runner: Runner;
  readonly output: ProgramOutput;
  readonly threads: GoroutineThreads;
  /** The current stop's variable references and frame ids (debugging only). */
  readonly vars: VariableStore | null;
  readonly frames: StackFrames | null;

  constructor(
    prepared: Extract<Prepared, { ok: true }>,
    readonly args: LaunchRequestArguments,
    on: RunEvents,
  ) {
    const machine = start(prepared.program, prepared.options);
    const output = new ProgramOutput((category, text) => on.output(category, text));
    let dbg: Debugger | null = null;
    if (args.noDebug) {
      machine.onWrite = (fd, bytes) => output.write(fd, bytes);
      machine.onEvent = (e) => on.schedEvent(e);
    } else {
      dbg = new Debugger(machine, prepared.program, {
        stopOnEntry: !!args.stopOnEntry,
        onOutput: (fd, bytes) => output.write(fd, bytes),
        onEvent: (e) => on.schedEvent(e),
      });
    }
    const target: Runnable = dbg
      ? { run: (w, u) => dbg.run(w, u), clock: () => clockOf(dbg.machine) }
      : { run: (w, u) => bareRun(machine, w, u), clock: () => clockOf(machine) };
    this.machine = machine;
    this.dbg = dbg;
    this.runner = new Runner(target, args.time === 'realtime', on);
    this.output = output;
    this.threads = new GoroutineThreads(args.maxThreads ?? 1000, !!args.showSystemGoroutines);
    this.vars = dbg ? new VariableStore(dbg) : null;
    this.frames = dbg ? new StackFrames(dbg) : null;
    if (dbg) dbg.onLog = (text, _g, file, line) => on.log(text, file, line);
  }

  /** The program goes on from its stop (or travels): the stop's frame ids and variable references are forgotten. */
  leaveStop(): void {
    this.vars?.reset();
    this.frames?.reset();
  }

  /** A line typed for the program's os.Stdin. */
  provideStdin(text: string): void {
    if (this.dbg) this.dbg.provideStdin(text);
    else this.machine.provideStdin(text);
  }
}

/** The machine's "now": the earliest clock among running Ps (the next to advance), else the latest. */
function clockOf(m: Machine): number {
  let now = Infinity;
  let latest = 0;
  for (const p of m.ps) {
    if (p.status === 'running' && p.clock < now) now = p.clock;
    if (p.clock > latest) latest = p.clock;
  }
  return now === Infinity ? latest : now;
}

/** Running without debugging: the machine alone, as the CLI runs it. */
function bareRun(m: Machine, wallMs: number, untilClock: number): Outcome {
  const st = m.run(wallMs, untilClock);
  if (st === 'exited') return { kind: 'exited', code: m.exitCode };
  if (st === 'io') return { kind: 'io' };
  return { kind: 'budget' };
}
