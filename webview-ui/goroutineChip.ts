// A goroutine as the panel draws it everywhere: a small button with its colour,
// its id, where it is (function and line), marked when it changed since the
// previous stop, when it is the goroutine the debugger stopped on, and when it
// is the one focused in the Call Stack. Clicking it focuses it in the Call
// Stack; hovering or focusing it shows its stack (tooltip.ts).

import type { GSnapshot } from '../src/protocol/snapshot';
import type { Change } from './changes';
import { el } from './dom';
import { goroutineHue } from './colours';
import { describePlace, Picture, placeOf, shortFunc } from './picture';

export interface ChipContext {
  pic: Picture;
  changes: Map<number, Change>;
  stopped: number | null;
  focused: number | null;
}

const changeWords: Record<Change, string> = {
  new: 'new since the previous stop',
  moved: 'moved since the previous stop',
  blocked: 'blocked since the previous stop',
  woken: 'woken since the previous stop',
};

export function goroutineChip(ctx: ChipContext, id: number, where: string, extra = ''): HTMLButtonElement {
  const g = ctx.pic.byId.get(id);
  const change = ctx.changes.get(id);
  const classes = ['g'];
  if (change) classes.push(`changed-${change}`);
  if (id === ctx.stopped) classes.push('stopped');
  if (id === ctx.focused) classes.push('focused');
  if (g?.system) classes.push('system');
  const label = [
    `Goroutine ${id}`,
    g ? `${g.func}${g.line ? ` line ${g.line}` : ''}` : '',
    describePlace(placeOf(ctx.pic, id)),
    extra,
    change ? changeWords[change] : '',
    id === ctx.stopped ? 'the debugger stopped here' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const chip = el(
    'button',
    { class: classes.join(' '), type: 'button', 'data-goid': id, 'data-key': `${where}:${id}`, tabindex: -1, 'aria-label': label },
    swatch(id),
    el('span', { class: 'gid', text: `G${id}` }),
    g ? functionLabel(g) : null,
    extra ? el('span', { class: 'extra', text: extra }) : null,
  );
  return chip;
}

export function swatch(id: number): HTMLSpanElement {
  const s = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.setProperty('--g-hue', String(goroutineHue(id)));
  return s;
}

function functionLabel(g: GSnapshot): HTMLSpanElement {
  return el('span', { class: 'fn' }, shortFunc(g.func), g.line ? el('span', { class: 'line', text: `:${g.line}` }) : null);
}
