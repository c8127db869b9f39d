// The Scheduler panel's view: receives the host's messages, keeps the picture
// of the latest snapshot and the one at the previous stop, and redraws its
// sections — header, P cards, global run queue, timeline, blocked goroutines.
// Each snapshot is applied synchronously in one pass (a few milliseconds for
// 10,000 goroutines): long lists are grouped and virtualised, so the DOM stays
// small whatever the program does.

import type { HostToPanel, PanelState, SnapshotDidChange } from '../src/protocol/panel';
import { blockedView } from './blockedView';
import { Changes, changesSince } from './changes';
import { el, replaceKeepingFocus } from './dom';
import type { ChipContext } from './goroutineChip';
import { headerView } from './header';
import { makePicture, Picture, shortFunc } from './picture';
import { processorCards } from './processors';
import { queueView } from './queueView';
import { TimelineLanes } from './timelineLanes';
import { TimelineView } from './timelineView';
import { GoroutineTooltip } from './tooltip';
import type { Host } from './vscodeApi';

export class SchedulerView {
  private pic: Picture | null = null;
  /** The picture at the previous stop: changes are marked against it. */
  private baseline: Picture | null = null;
  private changes: Changes = { of: new Map(), ended: [], count: { new: 0, moved: 0, blocked: 0, woken: 0 } };
  private hasBaseline = false;
  private cause: SnapshotDidChange['cause'] = 'stopped';
  private threadId: number | null = null;
  private sessionId: string | null = null;
  private sessionEnded = false;
  private focused: number | null = null;
  private readonly expanded: Set<string>;
  private showSystem: boolean;
  private readonly lanes = new TimelineLanes();
  private readonly timeline: TimelineView;

  private readonly header = el('header', { class: 'panel-header', id: 'header' });
  private readonly procs = el('div', { class: 'section-body', id: 'processors' });
  private readonly global = el('div', { class: 'section-body', id: 'global-queue' });
  private readonly globalCount = el('span', { class: 'badge' });
  private readonly blocked = el('div', { class: 'section-body', id: 'blocked' });
  private readonly blockedCount = el('span', { class: 'badge' });
  private readonly systemToggle: HTMLInputElement;
  private readonly empty = el('p', { class: 'empty-panel', text: 'Start a gosim debug session (F5 on a .go file) to see its scheduler here.' });

  constructor(
    private readonly root: HTMLElement,
    private readonly host: Host,
  ) {
    const saved = host.state();
    this.expanded = new Set(saved.expanded ?? []);
    this.showSystem = saved.showSystem ?? false;
    this.timeline = new TimelineView(
      this.lanes,
      {
        onSelect: (goid) => this.select(goid),
        onTravel: (time) => this.host.post({ type: 'timeline/travel', time }),
        onViewChange: () => this.save(),
        describeG: (goid) => {
          const g = this.pic?.byId.get(goid);
          return g ? shortFunc(g.startFunc) : '(ended)';
        },
      },
      saved.timeline,
    );
    this.systemToggle = el('input', { type: 'checkbox', id: 'show-system' });
    this.systemToggle.checked = this.showSystem;
    this.systemToggle.addEventListener('change', () => {
      this.showSystem = this.systemToggle.checked;
      this.save();
      this.render();
    });
    const section = (id: string, title: string, ...body: (HTMLElement | null)[]) =>
      el('section', { class: 'section', 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title, ...body.slice(0, -1)), body[body.length - 1]);
    root.replaceChildren(
      this.empty,
      el(
        'main',
        { class: 'panel', hidden: true },
        this.header,
        section('processors', 'Processors (P)', this.procs),
        section('global', 'Global run queue ', this.globalCount, this.global),
        section('timeline', 'Timeline', this.timeline.node),
        section('blocked', 'Blocked goroutines ', this.blockedCount, el('label', { class: 'toggle' }, this.systemToggle, ' runtime goroutines'), this.blocked),
      ),
    );
    new GoroutineTooltip(() => this.pic);
    this.listen();
  }

  receive(msg: HostToPanel): void {
    switch (msg.type) {
      case 'session/didStart':
        if (msg.sessionId !== this.sessionId) this.resetSession(msg.sessionId);
        this.sessionEnded = false;
        break;
      case 'session/didEnd':
        if (msg.sessionId === this.sessionId) {
          this.sessionEnded = true;
          this.render();
        }
        break;
      case 'goroutine/didFocus':
        if (msg.sessionId === this.sessionId) this.setFocused(msg.goid);
        break;
      case 'snapshot/didChange':
        this.apply(msg);
        break;
    }
  }

