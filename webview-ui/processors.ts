// The P cards: for each processor its status, the M driving it, the goroutine
// running on it (function and line), its runnext slot and its local run queue
// in order — the picture the lessons' "M:N scheduler" paragraphs describe.

import type { PSnapshot } from '../src/protocol/snapshot';
import { el } from './dom';
import { ChipContext, goroutineChip } from './goroutineChip';
import { queueView, QueueOptions } from './queueView';

export function processorCards(ctx: ChipContext, opts: Omit<QueueOptions, 'name'>): HTMLElement {
  const s = ctx.pic.snapshot;
  const cards = s.ps.map((p) => card(ctx, p, opts));
  return el('div', { class: 'pcards' }, ...cards);
}

function card(ctx: ChipContext, p: PSnapshot, opts: Omit<QueueOptions, 'name'>): HTMLElement {
  const holdsStop = p.running !== null && p.running === ctx.stopped;
  const title = `P${p.id}`;
  const status = el('span', { class: `pstatus pstatus-${p.status}`, text: p.status });
  const m = el('span', { class: 'mlabel', title: 'the machine thread (M) driving this P', text: p.m !== null ? `M${p.m}` : 'no M' });
  const running =
    p.running !== null && p.status !== 'idle'
      ? goroutineChip(ctx, p.running, `P${p.id} running`)
      : el('span', { class: 'empty', text: p.status === 'idle' ? 'idle' : 'nothing (scheduling)' });
  const runnext = p.runnext !== null ? goroutineChip(ctx, p.runnext, `P${p.id} runnext`) : el('span', { class: 'empty', text: 'empty' });
  const queue = queueView(ctx, p.runq, { ...opts, name: `P${p.id} local` });
  const node = el(
    'section',
    {
      class: `pcard${holdsStop ? ' holds-stop' : ''}${p.status === 'idle' ? ' idle' : ''}`,
      'data-p': p.id,
      'aria-label': `Processor ${p.id}, ${p.status}${p.m !== null ? `, thread M${p.m}` : ''}${holdsStop ? ', holds the stopped goroutine' : ''}`,
    },
    el('header', {}, el('h3', { text: title }), status, m, holdsStop ? el('span', { class: 'stop-badge', text: 'stopped here' }) : null, el('span', { class: 'muted tick', title: 'schedtick: scheduling rounds', text: `tick ${p.schedtick}` })),
    slot('running', 'the goroutine running on this P', running),
    slot('runnext', 'runnext: the goroutine this P runs next', runnext),
    slot(`local queue (${p.runq.length})`, 'the local run queue, head first', queue),
    p.timers ? el('div', { class: 'muted small', text: `${p.timers} timer${p.timers === 1 ? '' : 's'} in this P's heap` }) : null,
  );
  return node;
}

function slot(name: string, title: string, content: HTMLElement): HTMLElement {
  const key = name.split(' ')[0];
  return el('div', { class: `slot slot-${key}`, 'data-slot': key }, el('span', { class: 'slot-name', title, text: name }), el('div', { class: 'slot-body', 'data-nav': '' }, content));
}
