// The debugger: breakpoints, stepping, pausing and exception stops on a
// simulated machine, for any front door that debugs (the DAP adapter today,
// time travel later). It knows nothing of DAP: goroutines are the runtime's G
// objects and stops are plain records.
//
// How stops happen. With `machine.debugging` set, the generated code asks
// `machine.stopHere` at every statement start; the machine passes the
// question to the stop logic's hook (stops.ts) whenever something could stop
// (a breakpoint, a step, a pause, stop-on-entry) and skips it otherwise, so a
// program with nothing to stop for runs almost at full speed. Unrecovered panics and fatal
// errors come through `machine.onFatal`, before Go's report is printed, with
// the failing goroutine's stack intact. A pause that finds no statement start
// (a goroutine deep in the library, or every goroutine blocked) is honoured
// when the current slice of `run` ends: every goroutine is plain data at an
// instruction boundary between slices.
//
// Stepping follows one goroutine (like Delve): the whole machine runs, other
// goroutines included, until that goroutine reaches the next line of its
// frame (next), any new line (step in) or a line of its caller (step out) —
// across its own blocking, however long. A breakpoint hit by any goroutine
// ends the step there. Stepping in on a `go` statement follows the goroutine
// the statement starts.
//
// Time travel. The machine runs under a History (history.ts), which takes
// checkpoints and replays: step back, reverse continue, restart frame and
// travel to a step or a virtual time all restore an earlier machine, so
// `machine` is whichever machine the history has made live. What the stop
// logic knows about a moment (its marks: the line each frame was last at, hit
// counts) is checkpointed with the machine and kept up to date by replays,
// so a breakpoint, a condition or a hit count decides the same way however a
// moment is reached. Evaluations leave the machine's deterministic state
// alone (eval/call.ts).

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import { History } from './history';
import type { Frame, FuncProto } from '../vm/func';
import type { Program } from '../vm/program';
import type { RType } from '../vm/rtype';
import { Breakpoint, BreakpointInfo, BreakpointSpec, FunctionBreakpointSpec, parseHitCondition, resolveFunction, resolveLine } from './breakpoints';
import { callFunction } from './eval/call';
import { EvalEnv, Place, Val, assignValue, evaluate } from './eval/evaluate';
import { TypeTable } from './eval/types';
import { FuncIndex, StackRow, callStack, frameScope } from './inspect';
import { EvalFrame, ExceptionFilter, Marks, Stop, StopReason, Stops, isLesson, userFrame } from './stops';
import { formatValue } from './values';
import type { SchedEvent } from '../protocol/events';

export type { EvalFrame, ExceptionFilter, ExceptionInfo, Stop, StopReason } from './stops';

export type Outcome =
  | { kind: 'stopped'; stop: Stop }
  | { kind: 'exited'; code: number }
  /** The wall-time slice (or the realtime pace) is used up: call run again. */
  | { kind: 'budget' }
  /** Every goroutine waits for input on os.Stdin. */
  | { kind: 'io' };

export interface DebuggerOptions {
  stopOnEntry: boolean;
  /** Program output, each byte once however often a replay runs it. */
  onOutput?: (fd: number, bytes: string) => void;
  /** Scheduler events, each once. */
  onEvent?: (e: SchedEvent) => void;
  /** Checkpoint spacing and memory budget (history.ts). */
  spacing?: number;
  maxObjects?: number;
}

/** Where time travel stands: the live step and virtual time, and the range travel can reach. */
export interface Moment {
  step: number;
  time: number;
  earliest: number;
  frontier: number;
}

export class Debugger {
  readonly types: TypeTable;
  readonly funcs: FuncIndex;
  /** The run's checkpoints and replays; its live machine is the debugger's. */
  readonly history: History;
  /** A log point's message (the adapter prints it in the Debug Console). */
  onLog: ((text: string, g: G, file: string, line: number) => void) | null = null;

  private readonly lineBps = new Map<string, Breakpoint[]>();
  private fnBps: Breakpoint[] = [];
  /** Whether the run stops at a statement, and why (it reads the breakpoint tables built here). */
  private readonly stops: Stops;
  private nextId = 1;

