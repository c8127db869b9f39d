// Taking a snapshot of the machine (src/protocol/snapshot.ts): plain data, made
// at an instruction boundary, cheap enough for every debugger stop (a machine
// with 10,000 goroutines is walked once, and what goroutines have in common is
// made once).

import type * as S from '../protocol/snapshot';
import { Chan } from '../runtime/chan';
import type { G } from '../runtime/g';
import { Machine, EPOCH } from '../runtime/machine';
import * as sema from '../runtime/sema';
import type * as timers from '../runtime/timers';
import { globList } from '../runtime/sched';
import type { Frame, FuncProto } from '../vm/func';
import { formatValue } from './values';

/** The line a frame is at: the instruction about to run (top of a stopped goroutine) or the one it is in. */
export function frameLineOf(fr: Frame, top: boolean, g: G): number {
  if (fr.pc === 0) return fr.fn.line;
  if (top && !g.parkedAtOp) return fr.fn.lineAt(fr.pc);
  return fr.fn.lineAt(fr.pc - 1);
}

/** A goroutine's Go frames, innermost first (runtime and wrapper frames left out). */
export function stackOf(g: G): S.Frame[] {
  const out: S.Frame[] = [];
  for (let i = g.frames.length - 1; i >= 0; i--) {
    const fr = g.frames[i];
    if (hiddenFrame(fr)) continue;
    out.push({ func: fr.fn.name, file: fr.fn.file, line: frameLineOf(fr, i === g.frames.length - 1, g) });
  }
  return out;
}

/**
 * The parts of goroutine snapshots that many goroutines have in common — a
 * frame, a one-frame stack, what they wait on, where they were created —
 * made once per snapshot and shared: ten thousand goroutines parked at one
 * line cost ten thousand GSnapshot objects, not fifty thousand objects.
 */
class SharedParts {
  /** Frames and one-frame stacks by function, then by line. */
  private readonly frames = new Map<FuncProto, S.Frame[]>();
  private readonly stacks = new Map<FuncProto, S.Frame[][]>();
  private lastFn: FuncProto | null = null;
  private lastFrames: S.Frame[] = [];
  private lastStacks: S.Frame[][] = [];
  /** Wait targets: channel ones by channel id (send, receive), sync ones by object id, the rest by kind. */
  private readonly chanSend: S.WaitTarget[] = [];
  private readonly chanRecv: S.WaitTarget[] = [];
  private readonly syncs: S.WaitTarget[] = [];
  private readonly plain = new Map<ConstantTarget, S.WaitTarget>();
  private lastCreatedBy: G['createdBy'] = null;
  private lastCreatedByPart: GSnapshotCreatedBy = null;

  frame(fn: FuncProto, line: number): S.Frame {
    this.use(fn);
    return (this.lastFrames[line] ??= { func: fn.name, file: fn.file, line });
  }

  /** A goroutine's Go frames, innermost first (runtime and wrapper frames left out). */
  stack(g: G): S.Frame[] {
    const frames = g.frames;
    let only: Frame | null = null;
    for (const fr of frames) {
      if (hiddenFrame(fr)) continue;
      if (only) return this.fullStack(g);
      only = fr;
    }
    if (!only) return [];
    const line = frameLineOf(only, only === frames[frames.length - 1], g);
    this.use(only.fn);
    return (this.lastStacks[line] ??= [this.frame(only.fn, line)]);
  }

  private fullStack(g: G): S.Frame[] {
    const out: S.Frame[] = [];
    for (let i = g.frames.length - 1; i >= 0; i--) {
      const fr = g.frames[i];
      if (!hiddenFrame(fr)) out.push(this.frame(fr.fn, frameLineOf(fr, i === g.frames.length - 1, g)));
    }
    return out;
  }

  private use(fn: FuncProto): void {
    if (fn === this.lastFn) return;
    let frames = this.frames.get(fn);
    let stacks = this.stacks.get(fn);
    if (!frames || !stacks) {
      this.frames.set(fn, (frames = []));
      this.stacks.set(fn, (stacks = []));
    }
    this.lastFn = fn;
    this.lastFrames = frames;
    this.lastStacks = stacks;
  }

