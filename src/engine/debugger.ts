// The debugger: breakpoints, stepping, pausing and exception stops on a
// simulated machine, for any front door that debugs (the DAP adapter today,
// time travel later). It knows nothing of DAP: goroutines are the runtime's G
// objects and stops are plain records.
//
// How stops happen. With `machine.debugging` set, the generated code asks
// `machine.stopHere` at every statement start; the machine passes the
// question to `hook` below whenever something could stop (a breakpoint, a
// step, a pause, stop-on-entry) and skips it otherwise, so a program with
// nothing to stop for runs almost at full speed. Unrecovered panics and fatal
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
// `machine` is whichever machine the history has made live. What the
// debugger knows about a moment — the line each frame was last at (a
// breakpoint hits when its line is reached anew), the frames that passed
// their function breakpoint, hit counts — is its `marks`, checkpointed with
// the machine and kept up to date by replays, so a breakpoint, a condition or
// a hit count decides the same way however a moment is reached. Evaluations
// leave the machine's deterministic state alone (eval/call.ts).

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import { History, StopHook } from './history';
import type { Frame, FuncProto } from '../vm/func';
import { Op, opSize } from '../vm/op';
import type { Program } from '../vm/program';
import { Kind, RType } from '../vm/rtype';
import {
  Breakpoint,
  BreakpointInfo,
  BreakpointSpec,
  FunctionBreakpointSpec,
  hitMatches,
  parseHitCondition,
  resolveFunction,
  resolveLine,
} from './breakpoints';
import { callFunction } from './eval/call';
import { EvalEnv, EvalError, Place, Val, assignValue, evaluate } from './eval/evaluate';
import { TypeTable } from './eval/types';
import { FuncIndex, StackRow, callStack, frameScope } from './inspect';
import { formatValue } from './values';
import type { SchedEvent } from '../protocol/events';

export type StopReason = 'entry' | 'breakpoint' | 'function breakpoint' | 'step' | 'pause' | 'exception' | 'restart' | 'goto' | 'exit';

/** An unrecovered panic or a fatal error (a deadlock is one), held before Go's report is printed. */
export interface ExceptionInfo {
  kind: 'panic' | 'fatal error';
  /** The report's first paragraph: `panic: boom`, `fatal error: all goroutines are asleep - deadlock!`. */
  message: string;
  /** Everything Go prints: the message and the goroutine dump. */
  report: string;
}

export interface Stop {
  reason: StopReason;
  /** The goroutine stopped on (for a deadlock: main, or the first goroutine left). */
  g: G | null;
  hitBreakpointIds: number[];
  exception: ExceptionInfo | null;
}

export type Outcome =
  | { kind: 'stopped'; stop: Stop }
  | { kind: 'exited'; code: number }
  /** The wall-time slice (or the realtime pace) is used up: call run again. */
  | { kind: 'budget' }
  /** Every goroutine waits for input on os.Stdin. */
  | { kind: 'io' };

export type ExceptionFilter = 'panic' | 'fatal';

interface Step {
  kind: 'next' | 'in' | 'out';
  g: G;
  goid: number;
  /** The stack depth and frame it started in, and where in that frame. */
  depth: number;
  frame: Frame;
  line: number;
  pc: number;
  /** Step in on a `go` statement: goroutines created so far, and the child once found. */
  goStmt: { created: number; child: G | null; childId: number } | null;
}

/**
 * What the debugger knows about one moment of the run (checkpointed with the
 * machine; frames are the machine's own, so a restored copy maps them).
 */
interface Marks {
  /** The line each frame of a function with breakpoints was last at. */
  lastLine: Map<Frame, number>;
  /** Frames that already passed their function breakpoint. */
  entered: Set<Frame>;
  /** Breakpoint id → times reached with its condition true. */
  hits: Map<number, number>;
  /** The step last looked at, and the breakpoints that fired there (looking again at a step changes nothing). */
  seenStep: number;
  fired: { reason: 'breakpoint' | 'function breakpoint'; ids: number[] } | null;
}

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

/** Where an evaluation happens: a frame of a goroutine's stack, or nowhere (package variables only). */
export interface EvalFrame {
  g: G;
  row: StackRow;
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
  /** Breakpoints by function id, then line. */
  private byFn: Map<number, Breakpoint[]>[] = [];
  /** Function breakpoints by function id. */
  private entryBps: Breakpoint[][] = [];
  private readonly exceptions = new Set<ExceptionFilter>(['panic', 'fatal']);
  private step: Step | null = null;
  private pausing = false;
  private entryPending: boolean;
  private marks: Marks = { lastLine: new Map(), entered: new Set(), hits: new Map(), seenStep: -1, fired: null };
  private pending: Stop | null = null;
  /** A hook-time evaluation is running Go code: its statements must not stop. */
  private evaluating = false;
  /** A travel is replaying the past: a fatal error met on the way is not a stop. */
  private traveling = false;
  /** Something can stop the run: the hook must see every statement. */
  private active = false;
  private nextId = 1;

