// Runs of look-alike goroutines in a run queue: consecutive goroutines at the
// same function and line become one entry ("G17–G1016 ×1000 worker :12"), so a
// queue of thousands stays a handful of rows while keeping its order.

import type { GSnapshot } from '../src/protocol/snapshot';

export interface QueueRun {
  /** Goroutine ids, head first. */
  ids: number[];
  /** Position of the first one in the queue. */
  start: number;
  func: string;
  line: number;
}

/** Shorter runs than this are shown goroutine by goroutine. */
export const minRun = 3;

export function queueRuns(ids: number[], byId: Map<number, GSnapshot>): QueueRun[] {
  const runs: QueueRun[] = [];
  let cur: QueueRun | null = null;
  ids.forEach((id, i) => {
    const g = byId.get(id);
    const func = g ? g.func : '?';
    const line = g ? g.line : 0;
    if (cur && cur.func === func && cur.line === line) {
      cur.ids.push(id);
      return;
    }
    cur = { ids: [id], start: i, func, line };
    runs.push(cur);
  });
  // Split short runs back into single entries.
  const out: QueueRun[] = [];
  for (const r of runs) {
    if (r.ids.length >= minRun) out.push(r);
    else r.ids.forEach((id, k) => out.push({ ids: [id], start: r.start + k, func: r.func, line: r.line }));
  }
  return out;
}
