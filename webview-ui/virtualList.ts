// A list that draws only the rows in view: fixed row height, a spacer as tall
// as all rows, and the visible window (plus a margin) rendered on scroll. Long
// lists (the global queue of 10,000 goroutines, the members of a large group)
// cost the same as short ones. Arrow keys move through all rows, not just the
// drawn ones.

import { el } from './dom';

export class VirtualList<T> {
  readonly node: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private items: T[] = [];
  private first = -1;
  private last = -1;
  private focusIndex = -1;
  private scheduled = false;

  constructor(
    private readonly rowHeight: number,
    private readonly renderRow: (item: T, index: number) => HTMLElement,
    label: string,
    private readonly maxRows = 12,
  ) {
    this.spacer = el('div', { class: 'vlist-spacer', role: 'presentation' });
    this.node = el('div', { class: 'vlist', role: 'list', 'aria-label': label }, this.spacer);
    this.node.addEventListener('scroll', () => this.schedule());
    this.node.addEventListener('keydown', (e) => this.onKey(e));
  }

  setItems(items: T[]): void {
    this.items = items;
    this.node.style.height = `${Math.min(items.length, this.maxRows) * this.rowHeight + 2}px`;
    this.spacer.style.height = `${items.length * this.rowHeight}px`;
    this.node.setAttribute('aria-rowcount', String(items.length));
    this.first = this.last = -1;
    this.render();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  /** Draws the rows in view; the height before layout is the list's own height. */
  render(force = true): void {
    const height = this.node.clientHeight || Math.min(this.items.length, this.maxRows) * this.rowHeight;
    const top = this.node.scrollTop;
    const first = Math.max(0, Math.floor(top / this.rowHeight) - 4);
    const last = Math.min(this.items.length, Math.ceil((top + height) / this.rowHeight) + 4);
    if (!force && first === this.first && last === this.last) return;
    if (first === this.first && last === this.last && !force) return;
    this.first = first;
    this.last = last;
    const active = document.activeElement;
    const hadFocus = active instanceof HTMLElement && this.node.contains(active);
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = this.renderRow(this.items[i], i);
      row.classList.add('vrow');
      row.style.top = `${i * this.rowHeight}px`;
      row.setAttribute('role', 'listitem');
      row.setAttribute('aria-posinset', String(i + 1));
      row.setAttribute('aria-setsize', String(this.items.length));
      row.dataset.index = String(i);
      rows.push(row);
    }
    this.spacer.replaceChildren(...rows);
    if (hadFocus && this.focusIndex >= first && this.focusIndex < last) this.focusRow(this.focusIndex);
    // The first row is the list's tab stop.
    const stop = this.spacer.querySelector<HTMLElement>(`[data-index="${Math.max(first, Math.min(this.focusIndex, last - 1))}"] [data-goid], [data-index="${first}"] [data-goid]`);
    if (stop) stop.tabIndex = 0;
  }

  private focusRow(i: number): void {
    const row = this.spacer.querySelector<HTMLElement>(`[data-index="${i}"]`);
    const target = row?.querySelector<HTMLElement>('button, [tabindex]') ?? row;
    target?.focus({ preventScroll: true });
  }

  private onKey(e: KeyboardEvent): void {
    const row = (e.target as HTMLElement).closest<HTMLElement>('.vrow');
    if (!row) return;
    const i = Number(row.dataset.index);
    let next = i;
    if (e.key === 'ArrowDown') next = i + 1;
    else if (e.key === 'ArrowUp') next = i - 1;
    else if (e.key === 'PageDown') next = i + this.maxRows;
    else if (e.key === 'PageUp') next = i - this.maxRows;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.items.length - 1;
    else return;
    e.preventDefault();
    e.stopPropagation();
    next = Math.max(0, Math.min(this.items.length - 1, next));
    this.focusIndex = next;
    const top = next * this.rowHeight;
    if (top < this.node.scrollTop) this.node.scrollTop = top;
    else if (top + this.rowHeight > this.node.scrollTop + this.node.clientHeight) this.node.scrollTop = top + this.rowHeight - this.node.clientHeight;
    this.render();
    this.focusRow(next);
  }
}
