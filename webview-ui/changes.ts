// What changed since the previous stop: goroutines that are new, that moved
// to another queue or onto/off a P, that blocked, or that were woken; and those
// that ended. Moving up within the same queue is not a change worth a mark.

import { isBlockedBox, Picture } from './picture';

export type Change = 'new' | 'moved' | 'blocked' | 'woken';

export interface Changes {
  of: Map<number, Change>;
  ended: number[];
  /** Counts by kind, for the summary line. */
  count: Record<Change, number>;
}

export function changesSince(prev: Picture | null, cur: Picture): Changes {
  const of = new Map<number, Change>();
  const count: Record<Change, number> = { new: 0, moved: 0, blocked: 0, woken: 0 };
  const ended: number[] = [];
  if (!prev) return { of, ended, count };
  const before = prev.box;
  cur.box.forEach((box, id) => {
    const was = before.get(id);
    if (was === box) return;
    let c: Change;
    if (was === undefined) c = 'new';
    else if (isBlockedBox(box)) c = 'blocked';
    else c = isBlockedBox(was) ? 'woken' : 'moved';
    of.set(id, c);
    count[c]++;
  });
  before.forEach((_, id) => {
    if (!cur.box.has(id)) ended.push(id);
  });
  return { of, ended, count };
}
