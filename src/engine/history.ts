// Time travel (issue: step back, reverse continue, jump to any moment). A run is
// deterministic (DESIGN.md principle 2), so any earlier moment can be reached
// again by restoring an earlier checkpoint and running forward to it. The
// History owns the live machine while debugging:
//
// - it counts steps (statements begun by any goroutine: Machine.steps) and takes
//   a checkpoint every `spacing` steps; a big machine (thousands of
//   goroutines) is checkpointed less often, so that copying it never costs
//   much more than running it;
// - when the checkpoints take too much memory, it thins them geometrically:
//   the checkpoint dropped is the one whose gap, once merged with its
//   neighbour's, is smallest for its distance from the present (the frontier,
//   or the live step), so gaps grow with that distance (`spacing` steps apart
//   near the present, millions far back) and the moments just before the
//   present — where Step Back goes — stay a short replay away however long
//   the run;
// - travelTo(step) restores the nearest checkpoint at or before the step and
//   replays to it; findLast(before, pred) searches the past backwards, one
//   checkpoint interval at a time, for the last step where pred holds (previous
//   breakpoint hit, previous line of a goroutine); findFirst searches forwards
//   (the entry of a frame, a moment of virtual time); a search notes where
//   pred holds without stopping there, and through a long interval it takes a
//   checkpoint `spacing` steps before the interval's end, so travelling to
//   what it found (usually just before where it began) and searching again
//   from there (the next Step Back) replay a short way, not the whole interval;
// - output and scheduler events are passed on once: what a replay produces again
//   is held back (high-water marks per stream);
// - an observer (the debugger) may keep data about each moment (which line each
//   frame was last at, breakpoint hit counts): it is copied with every
//   checkpoint and given back on restore, and `observe` sees every statement a
//   replay runs, so the observer's data at a moment is the same however the
//   moment was reached;
// - an edit (setVariable, typed input) starts a new history from the current
//   step: later checkpoints are dropped and a checkpoint of the edited state is
//   taken and kept for good, so no replay ever runs across the edit.
//
// Invariants: checkpoints are in step order, one per step at most;
// checkpoints[0] is the earliest moment and the last is the latest, and neither
// is thinned; a pinned checkpoint (an edit) is never thinned;
// `frontier` is the furthest step this history has reached: searches never go
// past it (travelTo may: that is running forward).

import type { SchedEvent } from '../protocol/events';
import type { G } from '../runtime/g';
import type { Machine, RunStatus } from '../runtime/machine';
import type { Frame } from '../vm/func';
import { MachineImage, capturable, capture, restoreWith } from './clone';

export type StopHook = (g: G, fr: Frame, pc: number) => boolean;

export interface HistoryOptions {
  /** Steps at least between checkpoints (the recent past keeps them this close). */
  spacing?: number;
  /** Copied objects all checkpoints may hold before they are thinned (roughly 100 bytes each). */
  maxObjects?: number;
  /**
   * Steps at least between checkpoints per object the last one copied, so
   * that a big machine (10,000 goroutines are 100,000 objects) is not copied
   * every few thousand steps, each copy costing far more than the steps
   * between; and a long run is checkpointed at least a thousandth of its
   * length apart, so that copies of a small machine do not go on every
   * `spacing` steps for ever (they grow with the logarithm of the length).
   * Default 4 with the default spacing; 0 (the default when `spacing` is
   * given) keeps the spacing fixed.
   */
  stepsPerObject?: number;
  /** Output the program writes, each byte once (fd 1 or 2). */
  onOutput?: (fd: number, bytes: string) => void;
  /** Scheduler events, each once. */
  onEvent?: (e: SchedEvent) => void;
  /** Sets the caller's other hooks (onFatal, onStdinNeeded...) on every machine the history makes live. */
  configure?: (m: Machine) => void;
  /** Data of the caller's that belongs to each moment, checkpointed with the machine. */
  observer?: HistoryObserver;
}

/** What an observer keeps about a moment: copied with each checkpoint, given back on restore. */
export interface HistoryObserver {
  /** The data now (it may refer to the machine's goroutines and frames). */
  capture(m: Machine): unknown;
  /** A copy of what capture returned, for the machine restored with it. */
  restore(data: unknown, m: Machine): void;
}

interface Checkpoint {
  step: number;
  /** Virtual time then (Machine.clk). */
  clock: number;
  image: MachineImage;
  /** Taken after an edit: never thinned. */
  pinned: boolean;
}