  /** Applies a snapshot: a new picture, the changes since the previous stop, the timeline, and every section redrawn. */
  apply(msg: SnapshotDidChange): void {
    if (msg.sessionId !== this.sessionId) this.resetSession(msg.sessionId);
    if (msg.replay) {
      this.lanes.reset();
      this.baseline = null;
    }
    const pic = makePicture(msg.snapshot);
    this.changes = changesSince(this.baseline, pic);
    this.hasBaseline = this.baseline !== null;
    if (msg.cause === 'stopped') this.baseline = pic;
    this.pic = pic;
    this.cause = msg.cause;
    this.threadId = msg.threadId;
    this.lanes.addEvents(msg.events);
    this.lanes.addSnapshot(msg.snapshot);
    this.render();
  }

  private resetSession(id: string): void {
    this.sessionId = id;
    this.sessionEnded = false;
    this.pic = null;
    this.baseline = null;
    this.focused = null;
    this.lanes.reset();
  }

  private render(): void {
    const pic = this.pic;
    const main = this.root.querySelector('main')!;
    this.empty.hidden = pic !== null;
    main.hidden = pic === null;
    if (!pic) return;
    const ctx: ChipContext = { pic, changes: this.changes.of, stopped: this.cause === 'stopped' ? this.threadId : null, focused: this.focused };
    const toggle = (key: string) => this.toggle(key);
    replaceKeepingFocus(this.header, headerView({ pic, cause: this.cause, threadId: this.threadId, changes: this.changes, sessionEnded: this.sessionEnded, hasBaseline: this.hasBaseline }));
    replaceKeepingFocus(this.procs, processorCards(ctx, { expanded: this.expanded, onToggle: toggle }));
    const gq = pic.snapshot.globalQueue;
    this.globalCount.textContent = String(gq.length);
    replaceKeepingFocus(this.global, el('div', { class: 'slot-body', 'data-nav': '' }, queueView(ctx, gq, { name: 'global', expanded: this.expanded, onToggle: toggle })));
    const b = blockedView(ctx, { expanded: this.expanded, onToggle: toggle, showSystem: this.showSystem });
    this.blockedCount.textContent = String(b.total);
    replaceKeepingFocus(this.blocked, b.node);
    this.timeline.update(pic.snapshot.time);
  }

  private toggle(key: string): void {
    if (this.expanded.has(key)) this.expanded.delete(key);
    else this.expanded.add(key);
    this.save();
    this.render();
  }

  private select(goid: number): void {
    if (!this.pic?.byId.has(goid)) return;
    this.setFocused(goid);
    this.host.post({ type: 'goroutine/select', goid });
  }

  private setFocused(goid: number | null): void {
    this.focused = goid;
    this.root.querySelectorAll('.g.focused').forEach((n) => n.classList.remove('focused'));
    if (goid !== null) this.root.querySelectorAll(`.g[data-goid="${goid}"]`).forEach((n) => n.classList.add('focused'));
  }

  private save(): void {
    const s: PanelState = { timeline: this.timeline.viewport, expanded: [...this.expanded], showSystem: this.showSystem };
    this.host.saveState(s);
  }

  private listen(): void {
    this.root.addEventListener('click', (e) => {
      const chip = (e.target as Element).closest<HTMLElement>('button.g[data-goid]');
      if (chip) this.select(Number(chip.dataset.goid));
    });
    this.root.addEventListener('mouseover', (e) => {
      const chip = (e.target as Element).closest<HTMLElement>('[data-goid]');
      this.timeline.setHighlight(chip ? Number(chip.dataset.goid) : null);
    });
    // Arrow keys move between the goroutines of one queue or group; Tab moves between groups.
    this.root.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      const nav = target.closest<HTMLElement>('[data-nav]');
      if (!nav || !target.matches('button')) return;
      const buttons = Array.from(nav.querySelectorAll<HTMLButtonElement>('button'));
      const i = buttons.indexOf(target as HTMLButtonElement);
      let next = i;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = i + 1;
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = i - 1;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = buttons.length - 1;
      else return;
      e.preventDefault();
      const to = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
      for (const b of buttons) b.tabIndex = -1;
      to.tabIndex = 0;
      to.focus();
    });
  }
}
