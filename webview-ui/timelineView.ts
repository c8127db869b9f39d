// The timeline: one lane per P, a coloured span for each goroutine while it
// runs there (colour per goroutine, as in go tool trace), marks where
// goroutines block (▼), are woken (▲), are created (●), are preempted or yield
// (◆) and are stolen (↔), and a cursor at the current stop. Drawn on a canvas
// from timelineLanes.ts, so only what is in view costs anything.
//
// Scroll: drag, Shift+wheel or ←/→. Zoom: Ctrl+wheel, +/− or the buttons.
// "All" shows the whole run at every stop (the default); "follow" keeps the
// zoom and scrolls so the current stop stays in view.
//
// Time travel: a click on the time axis or on an empty stretch of a lane (or
// an Alt+click anywhere) travels to that moment; a click on a goroutine's
// span selects the goroutine.

import type { PanelState } from '../src/protocol/panel';
import { goroutineColour, themeKind } from './colours';
import { el } from './dom';
import { formatNs } from './durations';
import { Lane, Mark, MarkKind, TimelineLanes } from './timelineLanes';

type Viewport = Required<PanelState>['timeline'];

const laneH = 20;
const laneGap = 4;
const axisH = 18;
const labelW = 36;

export interface TimelineCallbacks {
  onSelect: (goid: number) => void;
  /** A moment (virtual ns) the user clicked: travel there. */
  onTravel: (time: number) => void;
  onViewChange: (v: Viewport) => void;
  describeG: (goid: number) => string;
}

export class TimelineView {
  readonly node: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly tip: HTMLDivElement;
  private readonly followButton: HTMLButtonElement;
  private readonly allButton: HTMLButtonElement;
  private view: Viewport;
  private cursor = 0;
  private highlight: number | null = null;
  /** The canvas's CSS width, as the ResizeObserver last saw it (reading it from the DOM would force a layout). */
  private width = 0;
  private drag: { x: number; start: number; moved: boolean } | null = null;

  constructor(
    private readonly lanes: TimelineLanes,
    private readonly cb: TimelineCallbacks,
    saved: Viewport | undefined,
  ) {
    this.view = saved && saved.nsPerPx > 0 ? { ...saved } : { start: 0, nsPerPx: 1000, mode: 'all' };
    this.canvas = el('canvas', { class: 'timeline-canvas', tabindex: 0, role: 'img', 'aria-label': 'Timeline' });
    this.tip = el('div', { class: 'tooltip tl-tip', role: 'tooltip', hidden: true });
    const button = (label: string, icon: string, text: string, act: () => void) => {
      const b = el('button', { type: 'button', class: 'tool', title: label, 'aria-label': label }, el('span', { class: `codicon codicon-${icon}`, 'aria-hidden': 'true' }), text ? el('span', { class: 'tool-text', text }) : null);
      b.addEventListener('click', act);
      return b;
    };
    this.followButton = button('Follow the current stop at this zoom', 'pinned', 'follow', () => this.setMode(this.view.mode === 'follow' ? 'free' : 'follow'));
    this.allButton = button('Show the whole run at every stop', 'screen-full', 'all', () => this.setMode('all'));
    const tools = el(
      'div',
      { class: 'tools', role: 'toolbar', 'aria-label': 'Timeline zoom and scroll' },
      button('Zoom in', 'zoom-in', '', () => this.zoom(0.5)),
      button('Zoom out', 'zoom-out', '', () => this.zoom(2)),
      this.allButton,
      this.followButton,
    );
    const wrap = el('div', { class: 'timeline-wrap' }, this.canvas, this.tip);
    this.node = el('div', { class: 'timeline' }, tools, wrap);
    this.listen();
    new ResizeObserver((entries) => {
      this.width = entries[entries.length - 1].contentRect.width;
      this.draw();
    }).observe(wrap);
    this.syncButtons();
  }

  /** A new snapshot at virtual time `now`: move the cursor and, when following, the view. */
  update(now: number): void {
    this.cursor = now;
    const w = this.plotWidth();
    if (this.view.mode === 'all') {
      this.fitAll();
      return;
    }
    if (this.view.mode === 'follow') {
      const right = this.view.start + w * this.view.nsPerPx;
      if (now > right - w * this.view.nsPerPx * 0.1 || now < this.view.start) this.view.start = Math.max(0, now - w * this.view.nsPerPx * 0.85);
    }
    this.draw();
  }

  setHighlight(goid: number | null): void {
    if (goid === this.highlight) return;
    this.highlight = goid;
    this.draw();
  }

