// Scheduler events, as Go's execution tracer records them (runtime/trace.go):
// every scheduling decision the runtime makes is reported once, stamped with
// virtual time, P, M and goroutine. The event type lives in src/protocol/events.ts;
// the CLI turns the stream into a Chrome trace or a text timeline and the
// Scheduler panel draws its timeline from it.
//
// Recording is off unless someone listens (machine.onEvent): each call site
// pays one null check.

import type { EventKind, SchedEvent } from '../protocol/events';
import type { G, P } from './g';
import type { Machine } from './machine';

export type { EventKind, SchedEvent };

/** Fields an emitter may add to an event. */
export type EventFields = Partial<Pick<SchedEvent, 'target' | 'reason' | 'on' | 'chan' | 'victim' | 'count' | 'func' | 'line'>>;

/**
 * Records one event. `g` is the goroutine doing it; `p` and `t` default to the
 * P running now and its clock (events raised by a P that is not the current
 * one, like a goroutine starting before the P's slice begins, pass them).
 */
export function emit(m: Machine, kind: EventKind, g: G | null, fields?: EventFields, p: P | null = m.curP, t: number = m.clk): void {
  const on = m.onEvent;
  if (!on) return;
  const e: SchedEvent = { kind, seq: m.eventSeq++, t: Math.floor(t), p: p ? p.id : -1, m: p && p.m ? p.m.id : -1, g: g ? g.id : 0 };
  if (fields) Object.assign(e, fields);
  on(e);
}

/** How an event names what a goroutine waits on: `chan 3`, `Mutex 2`, `chan 1, chan 4` for a select. */
export function waitLabel(on: unknown): string | undefined {
  if (on === null || on === undefined) return undefined;
  if (Array.isArray(on)) {
    const parts = on.map(waitLabel).filter((x) => x !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (typeof on === 'object') {
    const label = (on as { label?: unknown }).label;
    if (typeof label === 'string') return label;
    const id = (on as { id?: unknown }).id;
    if ('when' in on && typeof id === 'number') return `timer ${id}`;
  }
  return undefined;
}

/** A listener that keeps every event in order (the CLI's --trace and --sched, tests). */
export class EventLog {
  readonly events: SchedEvent[] = [];
  readonly listener = (e: SchedEvent): void => {
    this.events.push(e);
  };
}
