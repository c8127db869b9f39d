// Two views of a run's scheduler events (src/protocol/events.ts):
//
// - chromeTrace: the Chrome trace-event format (JSON), which Perfetto and
//   chrome://tracing open: one track per P showing which goroutine ran when,
//   and one track per goroutine showing its states (running, runnable, waiting
//   with the reason), with instants for creations, wake-ups, steals and timers.
// - textTimeline: a compact text timeline for the terminal, one lane per P,
//   one row per scheduling decision, with a note saying what happened.

import type { SchedEvent } from '../protocol/events';

export interface TimelineInfo {
  gomaxprocs: number;
  /** Names of goroutines that exist before any GoCreate (main and system goroutines). */
  names?: Map<number, string>;
}

interface ChromeEvent {
  name: string;
  ph: 'X' | 'i' | 'M';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  s?: 't';
  cat?: string;
  args?: Record<string, unknown>;
}

const PS_PID = 1;
const GS_PID = 2;

/** Goroutine names (`G6 main.worker`) from GoCreate events and the known ones. */
function goroutineNames(events: SchedEvent[], info: TimelineInfo): Map<number, string> {
  const names = new Map<number, string>(info.names ?? []);
  for (const e of events) if (e.kind === 'GoCreate' && e.target !== undefined) names.set(e.target, e.func ?? '');
  return names;
}

const us = (ns: number) => ns / 1000;

/**
 * Events in virtual-time order. The engine records them in the order it
 * simulates, and Ps advance in parallel a quantum at a time, so one P's events
 * may be recorded before an earlier one of another P.
 */
export function byTime(events: SchedEvent[]): SchedEvent[] {
  return [...events].sort((a, b) => a.t - b.t || a.seq - b.seq);
}

/** The run's events as a Chrome trace (the object to JSON.stringify). */
export function chromeTrace(recorded: SchedEvent[], info: TimelineInfo): { traceEvents: ChromeEvent[]; displayTimeUnit: 'ns' } {
  const events = byTime(recorded);
  const out: ChromeEvent[] = [];
  const names = goroutineNames(events, info);
  const label = (g: number) => `G${g}${names.get(g) ? ' ' + names.get(g) : ''}`;
  out.push({ name: 'process_name', ph: 'M', pid: PS_PID, tid: 0, args: { name: 'Processors (Ps)' } });
  out.push({ name: 'process_name', ph: 'M', pid: GS_PID, tid: 0, args: { name: 'Goroutines' } });
  for (let p = 0; p < info.gomaxprocs; p++) out.push({ name: 'thread_name', ph: 'M', pid: PS_PID, tid: p, args: { name: `P${p}` } });
  const seen = new Set<number>();
  const track = (g: number) => {
    if (g === 0 || seen.has(g)) return;
    seen.add(g);
    out.push({ name: 'thread_name', ph: 'M', pid: GS_PID, tid: g, args: { name: label(g) } });
  };

  // What each P runs, and each goroutine's current state, as open slices.
  const onP = new Map<number, { g: number; since: number }>();
  const state = new Map<number, { name: string; since: number }>();
  const closeP = (p: number, t: number) => {
    const cur = onP.get(p);
    if (!cur) return;
    out.push({ name: label(cur.g), ph: 'X', pid: PS_PID, tid: p, ts: us(cur.since), dur: us(t - cur.since), args: { goroutine: cur.g } });
    onP.delete(p);
  };
  const setState = (g: number, name: string | null, t: number) => {
    if (g === 0) return;
    track(g);
    const cur = state.get(g);
    if (cur) {
      out.push({ name: cur.name, ph: 'X', pid: GS_PID, tid: g, ts: us(cur.since), dur: us(t - cur.since), cat: 'state' });
      state.delete(g);
    }
    if (name !== null) state.set(g, { name, since: t });
  };
  const leaveP = (g: number, t: number) => {
    for (const [p, cur] of onP) if (cur.g === g) closeP(p, t);
  };
  const instant = (pid: number, tid: number, name: string, t: number, args: Record<string, unknown>) => out.push({ name, ph: 'i', s: 't', pid, tid, ts: us(t), args });

  let end = 0;
  for (const e of events) {
    end = Math.max(end, e.t);
    switch (e.kind) {
      case 'GoCreate':
        setState(e.target!, 'runnable', e.t);
        instant(GS_PID, e.target!, 'created', e.t, { by: e.g, func: e.func, line: e.line });
        break;
      case 'GoStart':
        closeP(e.p, e.t);
        onP.set(e.p, { g: e.g, since: e.t });
        setState(e.g, 'running', e.t);
        break;
      case 'GoEnd':
        leaveP(e.g, e.t);
        setState(e.g, null, e.t);
        break;
      case 'GoBlock':
        leaveP(e.g, e.t);
        setState(e.g, `waiting: ${e.reason}${e.on ? ` (${e.on})` : ''}`, e.t);
        break;
      case 'GoUnblock':
        setState(e.target!, 'runnable', e.t);
        instant(GS_PID, e.target!, 'woken', e.t, { by: e.g });
        break;
      case 'GoSched':
      case 'GoPreempt':
        leaveP(e.g, e.t);
        setState(e.g, 'runnable', e.t);
        instant(GS_PID, e.g, e.kind === 'GoSched' ? 'Gosched' : 'preempted', e.t, {});
        break;
      case 'GoSysCall':
        if (e.on === 'stdin') {
          leaveP(e.g, e.t);
          setState(e.g, 'syscall', e.t);
        } else instant(GS_PID, e.g, `syscall (${e.on ?? 'write'})`, e.t, {});
        break;
      case 'GoSysExit':
        setState(e.g, 'runnable', e.t);
        break;
      case 'ProcStop':
        closeP(e.p, e.t);
        break;
      case 'ProcSteal':
        instant(PS_PID, e.p, `steal ${e.count} from P${e.victim}`, e.t, { victim: e.victim, count: e.count });
        break;
      case 'TimerFire':
        instant(PS_PID, Math.max(e.p, 0), `timer fires${e.target ? ` (wakes G${e.target})` : ''}`, e.t, {});
        break;
      case 'ChanSend':
      case 'ChanRecv':
      case 'ChanClose':
        instant(GS_PID, e.g, `${e.kind === 'ChanSend' ? 'send on' : e.kind === 'ChanRecv' ? 'receive from' : 'close'} ${e.on}`, e.t, e.target ? { partner: e.target } : {});
        break;
      case 'ProcStart':
        break;
    }
  }
  for (const p of [...onP.keys()]) closeP(p, end);
  for (const g of [...state.keys()]) setState(g, null, end);
  return { traceEvents: out, displayTimeUnit: 'ns' };
}

