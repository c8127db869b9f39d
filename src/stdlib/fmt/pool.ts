// The free list of printer states, modelled on the sync.Pool Go's fmt keeps
// its printers in: a private slot and a shared stack (one P's view).
//
// It matters because Go never resets a printer's width and precision, only
// the flags saying they are present: a Formatter asking State.Width() or
// Precision() when none was given sees what the printer last parsed, which
// depends on which printer the pool handed out. Each printing call takes a
// slot when it starts and gives it back when it ends; calls made from inside
// String or Format methods take others meanwhile.

import type { Fmt } from './format';

/** The part of a pooled printer that outlives a call. */
export interface PrinterSlot {
  wid: number;
  prec: number;
}

class PrinterPool {
  private privateSlot: PrinterSlot | null = null;
  private readonly shared: PrinterSlot[] = [];

  get(): PrinterSlot {
    const s = this.privateSlot;
    if (s !== null) {
      this.privateSlot = null;
      return s;
    }
    return this.shared.pop() ?? { wid: 0, prec: 0 };
  }

  /** The slot get would return, left in place. */
  peek(): PrinterSlot | null {
    return this.privateSlot ?? this.shared[this.shared.length - 1] ?? null;
  }

  put(s: PrinterSlot): void {
    if (this.privateSlot === null) this.privateSlot = s;
    else this.shared.push(s);
  }
}

/** Printers whose output grew past this are dropped, not pooled (as Go's fmt does). */
const MAX_POOLED_OUTPUT = 64 * 1024;

const pools = new WeakMap<object, PrinterPool>();
const noMachine = {};
let lastMachine: object | null = null;
let lastPool: PrinterPool | null = null;

/** The pool of the program running on a machine (NativeHost.machine). */
function poolOf(machine: unknown): PrinterPool {
  const key = typeof machine === 'object' && machine !== null ? machine : noMachine;
  if (key === lastMachine) return lastPool!;
  let pool = pools.get(key);
  if (pool === undefined) pools.set(key, (pool = new PrinterPool()));
  lastMachine = key;
  lastPool = pool;
  return pool;
}

/** The machine's printer pool as data (checkpoints copy it with the machine). */
export function poolState(machine: object): unknown {
  return pools.get(machine) ?? null;
}

/** Gives a machine restored from a checkpoint the pool its original had. */
export function adoptPool(machine: object, pool: unknown): void {
  if (pool instanceof PrinterPool) pools.set(machine, pool);
  if (lastMachine === machine) lastMachine = null;
}

/** Takes a slot for a printing call (see startFast for the fast path). */
export function takeSlot(machine: unknown): PrinterSlot {
  return poolOf(machine).get();
}

/** Gives a slot back with the printer's final width and precision. */
export function returnSlot(machine: unknown, s: PrinterSlot, p: Fmt): void {
  if (p.buf.length > MAX_POOLED_OUTPUT) return;
  s.wid = p.wid;
  s.prec = p.prec;
  poolOf(machine).put(s);
}

/**
 * The fast path, which may give up, only looks at the slot it would take
 * (startFast) and takes and returns it in one go when it succeeds (endFast).
 */
export function startFast(machine: unknown, p: Fmt): void {
  const s = poolOf(machine).peek();
  p.wid = s === null ? 0 : s.wid;
  p.prec = s === null ? 0 : s.prec;
}

export function endFast(machine: unknown, p: Fmt): void {
  returnSlot(machine, poolOf(machine).get(), p);
}
