// The stop logic: whether the run stops as a goroutine begins a statement —
// a breakpoint that fires (its condition, hit count or log message), stop on
// entry, a pause, the end of a step — or as a panic or fatal error is about
// to be reported. The debugger (debugger.ts) holds one Stops, gives the
// machine its `hook` while something can stop, and builds the breakpoint
// tables it reads.
//
// What it knows about a moment — the line each frame was last at (a
// breakpoint hits when its line is reached anew), the frames that passed
// their function breakpoint, hit counts — is its `marks`: the history
// checkpoints them with the machine, and replays keep them up to date through
// `silentWatch`, so a breakpoint decides the same way however a moment is
// reached. It is not the breakpoints themselves (breakpoints.ts), nor time
// travel (history.ts): a Stops only answers "stop here?" and says why.

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import type { Frame, FuncProto } from '../vm/func';
import { Op, opSize } from '../vm/op';
import type { Program } from '../vm/program';
import { Kind } from '../vm/rtype';
import { Breakpoint, hitMatches } from './breakpoints';
import { EvalError, Val } from './eval/evaluate';
import type { StopHook } from './history';
import type { StackRow } from './inspect';

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

export type ExceptionFilter = 'panic' | 'fatal';

/** Where an evaluation happens: a frame of a goroutine's stack, or nowhere (package variables only). */
export interface EvalFrame {
  g: G;
  row: StackRow;
}

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
export interface Marks {
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

/** What the stop logic asks of the debugger that holds it. */
export interface StopHost {
  readonly program: Program;
  /** The live machine (a travel makes another one live). */
  machine(): Machine;
  /** A log point's message, or a broken condition's complaint. */
  log(text: string, g: G, file: string, line: number): void;
  evaluate(text: string, at: EvalFrame | null): Val;
  interpolate(message: string, at: EvalFrame | null): string;
  someGoroutine(prefer?: G | null): G | null;
  /** Something that decides whether the run can stop has changed. */
  changed(): void;
}

export class Stops {
  /** Line breakpoints by function id, then line; function breakpoints by function id (built by the debugger). */
  byFn: Map<number, Breakpoint[]>[] = [];
  entryBps: Breakpoint[][] = [];
  readonly exceptions = new Set<ExceptionFilter>(['panic', 'fatal']);
  step: Step | null = null;
  pausing = false;
  entryPending: boolean;
  marks: Marks = { lastLine: new Map(), entered: new Set(), hits: new Map(), seenStep: -1, fired: null };
  /** The stop the hook (or a fatal error) decided on, for the debugger to report. */
  pending: Stop | null = null;
  /** A hook-time evaluation is running Go code: its statements must not stop. */
  evaluating = false;
  /** A travel is replaying the past: a fatal error met on the way is not a stop. */
  traveling = false;

  constructor(
    private readonly host: StopHost,
    stopOnEntry: boolean,
  ) {
    this.entryPending = stopOnEntry;
  }

  /** Some breakpoint can fire: every statement must be watched, replays included. */
  get watching(): boolean {
    return this.byFn.length > 0 || this.entryBps.length > 0;
  }

  /** Something can stop the run: the hook must see every statement. */
  get active(): boolean {
    return this.step !== null || this.pausing || this.entryPending || this.watching;
  }

  /** Starts a step of g (next, step in, step out) from where it stands. */
  startStep(kind: Step['kind'], g: G): void {
    const fr = userFrame(g);
    this.pausing = false;
    if (!fr) {
      // Nothing of the lesson on its stack (not started, or only library frames): run to its first statement.
      this.step = { kind: 'in', g, goid: g.id, depth: Infinity, frame: null as unknown as Frame, line: -1, pc: -1, goStmt: null };
      this.host.changed();
      return;
    }
    const depth = g.frames.indexOf(fr) + 1;
    const top = fr === g.top && !g.parkedAtOp;
    const pc = top ? fr.pc : fr.pc - 1;
    const line = fr.fn.lineAt(pc);
    const goStmt = kind === 'in' && top && startsGoroutine(fr.fn, fr.pc) ? { created: this.host.machine().counters.goroutinesCreated, child: null, childId: 0 } : null;
    this.step = { kind, g, goid: g.id, depth, frame: fr, line, pc: fr.pc, goStmt };
    // The statement it is at runs first: arriving there again is a new iteration.
    if (top) g.skipStop = fr.pc;
    this.host.changed();
  }

