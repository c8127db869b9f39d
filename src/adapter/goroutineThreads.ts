// Goroutines as DAP threads: thread id = goroutine id, name
// `G6 main.printHello [sleep]`. A lesson can start thousands of goroutines,
// and the Call Stack view is not made for that (Delve lists the first 1,024
// and says nothing). Here the list is capped at `maxThreads`, keeping the
// goroutine the user is looking at and the running ones first, then the
// others by id; what was left out is summarised for the Debug Console, grouped
// by state and start function.

import { DebugProtocol } from '@vscode/debugprotocol';
import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import { goroutineName, goroutineState, isListed, startFunc } from '../engine/inspect';

export interface ThreadList {
  threads: DebugProtocol.Thread[];
  /** How many goroutines were left out, and a sentence saying which, made when read (null when none were). */
  omitted: { count: number; note: string } | null;
}

export class GoroutineThreads {
  /** The ids last announced with `thread` started events. */
  private announced = new Set<number>();

  constructor(
    private readonly maxThreads: number,
    private readonly showSystem: boolean,
  ) {}

  /** The goroutines to list, in the order the Threads view shows them. */
  list(m: Machine, selected: G | null): ThreadList {
    const all: G[] = [];
    for (const g of m.allgs) if (isListed(g, this.showSystem)) all.push(g);
    all.sort((a, b) => a.id - b.id);
    if (all.length <= this.maxThreads) return { threads: all.map(thread), omitted: null };
    const first: G[] = [];
    if (selected && isListed(selected, this.showSystem)) first.push(selected);
    for (const g of all) if (g.status === 'running' && g !== selected && first.length < this.maxThreads) first.push(g);
    const taken = new Set(first);
    const rest: G[] = [];
    for (const g of all) {
      if (first.length + rest.length >= this.maxThreads) break;
      if (!taken.has(g)) rest.push(g);
    }
    const shown = [...first, ...rest];
    const note = (): string => {
      const shownSet = new Set(shown);
      return this.note(shown.length, all.length, all.filter((g) => !shownSet.has(g)));
    };
    return { threads: shown.map(thread), omitted: { count: all.length - shown.length, get note() { return note(); } } };
  }

  private note(shown: number, total: number, left: G[]): string {
    const groups = new Map<string, number>();
    for (const g of left) {
      const key = `[${goroutineState(g)}] ${startFunc(g)}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    const top = [...groups.entries()].sort((a, b) => b[1] - a[1]);
    const parts = top.slice(0, 5).map(([k, n]) => `${n} ${k}`);
    if (top.length > 5) parts.push(`${top.slice(5).reduce((s, [, n]) => s + n, 0)} others`);
    return (
      `gosim: the Call Stack lists ${shown} of ${total} goroutines (the selected and running ones first, then by id). ` +
      `Not listed: ${parts.join(', ')}. The Scheduler panel shows them all; "maxThreads" in launch.json changes the limit.`
    );
  }

  /**
   * The thread events that bring the client up to date with the goroutines
   * listed now: `started` for new ones, `exited` for those gone. At most
   * `limit` per call (the client refetches the whole list on any event).
   */
  changes(list: ThreadList, limit = 64): { reason: 'started' | 'exited'; threadId: number }[] {
    const now = new Set(list.threads.map((t) => t.id));
    const out: { reason: 'started' | 'exited'; threadId: number }[] = [];
    for (const id of this.announced) if (!now.has(id) && out.length < limit) out.push({ reason: 'exited', threadId: id });
    for (const id of now) if (!this.announced.has(id) && out.length < limit) out.push({ reason: 'started', threadId: id });
    for (const c of out) {
      if (c.reason === 'exited') this.announced.delete(c.threadId);
      else this.announced.add(c.threadId);
    }
    return out;
  }
}

function thread(g: G): DebugProtocol.Thread {
  return { id: g.id, name: goroutineName(g) };
}
