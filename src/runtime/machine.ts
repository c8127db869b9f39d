// The simulated machine: GOMAXPROCS processors running goroutines in virtual
// time, as Go 1.19's runtime schedules them (proc.go).
//
// The model. Goroutines (G) run on processors (P), each P driven by a machine
// thread (M). Every P has its own clock; the simulation always advances the P
// that is furthest behind, one quantum at a time, so Ps run "in parallel" in
// virtual time (a discrete-event simulation of a multicore machine). A P picks
// its next G as findRunnable does: expired timers, the global queue every 61st
// tick, runnext, the local queue, the global queue, stealing from other Ps.
// When every P is idle the clock jumps to the next timer (the playground's
// faketime), and with no timer left the program is deadlocked.
//
// Everything here is deterministic: choices Go makes at random come from the
// seeded generator `rng`, time is virtual, and the wall clock only decides when
// `run` hands control back to its caller — never what the program does.
//
// The Machine is also the `vm` object the generated code calls (calls, returns,
// channel operations...); those entry points delegate to the files named for
// each concept: sched.ts, calls.ts, chan.ts, select.ts, timers.ts, sema.ts,
// panic.ts, traceback.ts.

import { Frame, FuncProto } from '../vm/func';
import { compileFunction } from '../vm/jit';
import { GoPanicSignal, NativeHost } from '../vm/native';
import { GoFatal, GoPanic, RuntimeError } from '../vm/panics';
import type { Program } from '../vm/program';
import type { RType } from '../vm/rtype';
import { OutOfMemory } from '../vm/slices';
import { fromJS } from '../vm/strings';
import { Closure, GoMap, Iface, Slice } from '../vm/value';
import * as calls from './calls';
import * as chans from './chan';
import { cost, forcePreemptNS, quantum, sysmonTick } from './cost';
import { G, M, P } from './g';
import * as panics from './panic';
import { Rng } from './rng';
import * as sched from './sched';
import * as selects from './select';
import * as timers from './timers';
import { MapIter } from './mapiter';
import { emit, emitSysCall, Ev, EventRecorder } from './trace';

export type Preemption = 'async' | 'cooperative';

export interface MachineOptions {
  gomaxprocs: number;
  /** The value runtime.NumCPU reports. */
  numCPU: number;
  seed: number;
  preemption: Preemption;
  /** Program arguments after the program name (os.Args[1:]). */
  args: string[];
  /** All the input os.Stdin has (null: input arrives later through provideStdin). */
  stdin: string | null;
  /** Stop after this many virtual nanoseconds of CPU time across all Ps (0: no limit). */
  maxCPU: number;
  goVersion: number;
  /** Receives every scheduler event from the first (the main goroutine's creation) on. */
  onEvent?: ((e: import('./trace').SchedEvent) => void) | null;
  /** Keep every scheduler event in a compact recorder (Machine.recorder). */
  recordEvents?: boolean;
}

export const defaultOptions: MachineOptions = {
  gomaxprocs: 4,
  numCPU: 4,
  seed: 1,
  preemption: 'async',
  args: [],
  stdin: null,
  maxCPU: 0,
  goVersion: 22,
};

/** Why `run` returned. */
export type RunStatus = 'exited' | 'stopped' | 'budget' | 'io';

/** The playground's clock start: 2009-11-10 23:00:00 UTC, in nanoseconds since the Unix epoch. */
export const EPOCH = 1257894000000000000n;