  constructor(
    machine: Machine,
    readonly program: Program,
    options: DebuggerOptions,
  ) {
    this.types = new TypeTable(program);
    this.funcs = new FuncIndex(program);
    this.stops = new Stops(
      {
        program,
        machine: () => this.machine,
        log: (text, g, file, line) => this.onLog?.(text, g, file, line),
        evaluate: (text, at) => this.evaluate(text, at),
        interpolate: (message, at) => this.interpolate(message, at),
        someGoroutine: (prefer) => this.someGoroutine(prefer),
        changed: () => this.refresh(),
      },
      options.stopOnEntry,
    );
    this.history = new History(machine, {
      spacing: options.spacing,
      maxObjects: options.maxObjects,
      onOutput: options.onOutput,
      onEvent: options.onEvent,
      configure: (m) => (m.onFatal = (g, kind, report) => this.stops.fatal(g, kind, report)),
      observer: {
        capture: (m) => this.stops.captureMarks(m),
        restore: (data) => (this.stops.marks = data as Marks),
      },
    });
    this.refresh();
  }

  /** The live machine (a travel makes another one live). */
  get machine(): Machine {
    return this.history.machine;
  }

  // ---- breakpoints ---------------------------------------------------------------------

  /** Replaces the line breakpoints of a file. */
  setBreakpoints(file: string, specs: BreakpointSpec[]): BreakpointInfo[] {
    const bps = specs.map((s) => {
      const at = resolveLine(this.program, file, s.line);
      return this.make(file, at ? at.line : s.line, at ? at.fns : [], s, at ? undefined : `no statement at or after line ${s.line}`);
    });
    this.lineBps.set(file, bps);
    this.reindex();
    return bps.map(info);
  }

  setFunctionBreakpoints(specs: FunctionBreakpointSpec[]): BreakpointInfo[] {
    this.fnBps = specs.map((s) => {
      const fn = resolveFunction(this.program, s.name.trim());
      const line = fn ? fn.lines[fn.stmtStarts[0]] : 0;
      return this.make(fn ? fn.file : '', line, fn ? [fn] : [], { line, id: s.id, condition: s.condition, hitCondition: s.hitCondition }, fn ? undefined : `no function ${s.name} in the program`);
    });
    this.reindex();
    return this.fnBps.map(info);
  }

  setExceptionFilters(filters: ExceptionFilter[]): void {
    this.stops.exceptions.clear();
    for (const f of filters) this.stops.exceptions.add(f);
  }

  private make(file: string, line: number, fns: FuncProto[], s: BreakpointSpec, unverified?: string): Breakpoint {
    const hit = s.hitCondition ? parseHitCondition(s.hitCondition) : null;
    let message = unverified;
    if (s.hitCondition && !hit) message = `hit count condition "${s.hitCondition}" is not one of >N, >=N, ==N, %N`;
    if (s.id !== undefined) this.nextId = Math.max(this.nextId, s.id + 1);
    if (s.id !== undefined) this.stops.marks.hits.delete(s.id);
    return {
      id: s.id ?? this.nextId++,
      verified: fns.length > 0 && !message,
      line,
      file,
      message,
      condition: s.condition?.trim() || null,
      hit,
      logMessage: s.logMessage ?? null,
      hits: 0,
      fns,
    };
  }

  /** Rebuilds the stop logic's tables: line breakpoints by function id, then line; function breakpoints by function id. */
  private reindex(): void {
    const byFn: Map<number, Breakpoint[]>[] = [];
    const entryBps: Breakpoint[][] = [];
    for (const list of this.lineBps.values()) {
      for (const bp of list) {
        if (!bp.verified) continue;
        for (const fn of bp.fns) {
          const byLine = (byFn[fn.id] ??= new Map());
          const at = byLine.get(bp.line);
          if (at) at.push(bp);
          else byLine.set(bp.line, [bp]);
        }
      }
    }
    for (const bp of this.fnBps) if (bp.verified) (entryBps[bp.fns[0].id] ??= []).push(bp);
    this.stops.byFn = byFn;
    this.stops.entryBps = entryBps;
    this.refresh();
  }

  // ---- running ------------------------------------------------------------------------------

