// Calls and returns on a goroutine's stack of frames: Go functions, closures,
// interface methods, native library functions (including natives that call
// back into Go), `go` and `defer` statements.
//
// A call pushes a Frame and returns to the machine's dispatch loop, which runs
// the new top frame; a return pops it and copies the results into the
// caller's slots. The JavaScript stack never grows with Go's.

import { Defer, Frame, FuncProto } from '../vm/func';
import { GoCall, NativeImpl, PARK } from '../vm/native';
import { Op } from '../vm/op';
import { GoFatal, GoPanic, RuntimeError, nilPanic } from '../vm/panics';
import { Closure, Iface, Slice } from '../vm/value';
import { cost } from './cost';
import type { G } from './g';
import type { Machine } from './machine';
import * as panics from './panic';
import * as sched from './sched';

import { MAX_DIVE, MAX_FRAMES as maxFrames, StackOverflow } from '../vm/jit';
export { StackOverflow };

function push(m: Machine, g: G, nf: Frame): void {
  if (g.frames.length >= maxFrames) throw new StackOverflow();
  g.frames.push(nf);
}

/** After pushing a frame: a cooperative preemption point (the function prologue's check). */
export function prologue(m: Machine, g: G): number {
  if (g.preempt) {
    const p = g.p!;
    sched.preempt(m, p, g);
    return 1;
  }
  return 0;
}

/**
 * A call (in generated code) has pushed the callee's frame above `fr`: runs the
 * callee's code right away, nested on the JavaScript stack, instead of
 * returning to the dispatch loop (Machine.runG) to have it run. Returns -1
 * when the callee has returned and the caller goes on inline; otherwise what
 * the caller returns to the dispatch loop: 0 to run the new top frame, 1 to
 * give up the processor. The decisions are the dispatch loop's (the deadline,
 * the goroutine's status), so virtual time and scheduling do not depend on
 * which of the two ran the callee; the frames stay plain data throughout, and
 * everything on the JavaScript stack unwinds as soon as the goroutine must stop.
 */
export function dive(m: Machine, g: G, fr: Frame): number {
  const frames = g.frames;
  const top = frames[frames.length - 1];
  if (top !== fr) {
    if (m.clk >= m.deadline || m.depth >= MAX_DIVE || m.debugging) return 0;
    const fn = top.fn;
    const code = fn.compiled ?? m.compile(fn);
    m.depth++;
    const st = code(m, g, top);
    m.depth--;
    if (st !== 0) return st;
    if (m.heldFatal !== null) return 2;
    if (frames[frames.length - 1] !== fr) return 0;
  }
  if (m.clk >= m.deadline || g.status !== 'running' || m.exited) return 1;
  return -1;
}

export function call(m: Machine, g: G, fr: Frame, fn: FuncProto, a: number, n: number, r: number): number {
  const nf = new Frame(fn, r, null);
  const s = fr.s;
  const ns = nf.s;
  for (let i = 0; i < n; i++) ns[i] = s[a + i];
  push(m, g, nf);
  return prologue(m, g);
}

export function callClosure(m: Machine, g: G, fr: Frame, cl: unknown, a: number, n: number, r: number): number {
  if (cl === null || cl === undefined) throw nilPanic();
  const c = cl as Closure;
  const fn = c.fn;
  if (fn.native) {
    const st = invokeNative(m, g, fr, fn, fn.native, fr.s.slice(a, a + n), r);
    return st === -1 ? 0 : st;
  }
  const nf = new Frame(fn, r, c.env);
  for (let i = 0; i < n; i++) nf.s[i] = fr.s[a + i];
  push(m, g, nf);
  return prologue(m, g);
}

export function callIface(m: Machine, g: G, fr: Frame, x: unknown, name: string, a: number, n: number, r: number): number {
  if (x === null) throw nilPanic();
  const iface = x as Iface;
  const fn = iface.t.methods.get(name);
  if (!fn) throw new Error(`gosim: ${iface.t.str} has no method ${name}`);
  if (fn.native) {
    const args = [iface.v];
    for (let i = 0; i < n; i++) args.push(fr.s[a + i]);
    const st = invokeNative(m, g, fr, fn, fn.native, args, r);
    return st === -1 ? 0 : st;
  }
  const nf = new Frame(fn, r, null);
  nf.s[0] = iface.v;
  for (let i = 0; i < n; i++) nf.s[i + 1] = fr.s[a + i];
  push(m, g, nf);
  return prologue(m, g);
}

export function callNative(m: Machine, g: G, fr: Frame, fn: FuncProto, a: number, n: number, r: number): number {
  const args = new Array(n);
  for (let i = 0; i < n; i++) args[i] = fr.s[a + i];
  return invokeNative(m, g, fr, fn, fn.native!, args, r);
}

