// The scheduler proper (runtime/proc.go): run queues, findRunnable, execute,
// creating and ending goroutines, parking and readying them, preemption,
// waking idle processors and stealing work, and deadlock detection.

import { Frame, FuncProto } from '../vm/func';
import { cost } from './cost';
import { G, M, P, RUNQ_SIZE, WaitReason } from './g';
import type { Machine } from './machine';
import * as timers from './timers';
import * as panics from './panic';
import { traceback } from './traceback';
import { emit, emitBlock, emitCreate, emitSteal, emitUnblock, Ev } from './trace';

import { nativeThunk } from './calls';

// ---- start-up ---------------------------------------------------------------------------

/**
 * Sets the machine up as Go's runtime is when main.main's package starts
 * initialising: goroutine 1 runs runtime.main on P0; goroutines 2–4 (forcegc,
 * bgsweep, bgscavenge) are parked; if package os is linked its init has
 * created the finalizer goroutine (5), which sits in P0's runnext.
 */
export function boot(m: Machine): void {
  const p0 = m.ps[0];
  const m0 = new M(0);
  m.ms.push(m0);
  p0.m = m0;
  m0.p = p0;
  p0.status = 'running';
  // P0 handed out ids from its first batch during start-up.
  allocGoidBatch(m, p0);
  const g1 = newG(m, p0, 'runtime.main', null);
  g1.frames = [new Frame(m.program.entry, -1, null)];
  for (const [name, reason] of [
    ['runtime.forcegchelper', 'force gc (idle)'],
    ['runtime.bgsweep', 'GC sweep wait'],
    ['runtime.bgscavenge', 'GC scavenge wait'],
  ] as const) {
    const g = newG(m, p0, name, null);
    g.system = true;
    g.status = 'waiting';
    g.waitReason = reason;
  }
  if (m.program.linksOS) {
    const g5 = newG(m, p0, 'runtime.runfinq', null);
    g5.system = true;
    g5.frames = [new Frame(nativeThunk(finalizerProto), -1, null)];
    g5.status = 'runnable';
    p0.runnext = g5;
  }
  // Start-up scheduled runtime goroutines before main.main: the 61-tick phase depends on it.
  p0.schedtick = 8;
  execute(m, p0, g1, false);
  p0.clock = 0;
  p0.schedwhen = 0;
  m.mainStarted = true;
  // The trace starts as Go's does, with the goroutines that exist and what runs.
  emit(m, Ev.ProcStart, null, p0, 0);
  for (const g of m.allgs) emitCreate(m, null, g.id, g.startName, undefined, p0, 0);
  for (const g of m.allgs) if (g.status === 'waiting') emitBlock(m, g, g.waitReason, undefined, p0, 0);
  emit(m, Ev.GoStart, g1, p0, 0);
}

/** The finalizer goroutine's body: parks for good ("finalizer wait"). */
const finalizerProto = (() => {
  const f = new FuncProto(-1, 'runtime.runfinq');
  f.library = true;
  f.native = {
    fn: (h) => {
      const mm = (h as unknown as { machine: Machine }).machine;
      const g = (h as unknown as { g: G }).g;
      park(mm, g, 'finalizer wait', null);
      return PARK_SENTINEL;
    },
  };
  f.nparams = 0;
  f.nresults = 0;
  f.nslots = 0;
  return f;
})();

import { PARK } from '../vm/native';
const PARK_SENTINEL = PARK;

function allocGoidBatch(m: Machine, p: P): void {
  p.goidcache = m.goidgen + 1;
  m.goidgen += 16;
  p.goidcacheend = m.goidgen + 1;
}

function allocGoid(m: Machine, p: P): number {
  if (p.goidcache === p.goidcacheend) allocGoidBatch(m, p);
  return p.goidcache++;
}

/** A G struct for a new goroutine: reused from the P's free list (LIFO) or newly allocated. */
function newG(m: Machine, p: P, startName: string, createdBy: G['createdBy']): G {
  const id = allocGoid(m, p);
  let g = p.gFree.pop();
  if (g) {
    g.id = id;
    g.startName = startName;
    g.createdBy = createdBy;
    g.panics = [];
    g.resumePanic = null;
    g.pending = null;
    g.preempt = false;
    g.waitReason = '';
    g.waitOn = null;
    g.skipStop = -1;
  } else {
    g = new G(id, m.allgs.length, startName, createdBy);
    m.allgs.push(g);
  }
  g.since = m.clk;
  return g;
}