  constructor(
    machine: Machine,
    readonly program: Program,
    options: DebuggerOptions,
  ) {
    this.types = new TypeTable(program);
    this.funcs = new FuncIndex(program);
    this.entryPending = options.stopOnEntry;
    this.history = new History(machine, {
      spacing: options.spacing,
      maxObjects: options.maxObjects,
      onOutput: options.onOutput,
      onEvent: options.onEvent,
      configure: (m) => (m.onFatal = (g, kind, report) => this.fatal(g, kind, report)),
      observer: {
        capture: (m) => this.captureMarks(m),
        restore: (data) => (this.marks = data as Marks),
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
    this.exceptions.clear();
    for (const f of filters) this.exceptions.add(f);
  }

  private make(file: string, line: number, fns: FuncProto[], s: BreakpointSpec, unverified?: string): Breakpoint {
    const hit = s.hitCondition ? parseHitCondition(s.hitCondition) : null;
    let message = unverified;
    if (s.hitCondition && !hit) message = `hit count condition "${s.hitCondition}" is not one of >N, >=N, ==N, %N`;
    if (s.id !== undefined) this.nextId = Math.max(this.nextId, s.id + 1);
    if (s.id !== undefined) this.marks.hits.delete(s.id);
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

  private reindex(): void {
    this.byFn = [];
    this.entryBps = [];
    for (const list of this.lineBps.values()) {
      for (const bp of list) {
        if (!bp.verified) continue;
        for (const fn of bp.fns) {
          const byLine = (this.byFn[fn.id] ??= new Map());
          const at = byLine.get(bp.line);
          if (at) at.push(bp);
          else byLine.set(bp.line, [bp]);
        }
      }
    }
    for (const bp of this.fnBps) if (bp.verified) (this.entryBps[bp.fns[0].id] ??= []).push(bp);
    this.refresh();
  }

  // ---- running ------------------------------------------------------------------------------

  /** Runs the machine for up to wallMs of real time, and virtual time up to untilClock. */
  run(wallMs: number, untilClock = Infinity): Outcome {
    const st = this.history.run(wallMs, this.active ? this.hook : null, untilClock);
    const m = this.machine;
    switch (st) {
      case 'stopped': {
        const stop = this.pending ?? { reason: 'pause', g: m.stoppedG, hitBreakpointIds: [], exception: null };
        this.pending = null;
        return { kind: 'stopped', stop };
      }
      case 'exited':
        return { kind: 'exited', code: m.exitCode };
      default:
        if (this.pausing) {
          this.pausing = false;
          this.refresh();
          return { kind: 'stopped', stop: { reason: 'pause', g: this.someGoroutine(), hitBreakpointIds: [], exception: null } };
        }
        return { kind: st };
    }
  }

  /** Continue: forget any step. */
  resume(): void {
    this.step = null;
    this.pausing = false;
    this.refresh();
  }

  /** Stops every goroutine as soon as one reaches a statement of the lesson (or when the current slice ends). */
  pause(): void {
    this.pausing = true;
    this.refresh();
  }

  next(g: G): void {
    this.startStep('next', g);
  }

  stepIn(g: G): void {
    this.startStep('in', g);
  }

  stepOut(g: G): void {
    this.startStep('out', g);
  }

  private startStep(kind: Step['kind'], g: G): void {
    const fr = this.userFrame(g);
    this.pausing = false;
    if (!fr) {
      // Nothing of the lesson on its stack (not started, or only library frames): run to its first statement.
      this.step = { kind: 'in', g, goid: g.id, depth: Infinity, frame: null as unknown as Frame, line: -1, pc: -1, goStmt: null };
      this.refresh();
      return;
    }
    const depth = g.frames.indexOf(fr) + 1;
    const top = fr === g.top && !g.parkedAtOp;
    const pc = top ? fr.pc : fr.pc - 1;
    const line = fr.fn.lineAt(pc);
    const goStmt = kind === 'in' && top && startsGoroutine(fr.fn, fr.pc) ? { created: this.machine.counters.goroutinesCreated, child: null, childId: 0 } : null;
    this.step = { kind, g, goid: g.id, depth, frame: fr, line, pc: fr.pc, goStmt };
    // The statement it is at runs first: arriving there again is a new iteration.
    if (top) g.skipStop = fr.pc;
    this.refresh();
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
    const fr = this.userFrame(g);
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
      const found = h.travelToLast(h.step, this.silentWatch);
      if (found !== null) {
        const fired = this.marks.seenStep === found ? this.marks.fired : null;
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
    this.step = null;
    this.pausing = false;
    this.entryPending = false;
    this.pending = null;
    this.traveling = true;
    try {
      return go();
    } finally {
      this.traveling = false;
      this.refresh();
    }
  }

  /** The stop a travel ends at: the goroutine that was about to run a statement there. */
  private stopHere(reason: StopReason, ids: number[] = []): Stop {
    const m = this.machine;
    return { reason, g: this.someGoroutine(m.stoppedG), hitBreakpointIds: ids, exception: null };
  }

  /** The innermost frame of g that belongs to the lesson. */
  private userFrame(g: G): Frame | null {
    for (let i = g.frames.length - 1; i >= 0; i--) {
      const fn = g.frames[i].fn;
      if (!fn.library && !fn.native && !fn.wrapper) return g.frames[i];
    }
    return null;
  }

  /** Gives the hook to the history only while something can stop: the common case runs without it. */
  private refresh(): void {
    const watching = this.byFn.length > 0 || this.entryBps.length > 0;
    this.active = this.step !== null || this.pausing || this.entryPending || watching;
    this.history.observe = watching ? this.silentWatch : null;
  }

  private readonly hook = (g: G, fr: Frame, pc: number): boolean => {
    if (this.evaluating) return false;
    const fn = fr.fn;
    const fired = this.watch(g, fr, pc, true);
    if (fired !== null) return this.stopWith(fired.reason, g, fired.ids);
    if (this.entryPending && fn === this.program.main) {
      this.entryPending = false;
      return this.stopWith('entry', g);
    }
    if (fn.library) return false;
    if (this.pausing) {
      this.pausing = false;
      return this.stopWith('pause', g);
    }
    const st = this.step;
    if (st !== null && this.stepDone(st, g, fr, pc)) {
      this.step = null;
      return this.stopWith('step', g);
    }
    return false;
  };

  private stopWith(reason: StopReason, g: G, ids: number[] = []): boolean {
    this.pending = { reason, g, hitBreakpointIds: ids, exception: null };
    this.step = null;
    this.pausing = false;
    this.refresh();
    return true;
  }

  /** The breakpoints a replay would stop at (log points print only when `live`). */
  private readonly silentWatch: StopHook = (g, fr, pc) => this.watch(g, fr, pc, false) !== null;

  /**
   * The breakpoints that fire as g begins the statement at pc (null: none),
   * keeping the marks: which line the frame is at, which frames passed their
   * function breakpoint, hit counts. Asked twice about one step, it answers
   * the same and counts once.
   */
  private watch(g: G, fr: Frame, pc: number, live: boolean): Marks['fired'] {
    const marks = this.marks;
    const step = this.machine.steps;
    if (marks.seenStep === step) return marks.fired;
    marks.seenStep = step;
    marks.fired = null;
    const fn = fr.fn;
    const byLine = this.byFn[fn.id];
    if (byLine !== undefined) {
      const line = fn.lines[pc];
      const prev = marks.lastLine.get(fr);
      marks.lastLine.set(fr, line);
      if (marks.lastLine.size > 4096) this.prune(this.machine);
      const bps = byLine.get(line);
      if (bps !== undefined && prev !== line) {
        const ids = this.hit(bps, g, fr, pc, live);
        if (ids.length) return (marks.fired = { reason: 'breakpoint', ids });
      }
    }
    const entry = this.entryBps[fn.id];
    if (entry !== undefined && !marks.entered.has(fr)) {
      marks.entered.add(fr);
      const ids = this.hit(entry, g, fr, pc, live);
      if (ids.length) return (marks.fired = { reason: 'function breakpoint', ids });
    }
    return null;
  }

  /** Forgets the marks of frames that have returned. */
  private prune(m: Machine): void {
    const live = new Set<Frame>();
    for (const g of m.allgs) for (const fr of g.frames) live.add(fr);
    for (const fr of this.marks.lastLine.keys()) if (!live.has(fr)) this.marks.lastLine.delete(fr);
    for (const fr of this.marks.entered) if (!live.has(fr)) this.marks.entered.delete(fr);
  }

  private captureMarks(m: Machine): Marks {
    this.prune(m);
    return this.marks;
  }

  /** The breakpoints whose condition holds and whose hit condition matches (log points print, when live, and do not count as stops). */
  private hit(bps: Breakpoint[], g: G, fr: Frame, pc: number, live: boolean): number[] {
    const ids: number[] = [];
    const where = (): EvalFrame => ({ g, row: { kind: 'go', name: fr.fn.name, file: fr.fn.file, line: fr.fn.lines[pc], frame: fr, runtime: false, pc } });
    for (const bp of bps) {
      if (bp.condition !== null) {
        try {
          const v = this.evaluate(bp.condition, where());
          if (v.t.kind !== Kind.Bool) throw new EvalError(`non-boolean condition (${v.t.str})`);
          if (!v.v) continue;
        } catch (e) {
          // A broken condition stops, so the user sees it rather than a breakpoint that never hits.
          if (live) this.onLog?.(`gosim: breakpoint condition "${bp.condition}" failed: ${(e as Error).message}`, g, fr.fn.file, fr.fn.lines[pc]);
          ids.push(bp.id);
          continue;
        }
      }
      const hits = (this.marks.hits.get(bp.id) ?? 0) + 1;
      this.marks.hits.set(bp.id, hits);
      bp.hits = hits;
      if (bp.hit && !hitMatches(bp.hit, hits)) continue;
      if (bp.logMessage !== null) {
        if (live) this.onLog?.(this.interpolate(bp.logMessage, where()), g, fr.fn.file, fr.fn.lines[pc]);
        continue;
      }
      ids.push(bp.id);
    }
    return ids;
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

  private stepDone(st: Step, g: G, fr: Frame, pc: number): boolean {
    if (st.goStmt && st.goStmt.child) return g === st.goStmt.child && g.id === st.goStmt.childId;
    if (g !== st.g || g.id !== st.goid) return false;
    const depth = g.frames.length;
    const line = fr.fn.lines[pc];
    const sameFrame = fr === st.frame;
    const moved = !sameFrame || line !== st.line || pc === st.pc;
    switch (st.kind) {
      case 'out':
        return depth < st.depth;
      case 'next':
        return depth < st.depth || (sameFrame && moved);
      case 'in':
        if (!moved) return false;
        if (st.goStmt && this.followChild(st, g)) return false;
        return true;
    }
  }

  /**
   * Step in on a `go` statement that started a goroutine running the lesson's
   * code: follow that goroutine to its first statement instead of stopping here.
   */
  private followChild(st: Step, parent: G): boolean {
    const gs = st.goStmt!;
    if (this.machine.counters.goroutinesCreated === gs.created) return false;
    const child = this.machine.allgs.find(
      (c) => c !== parent && c.status === 'runnable' && c.createdBy?.goid === parent.id && c.createdBy.line === st.line && c.frames.length === 1 && c.frames[0].pc === 0,
    );
    if (!child || child.frames[0].fn.library || child.frames[0].fn.wrapper) return false;
    gs.child = child;
    gs.childId = child.id;
    return true;
  }

  private fatal(g: G | null, kind: 'panic' | 'fatal', report: string): boolean {
    if (!this.exceptions.has(kind)) return false;
    // Met while replaying the past: held (the replay ends there), never a stop.
    if (this.traveling) return true;
    const message = report.split('\n\n')[0].trim();
    this.pending = {
      reason: 'exception',
      g: g ?? this.someGoroutine(),
      hitBreakpointIds: [],
      exception: { kind: kind === 'panic' ? 'panic' : 'fatal error', message, report },
    };
    this.step = null;
    this.pausing = false;
    this.refresh();
    return true;
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
        const was = this.evaluating;
        this.evaluating = true;
        try {
          return callFunction(this.machine, fn, args, env);
        } finally {
          this.evaluating = was;
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

/** A function of the lesson (not the library's, a native or a compiler wrapper). */
function isLesson(fn: FuncProto): boolean {
  return !fn.library && !fn.native && !fn.wrapper;
}

function info(bp: Breakpoint): BreakpointInfo {
  return { id: bp.id, verified: bp.verified, line: bp.line, file: bp.file, message: bp.message };
}

/** Whether the statement at pc (up to the next statement start) contains a `go` statement. */
function startsGoroutine(fn: FuncProto, pc: number): boolean {
  const next = fn.stmtStarts.find((s) => s > pc) ?? fn.code.length;
  for (let p = pc; p < next; p += opSize(fn.code[p] as Op)) if (fn.code[p] === Op.GO) return true;
  return false;
}
