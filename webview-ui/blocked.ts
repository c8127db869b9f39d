// Blocked goroutines grouped as a learner asks about them: first by Go's wait
// reason (chan receive, chan send, select, sleep, semacquire, sync.Cond.Wait,
// syscall...), then by what they wait on and where they are, so 1,000 workers
// parked on one channel at one line are one row that says "×1000".

import type { GSnapshot, WaitTarget } from '../src/protocol/snapshot';
import type { Picture } from './picture';

export interface BlockedCluster {
  /** Stable across snapshots: reason, target and location. */
  key: string;
  target: WaitTarget | null;
  func: string;
  line: number;
  /** Members in snapshot order; sorted only when shown (sortMembers), as a group may hold 10,000. */
  members: GSnapshot[];
  /** The lowest goroutine id among the members: clusters are listed in this order. */
  minId: number;
}

export interface ReasonGroup {
  reason: string;
  total: number;
  clusters: BlockedCluster[];
}

/** The order reasons are listed in: channel waits first, as the lessons meet them. */
const reasonOrder = ['chan receive', 'chan send', 'select', 'sleep', 'semacquire', 'sync.Cond.Wait', 'syscall', 'IO wait'];

function rank(reason: string): number {
  const i = reasonOrder.indexOf(reason);
  return i < 0 ? reasonOrder.length : i;
}

/** What a wait target is, as a key: sleepers wait on nothing shared, so their wake-up times do not split them. */
export function targetKey(t: WaitTarget | null): string {
  if (!t) return '';
  switch (t.kind) {
    case 'chan':
      return `chan ${t.chan}`;
    case 'nilchan':
      return 'nil chan';
    case 'select':
      return `select ${t.chans.join(',')}`;
    case 'sync':
      return `${t.what} ${t.sync}`;
    case 'io':
      return `io ${t.what}`;
    default:
      return t.kind;
  }
}

/** A number or short string standing for a wait target, without building a string for the common cases. */
function targetId(t: WaitTarget | null): number | string {
  if (!t) return 0;
  switch (t.kind) {
    case 'chan':
      return t.chan * 2 + (t.op === 'send' ? 1 : 0) + 16;
    case 'sync':
      return -(t.sync + 1);
    case 'select':
    case 'io':
      return targetKey(t);
    case 'nilchan':
      return t.op === 'send' ? 2 : 3;
    case 'sleep':
      return 4;
    case 'forever':
      return 5;
    default:
      return 6;
  }
}

type Nest<T> = Map<string, Map<string, Map<number, Map<number | string, T>>>>;

export function groupBlocked(pic: Picture, showSystem: boolean): { groups: ReasonGroup[]; hiddenSystem: number } {
  // reason → function → line → target → cluster: no key string per goroutine.
  const nest: Nest<BlockedCluster> = new Map();
  const byReason = new Map<string, BlockedCluster[]>();
  let hiddenSystem = 0;
  for (const g of pic.snapshot.goroutines) {
    if (g.status !== 'waiting' && g.status !== 'syscall') continue;
    if (g.system && !showSystem) {
      hiddenSystem++;
      continue;
    }
    const reason = g.status === 'syscall' ? 'syscall' : g.waitReason || 'waiting';
    let funcs = nest.get(reason);
    if (!funcs) nest.set(reason, (funcs = new Map()));
    let lines = funcs.get(g.func);
    if (!lines) funcs.set(g.func, (lines = new Map()));
    let targets = lines.get(g.line);
    if (!targets) lines.set(g.line, (targets = new Map()));
    const tid = targetId(g.waitOn);
    let c = targets.get(tid);
    if (!c) {
      c = { key: `${reason}|${targetKey(g.waitOn)}|${g.func}|${g.line}`, target: g.waitOn, func: g.func, line: g.line, members: [], minId: g.id };
      targets.set(tid, c);
      let list = byReason.get(reason);
      if (!list) byReason.set(reason, (list = []));
      list.push(c);
    }
    c.members.push(g);
    if (g.id < c.minId) c.minId = g.id;
  }
  const groups: ReasonGroup[] = [];
  for (const [reason, list] of byReason) {
    list.sort((a, b) => a.minId - b.minId);
    groups.push({ reason, total: list.reduce((n, c) => n + c.members.length, 0), clusters: list });
  }
  groups.sort((a, b) => rank(a.reason) - rank(b.reason) || a.reason.localeCompare(b.reason));
  return { groups, hiddenSystem };
}

/**
 * A cluster's members in the order they will be served: a channel's wait queue
 * order for channel waits, otherwise longest-waiting first.
 */
export function sortMembers(pic: Picture, c: BlockedCluster): GSnapshot[] {
  const t = c.target;
  const ch = t && t.kind === 'chan' ? pic.chans.get(t.chan) : undefined;
  if (ch && t && t.kind === 'chan') {
    const order = new Map<number, number>((t.op === 'send' ? ch.sendq : ch.recvq).map((id, i) => [id, i]));
    const at = (id: number) => order.get(id) ?? Infinity;
    return [...c.members].sort((a, b) => at(a.id) - at(b.id) || a.id - b.id);
  }
  return [...c.members].sort((a, b) => a.since - b.since || a.id - b.id);
}
