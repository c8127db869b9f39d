// A run queue drawn in order, head first: goroutines as chips, runs of
// look-alike goroutines as one expandable entry (runs.ts). Short queues flow
// inline; long ones become a virtual list, so a global queue of 10,000
// goroutines costs a few dozen nodes.

import { el } from './dom';
import { ChipContext, goroutineChip, swatch } from './goroutineChip';
import { shortFunc } from './picture';
import { queueRuns, QueueRun } from './runs';
import { VirtualList } from './virtualList';

/** Entries beyond this many make the queue a virtual list. */
const inlineLimit = 48;
const rowHeight = 24;

export interface QueueOptions {
  /** Names the queue for keys and labels: `P0 local`, `global`. */
  name: string;
  expanded: Set<string>;
  onToggle: (key: string) => void;
}

type Entry = { kind: 'g'; id: number; pos: number; member: boolean } | { kind: 'run'; run: QueueRun; key: string; open: boolean };

export function queueView(ctx: ChipContext, ids: number[], opts: QueueOptions): HTMLElement {
  if (ids.length === 0) return el('span', { class: 'empty', text: 'empty' });
  const entries: Entry[] = [];
  for (const run of queueRuns(ids, ctx.pic.byId)) {
    if (run.ids.length === 1) {
      entries.push({ kind: 'g', id: run.ids[0], pos: run.start, member: false });
      continue;
    }
    const key = `${opts.name}:run:${run.ids[0]}`;
    const open = opts.expanded.has(key);
    entries.push({ kind: 'run', run, key, open });
    if (open) run.ids.forEach((id, k) => entries.push({ kind: 'g', id, pos: run.start + k, member: true }));
  }
  const render = (e: Entry) => (e.kind === 'g' ? goroutineChip(ctx, e.id, opts.name, `#${e.pos + 1}`) : runChip(e.run, e.key, e.open, opts));
  const wrap = (e: Entry) => el('div', { class: e.kind === 'g' && e.member ? 'qitem member' : 'qitem' }, render(e));
  if (entries.length <= inlineLimit) {
    const flow = el('div', { class: 'queue flow', role: 'list', 'aria-label': `${opts.name} run queue, ${ids.length} goroutines, head first`, 'data-nav': '' });
    for (const e of entries) {
      const item = wrap(e);
      item.setAttribute('role', 'listitem');
      flow.append(item);
    }
    const first = flow.querySelector<HTMLElement>('button');
    if (first) first.tabIndex = 0;
    return flow;
  }
  const list = new VirtualList<Entry>(rowHeight, wrap, `${opts.name} run queue, ${ids.length} goroutines, head first`);
  list.setItems(entries);
  list.node.classList.add('queue');
  return list.node;
}

function runChip(run: QueueRun, key: string, open: boolean, opts: QueueOptions): HTMLButtonElement {
  const a = run.ids[0];
  const b = run.ids[run.ids.length - 1];
  const b2 = el(
    'button',
    {
      class: 'run',
      type: 'button',
      tabindex: -1,
      'data-key': key,
      'data-start': run.start,
      'data-count': run.ids.length,
      'data-first': a,
      'aria-expanded': open ? 'true' : 'false',
      'aria-label': `${run.ids.length} goroutines G${a} to G${b} at ${run.func} line ${run.line}, positions ${run.start + 1} to ${run.start + run.ids.length}; ${open ? 'collapse' : 'expand'}`,
    },
    el('span', { class: `codicon codicon-chevron-${open ? 'down' : 'right'}`, 'aria-hidden': 'true' }),
    swatch(a),
    el('span', { class: 'gid', text: `G${a}…G${b}` }),
    el('span', { class: 'count', text: `×${run.ids.length}` }),
    el('span', { class: 'fn' }, shortFunc(run.func), run.line ? el('span', { class: 'line', text: `:${run.line}` }) : null),
  );
  b2.addEventListener('click', () => opts.onToggle(key));
  return b2;
}