export class History {
  machine: Machine;
  private checkpoints: Checkpoint[] = [];
  private readonly spacing: number;
  private readonly maxObjects: number;
  private readonly stepsPerObject: number;
  private objects = 0;
  /** The step at which the next checkpoint is due. */
  private nextAt: number;
  private readonly emitted = [0, 0, 0];
  private eventsSeen = 0;
  /** The furthest step reached. */
  private reached: number;
  /** Called at every statement a replay runs (not a live run: the caller's own hook sees those). */
  observe: StopHook | null = null;
  /** Checkpoints taken and replays made, for the benchmark and the Debug Console. */
  readonly stats = { checkpoints: 0, thinned: 0, replayedSteps: 0 };

  constructor(
    machine: Machine,
    private readonly options: HistoryOptions = {},
  ) {
    this.machine = machine;
    this.spacing = options.spacing ?? 5000;
    this.maxObjects = options.maxObjects ?? 1_000_000;
    this.stepsPerObject = options.stepsPerObject ?? (options.spacing === undefined ? 4 : 0);
    machine.debugging = true;
    this.eventsSeen = machine.eventSeq;
    for (const fd of [1, 2]) this.emitted[fd] = machine.written[fd];
    this.install(machine);
    this.nextAt = machine.steps;
    this.reached = machine.steps;
    this.checkpointNow();
  }

  /** The live machine's step. */
  get step(): number {
    return this.machine.steps;
  }

  /** The first step any checkpoint can restore: the past before it is gone. */
  get earliest(): number {
    return this.checkpoints.length ? this.checkpoints[0].step : this.machine.steps;
  }

  /** The furthest step this history has reached: travel goes no further. */
  get frontier(): number {
    return Math.max(this.reached, this.machine.steps);
  }

  /** Checkpoint count, the objects they hold, and the step of the latest one. */
  get footprint(): { checkpoints: number; objects: number; spacing: number; latest: number } {
    const latest = this.checkpoints.length ? this.checkpoints[this.checkpoints.length - 1].step : this.machine.steps;
    return { checkpoints: this.checkpoints.length, objects: this.objects, spacing: this.spacing, latest };
  }

  /** The steps of the checkpoints, oldest first. */
  get checkpointSteps(): number[] {
    return this.checkpoints.map((c) => c.step);
  }

  /**
   * Runs the live machine like Machine.run, stopping where `hook` says (the
   * debugger's breakpoints and steps), taking checkpoints on the way.
   */
  run(wallMs = Infinity, hook: StopHook | null = null, untilClock = Infinity): RunStatus {
    const started = wallMs === Infinity ? 0 : performance.now();
    for (;;) {
      const m = this.machine;
      let userStop = false;
      let due = false;
      m.stopHook = (g, fr, pc) => {
        userStop = hook !== null && hook(g, fr, pc);
        due = m.steps >= this.nextAt;
        return userStop || due;
      };
      const left = wallMs === Infinity ? Infinity : Math.max(1, wallMs - (performance.now() - started));
      const st = m.run(left, untilClock);
      m.stopHook = null;
      if (m.steps > this.reached) this.reached = m.steps;
      if (st !== 'stopped') return st;
      // A fatal report held for the debugger: the machine must not run on.
      if (m.heldFatal !== null) return 'stopped';
      if (due && m.steps >= this.nextAt) this.checkpointNow();
      if (userStop) return 'stopped';
      if (wallMs !== Infinity && performance.now() - started > wallMs) return 'budget';
    }
  }

  /** Makes the live machine the one at `step` (stopped before that statement). */
  travelTo(step: number): void {
    if (step < this.earliest) throw new Error(`step ${step} is before the earliest checkpoint (${this.earliest})`);
    if (step === this.machine.steps) return;
    if (step < this.machine.steps || !this.canRunForwardTo(step)) this.restoreAt(step);
    this.replayTo(step);
  }

  /**
   * The last step before `before` (and at or after `after`) at which pred holds,
   * searching one checkpoint interval at a time from the most recent; null if
   * none. Leaves the live machine where it was.
   */
  findLast(before: number, pred: StopHook, after = this.earliest): number | null {
    const back = this.machine.steps;
    const found = this.search(before, pred, after);
    this.travelTo(back);
    return found;
  }

  /** Like findLast, but leaves the live machine at the step found (or where it was, if none): one replay fewer. */
  travelToLast(before: number, pred: StopHook, after = this.earliest): number | null {
    const back = this.machine.steps;
    const found = this.search(before, pred, after);
    this.travelTo(found ?? back);
    return found;
  }