export class Machine {
  readonly ps: P[] = [];
  readonly ms: M[] = [];
  /** Every G ever allocated, in allocation order (dumps list goroutines in this order). */
  readonly allgs: G[] = [];
  /** The global run queue (FIFO); `globhead` is the index of its first element. */
  globrunq: G[] = [];
  globhead = 0;
  goidgen = 0;
  readonly rng: Rng;
  /** Virtual time of the P currently running (generated code keeps it in a local). */
  clk = 0;
  /** When the running goroutine must come back to the scheduler. */
  deadline = 0;
  /** sysmon's preemption point for the running goroutine (Infinity: none). */
  preemptAt = Infinity;
  /** The P being run. */
  curP: P | null = null;
  exited = false;
  exitCode = 0;
  /** Goroutines blocked reading stdin (they keep the program from deadlocking). */
  readonly ioWaiters: G[] = [];
  stdin: string | null;
  stdinClosed = false;
  /** Counters for the panel. */
  readonly counters = { switches: 0, steals: 0, preemptions: 0, spins: 0, goroutinesCreated: 0 };
  /** Total CPU time consumed (all Ps), for maxCPU. */
  cpu = 0;
  mainStarted = false;
  /** Set by the debugger: generated code checks stopHere at statement starts. */
  debugging = false;
  /** The quantum a debugger stop interrupted: running again finishes it first. */
  private resume: { p: P; deadline: number; preemptAt: number } | null = null;
  /** Statements begun by all goroutines so far, while debugging: the debugger's measure of progress. */
  steps = 0;
  /** Bytes the program has written to stdout and stderr (index 1 and 2). */
  readonly written = [0, 0, 0];
  /** The debugger's decision function for stops (see src/engine). */
  stopHook: ((g: G, fr: Frame, pc: number) => boolean) | null = null;
  /** The goroutine that hit a stop. */
  stoppedG: G | null = null;
  /** Go calls nested on the JavaScript stack by generated code calling generated code (calls.dive). */
  depth = 0;
  /**
   * The debugger's say before a fatal report (an unrecovered panic, a fatal
   * error, a deadlock) is printed: true holds the report back and stops the
   * machine, with the failing goroutine's stack intact (panic.ts's report).
   */
  onFatal: ((g: G | null, kind: 'panic' | 'fatal', report: string) => boolean) | null = null;
  /** A report onFatal held back: printed, and the process exits with 2, when the machine runs again. */
  heldFatal: string | null = null;
  readonly host: Host;
  /** Numbering of timers (ids for snapshots). */
  timerIds = 1;
  /** The state of every Mutex, RWMutex, WaitGroup and Cond the program used (sema.ts). */
  syncStates = new Map<object, import('./sema').SyncState>();
  /** sema.stateOf's last lookup (valid while syncStates is the map it came from). */
  syncLastObj: object | null = null;
  syncLastState: import('./sema').SyncState | null = null;
  syncLastIn: Map<object, import('./sema').SyncState> | null = null;
  /** Channels made so far, weakly held (snapshots show those with buffers or waiters). */
  private chanRefs: WeakRef<chans.Chan>[] = [];
  private chanPrune = 1024;
  /** Called when a goroutine would block reading os.Stdin with no input buffered (the front door may provideStdin). */
  onStdinNeeded: (() => void) | null = null;
  /** Listeners for program output. */
  onWrite: (fd: number, bytes: string) => void = () => undefined;
  /** Called for every scheduler event (trace.ts); null when nobody listens. */
  get onEvent(): ((e: import('./trace').SchedEvent) => void) | null {
    return this.eventListener;
  }
  set onEvent(f: ((e: import('./trace').SchedEvent) => void) | null) {
    this.eventListener = f;
    this.tracing = f !== null || this.recorder !== null;
  }
  private eventListener: ((e: import('./trace').SchedEvent) => void) | null = null;
  /** Every event so far, when the machine was started with recordEvents. */
  readonly recorder: EventRecorder | null;
  /** Someone wants scheduler events (a listener or the recorder): emitters check this first. */
  tracing = false;
  /** The next event's sequence number. */
  eventSeq = 0;

  constructor(
    readonly program: Program,
    readonly options: MachineOptions,
  ) {
    this.rng = new Rng(options.seed);
    this.stdin = options.stdin;
    // Input given up front is all there is; without it, input arrives through provideStdin.
    this.stdinClosed = options.stdin !== null;
    for (let i = 0; i < options.gomaxprocs; i++) this.ps.push(new P(i));
    this.host = new Host(this);
    this.recorder = options.recordEvents ? new EventRecorder() : null;
    this.onEvent = options.onEvent ?? null;
    sched.boot(this);
  }

