// The stopped events of a gosim session. All goroutines stop together, so
// each event says allThreadsStopped; the thread it names is the goroutine the
// Call Stack opens on.

import { StoppedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Stop } from '../engine/debugger';
import type { G } from '../runtime/g';

/** A stop of the program: a breakpoint, a step, a pause, a panic or fatal error, a travel. */
export function stoppedEvent(stop: Stop): DebugProtocol.StoppedEvent {
  const e: DebugProtocol.StoppedEvent = new StoppedEvent(stop.reason, stop.g?.id ?? undefined, stop.exception?.message);
  e.body.allThreadsStopped = true;
  if (stop.hitBreakpointIds.length) e.body.hitBreakpointIds = stop.hitBreakpointIds;
  if (stop.exception) e.body.description = `Paused on ${stop.exception.kind === 'panic' ? 'panic' : 'fatal error'}`;
  return e;
}

/** stopOnExit: the program has ended, and the session pauses there. */
export function exitHeldEvent(g: G | null, code: number): DebugProtocol.StoppedEvent {
  const e: DebugProtocol.StoppedEvent = new StoppedEvent('exit', g?.id, `exit status ${code}`);
  e.body.allThreadsStopped = true;
  e.body.description = `Paused at the end of the program (exit status ${code})`;
  return e;
}

/** The same stop again, on another goroutine: how an adapter moves the client's focus to a thread. */
export function focusEvent(g: G): DebugProtocol.StoppedEvent {
  const e: DebugProtocol.StoppedEvent = new StoppedEvent('goroutine', g.id);
  e.body.allThreadsStopped = true;
  e.body.preserveFocusHint = false;
  return e;
}
