// The goroutine tooltip: its state, its stack (innermost first) and the go
// statement that created it, shown while a goroutine is hovered or focused.

import { formatNs } from './durations';
import { el } from './dom';
import { describePlace, Picture, placeOf } from './picture';

export class GoroutineTooltip {
  readonly node = el('div', { id: 'g-tooltip', class: 'tooltip', role: 'tooltip', hidden: true });
  private shownFor: HTMLElement | null = null;

  constructor(private pic: () => Picture | null) {
    document.body.append(this.node);
    document.addEventListener('mouseover', (e) => this.follow(e.target));
    document.addEventListener('focusin', (e) => this.follow(e.target));
    document.addEventListener('mouseout', (e) => {
      if (this.shownFor && !this.shownFor.contains(e.relatedTarget as Node | null)) this.hide();
    });
    document.addEventListener('focusout', () => this.hide());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
  }

  private follow(target: EventTarget | null): void {
    const chip = target instanceof Element ? target.closest<HTMLElement>('[data-goid]') : null;
    if (!chip) return;
    this.show(chip, Number(chip.dataset.goid));
  }

  show(anchor: HTMLElement, goid: number, at?: { x: number; y: number }): void {
    const pic = this.pic();
    const g = pic?.byId.get(goid);
    if (!pic || !g) {
      this.hide();
      return;
    }
    const state = g.status === 'waiting' ? `[${g.waitReason}]` : `[${g.status}]`;
    const since = pic.snapshot.time - g.since;
    const frames = g.stack.length
      ? g.stack.map((f) => el('li', {}, el('span', { class: 'fn', text: f.func }), el('span', { class: 'loc', text: ` ${basename(f.file)}:${f.line}` })))
      : [el('li', { class: 'muted', text: `${g.startFunc} (runtime)` })];
    const parts = [
      el('div', { class: 'tt-head' }, el('strong', { text: `goroutine ${g.id} ` }), state, el('span', { class: 'muted', text: ` for ${formatNs(since)}` })),
      el('div', { class: 'muted', text: describePlace(placeOf(pic, goid)) }),
      el('ol', { class: 'stack' }, ...frames),
    ];
    if (g.createdBy) parts.push(el('div', { class: 'muted', text: `created by ${g.createdBy.func} in goroutine ${g.createdBy.goid}, line ${g.createdBy.line}` }));
    this.node.replaceChildren(...parts);
    this.node.hidden = false;
    anchor.setAttribute('aria-describedby', this.node.id);
    this.shownFor = anchor;
    this.place(at ?? anchorPoint(anchor));
  }

  hide(): void {
    this.node.hidden = true;
    this.shownFor?.removeAttribute('aria-describedby');
    this.shownFor = null;
  }

  private place(at: { x: number; y: number }): void {
    const w = this.node.offsetWidth;
    const h = this.node.offsetHeight;
    const x = Math.max(4, Math.min(at.x, window.innerWidth - w - 4));
    const below = at.y + 4;
    const y = below + h > window.innerHeight - 4 ? Math.max(4, at.y - h - 28) : below;
    this.node.style.left = `${x + window.scrollX}px`;
    this.node.style.top = `${y + window.scrollY}px`;
  }
}

function anchorPoint(a: HTMLElement): { x: number; y: number } {
  const r = a.getBoundingClientRect();
  return { x: r.left, y: r.bottom };
}

function basename(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i >= 0 ? file.slice(i + 1) : file;
}