  get viewport(): Viewport {
    return { ...this.view };
  }

  private plotWidth(): number {
    return Math.max(50, (this.width || this.canvas.clientWidth || 400) - labelW);
  }

  private setMode(mode: Viewport['mode']): void {
    this.view.mode = mode;
    this.syncButtons();
    this.update(this.cursor);
    this.cb.onViewChange(this.viewport);
  }

  private syncButtons(): void {
    this.followButton.setAttribute('aria-pressed', this.view.mode === 'follow' ? 'true' : 'false');
    this.allButton.setAttribute('aria-pressed', this.view.mode === 'all' ? 'true' : 'false');
  }

  private zoom(factor: number, atX?: number): void {
    const w = this.plotWidth();
    const x = atX ?? (this.view.mode === 'free' ? w / 2 : Math.min(w, (this.cursor - this.view.start) / this.view.nsPerPx));
    const t = this.view.start + x * this.view.nsPerPx;
    if (this.view.mode === 'all') {
      this.view.mode = 'follow';
      this.syncButtons();
    }
    this.view.nsPerPx = Math.min(1e9, Math.max(0.5, this.view.nsPerPx * factor));
    this.view.start = Math.max(0, t - x * this.view.nsPerPx);
    this.draw();
    this.cb.onViewChange(this.viewport);
  }

  private pan(px: number): void {
    this.view.start = Math.max(0, this.view.start + px * this.view.nsPerPx);
    this.view.mode = 'free';
    this.syncButtons();
    this.draw();
    this.cb.onViewChange(this.viewport);
  }

  private fitAll(): void {
    const from = this.lanes.start;
    const to = Math.max(this.lanes.end, this.cursor, from + 1000);
    this.view.start = from;
    this.view.nsPerPx = (to - from) / (this.plotWidth() * 0.98);
    this.draw();
    this.cb.onViewChange(this.viewport);
  }