  waitTarget(g: G): S.WaitTarget | null {
    if (g.status !== 'waiting' && g.status !== 'syscall') return null;
    const on = g.waitOn;
    switch (g.waitReason) {
      case 'chan send':
        return on instanceof Chan ? (this.chanSend[on.id] ??= { kind: 'chan', chan: on.id, op: 'send' }) : this.constant('other');
      case 'chan receive':
        return on instanceof Chan ? (this.chanRecv[on.id] ??= { kind: 'chan', chan: on.id, op: 'recv' }) : this.constant('other');
      case 'chan send (nil chan)':
        return this.constant('nilchan send');
      case 'chan receive (nil chan)':
        return this.constant('nilchan recv');
      case 'select':
        return { kind: 'select', chans: Array.isArray(on) ? (on as Chan[]).map((c) => c.id) : [] };
      case 'select (no cases)':
        return this.constant('forever');
      case 'sleep': {
        const t = on as timers.Timer | null;
        return { kind: 'sleep', until: t ? t.when : g.since };
      }
      case 'semacquire':
      case 'sync.Cond.Wait': {
        if (on instanceof sema.MutexState) return (this.syncs[on.id] ??= { kind: 'sync', sync: on.id, what: 'Mutex' });
        if (on instanceof sema.RWMutexState) return (this.syncs[on.id] ??= { kind: 'sync', sync: on.id, what: 'RWMutex' });
        if (on instanceof sema.WaitGroupState) return (this.syncs[on.id] ??= { kind: 'sync', sync: on.id, what: 'WaitGroup' });
        if (on instanceof sema.CondState) return (this.syncs[on.id] ??= { kind: 'sync', sync: on.id, what: 'Cond' });
        return this.constant('other');
      }
      case 'IO wait':
        return this.constant('io network');
      default:
        return this.constant(g.status === 'syscall' ? 'io stdin' : 'other');
    }
  }

  private constant(key: ConstantTarget): S.WaitTarget {
    let t = this.plain.get(key);
    if (!t) this.plain.set(key, (t = constantTarget(key)));
    return t;
  }

  /** Goroutines started by one go statement of one goroutine share their createdBy. */
  createdBy(g: G): GSnapshotCreatedBy {
    const c = g.createdBy;
    if (!c) return null;
    const last = this.lastCreatedBy;
    if (!last || c.goid !== last.goid || c.line !== last.line || c.name !== last.name) {
      this.lastCreatedBy = c;
      this.lastCreatedByPart = { goid: c.goid, func: c.name, line: c.line };
    }
    return this.lastCreatedByPart;
  }
}

type GSnapshotCreatedBy = S.GSnapshot['createdBy'];

type ConstantTarget = 'other' | 'nilchan send' | 'nilchan recv' | 'forever' | 'io network' | 'io stdin';

function constantTarget(key: ConstantTarget): S.WaitTarget {
  switch (key) {
    case 'nilchan send':
      return { kind: 'nilchan', op: 'send' };
    case 'nilchan recv':
      return { kind: 'nilchan', op: 'recv' };
    case 'io network':
      return { kind: 'io', what: 'network' };
    case 'io stdin':
      return { kind: 'io', what: 'stdin' };
    case 'forever':
      return { kind: 'forever' };
    case 'other':
      return { kind: 'other' };
  }
}

/** Frames a goroutine's Go stack leaves out: wrappers and runtime.main. */
function hiddenFrame(fr: Frame): boolean {
  return fr.fn.wrapper || (fr.fn.library && fr.fn.native === null && fr.fn.name === 'runtime.main');
}

/**
 * A picture of the machine now. Goroutines that have parts in common (a
 * frame, a stack, a wait target, a creator) share those objects: a snapshot
 * is read, never changed.
 */
