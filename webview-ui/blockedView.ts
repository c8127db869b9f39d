// Blocked goroutines, grouped by wait reason and then by what they wait on and
// where (blocked.ts): each group says what it waits on — which channel (its
// type, buffer and queues), which select, when a sleeper wakes, which Mutex,
// WaitGroup or Cond — and expands to its members.

import type { WaitTarget } from '../src/protocol/snapshot';
import { BlockedCluster, groupBlocked, sortMembers } from './blocked';
import { el } from './dom';
import { formatNs } from './durations';
import { ChipContext, goroutineChip, swatch } from './goroutineChip';
import { Picture, shortFunc } from './picture';
import { VirtualList } from './virtualList';

const inlineLimit = 48;
const rowHeight = 24;

export interface BlockedOptions {
  expanded: Set<string>;
  onToggle: (key: string) => void;
  showSystem: boolean;
}

export function blockedView(ctx: ChipContext, opts: BlockedOptions): { node: HTMLElement; total: number; hiddenSystem: number } {
  const { groups, hiddenSystem } = groupBlocked(ctx.pic, opts.showSystem);
  const total = groups.reduce((n, g) => n + g.total, 0);
  const sections = groups.map((group) =>
    el(
      'section',
      { class: 'reason', 'data-reason': group.reason, 'aria-label': `${group.total} goroutine${group.total === 1 ? '' : 's'} blocked in ${group.reason}` },
      el('h3', {}, el('span', { class: 'reason-name', text: group.reason }), el('span', { class: 'badge', text: String(group.total) })),
      el('div', { class: 'clusters' }, ...group.clusters.map((c) => clusterView(ctx, c, opts))),
    ),
  );
  const node = sections.length ? el('div', { class: 'reasons' }, ...sections) : el('p', { class: 'empty', text: 'No goroutine is blocked.' });
  return { node, total, hiddenSystem };
}

function clusterView(ctx: ChipContext, c: BlockedCluster, opts: BlockedOptions): HTMLElement {
  const on = describeTarget(ctx.pic, c);
  const where = el('span', { class: 'fn' }, shortFunc(c.func), c.line ? el('span', { class: 'line', text: `:${c.line}` }) : null);
  if (c.members.length === 1) {
    const g = c.members[0];
    return el('div', { class: 'cluster single', 'data-cluster': c.key, 'data-nav': '' }, goroutineChip(ctx, g.id, 'blocked'), el('span', { class: 'on', text: on }));
  }
  const open = opts.expanded.has(c.key);
  const a = c.minId;
  const toggle = el(
    'button',
    {
      class: 'run',
      type: 'button',
      'data-key': c.key,
      'data-count': c.members.length,
      'aria-expanded': open ? 'true' : 'false',
      'aria-label': `${c.members.length} goroutines at ${c.func} line ${c.line}, ${on}; ${open ? 'collapse' : 'expand'}`,
    },
    el('span', { class: `codicon codicon-chevron-${open ? 'down' : 'right'}`, 'aria-hidden': 'true' }),
    swatch(a),
    el('span', { class: 'count', text: `×${c.members.length}` }),
    where,
  );
  toggle.addEventListener('click', () => opts.onToggle(c.key));
  const node = el('div', { class: 'cluster', 'data-cluster': c.key }, el('div', { class: 'cluster-head' }, toggle, el('span', { class: 'on', text: on })));
  if (open) node.append(membersView(ctx, c));
  return node;
}

function membersView(ctx: ChipContext, c: BlockedCluster): HTMLElement {
  const members = sortMembers(ctx.pic, c);
  const chip = (i: number) => {
    const g = members[i];
    return goroutineChip(ctx, g.id, `blocked:${c.key}`, sleepWords(ctx.pic, g.waitOn) || `for ${formatNs(ctx.pic.snapshot.time - g.since)}`);
  };
  if (c.members.length <= inlineLimit) {
    const flow = el('div', { class: 'members flow', role: 'list', 'aria-label': `${c.members.length} goroutines`, 'data-nav': '' });
    c.members.forEach((_, i) => flow.append(el('div', { class: 'qitem', role: 'listitem' }, chip(i))));
    const first = flow.querySelector<HTMLElement>('button');
    if (first) first.tabIndex = 0;
    return flow;
  }
  const list = new VirtualList<number>(rowHeight, (i) => el('div', { class: 'qitem' }, chip(i)), `${c.members.length} goroutines, in the order they will be served`);
  list.setItems(c.members.map((_, i) => i));
  list.node.classList.add('members');
  return list.node;
}

function sleepWords(pic: Picture, t: WaitTarget | null): string {
  if (!t || t.kind !== 'sleep') return '';
  return `wakes at ${formatNs(t.until)}`;
}

/** What a cluster waits on, in words. */
export function describeTarget(pic: Picture, c: BlockedCluster): string {
  const t = c.target;
  if (!t) return '';
  switch (t.kind) {
    case 'chan': {
      const ch = pic.chans.get(t.chan);
      const verb = t.op === 'send' ? 'to send on' : 'to receive from';
      if (!ch) return `${verb} chan ${t.chan}`;
      const buf = ch.cap === 0 ? 'unbuffered' : `${ch.buffer.length}/${ch.cap} buffered`;
      return `${verb} chan ${t.chan} (chan ${ch.elem}, ${buf}${ch.closed ? ', closed' : ''}; ${ch.recvq.length} receiving, ${ch.sendq.length} sending)`;
    }
    case 'nilchan':
      return `to ${t.op === 'send' ? 'send on' : 'receive from'} a nil channel: forever`;
    case 'select':
      return t.chans.length ? `in a select on ${t.chans.map((c) => `chan ${c}`).join(', ')}` : 'in a select whose channels are all nil';
    case 'sleep': {
      const untils = c.members.map((g) => (g.waitOn && g.waitOn.kind === 'sleep' ? g.waitOn.until : 0));
      const lo = Math.min(...untils);
      const hi = Math.max(...untils);
      const now = pic.snapshot.time;
      if (lo === hi) return `until ${formatNs(lo)} (in ${formatNs(Math.max(0, lo - now))})`;
      return `waking from ${formatNs(lo)} to ${formatNs(hi)}`;
    }
    case 'sync': {
      const s = pic.syncs.get(t.sync);
      if (!s) return `on ${t.what} ${t.sync}`;
      switch (s.kind) {
        case 'Mutex':
          return `on Mutex ${s.id} (${s.owner !== null ? `held by G${s.owner}` : s.locked ? 'locked' : 'unlocked'}${s.starving ? ', starving' : ''}; ${s.waiters.length} waiting)`;
        case 'RWMutex':
          return `on RWMutex ${s.id} (${s.owner !== null ? `writer G${s.owner}` : `${s.count} reader${s.count === 1 ? '' : 's'}`}; ${s.waiters.length} waiting)`;
        case 'WaitGroup':
          return `on WaitGroup ${s.id} (counter ${s.count})`;
        default:
          return `on Cond ${s.id} (${s.waiters.length} waiting)`;
      }
    }
    case 'io':
      return `for ${t.what}`;
    case 'forever':
      return 'forever (select with no cases)';
    default:
      return '';
  }
}