  // ---- running ----------------------------------------------------------------

  /**
   * Runs the program until it exits, a debugger stop happens, `wallMs` of real
   * time has passed, or every P has reached virtual time `untilClock` (then
   * returns 'budget'; call again to continue).
   */
  run(wallMs = Infinity, untilClock = Infinity): RunStatus {
    const start = wallMs === Infinity ? 0 : performance.now();
    let checks = 0;
    if (this.heldFatal !== null) {
      const report = this.heldFatal;
      this.heldFatal = null;
      this.write(2, report);
      this.exit(2);
      return 'exited';
    }
    for (;;) {
      if (this.exited) return 'exited';
      // After a debugger stop the same P finishes its quantum, as if never stopped.
      const p = this.resume ? this.resume.p : this.nextP();
      if (!p) {
        if (this.exited) return 'exited';
        if (this.heldFatal !== null) return 'stopped';
        return 'io';
      }
      // Realtime pacing: the virtual clock may not run ahead of the wall clock.
      if (p.clock > untilClock) return 'budget';
      const st = this.runP(p);
      if (st === 'stopped') return 'stopped';
      if (this.exited) return 'exited';
      if (wallMs !== Infinity && ++checks % 8 === 0 && performance.now() - start > wallMs) return 'budget';
    }
  }

  /** The P to advance next: the running P with the earliest clock; wakes Ps for timers; detects deadlock. */
  nextP(): P | null {
    let best: P | null = null;
    for (const p of this.ps) if (p.status === 'running' && (!best || p.clock < best.clock)) best = p;
    if (best) return best;
    // Every P is idle: an M sleeps in the network poller until the next timer.
    const t = timers.earliest(this);
    if (t) {
      const p = t.p;
      const idleSince = Math.max(...this.ps.map((q) => q.clock));
      p.clock = Math.max(p.clock, pollWake(idleSince, t.when));
      sched.startP(this, p, p.clock);
      return p;
    }
    if (this.ioWaiters.length) return null;
    sched.checkdead(this);
    return null;
  }

  /** Advances one P by up to a quantum. */
  private runP(p: P): 'ok' | 'stopped' {
    if (!p.curg && !sched.schedule(this, p)) {
      sched.stopP(this, p);
      return 'ok';
    }
    const g = p.curg!;
    this.curP = p;
    this.clk = p.clock;
    let limit: number;
    if (this.resume !== null && this.resume.p === p) {
      limit = this.resume.deadline;
      this.preemptAt = this.resume.preemptAt;
      this.resume = null;
    } else limit = this.sliceEnd(p);
    this.deadline = limit;
    const st = this.runG(g);
    const used = this.clk - p.clock;
    this.cpu += used;
    p.clock = this.clk;
    this.curP = null;
    if (st === 2) {
      this.resume = { p, deadline: limit, preemptAt: this.preemptAt };
      return 'stopped';
    }
    if (this.exited) return 'ok';
    if (g.status === 'running' && p.curg === g) {
      // Back for a time check: preemption (sysmon), the CPU limit, or just the quantum's end.
      if (this.options.maxCPU && this.cpu >= this.options.maxCPU) {
        panics.fatalTimeout(this);
        return 'ok';
      }
      if (this.clk >= this.preemptAt && this.options.preemption === 'async') {
        sched.preempt(this, p, g);
      } else if (this.clk >= this.preemptAt) {
        // Cooperative: the request waits for the next function call.
        g.preempt = true;
      }
    }
    return 'ok';
  }