  private search(before: number, pred: StopHook, after: number): number | null {
    let upper = before;
    let found: number | null = null;
    // By step, not index: a checkpoint taken on the way may thin others.
    for (let i = this.indexAtOrBefore(before - 1); i >= 0 && found === null && upper > after; i = this.indexAtOrBefore(upper - 1)) {
      const cp = this.checkpoints[i];
      // The latest interval, if long: a checkpoint near its end, where what is found usually is.
      const mark = upper === before && this.worthMarking(cp, upper) ? upper - this.spacing : -1;
      this.restoreCheckpoint(cp);
      const m = this.machine;
      const atStop = (): void => {
        const g = m.stoppedG;
        const fr = g && g.frames[g.frames.length - 1];
        if (g && fr && m.steps >= after && m.steps < upper && pred(g, fr, fr.pc)) found = m.steps;
      };
      atStop();
      // Each step where pred holds is noted, not stopped at: only the last counts.
      const note: StopHook = (g, fr, pc) => {
        if (m.steps >= after && pred(g, fr, pc)) found = m.steps;
        return false;
      };
      while (m.steps < upper - 1) {
        const r = this.replayStep(m.steps < mark ? mark : upper - 1, note);
        if (r.end === 'target' && m.steps === mark) this.checkpointPast();
        else break;
      }
      upper = cp.step;
    }
    return found;
  }

  /**
   * Whether a search from `cp` to `upper` should take a checkpoint on the
   * way: when the steps it saves a travel replaying are more than copying
   * the machine costs (about as many steps as half the spacing a machine of
   * that size gets).
   */
  private worthMarking(cp: Checkpoint, upper: number): boolean {
    return upper - cp.step > Math.max(2 * this.spacing, this.gapAfter(cp.image.objects) / 2);
  }

  /** The earliest step, or the step before `before`, where the goroutine `goid` begins a statement. */
  previousStepOf(goid: number, before: number): number | null {
    return this.findLast(before, (g) => g.id === goid);
  }

  /**
   * The first step after `from` (and before `before`, at most the frontier) at
   * which pred holds; the live machine is left there, or at the last step
   * tried when none is found (null).
   */
  findFirst(from: number, pred: StopHook, before = Infinity): number | null {
    const limit = Math.min(before - 1, this.frontier);
    this.travelTo(Math.max(this.earliest, Math.min(from, limit)));
    const m = this.machine;
    if (m.steps >= limit) return null;
    const r = this.replayStep(limit, pred);
    return r.hit ? m.steps : null;
  }

  /**
   * The first step at which virtual time has reached `ns` (or the frontier, if
   * the run has not got that far); the live machine is left there.
   */
  travelToTime(ns: number): number {
    let i = this.checkpoints.length - 1;
    while (i > 0 && this.checkpoints[i].clock > ns) i--;
    const from = this.checkpoints[i];
    if (from.clock >= ns) this.travelTo(from.step);
    else if (this.findFirst(from.step, () => this.machine.clk >= ns) === null) this.travelTo(this.frontier);
    return this.machine.steps;
  }

  /**
   * Applies an edit to the live machine and makes it part of history from this
   * step on: the future that was recorded is dropped, and the edited state is
   * kept as a checkpoint no thinning removes. Throws (changing nothing) when the
   * machine cannot be copied now (a goroutine inside a native that called back
   * into Go).
   */
  edit(change: (m: Machine) => void): void {
    const m = this.machine;
    if (!capturable(m)) throw new Error('gosim: cannot change the program here (a goroutine is inside a library call that called back into Go); step out of it first');
    change(m);
    const at = m.steps;
    while (this.checkpoints.length > 1 && this.checkpoints[this.checkpoints.length - 1].step >= at) {
      this.objects -= this.checkpoints.pop()!.image.objects;
    }
    for (const fd of [1, 2]) this.emitted[fd] = m.written[fd];
    this.eventsSeen = m.eventSeq;
    this.reached = at;
    this.checkpointNow(true);
  }

  // ---- inside ------------------------------------------------------------------

  private install(m: Machine): void {
    m.debugging = true;
    m.onWrite = (fd, bytes) => {
      const end = m.written[fd];
      if (end <= this.emitted[fd]) return;
      const start = end - bytes.length;
      const fresh = start >= this.emitted[fd] ? bytes : bytes.slice(this.emitted[fd] - start);
      this.emitted[fd] = end;
      this.options.onOutput?.(fd, fresh);
    };
    m.onEvent = this.options.onEvent
      ? (e) => {
          if (e.seq < this.eventsSeen) return;
          this.eventsSeen = e.seq + 1;
          this.options.onEvent!(e);
        }
      : null;
    this.options.configure?.(m);
  }

  /** The steps to run, after a checkpoint of `objects` objects, before the next is due. */
  private gapAfter(objects: number): number {
    if (this.stepsPerObject === 0) return this.spacing;
    return Math.max(this.spacing, this.stepsPerObject * objects, Math.floor((this.frontier - this.earliest) / 1000));
  }

