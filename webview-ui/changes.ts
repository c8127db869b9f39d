// What changed since the previous stop: goroutines that are new, that moved
// to another queue or onto/off a P, that blocked, or that were woken; and those
// that ended. Moving up within the same queue is not a change worth a mark.

import { containerOf, Picture } from './picture';

export type Change = 'new' | 'moved' | 'blocked' | 'woken';

export interface Changes {
  of: Map<number, Change>;
  ended: number[];
  /** Counts by kind, for the summary line. */
  count: Record<Change, number>;
}

const isWaiting = (kind: string) => kind === 'waiting' || kind === 'syscall';

export function changesSince(prev: Picture | null, cur: Picture): Changes {
  const of = new Map<number, Change>();
  const count: Record<Change, number> = { new: 0, moved: 0, blocked: 0, woken: 0 };
  const ended: number[] = [];
  if (!prev) return { of, ended, count };
  for (const [id, pl] of cur.place) {
    const before = prev.place.get(id);
    let c: Change | null = null;
    if (!before) c = 'new';
    else if (isWaiting(pl.kind) && !isWaiting(before.kind)) c = 'blocked';
    else if (!isWaiting(pl.kind) && isWaiting(before.kind)) c = 'woken';
    else if (containerOf(pl) !== containerOf(before)) c = 'moved';
    if (c) {
      of.set(id, c);
      count[c]++;
    }
  }
  for (const id of prev.place.keys()) if (!cur.place.has(id)) ended.push(id);
  return { of, ended, count };
}
