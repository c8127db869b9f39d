// Taking a snapshot of the machine (src/protocol/snapshot.ts): plain data, made
// at an instruction boundary, cheap enough for every debugger stop (a machine
// with 10,000 goroutines is walked once).

import type * as S from '../protocol/snapshot';
import { Chan } from '../runtime/chan';
import type { G } from '../runtime/g';
import { Machine, EPOCH } from '../runtime/machine';
import * as sema from '../runtime/sema';
import type * as timers from '../runtime/timers';
import { globList } from '../runtime/sched';
import type { Frame } from '../vm/func';
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
    if (fr.fn.wrapper || (fr.fn.library && fr.fn.native === null && fr.fn.name === 'runtime.main')) continue;
    out.push({ func: fr.fn.name, file: fr.fn.file, line: frameLineOf(fr, i === g.frames.length - 1, g) });
  }
  return out;
}

function waitTarget(m: Machine, g: G): S.WaitTarget | null {
  if (g.status !== 'waiting' && g.status !== 'syscall') return null;
  const on = g.waitOn;
  switch (g.waitReason) {
    case 'chan send':
    case 'chan receive':
      return on instanceof Chan ? { kind: 'chan', chan: on.id, op: g.waitReason === 'chan send' ? 'send' : 'recv' } : { kind: 'other' };
    case 'chan send (nil chan)':
      return { kind: 'nilchan', op: 'send' };
    case 'chan receive (nil chan)':
      return { kind: 'nilchan', op: 'recv' };
    case 'select':
      return { kind: 'select', chans: Array.isArray(on) ? (on as Chan[]).map((c) => c.id) : [] };
    case 'select (no cases)':
      return { kind: 'forever' };
    case 'sleep': {
      const t = on as timers.Timer | null;
      return { kind: 'sleep', until: t ? t.when : g.since };
    }
    case 'semacquire':
    case 'sync.Cond.Wait': {
      if (on instanceof sema.MutexState) return { kind: 'sync', sync: on.id, what: 'Mutex' };
      if (on instanceof sema.RWMutexState) return { kind: 'sync', sync: on.id, what: 'RWMutex' };
      if (on instanceof sema.WaitGroupState) return { kind: 'sync', sync: on.id, what: 'WaitGroup' };
      if (on instanceof sema.CondState) return { kind: 'sync', sync: on.id, what: 'Cond' };
      return { kind: 'other' };
    }
    case 'IO wait':
      return { kind: 'io', what: 'network' };
    default:
      if (g.status === 'syscall') return { kind: 'io', what: 'stdin' };
      return { kind: 'other' };
  }
}

export function takeSnapshot(m: Machine): S.Snapshot {
  const queueOf = new Map<G, S.GSnapshot['queue']>();
  m.ps.forEach((p) => {
    if (p.runnext) queueOf.set(p.runnext, { kind: 'runnext', p: p.id });
    p.runqList().forEach((g, index) => queueOf.set(g, { kind: 'local', p: p.id, index }));
  });
  const glob = globList(m);
  glob.forEach((g, index) => queueOf.set(g, { kind: 'global', index }));
  const goroutines: S.GSnapshot[] = [];
  for (const g of m.allgs) {
    if (g.status === 'dead' || g.status === 'idle') continue;
    const stack = stackOf(g);
    const top = stack[0];
    goroutines.push({
      id: g.id,
      status: g.status,
      waitReason: g.waitReason,
      waitOn: waitTarget(m, g),
      startFunc: g.startName,
      func: top ? top.func : g.startName,
      file: top ? top.file : '',
      line: top ? top.line : 0,
      stack,
      createdBy: g.createdBy ? { goid: g.createdBy.goid, func: g.createdBy.name, line: g.createdBy.line } : null,
      since: g.since,
      queue: queueOf.get(g) ?? null,
      p: g.status === 'running' && g.p ? g.p.id : null,
      system: g.system,
    });
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
  const chans = new Map<number, Chan>();
  const addChan = (c: unknown) => {
    if (c instanceof Chan) chans.set(c.id, c);
  };
  for (const g of m.allgs) {
    if (g.status !== 'waiting') continue;
    if (Array.isArray(g.waitOn)) g.waitOn.forEach(addChan);
    else addChan(g.waitOn);
  }
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
