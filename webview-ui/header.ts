// The panel's header: why the program is where it is (stopped on which
// goroutine, running, exited), the virtual clock, GOMAXPROCS, goroutine counts,
// the scheduler's counters, and what changed since the previous stop.

import type { Changes } from './changes';
import { el } from './dom';
import { formatNs } from './durations';
import { Picture, shortFunc } from './picture';

export interface HeaderFacts {
  pic: Picture;
  cause: 'stopped' | 'running' | 'exited';
  threadId: number | null;
  changes: Changes;
  sessionEnded: boolean;
  hasBaseline: boolean;
}

export function headerView(f: HeaderFacts): HTMLElement {
  const s = f.pic.snapshot;
  return el(
    'div',
    { class: 'header-body' },
    el('div', { class: 'status', role: 'status', 'aria-live': 'polite' }, statusWords(f)),
    el(
      'dl',
      { class: 'facts' },
      ...fact('clock', formatNs(s.time), s.clock, 'fact-clock'),
      ...fact('GOMAXPROCS', String(s.gomaxprocs), `${s.gomaxprocs} processors (Ps); NumCPU ${s.numCPU}`, 'fact-gomaxprocs'),
      ...fact('preemption', s.preemption, s.preemption === 'async' ? 'asynchronous preemption (Go 1.14 and later)' : 'cooperative: only at function calls and blocking points'),
      ...fact('goroutines', goroutineCounts(f.pic), `${f.pic.counts.system} runtime goroutines not counted`, 'fact-goroutines'),
      ...fact('switches', String(s.counters.switches), 'goroutine switches: times a P started running a goroutine', 'fact-switches'),
      ...fact('steals', String(s.counters.steals), 'times an idle P stole work from another', 'fact-steals'),
      ...fact('preemptions', String(s.counters.preemptions), 'goroutines preempted by sysmon after 10 ms', 'fact-preemptions'),
      ...fact('created', String(s.counters.goroutinesCreated), 'goroutines created by go statements'),
    ),
    changesLine(f),
  );
}

function statusWords(f: HeaderFacts): string {
  const s = f.pic.snapshot;
  if (f.cause === 'exited' || s.exited) return `Exited with status ${s.exitCode}`;
  const tail = f.sessionEnded ? ' (session ended)' : '';
  if (f.cause === 'running') return `Running…${tail}`;
  const g = f.threadId !== null ? f.pic.byId.get(f.threadId) : undefined;
  if (!g) return `Stopped${tail}`;
  return `Stopped on G${g.id} in ${shortFunc(g.func)}${g.line ? ` at line ${g.line}` : ''}${tail}`;
}

function goroutineCounts(pic: Picture): string {
  const c = pic.counts;
  const user = c.running + c.runnable + c.waiting + c.syscall;
  const parts = [`${c.running} running`, `${c.runnable} runnable`, `${c.waiting} waiting`];
  if (c.syscall) parts.push(`${c.syscall} in syscalls`);
  return `${user} (${parts.join(', ')})`;
}

function fact(name: string, value: string, title: string, id?: string): HTMLElement[] {
  return [el('dt', { text: name, title }), el('dd', { text: value, title, 'data-fact': id ?? null })];
}

function changesLine(f: HeaderFacts): HTMLElement {
  if (!f.hasBaseline) return el('div', { class: 'changes muted', text: 'First stop: changes are marked from the next one.' });
  const c = f.changes.count;
  const items: HTMLElement[] = [];
  const add = (cls: string, n: number, word: string) => {
    if (n) items.push(el('span', { class: `legend changed-${cls}`, text: `${n} ${word}` }));
  };
  add('new', c.new, 'new');
  add('moved', c.moved, 'moved');
  add('blocked', c.blocked, 'blocked');
  add('woken', c.woken, 'woken');
  if (f.changes.ended.length) {
    const shown = f.changes.ended.slice(0, 8).map((id) => `G${id}`).join(', ');
    items.push(el('span', { class: 'legend ended', text: `${f.changes.ended.length} ended (${shown}${f.changes.ended.length > 8 ? ', …' : ''})` }));
  }
  if (!items.length) return el('div', { class: 'changes muted', text: 'No goroutine changed place since the previous stop.' });
  return el('div', { class: 'changes', 'aria-label': 'Changes since the previous stop' }, el('span', { class: 'muted', text: 'Since the previous stop: ' }), ...items);
}