  /** The virtual time at which the running goroutine must check in with the scheduler. */
  private sliceEnd(p: P): number {
    let end = p.clock + quantum;
    const ps = this.ps;
    if (ps.length > 1) {
      let idle = false;
      for (let i = 0; i < ps.length; i++) {
        const q = ps[i];
        if (q.status === 'idle') idle = true;
        // Keep Ps within a quantum of each other.
        else if (q !== p && q.status === 'running' && q.clock + quantum < end) end = Math.max(q.clock + quantum, p.clock + 1);
      }
      // An idle P would run an expired timer of any P (stealing timers) as soon as it fires.
      if (idle) {
        const t = timers.earliest(this);
        if (t && t.when < end) end = Math.max(t.when, p.clock + 1);
      }
    }
    // sysmon: preempt a goroutine that has held the P for the same schedtick for 10 ms.
    const due = p.schedwhen + forcePreemptNS;
    const at = Math.ceil(due / sysmonTick) * sysmonTick;
    this.preemptAt = at;
    if (this.options.preemption === 'async' && at < end) end = Math.max(at, p.clock + 1);
    if (this.options.maxCPU) end = Math.min(end, p.clock + Math.max(1, this.options.maxCPU - this.cpu));
    return end;
  }

  /** Runs g's frames until the goroutine leaves the P or the deadline passes. Returns 0, 1 or 2. */
  runG(g: G): number {
    for (;;) {
      try {
        for (;;) {
          if (g.resumePanic !== null) {
            const v = g.resumePanic;
            g.resumePanic = null;
            const st = panics.startPanic(this, g, v, null);
            if (st !== 0) return st;
            continue;
          }
          if (g.pending !== null) {
            const st = calls.retryPending(this, g);
            if (st !== 0) return st;
            continue;
          }
          const fr = g.frames[g.frames.length - 1];
          const fn = fr.fn;
          const code = (this.debugging ? fn.compiledDebug : fn.compiled) ?? this.compile(fn);
          this.depth = 0;
          // (calls.dive makes the checks below after a callee it ran returns: keep them alike.)
          const st = code(this, g, fr);
          if (st !== 0) return st;
          if (this.heldFatal !== null) return 2;
          if (this.clk >= this.deadline || g.status !== 'running' || this.exited) return 1;
        }
      } catch (e) {
        const st = this.throwInto(g, e);
        if (this.heldFatal !== null) return 2;
        if (st !== 0) return st;
        if (this.clk >= this.deadline || g.status !== 'running' || this.exited) return 1;
      }
    }
  }

  compile(fn: FuncProto) {
    if (fn.native) {
      const c = calls.nativeFrameCode;
      fn.compiled = c;
      fn.compiledDebug = c;
      return c;
    }
    const c = compileFunction(fn, this.debugging);
    if (this.debugging) fn.compiledDebug = c;
    else fn.compiled = c;
    return c;
  }

  /** Handles something thrown out of generated code: a Go panic, a fatal error, or a bug of ours. */
  throwInto(g: G, e: unknown): number {
    if (e instanceof GoPanic) return panics.startPanic(this, g, e.value, e.frames);
    // A generator native rethrew a panic it did not handle.
    if (e instanceof GoPanicSignal) return panics.startPanic(this, g, e.value, null);
    if (e instanceof GoFatal) {
      panics.fatal(this, g, e.msg, e.frames);
      return 1;
    }
    if (e instanceof OutOfMemory) {
      panics.outOfMemory(this, g, e.bytes);
      return 1;
    }
    if (e instanceof calls.StackOverflow) {
      panics.fatal(this, g, 'stack overflow', null);
      return 1;
    }
    if (e instanceof RangeError && /call stack|Invalid array length/i.test(e.message)) {
      panics.fatal(this, g, 'stack overflow', null);
      return 1;
    }
    throw e;
  }

  registerChan(c: chans.Chan): void {
    this.chanRefs.push(new WeakRef(c));
    if (this.chanRefs.length >= this.chanPrune) {
      this.chanRefs = this.chanRefs.filter((r) => r.deref() !== undefined);
      this.chanPrune = Math.max(1024, this.chanRefs.length * 2);
    }
  }

  /** The channels still alive. */
  get knownChans(): chans.Chan[] {
    const out: chans.Chan[] = [];
    for (const r of this.chanRefs) {
      const c = r.deref();
      if (c) out.push(c);
    }
    return out;
  }

  // ---- process --------------------------------------------------------------------

  write(fd: number, bytes: string): void {
    this.written[fd] += bytes.length;
    this.onWrite(fd, bytes);
  }