  /** Runs the machine for up to wallMs of real time, and virtual time up to untilClock. */
  run(wallMs: number, untilClock = Infinity): Outcome {
    const stops = this.stops;
    const st = this.history.run(wallMs, stops.active ? stops.hook : null, untilClock);
    const m = this.machine;
    switch (st) {
      case 'stopped': {
        const stop = stops.pending ?? { reason: 'pause', g: m.stoppedG, hitBreakpointIds: [], exception: null };
        stops.pending = null;
        return { kind: 'stopped', stop };
      }
      case 'exited':
        return { kind: 'exited', code: m.exitCode };
      default:
        if (stops.pausing) {
          stops.pausing = false;
          this.refresh();
          return { kind: 'stopped', stop: { reason: 'pause', g: this.someGoroutine(), hitBreakpointIds: [], exception: null } };
        }
        return { kind: st };
    }
  }

  /** Continue: forget any step. */
  resume(): void {
    this.stops.step = null;
    this.stops.pausing = false;
    this.refresh();
  }

  /** Stops every goroutine as soon as one reaches a statement of the lesson (or when the current slice ends). */
  pause(): void {
    this.stops.pausing = true;
    this.refresh();
  }

  next(g: G): void {
    this.stops.startStep('next', g);
  }

  stepIn(g: G): void {
    this.stops.startStep('in', g);
  }

  stepOut(g: G): void {
    this.stops.startStep('out', g);
  }

  // ---- time travel -------------------------------------------------------------------------

  /** Where the run stands in time, and how far travel reaches. */
  get moment(): Moment {
    const h = this.history;
    return { step: h.step, time: this.machine.clk, earliest: h.earliest, frontier: h.frontier };
  }

  /**
   * Step back: to where g began its previous line of the lesson (a different
   * line, or the same line in another frame), however long ago and whatever
   * ran in between. Null when g has no earlier line (nothing moves).
   */
  stepBack(g: G): Stop | null {
    const goid = g.id;
    const fr = userFrame(g);
    const depth = fr ? g.frames.indexOf(fr) + 1 : -1;
    const line = fr ? fr.fn.lineAt(fr === g.top && !g.parkedAtOp ? fr.pc : fr.pc - 1) : -1;
    return this.travel(() => {
      const h = this.history;
      const found = h.travelToLast(h.step, (x, f, pc) => x.id === goid && isLesson(f.fn) && !(x.frames.length === depth && f.fn.lines[pc] === line));
      return found === null ? null : this.stopHere('step');
    });
  }

  /** Reverse continue: back to the previous moment a breakpoint stopped (or would have stopped) any goroutine, else to main's first statement. */
  reverseContinue(): Stop {
    return this.travel(() => {
      const h = this.history;
      const found = h.travelToLast(h.step, this.stops.silentWatch);
      if (found !== null) {
        const marks = this.stops.marks;
        const fired = marks.seenStep === found ? marks.fired : null;
        return this.stopHere(fired?.reason ?? 'breakpoint', fired?.ids ?? []);
      }
      if (h.findFirst(h.earliest, (_g, fr) => fr.fn === this.program.main, h.step) === null) h.travelTo(h.earliest);
      return this.stopHere('entry');
    })!;
  }

  /**
   * Restart frame: back to the moment `frame` of g was entered — its first
   * statement, with the arguments it was called with. Null when that moment
   * cannot be found (nothing moves).
   */
  restartFrame(g: G, frame: Frame): Stop | null {
    const goid = g.id;
    const depth = g.frames.indexOf(frame) + 1;
    const fn = frame.fn;
    if (depth === 0) return null;
    return this.travel(() => {
      const h = this.history;
      const now = h.step;
      // The last statement g ran below this frame (the call), then the first in it.
      let from = h.earliest;
      if (depth > 1) from = h.travelToLast(now, (x) => x.id === goid && x.frames.length < depth) ?? h.earliest;
      const at = h.findFirst(from, (x, f) => x.id === goid && x.frames.length === depth && f.fn === fn, now + 1);
      if (at === null) {
        h.travelTo(now);
        return null;
      }
      return this.stopHere('restart');
    });
  }

  /** Travels to a step (clamped to what the history holds). */
  travelToStep(step: number): Stop {
    return this.travel(() => {
      const h = this.history;
      h.travelTo(Math.max(h.earliest, Math.min(h.frontier, Math.floor(step))));
      return this.stopHere('goto');
    })!;
  }

