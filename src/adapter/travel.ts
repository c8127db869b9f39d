// The words of time travel in a debug session: what a gosim/travel request
// may ask for (checked, since the panel's webview runs page code), the
// Debug Console's mark of each travel (`⟲ back to 12.5ms, step 4,210`), and
// what it says of a travel that found nowhere to go.

import type { Moment, StopReason } from '../engine/debugger';
import type { TravelArguments } from '../protocol/dap';

/** A travel that found nowhere to go: the program stays where it is, stopped for `reason` on goroutine `goid`, and the Debug Console says why. */
export interface Nowhere {
  nowhere: string;
  reason: StopReason;
  goid: number;
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= Number.MAX_SAFE_INTEGER;

/** A step or a virtual time (ns) to travel to, or null when the arguments name neither. */
export function parseTravelArguments(args: unknown): TravelArguments | null {
  if (typeof args !== 'object' || args === null) return null;
  const a = args as Record<string, unknown>;
  if (isCount(a.step)) return { step: Math.floor(a.step) };
  if (isCount(a.time)) return { time: a.time };
  return null;
}

/** The Debug Console's line for a travel from one moment to another. */
export function travelNote(from: Moment, to: Moment): string {
  const where = `${virtualTime(to.time)}, step ${to.step.toLocaleString('en-US')}`;
  if (to.step < from.step) return `⟲ back to ${where}`;
  if (to.step > from.step) return `⟳ forward to ${where}`;
  return `⟲ stays at ${where}`;
}

/** Virtual time since the program started, three significant figures: 850ns, 12.5µs, 12.5ms, 1.2s. */
export function virtualTime(ns: number): string {
  const units: [number, string][] = [
    [1e9, 's'],
    [1e6, 'ms'],
    [1e3, 'µs'],
  ];
  for (const [size, unit] of units) if (ns >= size) return `${Number((ns / size).toPrecision(3))}${unit}`;
  return `${Math.round(ns)}ns`;
}