  /**
   * Input for os.Stdin arrives (typed by the user; null: end of input). Goroutines
   * blocked reading it leave their syscall: each takes an idle P if there is one
   * (exitsyscallfast), otherwise goes to the global queue (exitsyscall0).
   */
  provideStdin(text: string | null): void {
    if (text === null) this.stdinClosed = true;
    else this.stdin = (this.stdin ?? '') + text;
    const at = Math.max(...this.ps.map((p) => p.clock));
    for (let i = 0; i < this.ioWaiters.length; ) {
      const g = this.ioWaiters[i];
      if (g.status !== 'syscall') {
        i++;
        continue;
      }
      this.ioWaiters.splice(i, 1);
      g.status = 'runnable';
      g.since = at;
      const idle = this.ps.find((p) => p.status === 'idle');
      if (idle) {
        sched.startP(this, idle, at);
        sched.runqput(this, idle, g, true);
        emit(this, Ev.GoSysExit, g, idle, at);
      } else {
        sched.globrunqput(this, g);
        emit(this, Ev.GoSysExit, g, null, at);
      }
    }
  }

  exit(code: number): void {
    if (this.exited) return;
    this.exited = true;
    this.exitCode = code;
    for (const p of this.ps) if (p.status === 'running') p.status = 'idle';
  }

  /** Converts a run-time error marker into the Go value programs see (recover, %v). */
  goValue(v: unknown): unknown {
    if (v instanceof RuntimeError) {
      const t = this.program.runtimeErrors[v.type];
      // *runtime.TypeAssertionError points to a struct {msg string}; the others are named strings.
      return new Iface(t, v.type === 'TypeAssertionError' ? [fromJS(v.msg)] : fromJS(v.msg));
    }
    return v;
  }

  // ---- entry points for generated code (see jit.ts) --------------------------------

  call(g: G, fr: Frame, fn: FuncProto, a: number, n: number, r: number): number {
    return calls.call(this, g, fr, fn, a, n, r);
  }
  /** After a call pushed a frame: runs the callee at once (-1: the caller goes on), or says how to leave. */
  dive(g: G, fr: Frame): number {
    return calls.dive(this, g, fr);
  }
  /** A call found the goroutine asked to be preempted (cooperative mode's prologue check). */
  preemptAtCall(g: G): number {
    return calls.prologue(this, g);
  }
  callClosure(g: G, fr: Frame, cl: unknown, a: number, n: number, r: number): number {
    return calls.callClosure(this, g, fr, cl, a, n, r);
  }
  callIface(g: G, fr: Frame, x: unknown, name: string, a: number, n: number, r: number): number {
    return calls.callIface(this, g, fr, x, name, a, n, r);
  }
  callNative(g: G, fr: Frame, fn: FuncProto, a: number, n: number, r: number): number {
    return calls.callNative(this, g, fr, fn, a, n, r);
  }
  callNativeArgs(g: G, fr: Frame, fn: FuncProto, args: unknown[], r: number): number {
    return calls.invokeNative(this, g, fr, fn, fn.native!, args, r);
  }
  /** What a native call costs beyond its instruction (generated code calling plain natives itself). */
  readonly nativeCallCost = cost.nativeCall;
  /** A native called from generated code parked its goroutine. */
  parkNative(g: G, fr: Frame, fn: FuncProto, args: unknown[], r: number): number {
    return calls.parkNative(this, g, fr, fn, args, r);
  }
  ret(g: G, fr: Frame): number {
    return calls.ret(this, g, fr);
  }
  go(g: G, fr: Frame, fnv: unknown, a: number, n: number, pc: number): void {
    calls.goStmt(this, g, fr, fnv, a, n, pc);
  }
  defer(fr: Frame, fnv: unknown, a: number, n: number): void {
    calls.deferStmt(this, fr, fnv, a, n);
  }
  panicValue(v: unknown): GoPanic {
    return new GoPanic(v);
  }
  recover(g: G, fr: Frame): unknown {
    return panics.recover(this, g, fr);
  }
  makeChan(elem: RType, size: unknown): unknown {
    return chans.makeChan(this, elem, size);
  }
  send(g: G, fr: Frame, ch: unknown, v: unknown): number {
    return chans.send(this, g, fr, ch as chans.Chan | null, v);
  }
  recv(g: G, fr: Frame, ch: unknown, dst: number, okDst: number): number {
    return chans.recv(this, g, fr, ch as chans.Chan | null, dst, okDst);
  }
  close(g: G, ch: unknown): void {
    chans.close(this, g, ch as chans.Chan | null);
  }
  select(g: G, fr: Frame, desc: selects.SelectDesc, dst: number): number {
    return selects.select(this, g, fr, desc, dst);
  }
  mapIter(m: GoMap | null): MapIter {
    return new MapIter(m, this.rng);
  }
  sliceToArrayPtr(s: Slice | null, n: number): unknown {
    return calls.sliceToArrayPtr(s, n);
  }
  /** time.go's sendTime: the current time, sent without blocking on a timer's channel. */
  timerSend(ch: unknown): void {
    chans.trySend(this, ch as chans.Chan, this.timeValue());
  }