// ---- creating and ending goroutines ---------------------------------------------------------

/** newproc: a `go` statement. The new goroutine goes to runnext of the creating P. */
export function newproc(m: Machine, fn: FuncProto, env: unknown[] | null, args: unknown[], createdBy: G['createdBy']): G {
  const p = m.curP!;
  const g = newG(m, p, fn.name, createdBy);
  const fr = new Frame(fn, -1, env);
  for (let i = 0; i < args.length; i++) fr.s[i] = args[i];
  g.frames = [fr];
  g.status = 'runnable';
  m.clk += cost.newproc;
  m.counters.goroutinesCreated++;
  runqput(m, p, g, true);
  if (m.tracing) emitCreate(m, p.curg, g.id, fn.name, createdBy ? createdBy.line : 0);
  if (m.mainStarted) wakep(m);
  return g;
}

/** goexit: the goroutine's function returned (or it called runtime.Goexit). */
export function goexit(m: Machine, g: G): void {
  const p = g.p ?? m.curP!;
  g.status = 'dead';
  g.frames = [];
  g.since = m.clk;
  if (p.curg === g) {
    p.curg = null;
    if (p.m) p.m.curg = null;
  }
  g.p = null;
  p.gFree.push(g);
  emit(m, Ev.GoEnd, g);
}

// ---- run queues -----------------------------------------------------------------------

/**
 * runqput: with `next`, g takes runnext and the previous runnext is kicked to
 * the tail of the local queue; a full local queue moves half of itself, plus g,
 * to the global queue.
 */
export function runqput(m: Machine, p: P, g: G, next: boolean): void {
  g.status = 'runnable';
  g.since = m.clk;
  if (next) {
    const old = p.runnext;
    p.runnext = g;
    if (!old) return;
    g = old;
  }
  if (p.runqtail - p.runqhead < RUNQ_SIZE) {
    p.runq[p.runqtail % RUNQ_SIZE] = g;
    p.runqtail++;
    return;
  }
  runqputslow(m, p, g);
}

/** Moves the older half of a full local queue, and g, to the global queue. */
function runqputslow(m: Machine, p: P, g: G): void {
  const n = RUNQ_SIZE / 2;
  const batch: G[] = [];
  for (let i = 0; i < n; i++) {
    batch.push(p.runq[p.runqhead % RUNQ_SIZE]!);
    p.runq[p.runqhead % RUNQ_SIZE] = null;
    p.runqhead++;
  }
  batch.push(g);
  for (const b of batch) globrunqput(m, b);
}

export function globrunqput(m: Machine, g: G): void {
  g.status = 'runnable';
  m.globrunq.push(g);
}

export function globlen(m: Machine): number {
  return m.globrunq.length - m.globhead;
}

function globpop(m: Machine): G {
  const g = m.globrunq[m.globhead++];
  if (m.globhead > 1024 && m.globhead * 2 > m.globrunq.length) {
    m.globrunq = m.globrunq.slice(m.globhead);
    m.globhead = 0;
  }
  return g;
}

/** The global queue in order (for snapshots). */
export function globList(m: Machine): G[] {
  return m.globrunq.slice(m.globhead);
}

/** globrunqget: takes a batch from the global queue, runs the first, queues the rest locally. */
function globrunqget(m: Machine, p: P, max: number): G | null {
  const n = globlen(m);
  if (n === 0) return null;
  let k = Math.min(n, Math.floor(n / m.ps.length) + 1);
  if (max > 0 && k > max) k = max;
  if (k > RUNQ_SIZE / 2) k = RUNQ_SIZE / 2;
  const g = globpop(m);
  for (let i = 1; i < k; i++) runqput(m, p, globpop(m), false);
  return g;
}

function runqget(p: P): { g: G; inheritTime: boolean } | null {
  const next = p.runnext;
  if (next) {
    p.runnext = null;
    return { g: next, inheritTime: true };
  }
  if (p.runqhead === p.runqtail) return null;
  const g = p.runq[p.runqhead % RUNQ_SIZE]!;
  p.runq[p.runqhead % RUNQ_SIZE] = null;
  p.runqhead++;
  return { g, inheritTime: false };
}