  private listen(): void {
    const c = this.canvas;
    c.addEventListener('wheel', (e) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        this.zoom(e.deltaY > 0 ? 1.25 : 0.8, e.offsetX - labelW);
      } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        this.pan(e.shiftKey ? e.deltaY : e.deltaX);
      }
    });
    c.addEventListener('pointerdown', (e) => {
      this.drag = { x: e.clientX, start: this.view.start, moved: false };
      c.setPointerCapture(e.pointerId);
    });
    c.addEventListener('pointermove', (e) => {
      if (this.drag && (e.buttons & 1) !== 0) {
        const dx = e.clientX - this.drag.x;
        if (Math.abs(dx) > 3) this.drag.moved = true;
        if (this.drag.moved) {
          this.view.start = Math.max(0, this.drag.start - dx * this.view.nsPerPx);
          if (this.view.mode !== 'free') {
            this.view.mode = 'free';
            this.syncButtons();
          }
          this.draw();
        }
        return;
      }
      this.hover(e.offsetX, e.offsetY);
    });
    c.addEventListener('pointerup', (e) => {
      const d = this.drag;
      this.drag = null;
      if (d && d.moved) {
        this.cb.onViewChange(this.viewport);
        return;
      }
      const hit = e.altKey ? null : this.hitTest(e.offsetX, e.offsetY);
      if (hit) this.cb.onSelect(hit.g);
      else if (e.offsetX >= labelW) this.cb.onTravel(Math.max(0, Math.round(this.view.start + (e.offsetX - labelW) * this.view.nsPerPx)));
    });
    c.addEventListener('pointerleave', () => {
      this.tip.hidden = true;
      this.setHighlight(null);
    });
    c.addEventListener('keydown', (e) => {
      const w = this.plotWidth();
      switch (e.key) {
        case 'ArrowLeft':
          this.pan(-w * 0.2);
          break;
        case 'ArrowRight':
          this.pan(w * 0.2);
          break;
        case '+':
        case '=':
          this.zoom(0.5);
          break;
        case '-':
        case '_':
          this.zoom(2);
          break;
        case 'Home':
        case '0':
          this.setMode('all');
          break;
        case 'End':
        case 'f':
          this.setMode('follow');
          break;
        default:
          return;
      }
      e.preventDefault();
    });
  }

  private hitTest(x: number, y: number): { g: number; p: number; start: number; end: number } | null {
    const p = Math.floor((y - axisH) / (laneH + laneGap));
    if (x < labelW || p < 0 || p >= this.lanes.lanes.length) return null;
    if ((y - axisH) % (laneH + laneGap) > laneH) return null;
    const t = this.view.start + (x - labelW) * this.view.nsPerPx;
    const lane = this.lanes.lanes[p];
    // Accept a span within 2 px of the pointer: narrow spans are hard to hit.
    const found = lane.goroutineAt(t) ?? lane.goroutineAt(t - 2 * this.view.nsPerPx) ?? lane.goroutineAt(t + 2 * this.view.nsPerPx);
    return found ? { ...found, p } : null;
  }

  private hover(x: number, y: number): void {
    const hit = this.hitTest(x, y);
    if (!hit) {
      this.tip.hidden = true;
      this.setHighlight(null);
      return;
    }
    this.tip.textContent = `G${hit.g} ${this.cb.describeG(hit.g)} ran on P${hit.p} from ${formatNs(hit.start)} to ${formatNs(hit.end)} (${formatNs(hit.end - hit.start)})`;
    this.tip.hidden = false;
    this.tip.style.left = `${Math.min(x + 12, Math.max(0, this.canvas.clientWidth - this.tip.offsetWidth))}px`;
    this.tip.style.top = `${y + 14}px`;
    this.setHighlight(hit.g);
  }

  /** Draws the lanes in view. */
  draw(): void {
    const c = this.canvas;
    const cssW = this.width || c.clientWidth || 400;
    const cssH = axisH + Math.max(1, this.lanes.lanes.length) * (laneH + laneGap) + 2;
    const dpr = window.devicePixelRatio || 1;
    if (c.height !== Math.round(cssH * dpr) || c.width !== Math.round(cssW * dpr)) {
      c.width = Math.round(cssW * dpr);
      c.height = Math.round(cssH * dpr);
      c.style.height = `${cssH}px`;
    }
    const g = c.getContext('2d');
    if (!g) return;
    const css = getComputedStyle(document.body);
    const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const fg = colour('--vscode-foreground', '#ccc');
    const muted = colour('--vscode-descriptionForeground', '#999');
    const grid = colour('--vscode-editorWidget-border', 'rgba(128,128,128,.35)');
    const stripe = colour('--vscode-list-hoverBackground', 'rgba(128,128,128,.08)');
    const cursorColour = colour('--vscode-debugIcon-pauseForeground', colour('--vscode-focusBorder', '#f80'));
    const font = css.getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
    const theme = themeKind(document.body);
    const markColours: Record<MarkKind, string> = {
      block: colour('--vscode-charts-red', '#e05252'),
      unblock: colour('--vscode-charts-green', '#3ba55c'),
      create: colour('--vscode-charts-blue', '#3794ff'),
      end: muted,
      preempt: colour('--vscode-charts-orange', '#d18616'),
      sched: colour('--vscode-charts-yellow', '#cca700'),
      steal: colour('--vscode-charts-purple', '#b180d7'),
    };
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, cssW, cssH);
    g.font = `11px ${font}`;
    g.textBaseline = 'middle';
    const { start, nsPerPx } = this.view;
    const plotW = cssW - labelW;
    const end = start + plotW * nsPerPx;
    const xOf = (t: number) => labelW + (t - start) / nsPerPx;

    // Axis: ticks at 1-2-5 steps about 90 px apart.
    const step = niceStep(nsPerPx * 90);
    g.strokeStyle = grid;
    g.fillStyle = muted;
    g.lineWidth = 1;
    for (let t = Math.ceil(start / step) * step; t <= end; t += step) {
      const x = Math.round(xOf(t)) + 0.5;
      g.beginPath();
      g.moveTo(x, axisH - 4);
      g.lineTo(x, cssH);
      g.stroke();
      const label = formatTick(t, step);
      if (x + 3 + g.measureText(label).width < cssW) g.fillText(label, x + 3, axisH / 2);
    }
    const colourOf = new Map<number, string>();
    const gColour = (id: number) => {
      let s = colourOf.get(id);
      if (!s) colourOf.set(id, (s = goroutineColour(id, theme)));
      return s;
    };
    this.lanes.lanes.forEach((lane, p) => {
      const y = axisH + p * (laneH + laneGap);
      g.fillStyle = stripe;
      g.fillRect(labelW, y, plotW, laneH);
      g.fillStyle = fg;
      g.fillText(`P${p}`, 4, y + laneH / 2);
      this.drawSpans(g, lane, y, start, end, xOf, gColour);
      this.drawMarks(g, lane.marks, lane, y, start, end, xOf, markColours);
    });
    // The current stop.
    if (this.cursor >= start && this.cursor <= end) {
      const x = Math.round(xOf(this.cursor)) + 0.5;
      g.strokeStyle = cursorColour;
      g.lineWidth = 2;
      g.beginPath();
      g.moveTo(x, 0);
      g.lineTo(x, cssH);
      g.stroke();
    }
    this.canvas.setAttribute('aria-label', this.describe());
  }

  private drawSpans(g: CanvasRenderingContext2D, lane: Lane, y: number, start: number, end: number, xOf: (t: number) => number, colourOf: (id: number) => string): void {
    let lastPx = -1;
    const draw = (s: number, e: number, id: number) => {
      const x0 = Math.max(labelW, xOf(s));
      // At least 2 px, so a goroutine that ran for a moment still shows.
      const x1 = Math.min(xOf(end), Math.max(xOf(e), x0 + 2));
      // Many spans in one pixel column: draw the first only.
      if (Math.floor(x1) <= lastPx) return;
      lastPx = Math.floor(x1);
      const hl = this.highlight !== null;
      g.globalAlpha = hl && this.highlight !== id ? 0.35 : 1;
      g.fillStyle = colourOf(id);
      g.fillRect(x0, y + 1, x1 - x0, laneH - 2);
      if (x1 - x0 > 34) {
        g.fillStyle = '#000';
        g.fillText(`G${id}`, x0 + 3, y + laneH / 2, x1 - x0 - 6);
      }
      g.globalAlpha = 1;
    };
    for (let i = lane.firstEndingAfter(start); i < lane.starts.length && lane.starts[i] <= end; i++) draw(lane.starts[i], lane.ends[i], lane.gs[i]);
    if (lane.open && lane.open.start <= end) draw(lane.open.start, Math.max(lane.now, this.cursor, lane.open.start), lane.open.g);
  }

  private drawMarks(g: CanvasRenderingContext2D, marks: Mark[], lane: Lane, y: number, start: number, end: number, xOf: (t: number) => number, colours: Record<MarkKind, string>): void {
    const lastPx: Partial<Record<MarkKind, number>> = {};
    for (let i = lane.firstMarkAt(start); i < marks.length && marks[i].t <= end; i++) {
      const m = marks[i];
      const x = Math.round(xOf(m.t));
      if (lastPx[m.kind] !== undefined && x - lastPx[m.kind]! < 3) continue;
      lastPx[m.kind] = x;
      g.fillStyle = colours[m.kind];
      g.beginPath();
      switch (m.kind) {
        case 'block':
          g.moveTo(x - 3, y - 3);
          g.lineTo(x + 3, y - 3);
          g.lineTo(x, y + 2);
          break;
        case 'unblock':
          g.moveTo(x - 3, y + laneH + 3);
          g.lineTo(x + 3, y + laneH + 3);
          g.lineTo(x, y + laneH - 2);
          break;
        case 'create':
          g.arc(x, y + laneH, 2.5, 0, Math.PI * 2);
          break;
        case 'steal':
          g.rect(x - 3, y + laneH / 2 - 1, 6, 2);
          break;
        default:
          g.moveTo(x, y - 3);
          g.lineTo(x + 3, y);
          g.lineTo(x, y + 3);
          g.lineTo(x - 3, y);
      }
      g.closePath();
      g.fill();
    }
  }

  /** The timeline in words, for screen readers. */
  private describe(): string {
    const n = this.lanes.lanes.length;
    const parts = [`Timeline of ${n} processor${n === 1 ? '' : 's'}${this.lanes.sampled ? ' (sampled at stops)' : ''}, showing ${formatNs(this.view.start)} to ${formatNs(this.view.start + this.plotWidth() * this.view.nsPerPx)}.`];
    const at = this.lanes.lanes.map((lane, p) => {
      const r = lane.goroutineAt(this.cursor);
      return r ? `P${p} runs G${r.g}` : `P${p} idle`;
    });
    parts.push(`At ${formatNs(this.cursor)}: ${at.join(', ')}.`);
    parts.push('Arrow keys scroll, plus and minus zoom, Home shows all, End follows the current stop.');
    return parts.join(' ');
  }
}

/** A tick label precise enough that neighbouring ticks `step` apart differ: 20.0605 ms, 20.061 ms. */
export function formatTick(t: number, step: number): string {
  if (t === 0) return '0';
  const [unit, name] = t >= 1e9 ? [1e9, 's'] : t >= 1e6 ? [1e6, 'ms'] : t >= 1e3 ? [1e3, 'µs'] : [1, 'ns'];
  const decimals = Math.max(0, Math.ceil(Math.log10(unit / step) - 1e-9));
  return `${(t / unit).toFixed(decimals)} ${name}`;
}

/** A tick step from the 1-2-5 series at or above `raw`. */
export function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}