/**
 * Runs a native: -1 when it finished (results stored in fr's slots from r),
 * 1 when it parked its goroutine, 0 when it pushed a native frame (a generator).
 */
export function invokeNative(m: Machine, g: G, fr: Frame, fn: FuncProto, impl: NativeImpl, args: unknown[], r: number): number {
  m.clk += cost.nativeCall;
  const host = m.host;
  host.g = g;
  if (impl.fn) {
    host.retry = false;
    const res = impl.fn(host, args);
    if (res === PARK) return parkNative(m, g, fr, fn, args, r);
    storeResults(fr, r, fn.nresults, res);
    return -1;
  }
  const nf = new Frame(fn, r, null);
  nf.gen = impl.gen!(host, args) as Generator<unknown, unknown, unknown>;
  push(m, g, nf);
  return 0;
}

/** A native returned PARK: its goroutine waits in it; its results come when it is woken. */
export function parkNative(m: Machine, g: G, fr: Frame, fn: FuncProto, args: unknown[], r: number): number {
  g.parkedIn = fn;
  g.parkedRet = { fr, r };
  // A native that asked to be retried runs again when its goroutine is woken.
  if (m.host.retry) g.pending = { fn, args, retBase: r };
  return 1;
}

export function storeResults(fr: Frame, r: number, nres: number, res: unknown): void {
  if (r < 0 || nres === 0) return;
  if (nres === 1) {
    fr.s[r] = res;
    return;
  }
  const list = res as unknown[];
  for (let i = 0; i < nres; i++) fr.s[r + i] = list[i];
}

/** Delivers the results of a native that parked (e.g. a read of stdin that waited for input). */
export function completeNative(g: G, res: unknown): void {
  const pr = g.parkedRet;
  if (pr && g.parkedIn) storeResults(pr.fr, pr.r, g.parkedIn.nresults, res);
  g.parkedIn = null;
  g.parkedRet = null;
}

/** The generated "code" of a native frame: steps its generator. */
export function nativeFrameCode(vm: unknown, gv: unknown, fr: Frame): number {
  const m = vm as Machine;
  const g = gv as G;
  m.host.g = g;
  let step: IteratorResult<unknown, unknown>;
  if (fr.genThrow !== undefined) {
    const t = fr.genThrow;
    fr.genThrow = undefined;
    step = fr.gen!.throw(t);
  } else {
    const input = fr.genIn;
    fr.genIn = undefined;
    step = fr.gen!.next(input);
  }
  for (;;) {
    if (step.done) {
      g.frames.pop();
      const caller = g.frames[g.frames.length - 1];
      if (caller) storeResults(caller, fr.retBase, fr.fn.nresults, step.value);
      if (fr.isDefer && fr.panicking) return panics.deferReturned(m, g, fr);
      if (!caller) return goroutineReturned(m, g);
      return 0;
    }
    const call = step.value as GoCall;
    const target = call.fn;
    const fn = target instanceof Closure ? target.fn : target;
    const env = target instanceof Closure ? target.env : null;
    if (fn.native && fn.native.fn) {
      // A native calling a native (fmt calling time.Duration.String): no frame needed.
      m.host.g = g;
      const res = fn.native.fn(m.host, call.args);
      m.host.g = g;
      const list = fn.nresults === 1 ? [res] : fn.nresults === 0 ? [] : (res as unknown[]);
      step = fr.gen!.next(list);
      continue;
    }
    const nf = new Frame(fn, 0, env);
    for (let i = 0; i < call.args.length; i++) nf.s[i] = call.args[i];
    if (fn.native && fn.native.gen) nf.gen = fn.native.gen(m.host, call.args) as Generator<unknown, unknown, unknown>;
    push(m, g, nf);
    return 0;
  }
}

export function ret(m: Machine, g: G, fr: Frame): number {
  if (fr.defers !== null && fr.defers.length) return runDefer(m, g, fr, fr.defers.pop()!, null);
  g.frames.pop();
  if (fr.isDefer) {
    if (fr.panicking) return panics.deferReturned(m, g, fr);
    return 0;
  }
  const caller = g.frames[g.frames.length - 1];
  if (!caller) return goroutineReturned(m, g);
  const fn = fr.fn;
  const np = fn.nparams;
  const nr = fn.nresults;
  const cells = fn.cellResults;
  if (caller.gen) {
    const res = new Array(nr);
    for (let i = 0; i < nr; i++) res[i] = cells && cells[i] ? (fr.s[np + i] as unknown[])[0] : fr.s[np + i];
    caller.genIn = res;
    return 0;
  }
  const rb = fr.retBase;
  if (rb >= 0) {
    if (cells) for (let i = 0; i < nr; i++) caller.s[rb + i] = cells[i] ? (fr.s[np + i] as unknown[])[0] : fr.s[np + i];
    else for (let i = 0; i < nr; i++) caller.s[rb + i] = fr.s[np + i];
  }
  return 0;
}