// ---- scheduling ------------------------------------------------------------------------------

/** schedule: finds a goroutine for p (findRunnable) and runs it there (execute); false when there is none. */
export function schedule(m: Machine, p: P): boolean {
  // The common case first, as findRunnable would decide it: no timer due, not
  // the global queue's turn, and a goroutine in runnext.
  const next = p.runnext;
  if (next !== null && (p.timers.length === 0 || p.timers[0].when > p.clock) && (p.schedtick % 61 !== 0 || m.globrunq.length === m.globhead)) {
    p.runnext = null;
    execute(m, p, next, true);
    return true;
  }
  const found = findRunnable(m, p);
  if (!found) return false;
  execute(m, p, found.g, found.inheritTime);
  return true;
}

/** findRunnable, in Go 1.19's order. */
export function findRunnable(m: Machine, p: P): { g: G; inheritTime: boolean } | null {
  m.clk = p.clock;
  const saved = m.curP;
  m.curP = p;
  try {
    timers.check(m, p);
    if (p.schedtick % 61 === 0 && globlen(m) > 0) {
      const g = globrunqget(m, p, 1);
      if (g) return { g, inheritTime: false };
    }
    const local = runqget(p);
    if (local) return local;
    if (globlen(m) > 0) {
      const g = globrunqget(m, p, 0);
      if (g) return { g, inheritTime: false };
    }
    if (m.ps.length > 1) {
      const stolen = steal(m, p);
      if (stolen) return stolen;
    }
    return null;
  } finally {
    p.clock = m.clk;
    m.curP = saved;
  }
}

/** stealWork: up to 4 rounds over the other Ps in random order, taking half of a victim's queue. */
function steal(m: Machine, p: P): { g: G; inheritTime: boolean } | null {
  const n = m.ps.length;
  for (let round = 0; round < 4; round++) {
    const last = round === 3;
    // A random start and a stride coprime with n, as the runtime's randomOrder does.
    const start = m.rng.intn(n);
    const strides = coprimes(n);
    const stride = strides[m.rng.intn(strides.length)];
    for (let i = 0, pos = start; i < n; i++, pos = (pos + stride) % n) {
      const victim = m.ps[pos];
      if (victim === p || victim.status === 'idle') continue;
      if (last) timers.check(m, victim);
      const got = runqgrab(m, victim, last && !victim.curg);
      if (got.length) {
        m.counters.steals++;
        const g = got.pop()!;
        for (const x of got) runqput(m, p, x, false);
        emitSteal(m, p, victim.id, got.length + 1);
        return { g, inheritTime: false };
      }
    }
  }
  m.clk += cost.steal;
  return null;
}

function coprimes(n: number): number[] {
  const out: number[] = [];
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (let i = 1; i <= n; i++) if (gcd(i, n) === 1) out.push(i);
  return out;
}

/** runqgrab: the older half (rounded up) of a victim's local queue; its runnext only if allowed. */
function runqgrab(m: Machine, victim: P, takeNext: boolean): G[] {
  const n = victim.runqtail - victim.runqhead;
  const k = n - Math.floor(n / 2);
  const out: G[] = [];
  for (let i = 0; i < k; i++) {
    out.push(victim.runq[victim.runqhead % RUNQ_SIZE]!);
    victim.runq[victim.runqhead % RUNQ_SIZE] = null;
    victim.runqhead++;
  }
  if (!out.length && takeNext && victim.runnext) {
    out.push(victim.runnext);
    victim.runnext = null;
  }
  void m;
  return out;
}

/** execute: g runs on p; without inheriting the time slice, a new schedtick starts. */
export function execute(m: Machine, p: P, g: G, inheritTime: boolean): void {
  // A goroutine woken from a native runs on past it (unless the native must be retried).
  if (!g.pending) {
    g.parkedIn = null;
    g.parkedRet = null;
  }
  g.status = 'running';
  g.parkedAtOp = false;
  g.p = p;
  g.since = p.clock;
  p.curg = g;
  if (p.m) p.m.curg = g;
  if (!inheritTime) {
    p.schedtick++;
    p.schedwhen = p.clock;
  }
  m.counters.switches++;
  p.clock += cost.schedule;
  if (m.tracing && m.mainStarted) emit(m, Ev.GoStart, g, p, p.clock);
}