  private checkpointNow(pinned = false): void {
    const m = this.machine;
    const image = this.captureLive();
    if (!image) {
      // A goroutine is inside a native callback: try again a little later.
      this.nextAt = m.steps + Math.max(1, Math.floor(this.spacing / 16));
      return;
    }
    this.keep({ step: m.steps, clock: m.clk, image, pinned });
    this.nextAt = m.steps + this.gapAfter(image.objects);
  }

  /** A checkpoint of the live machine where a replay of the past stands (the next one due stays where it was). */
  private checkpointPast(): void {
    const m = this.machine;
    if (this.checkpoints[this.indexAtOrBefore(m.steps)]?.step === m.steps) return;
    const image = this.captureLive();
    if (image) this.keep({ step: m.steps, clock: m.clk, image, pinned: false });
  }

  private captureLive(): MachineImage | null {
    const m = this.machine;
    return capture(m, this.options.observer ? this.options.observer.capture(m) : null);
  }

  /** Adds a checkpoint in step order (replacing an unpinned one at the same step), then thins if over budget. */
  private keep(cp: Checkpoint): void {
    const i = this.indexAtOrBefore(cp.step);
    const same = i >= 0 && this.checkpoints[i].step === cp.step;
    if (same && this.checkpoints[i].pinned && !cp.pinned) return;
    if (same) this.objects -= this.checkpoints.splice(i, 1)[0].image.objects;
    this.checkpoints.splice(same ? i : i + 1, 0, cp);
    this.objects += cp.image.objects;
    this.stats.checkpoints++;
    if (this.objects > this.maxObjects) this.thin();
  }

  /**
   * Drops checkpoints until they fit the budget, each time the one whose
   * removal leaves the smallest gap for its distance from the present (the
   * frontier, or the live step if that is nearer): gaps then grow in
   * proportion to that distance (a geometric series), so the recent past
   * stays dense and the count grows with the logarithm of the run's length.
   */
  private thin(): void {
    const cps = this.checkpoints;
    const frontier = this.frontier;
    const live = this.machine.steps;
    while (this.objects > this.maxObjects) {
      let drop = -1;
      let best = Infinity;
      for (let i = 1; i < cps.length - 1; i++) {
        if (cps[i].pinned) continue;
        const distance = Math.min(frontier - cps[i].step, Math.abs(live - cps[i].step));
        const score = (cps[i + 1].step - cps[i - 1].step) / (distance + 1);
        if (score < best) {
          best = score;
          drop = i;
        }
      }
      if (drop < 0) break;
      this.objects -= cps.splice(drop, 1)[0].image.objects;
      this.stats.thinned++;
    }
  }

  private indexAtOrBefore(step: number): number {
    let i = this.checkpoints.length - 1;
    while (i >= 0 && this.checkpoints[i].step > step) i--;
    return i;
  }

  /** Whether running the live machine forward reaches `step` sooner than restoring would. */
  private canRunForwardTo(step: number): boolean {
    const i = this.indexAtOrBefore(step);
    return i < 0 || this.checkpoints[i].step <= this.machine.steps;
  }

  private restoreAt(step: number): void {
    const i = this.indexAtOrBefore(step);
    if (i < 0) throw new Error(`no checkpoint at or before step ${step}`);
    this.restoreCheckpoint(this.checkpoints[i]);
  }

  private restoreCheckpoint(cp: Checkpoint): void {
    const { machine: m, extra } = restoreWith(cp.image);
    this.install(m);
    this.machine = m;
    this.options.observer?.restore(extra, m);
  }

  /** Runs the live machine to `step`, stopping there. */
  private replayTo(step: number): void {
    const from = this.machine.steps;
    if (from >= step) return;
    this.replayStep(step, null);
    this.stats.replayedSteps += this.machine.steps - from;
  }

  /**
   * Runs until `target` is reached ('target'), pred holds at an earlier step
   * ('hit'), or the program ends ('end'); `hit` says whether pred held where it
   * stopped. Takes checkpoints when it runs past the last one.
   */
  private replayStep(target: number, pred: StopHook | null): { end: 'hit' | 'target' | 'end'; hit: boolean } {
    for (;;) {
      const m = this.machine;
      let hit = false;
      let due = false;
      let reached = false;
      const observe = this.observe;
      m.stopHook = (g, fr, pc) => {
        if (observe !== null) observe(g, fr, pc);
        hit = pred !== null && pred(g, fr, pc);
        if (m.steps >= target) return (reached = true);
        due = m.steps >= this.nextAt;
        return hit || due;
      };
      const st = m.run();
      m.stopHook = null;
      if (m.steps > this.reached) this.reached = m.steps;
      if (st !== 'stopped' || m.heldFatal !== null) return { end: 'end', hit: false };
      if (reached) return { end: 'target', hit };
      if (due && m.steps >= this.nextAt) this.checkpointNow();
      if (hit) return { end: 'hit', hit };
    }
  }
}