  /** Travels to the first moment virtual time reached `ns` (or the furthest moment reached). */
  travelToTime(ns: number): Stop {
    return this.travel(() => {
      this.history.travelToTime(ns);
      return this.stopHere('goto');
    })!;
  }

  /** Runs a travel: any step or pause in progress is forgotten; fatal errors met on the way are not stops. */
  private travel(go: () => Stop | null): Stop | null {
    const stops = this.stops;
    stops.step = null;
    stops.pausing = false;
    stops.entryPending = false;
    stops.pending = null;
    stops.traveling = true;
    try {
      return go();
    } finally {
      stops.traveling = false;
      this.refresh();
    }
  }

  /** The stop a travel ends at: the goroutine that was about to run a statement there. */
  private stopHere(reason: StopReason, ids: number[] = []): Stop {
    const m = this.machine;
    return { reason, g: this.someGoroutine(m.stoppedG), hitBreakpointIds: ids, exception: null };
  }

  /** Replays watch the breakpoints while there are any, so their marks stay true (a live run gets the hook only while something can stop: see run). */
  private refresh(): void {
    this.history.observe = this.stops.watching ? this.stops.silentWatch : null;
  }

  /** A log point's message with each {expression} replaced by its value. */
  interpolate(message: string, at: EvalFrame | null): string {
    return message.replace(/\{([^{}]+)\}/g, (_, expr: string) => {
      try {
        const v = this.evaluate(expr, at);
        return v.novalue ? '' : formatValue(v.t, v.v, { depth: 3 });
      } catch (e) {
        return `<${(e as Error).message}>`;
      }
    });
  }

  /** A goroutine to show a stop on when no particular one caused it: a running one, else main, else any. */
  someGoroutine(prefer: G | null = null): G | null {
    const live = (g: G | null) => g !== null && g.status !== 'dead' && g.status !== 'idle';
    if (prefer && live(prefer)) return prefer;
    for (const p of this.machine.ps) if (p.curg && !p.curg.system) return p.curg;
    const user = this.machine.allgs.filter((g) => live(g) && !g.system);
    return user.find((g) => g.id === 1) ?? user[0] ?? null;
  }

  // ---- evaluation ----------------------------------------------------------------------------

  /** Evaluates a Go expression in a frame (or, without one, over package variables); `calls: false` refuses function calls. */
  evaluate(text: string, at: EvalFrame | null, options: { calls: boolean } = { calls: true }): Val {
    const env = this.env(at);
    if (!options.calls) env.call = null;
    return evaluate(env, text);
  }

  /**
   * Sets a variable (a place of type t) to the value of an expression,
   * converted as an assignment would. The change starts a new history: the
   * future recorded after this moment is dropped.
   */
  assign(place: Place, t: RType, text: string, at: EvalFrame | null): Val {
    const v = assignValue(this.env(at), text, t);
    this.history.edit(() => place.set(v.v));
    return v;
  }

  /** Input for os.Stdin, typed while the program waits: part of history from this moment on. */
  provideStdin(text: string | null): void {
    try {
      this.history.edit((m) => m.provideStdin(text));
    } catch {
      // Not a moment that can be checkpointed: the input still goes in (a replay across it may stop short).
      this.machine.provideStdin(text);
    }
  }

  private env(at: EvalFrame | null): EvalEnv {
    const fr = at?.row.frame ?? null;
    return {
      types: this.types,
      scope: frameScope(this.program, this.funcs, fr, at?.row.pc ?? 0),
      call: (fn, args, env) => {
        const stops = this.stops;
        const was = stops.evaluating;
        stops.evaluating = true;
        try {
          return callFunction(this.machine, fn, args, env);
        } finally {
          stops.evaluating = was;
        }
      },
    };
  }

  /** g's call stack as the debugger shows it. */
  stack(g: G): StackRow[] {
    return callStack(this.machine, g);
  }

  /** The goroutine with id goid, if it is alive. */
  goroutine(goid: number): G | null {
    return this.machine.allgs.find((g) => g.id === goid && g.status !== 'dead' && g.status !== 'idle') ?? null;
  }
}

function info(bp: Breakpoint): BreakpointInfo {
  return { id: bp.id, verified: bp.verified, line: bp.line, file: bp.file, message: bp.message };
}