export function takeSnapshot(m: Machine): S.Snapshot {
  const queueOf = new Map<G, S.GSnapshot['queue']>();
  m.ps.forEach((p) => {
    if (p.runnext) queueOf.set(p.runnext, { kind: 'runnext', p: p.id });
    p.runqList().forEach((g, index) => queueOf.set(g, { kind: 'local', p: p.id, index }));
  });
  const glob = globList(m);
  glob.forEach((g, index) => queueOf.set(g, { kind: 'global', index }));
  const shared = new SharedParts();
  const goroutines: S.GSnapshot[] = [];
  const chans = new Map<number, Chan>();
  let lastChan: unknown = null;
  for (const g of m.allgs) {
    if (g.status === 'dead' || g.status === 'idle') continue;
    const stack = shared.stack(g);
    const top = stack.length ? stack[0] : null;
    goroutines.push({
      id: g.id,
      status: g.status,
      waitReason: g.waitReason,
      waitOn: shared.waitTarget(g),
      startFunc: g.startName,
      func: top ? top.func : g.startName,
      file: top ? top.file : '',
      line: top ? top.line : 0,
      stack,
      createdBy: shared.createdBy(g),
      since: g.since,
      queue: queueOf.size ? (queueOf.get(g) ?? null) : null,
      p: g.status === 'running' && g.p ? g.p.id : null,
      system: g.system,
    });
    // Channels goroutines wait on (most often many wait on one).
    if (g.status === 'waiting' && g.waitOn !== lastChan) {
      lastChan = g.waitOn;
      if (lastChan instanceof Chan) chans.set(lastChan.id, lastChan);
      else if (Array.isArray(lastChan)) for (const c of lastChan) if (c instanceof Chan) chans.set(c.id, c);
    }
  }
  const timers: S.TimerSnapshot[] = [];
  for (const p of m.ps) {
    for (const t of p.timers) {
      timers.push({
        id: t.id,
        when: t.when,
        period: t.period,
        kind: t.kind,
        g: t.g ? t.g.id : null,
        chan: t.ch instanceof Chan ? t.ch.id : null,
        p: p.id,
      });
    }
  }
  timers.sort((a, b) => a.when - b.when || a.id - b.id);
  for (const c of m.knownChans) if (c.qcount > 0 || c.recvq.length || c.sendq.length || c.closed) chans.set(c.id, c);
  const channels: S.ChanSnapshot[] = [...chans.values()]
    .sort((a, b) => a.id - b.id)
    .map((c) => ({
      id: c.id,
      elem: c.elem.str,
      cap: c.size,
      buffer: c.contents().map((v) => formatValue(c.elem, v)),
      closed: c.closed,
      recvq: c.recvq.filter((s) => !s.sel || !s.sel.shared.done).map((s) => s.g.id),
      sendq: c.sendq.filter((s) => !s.sel || !s.sel.shared.done).map((s) => s.g.id),
    }));
  const syncs: S.SyncSnapshot[] = [];
  for (const st of m.syncStates.values()) {
    if (st instanceof sema.MutexState) {
      syncs.push({ id: st.id, kind: 'Mutex', owner: st.owner ? st.owner.id : null, locked: st.locked, starving: st.starving, count: 0, waiters: st.waiters.map((g) => g.id) });
    } else if (st instanceof sema.RWMutexState) {
      syncs.push({
        id: st.id,
        kind: 'RWMutex',
        owner: st.writer ? st.writer.id : null,
        locked: st.writer !== null || st.readers > 0,
        starving: false,
        count: st.readers,
        waiters: [...(st.writerWaiting ? [st.writerWaiting] : []), ...st.writerWaiters, ...st.readerWaiters].map((g) => g.id),
      });
    } else if (st instanceof sema.WaitGroupState) {
      syncs.push({ id: st.id, kind: 'WaitGroup', owner: null, locked: false, starving: false, count: st.counter, waiters: st.waiters.map((g) => g.id) });
    } else {
      syncs.push({ id: st.id, kind: 'Cond', owner: null, locked: false, starving: false, count: st.waiters.length, waiters: st.waiters.map((w) => w.g.id) });
    }
  }
  return {
    time: Math.floor(m.clk),
    clock: clockString(m.clk),
    gomaxprocs: m.ps.length,
    numCPU: m.options.numCPU,
    preemption: m.options.preemption,
    ps: m.ps.map((p) => ({
      id: p.id,
      status: p.status,
      m: p.m ? p.m.id : null,
      running: p.curg ? p.curg.id : null,
      runnext: p.runnext ? p.runnext.id : null,
      runq: p.runqList().map((g) => g.id),
      schedtick: p.schedtick,
      time: Math.floor(p.clock),
      timers: p.timers.length,
    })),
    ms: m.ms.map((mm) => ({ id: mm.id, p: mm.p ? mm.p.id : null, curg: mm.curg ? mm.curg.id : null, spinning: mm.spinning })),
    globalQueue: glob.map((g) => g.id),
    goroutines,
    timers,
    channels,
    syncs,
    counters: { ...m.counters },
    exited: m.exited,
    exitCode: m.exitCode,
  };
}

/** The virtual instant as RFC 3339 with nanoseconds (UTC). */
export function clockString(clk: number): string {
  const ns = EPOCH + BigInt(Math.floor(clk));
  const ms = Number(ns / 1000000n);
  const frac = String(ns % 1000000000n).padStart(9, '0');
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, `.${frac}Z`);
}
