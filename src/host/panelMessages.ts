// Checking what the Scheduler panel's webview sends before the host acts on
// it: a webview runs page code, so its messages are untrusted input — only the
// known message types, with fields of the right kinds, get through.

import type { PanelToHost } from '../protocol/panel';

/** Goroutine ids are positive integers well inside a double's exact range. */
const isGoid = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
/** Virtual times are whole nanoseconds, never negative. */
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

export function parsePanelMessage(data: unknown): PanelToHost | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'panel/ready':
      return { type: 'panel/ready' };
    case 'goroutine/select':
      return isGoid(m.goid) ? { type: 'goroutine/select', goid: m.goid } : null;
    case 'timeline/travel':
      return isTime(m.time) ? { type: 'timeline/travel', time: m.time } : null;
    default:
      return null;
  }
}
