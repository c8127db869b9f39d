// Reading the Scheduler panel's DOM back as data: the P cards as drawn, and
// a check that a drawn queue (with folded runs) is exactly a list of goroutines.

import * as assert from 'assert';
import type { PanelPage } from './panelPage';

export interface CardDom {
  p: number;
  status: string;
  m: string;
  running: number | null;
  runnext: number | null;
  /** The local queue as drawn: single goroutines and folded runs, in order. */
  queue: { goid?: number; first?: number; start?: number; count?: number }[];
  holdsStop: boolean;
}

export function readCards(panel: PanelPage): Promise<CardDom[]> {
  return panel.page.$$eval('.pcard', (cards) =>
    cards.map((c) => {
      const goid = (sel: string) => {
        const n = c.querySelector<HTMLElement>(`${sel} [data-goid]`);
        return n ? Number(n.dataset.goid) : null;
      };
      const queue = Array.from(c.querySelectorAll<HTMLElement>('.slot-local [data-goid], .slot-local .run')).map((n) =>
        n.classList.contains('run') ? { first: Number(n.dataset.first), start: Number(n.dataset.start), count: Number(n.dataset.count) } : { goid: Number(n.dataset.goid) },
      );
      return {
        p: Number(c.getAttribute('data-p')),
        status: c.querySelector('.pstatus')!.textContent!,
        m: c.querySelector('.mlabel')!.textContent!,
        running: goid('.slot-running'),
        runnext: goid('.slot-runnext'),
        queue,
        holdsStop: c.classList.contains('holds-stop'),
      };
    }),
  );
}

/** The drawn queue covers exactly the snapshot's queue, in order (runs folded). */
export function assertQueue(drawn: CardDom['queue'], ids: number[], what: string): void {
  let pos = 0;
  for (const e of drawn) {
    if (e.goid !== undefined) {
      assert.strictEqual(e.goid, ids[pos], `${what}: position ${pos + 1}`);
      pos++;
    } else {
      assert.strictEqual(e.start, pos, `${what}: a run starts at position ${pos + 1}`);
      assert.strictEqual(e.first, ids[pos], `${what}: the run's first goroutine`);
      pos += e.count!;
    }
  }
  assert.strictEqual(pos, ids.length, `${what}: the drawn queue holds ${pos} of ${ids.length}`);
}