  /** The machine's stop hook while something can stop. */
  readonly hook = (g: G, fr: Frame, pc: number): boolean => {
    if (this.evaluating) return false;
    const fn = fr.fn;
    const fired = this.watch(g, fr, pc, true);
    if (fired !== null) return this.stopWith(fired.reason, g, fired.ids);
    if (this.entryPending && fn === this.host.program.main) {
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
    this.host.changed();
    return true;
  }

  /** The breakpoints a replay would stop at (log points print only when `live`). */
  readonly silentWatch: StopHook = (g, fr, pc) => this.watch(g, fr, pc, false) !== null;

  /**
   * The breakpoints that fire as g begins the statement at pc (null: none),
   * keeping the marks: which line the frame is at, which frames passed their
   * function breakpoint, hit counts. Asked twice about one step, it answers
   * the same and counts once.
   */
  private watch(g: G, fr: Frame, pc: number, live: boolean): Marks['fired'] {
    const marks = this.marks;
    const step = this.host.machine().steps;
    if (marks.seenStep === step) return marks.fired;
    marks.seenStep = step;
    marks.fired = null;
    const fn = fr.fn;
    const byLine = this.byFn[fn.id];
    if (byLine !== undefined) {
      const line = fn.lines[pc];
      const prev = marks.lastLine.get(fr);
      marks.lastLine.set(fr, line);
      if (marks.lastLine.size > 4096) this.prune(this.host.machine());
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

  /** The marks now, for a checkpoint of m. */
  captureMarks(m: Machine): Marks {
    this.prune(m);
    return this.marks;
  }

  /** The breakpoints whose condition holds and whose hit condition matches (log points print, when live, and do not count as stops). */
  private hit(bps: Breakpoint[], g: G, fr: Frame, pc: number, live: boolean): number[] {
    const host = this.host;
    const ids: number[] = [];
    const where = (): EvalFrame => ({ g, row: { kind: 'go', name: fr.fn.name, file: fr.fn.file, line: fr.fn.lines[pc], frame: fr, runtime: false, pc } });
    for (const bp of bps) {
      if (bp.condition !== null) {
        try {
          const v = host.evaluate(bp.condition, where());
          if (v.t.kind !== Kind.Bool) throw new EvalError(`non-boolean condition (${v.t.str})`);
          if (!v.v) continue;
        } catch (e) {
          // A broken condition stops, so the user sees it rather than a breakpoint that never hits.
          if (live) host.log(`gosim: breakpoint condition "${bp.condition}" failed: ${(e as Error).message}`, g, fr.fn.file, fr.fn.lines[pc]);
          ids.push(bp.id);
          continue;
        }
      }
      const hits = (this.marks.hits.get(bp.id) ?? 0) + 1;
      this.marks.hits.set(bp.id, hits);
      bp.hits = hits;
      if (bp.hit && !hitMatches(bp.hit, hits)) continue;
      if (bp.logMessage !== null) {
        if (live) host.log(host.interpolate(bp.logMessage, where()), g, fr.fn.file, fr.fn.lines[pc]);
        continue;
      }
      ids.push(bp.id);
    }
    return ids;
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
    const m = this.host.machine();
    if (m.counters.goroutinesCreated === gs.created) return false;
    const child = m.allgs.find(
      (c) => c !== parent && c.status === 'runnable' && c.createdBy?.goid === parent.id && c.createdBy.line === st.line && c.frames.length === 1 && c.frames[0].pc === 0,
    );
    if (!child || child.frames[0].fn.library || child.frames[0].fn.wrapper) return false;
    gs.child = child;
    gs.childId = child.id;
    return true;
  }

  /** The machine's onFatal: whether an unrecovered panic or a fatal error stops (Go's report then waits). */
  fatal(g: G | null, kind: 'panic' | 'fatal', report: string): boolean {
    if (!this.exceptions.has(kind)) return false;
    // Met while replaying the past: held (the replay ends there), never a stop.
    if (this.traveling) return true;
    const message = report.split('\n\n')[0].trim();
    this.pending = {
      reason: 'exception',
      g: g ?? this.host.someGoroutine(),
      hitBreakpointIds: [],
      exception: { kind: kind === 'panic' ? 'panic' : 'fatal error', message, report },
    };
    this.step = null;
    this.pausing = false;
    this.host.changed();
    return true;
  }
}

/** The innermost frame of g that belongs to the lesson. */
export function userFrame(g: G): Frame | null {
  for (let i = g.frames.length - 1; i >= 0; i--) {
    if (isLesson(g.frames[i].fn)) return g.frames[i];
  }
  return null;
}

/** A function of the lesson (not the library's, a native or a compiler wrapper). */
export function isLesson(fn: FuncProto): boolean {
  return !fn.library && !fn.native && !fn.wrapper;
}

/** Whether the statement at pc (up to the next statement start) contains a `go` statement. */
function startsGoroutine(fn: FuncProto, pc: number): boolean {
  const next = fn.stmtStarts.find((s) => s > pc) ?? fn.code.length;
  for (let p = pc; p < next; p += opSize(fn.code[p] as Op)) if (fn.code[p] === Op.GO) return true;
  return false;
}