/** The goroutine's first function returned: it ends; when that is runtime.main, the program exits. */
export function goroutineReturned(m: Machine, g: G): number {
  if (g.id === 1 && !g.goexitMain) {
    m.exit(0);
    return 1;
  }
  sched.goexit(m, g);
  return 1;
}

/** Runs one deferred call on top of the stack (for a return, or for a panic when `panicking` is set). */
export function runDefer(m: Machine, g: G, owner: Frame, d: Defer, panicking: unknown): number {
  const target = d.fn;
  const fn = target instanceof Closure ? target.fn : (target as FuncProto);
  const env = target instanceof Closure ? target.env : null;
  if (fn.native && fn.native.fn) {
    // A deferred native (wg.Done, mu.Unlock): run it now, drop its results.
    m.host.g = g;
    const res = fn.native.fn(m.host, d.args);
    if (res === PARK) throw new GoFatal(`deferred ${fn.name} blocked (not supported)`);
    if (panicking) return panics.continueUnwind(m, g);
    return 0;
  }
  const nf = new Frame(fn, -1, env);
  for (let i = 0; i < d.args.length; i++) nf.s[i] = d.args[i];
  nf.isDefer = true;
  nf.panicking = panicking;
  nf.deferOwner = g.frames.indexOf(owner);
  if (fn.native && fn.native.gen) nf.gen = fn.native.gen(m.host, d.args) as Generator<unknown, unknown, unknown>;
  push(m, g, nf);
  return 0;
}

export function goStmt(m: Machine, g: G, fr: Frame, fnv: unknown, a: number, n: number, pc: number): void {
  if (fnv === null) throw new GoFatal('go of nil func value');
  const args = new Array(n);
  for (let i = 0; i < n; i++) args[i] = fr.s[a + i];
  let fn = fnv instanceof Closure ? fnv.fn : (fnv as FuncProto);
  const env = fnv instanceof Closure ? fnv.env : null;
  if (fn.native) fn = nativeThunk(fn);
  const createdBy = { name: fr.fn.name, file: fr.fn.file, line: fr.fn.lineAt(pc), goid: g.id };
  sched.newproc(m, fn, env, args, createdBy);
}

export function deferStmt(m: Machine, fr: Frame, fnv: unknown, a: number, n: number): void {
  if (fnv === null) throw nilPanic();
  const args = new Array(n);
  for (let i = 0; i < n; i++) args[i] = fr.s[a + i];
  (fr.defers ??= []).push({ fn: fnv, args });
  void m;
}

const thunks = new WeakMap<FuncProto, FuncProto>();

/** A small Go-less function that calls a native: lets a native be a goroutine's first function. */
export function nativeThunk(fn: FuncProto): FuncProto {
  let t = thunks.get(fn);
  if (t) return t;
  t = new FuncProto(-1, fn.name);
  t.nparams = fn.nparams;
  t.nresults = 0;
  t.nslots = fn.nparams + fn.nresults;
  t.consts = [fn];
  t.code = [Op.CALLNATIVE, 0, 0, fn.nparams, fn.nparams, Op.RET];
  t.lines = t.code.map(() => fn.line);
  t.library = true;
  t.file = fn.file;
  t.wrapper = true;
  thunks.set(fn, t);
  return t;
}

/** Re-runs a native whose goroutine was woken to try again (Mutex.Lock). */
export function retryPending(m: Machine, g: G): number {
  const pend = g.pending!;
  g.pending = null;
  g.parkedIn = null;
  g.parkedRet = null;
  const fr = g.frames[g.frames.length - 1];
  const st = invokeNative(m, g, fr, pend.fn, pend.fn.native!, pend.args, pend.retBase);
  return st === -1 ? 0 : st;
}

/** (*[N]T)(s): a pointer to the slice's first N elements. */
export function sliceToArrayPtr(s: Slice | null, n: number): unknown {
  const len = s === null ? 0 : s.len;
  if (len < n) throw new GoPanic(new RuntimeError('errorString', `cannot convert slice with length ${len} to pointer to array with length ${n}`));
  if (s === null) return null;
  if (s.off === 0 && s.a.length === n) return s.a;
  // The array view cannot alias part of a longer backing array; it holds the same elements.
  return s.a.slice(s.off, s.off + n);
}
