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

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
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

export type StopReason = 'entry' | 'breakpoint' | 'function breakpoint' | 'step' | 'pause' | 'exception';

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

/** Where an evaluation happens: a frame of a goroutine's stack, or nowhere (package variables only). */
export interface EvalFrame {
  g: G;
  row: StackRow;
}

export class Debugger {
  readonly types: TypeTable;
  readonly funcs: FuncIndex;
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
  /** The line each frame of a function with breakpoints was last at: a breakpoint hits when its line is reached anew. */
  private lastLine = new WeakMap<Frame, number>();
  /** Frames that already passed their function breakpoint. */
  private entered = new WeakSet<Frame>();
  private pending: Stop | null = null;
  /** A hook-time evaluation is running Go code: its statements must not stop. */
  private evaluating = false;
  private nextId = 1;

  constructor(
    readonly machine: Machine,
    readonly program: Program,
    options: { stopOnEntry: boolean },
  ) {
    this.types = new TypeTable(program);
    this.funcs = new FuncIndex(program);
    this.entryPending = options.stopOnEntry;
    machine.debugging = true;
    machine.onFatal = (g, kind, report) => this.fatal(g, kind, report);
    this.refresh();
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
    const m = this.machine;
    const st = m.run(wallMs, untilClock);
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

  /** The innermost frame of g that belongs to the lesson. */
  private userFrame(g: G): Frame | null {
    for (let i = g.frames.length - 1; i >= 0; i--) {
      const fn = g.frames[i].fn;
      if (!fn.library && !fn.native && !fn.wrapper) return g.frames[i];
    }
    return null;
  }

  /** Installs the stop hook only while something can stop: the common case runs without it. */
  private refresh(): void {
    const active = this.step !== null || this.pausing || this.entryPending || this.byFn.length > 0 || this.entryBps.length > 0;
    this.machine.stopHook = active ? this.hook : null;
  }

  private readonly hook = (g: G, fr: Frame, pc: number): boolean => {
    if (this.evaluating) return false;
    const fn = fr.fn;
    const byLine = this.byFn[fn.id];
    if (byLine !== undefined) {
      const line = fn.lines[pc];
      const prev = this.lastLine.get(fr);
      this.lastLine.set(fr, line);
      const bps = byLine.get(line);
      if (bps !== undefined && prev !== line && this.hit(bps, g, fr, pc, 'breakpoint')) return true;
    }
    const entry = this.entryBps[fn.id];
    if (entry !== undefined && !this.entered.has(fr)) {
      this.entered.add(fr);
      if (this.hit(entry, g, fr, pc, 'function breakpoint')) return true;
    }
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

  /** Counts the breakpoints whose condition holds; prints log points; stops if any breakpoint wants to. */
  private hit(bps: Breakpoint[], g: G, fr: Frame, pc: number, reason: StopReason): boolean {
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
          this.onLog?.(`gosim: breakpoint condition "${bp.condition}" failed: ${(e as Error).message}`, g, fr.fn.file, fr.fn.lines[pc]);
          ids.push(bp.id);
          continue;
        }
      }
      bp.hits++;
      if (bp.hit && !hitMatches(bp.hit, bp.hits)) continue;
      if (bp.logMessage !== null) {
        this.onLog?.(this.interpolate(bp.logMessage, where()), g, fr.fn.file, fr.fn.lines[pc]);
        continue;
      }
      ids.push(bp.id);
    }
    return ids.length > 0 && this.stopWith(reason, g, ids);
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

  /** Sets a variable (a place of type t) to the value of an expression, converted as an assignment would. */
  assign(place: Place, t: RType, text: string, at: EvalFrame | null): Val {
    const v = assignValue(this.env(at), text, t);
    place.set(v.v);
    return v;
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

function info(bp: Breakpoint): BreakpointInfo {
  return { id: bp.id, verified: bp.verified, line: bp.line, file: bp.file, message: bp.message };
}

/** Whether the statement at pc (up to the next statement start) contains a `go` statement. */
function startsGoroutine(fn: FuncProto, pc: number): boolean {
  const next = fn.stmtStarts.find((s) => s > pc) ?? fn.code.length;
  for (let p = pc; p < next; p += opSize(fn.code[p] as Op)) if (fn.code[p] === Op.GO) return true;
  return false;
}