/** An idle P starts running (to look for work) at virtual time `at`. */
export function startP(m: Machine, p: P, at: number): void {
  if (p.status !== 'idle') return;
  p.status = 'running';
  p.clock = Math.max(p.clock, at);
  // sysmon measures a time slice only while it sees the P running: a goroutine
  // that inherits the slice (runnext) after the P idled starts a fresh 10 ms.
  p.schedwhen = p.clock;
  if (!p.m) {
    const mm = m.ms.find((x) => !x.p) ?? new M(m.ms.length);
    if (!m.ms.includes(mm)) m.ms.push(mm);
    p.m = mm;
    mm.p = p;
  }
  emit(m, Ev.ProcStart, null, p, p.clock);
}

/** The P found nothing to run: it goes idle (its M parks). */
export function stopP(m: Machine, p: P): void {
  emit(m, Ev.ProcStop, null, p, p.clock);
  p.status = 'idle';
  if (p.m) {
    p.m.p = null;
    p.m.curg = null;
    p.m = null;
  }
}

/** wakep: if a P is idle, start it (spinning) so it can steal the new work. */
export function wakep(m: Machine): void {
  if (m.ps.length === 1) return;
  // At most one spinning P at a time: a P that was just started and has not run yet is spinning.
  const idle = m.ps.filter((p) => p.status === 'idle');
  if (!idle.length) return;
  if (m.ps.some((p) => p.status === 'running' && !p.curg)) return;
  const p = idle[idle.length - 1];
  m.counters.spins++;
  startP(m, p, m.clk + cost.wakeP);
}

// ---- blocking and waking ---------------------------------------------------------------------

/** gopark: the running goroutine blocks; its P will schedule another. */
export function park(m: Machine, g: G, reason: WaitReason, on: unknown): void {
  g.parkedAtOp = true;
  g.status = 'waiting';
  g.waitReason = reason;
  g.waitOn = on;
  g.since = m.clk;
  const p = g.p;
  if (p && p.curg === g) {
    p.curg = null;
    if (p.m) p.m.curg = null;
  }
  g.p = null;
  if (m.tracing) emitBlock(m, g, reason, on);
}

/** goready: g becomes runnable in the current P's runnext (kicking the old one to the queue tail). */
export function ready(m: Machine, g: G): void {
  const p = m.curP ?? m.ps[0];
  g.waitReason = '';
  g.waitOn = null;
  m.clk += cost.ready;
  runqput(m, p, g, true);
  if (m.tracing) emitUnblock(m, p.curg, g.id);
  wakep(m);
}

/** Gosched and sysmon preemption: the goroutine goes to the tail of the global queue. */
export function gosched(m: Machine, p: P, g: G, kind: 'GoSched' | 'GoPreempt' = 'GoSched'): void {
  p.curg = null;
  if (p.m) p.m.curg = null;
  g.p = null;
  g.preempt = false;
  g.since = m.clk;
  globrunqput(m, g);
  emit(m, kind === 'GoSched' ? Ev.GoSched : Ev.GoPreempt, g, p);
}

export function preempt(m: Machine, p: P, g: G): void {
  m.counters.preemptions++;
  gosched(m, p, g, 'GoPreempt');
}

/** goyield: like Gosched but to the local queue's tail (Mutex starvation hand-off). */
export function goyield(m: Machine, p: P, g: G): void {
  p.curg = null;
  if (p.m) p.m.curg = null;
  g.p = null;
  runqput(m, p, g, false);
  emit(m, Ev.GoSched, g);
}

// ---- deadlock --------------------------------------------------------------------------

/** checkdead: every P is idle, no timer is pending and nobody waits for I/O. */
export function checkdead(m: Machine): void {
  const user = m.allgs.filter((g) => !g.system);
  const waiting = user.filter((g) => g.status === 'waiting' || g.status === 'syscall');
  if (waiting.length === 0) {
    panics.fatalMessage(m, 'no goroutines (main called runtime.Goexit) - deadlock!');
    return;
  }
  let out = 'fatal error: all goroutines are asleep - deadlock!\n';
  for (const g of user) {
    if (g.status === 'dead' || g.status === 'idle') continue;
    out += '\n' + traceback(m, g);
  }
  panics.report(m, null, 'fatal', out);
}