  /** time.goFunc: an AfterFunc timer starts a goroutine running its function. */
  timerFunc(fn: unknown): void {
    const fnp = fn instanceof Closure ? fn.fn : (fn as FuncProto);
    const env = fn instanceof Closure ? fn.env : null;
    sched.newproc(this, fnp, env, [], { name: 'time.goFunc', file: '/usr/local/go/src/time/sleep.go', line: 176, goid: 0 });
  }

  /** A time.Time value for the current virtual instant (time.go's layout: sec, nsec, mono, loc). */
  timeValue(): unknown {
    const ns = EPOCH + BigInt(Math.floor(this.clk));
    const sec = ns / 1000000000n;
    const nsec = Number(ns % 1000000000n);
    return [Number(sec), nsec, Math.floor(this.clk) + 1, null];
  }

  stopHere(g: G, fr: Frame, pc: number): boolean {
    if (g.skipStop === pc) {
      g.skipStop = -1;
      return false;
    }
    g.skipStop = -1;
    this.steps++;
    if (!this.stopHook || !this.stopHook(g, fr, pc)) return false;
    this.stoppedG = g;
    g.skipStop = pc;
    return true;
  }
}

/**
 * When an M blocked in epoll_wait for a timer due at `when` runs again: the
 * wait is in whole milliseconds, truncated (sub-millisecond waits become 1 ms),
 * repeated until the timer is due (netpoll_epoll.go), plus the thread's wake-up.
 */
export function pollWake(since: number, when: number): number {
  let now = since;
  while (now < when) {
    const delay = when - now;
    now += delay < 1e6 ? 1e6 : Math.floor(delay / 1e6) * 1e6;
  }
  return now + cost.pollWakeup;
}

/** The NativeHost natives see: one per machine, pointed at the calling goroutine before each call. */
export class Host implements NativeHost {
  g: G | null = null;
  /** Set by a native that parks and must run again when woken (see calls.invokeNative). */
  retry = false;
  constructor(readonly machine: Machine) {}
  write(fd: number, bytes: string): void {
    const m = this.machine;
    // A write is a short system call: the goroutine keeps its P (sysmon would
    // retake it only after 20µs in the call).
    if (m.tracing) emitSysCall(m, this.g, fd === 2 ? 'stderr' : 'stdout');
    m.clk += cost.write;
    m.write(fd, bytes);
  }
  panic(value: unknown): never {
    throw new GoPanic(value);
  }
  runtimeError(msg: string): never {
    throw new GoPanic(new RuntimeError('errorString', msg));
  }
  type(name: string): RType {
    const t = this.machine.program.types.get(name);
    if (!t) throw new Error(`gosim: no runtime type ${name}`);
    return t;
  }
  newError(msg: string): unknown {
    const t = this.type('*errors.errorString');
    return new Iface(t, [msg]);
  }
  now(): bigint {
    return EPOCH + BigInt(Math.floor(this.machine.clk));
  }
  randUint32(): number {
    return this.machine.rng.uint32();
  }
}

void cost;