/** The note a text timeline row carries for an event, or null for events that only move lanes. */
function note(e: SchedEvent, names: Map<number, string>): string | null {
  const fn = (g: number) => (names.get(g) ? ` ${names.get(g)}` : '');
  switch (e.kind) {
    case 'GoCreate':
      return `${e.g ? `G${e.g}` : "runtime"} creates G${e.target}${fn(e.target!)}`;
    case 'GoStart':
      return `P${e.p} runs G${e.g}`;
    case 'GoEnd':
      return `G${e.g} ends`;
    case 'GoBlock':
      return `G${e.g} blocks: ${e.reason}${e.on ? ` (${e.on})` : ''}`;
    case 'GoUnblock':
      return e.g ? `G${e.g} wakes G${e.target}` : `G${e.target} woken`;
    case 'GoSched':
      return `G${e.g} yields (Gosched)`;
    case 'GoPreempt':
      return `G${e.g} preempted`;
    case 'ProcSteal':
      return `P${e.p} steals ${e.count} from P${e.victim}`;
    case 'TimerFire':
      return `timer fires${e.target ? ` for G${e.target}` : ''}`;
    case 'GoSysExit':
      return `G${e.g} returns from syscall`;
    case 'ChanClose':
      return `G${e.g} closes ${e.on}`;
    default:
      return null;
  }
}

function formatTime(ns: number): string {
  return (ns / 1000).toFixed(3);
}

/** A compact timeline, one lane per P (`G6`, `·` idle, `…` looking for work), at most maxRows rows. */
export function textTimeline(recorded: SchedEvent[], info: TimelineInfo, maxRows = 2000): string {
  const events = byTime(recorded);
  const names = goroutineNames(events, info);
  const lanes: string[] = Array.from({ length: info.gomaxprocs }, () => '·');
  const width = Math.max(5, ...[...names.keys()].map((g) => `G${g}`.length + 1));
  const lines: string[] = [];
  const header = `${'time µs'.padStart(12)}  ${lanes.map((_, i) => `P${i}`.padEnd(width)).join(' ')}  event`;
  lines.push(`scheduler timeline (virtual time, GOMAXPROCS=${info.gomaxprocs}; a lane shows the goroutine each P runs)`);
  lines.push(header);
  let rows = 0;
  let skipped = 0;
  for (const e of events) {
    const lane = (p: number, v: string) => {
      if (p >= 0 && p < lanes.length) lanes[p] = v;
    };
    const clearG = (g: number) => {
      for (let i = 0; i < lanes.length; i++) if (lanes[i] === `G${g}`) lanes[i] = '…';
    };
    switch (e.kind) {
      case 'GoStart':
        lane(e.p, `G${e.g}`);
        break;
      case 'GoEnd':
      case 'GoBlock':
      case 'GoSched':
      case 'GoPreempt':
        clearG(e.g);
        break;
      case 'GoSysCall':
        if (e.on === 'stdin') clearG(e.g);
        break;
      case 'ProcStart':
        lane(e.p, '…');
        break;
      case 'ProcStop':
        lane(e.p, '·');
        break;
    }
    const text = note(e, names);
    if (text === null) continue;
    if (rows >= maxRows) {
      skipped++;
      continue;
    }
    rows++;
    lines.push(`${formatTime(e.t).padStart(12)}  ${lanes.map((l) => l.padEnd(width)).join(' ')}  ${text}`);
  }
  if (skipped) lines.push(`… ${skipped} more events not shown`);
  return lines.join('\n') + '\n';
}
