// Native parts of package fmt. Each printing function has a fast native,
// which formats without calling Go code and gives up when a value has a
// method to call, and a generator native for that case (fmt/methods.ts).
// The formatting engine is in ./fmt/, the scanner in ./fmt/scan.ts.

import type { GoCall, NativeHost, NativeImpl } from '../vm/native';
import type { Iface } from '../vm/value';
import { Slice } from '../vm/value';
import type { Machine } from '../runtime/machine';
import { NEEDS_METHODS, noMethods, printWithMethods, PrintJob } from './fmt/methods';
import { endFast, returnSlot, startFast, takeSlot } from './fmt/pool';
import { Printer } from './fmt/printer';
import { scanNatives } from './fmt/scan';

/** The fast path's printer: it never calls Go code, so one is enough. */
const fastPrinter = new Printer(noMethods);

/** Prints without methods; null when a method must be called. The printer is valid until the next call. */
function fast(h: NativeHost, job: PrintJob): Printer | null {
  const p = fastPrinter;
  p.reset();
  startFast(h.machine, p);
  try {
    job(p);
  } catch (e) {
    if (e === NEEDS_METHODS) return null;
    throw e;
  }
  endFast(h.machine, p);
  return p;
}

/** Prints calling methods; st is the fmt.State for Format methods. */
function* slow(h: NativeHost, job: PrintJob, st: Iface | null): Generator<GoCall, Printer, unknown[]> {
  const slot = takeSlot(h.machine);
  const p = yield* printWithMethods((q) => {
    q.wid = slot.wid;
    q.prec = slot.prec;
    job(q);
  }, st);
  returnSlot(h.machine, slot, p);
  return p;
}

const printJob = (a: unknown): PrintJob => (p) => p.doPrint(a as Slice | null);
const printlnJob = (a: unknown): PrintJob => (p) => p.doPrintln(a as Slice | null);
const printfJob = (format: unknown, a: unknown): PrintJob => (p) => p.doPrintf(format as string, a as Slice | null);
const errorfJob = (h: NativeHost, format: unknown, a: unknown): PrintJob => (p) => {
  p.wrapErrs = true;
  p.wrapMany = (h.machine as Machine).options.goVersion >= 20;
  p.doPrintf(format as string, a as Slice | null);
};

/** Errorf's wrapped argument indexes as a Go []int. */
function wrappedSlice(p: Printer): Slice {
  const w = p.wrapped();
  return new Slice(w, 0, w.length, w.length);
}

function fastResult(p: Printer | null): [string, boolean] {
  return p === null ? ['', false] : [p.buf, true];
}

export const natives: Record<string, NativeImpl> = {
  'fmt.sprint': { fn: (h, [a]) => fastResult(fast(h, printJob(a))) },
  'fmt.sprintln': { fn: (h, [a]) => fastResult(fast(h, printlnJob(a))) },
  'fmt.sprintf': { fn: (h, [format, a]) => fastResult(fast(h, printfJob(format, a))) },
  'fmt.errorf': {
    fn: (h, [format, a]) => {
      const p = fast(h, errorfJob(h, format, a));
      return p === null ? ['', null, false] : [p.buf, wrappedSlice(p), true];
    },
  },
  'fmt.sprintMethods': {
    recovers: true,
    *gen(h, [a, st]) {
      return (yield* slow(h, printJob(a), st as Iface)).buf;
    },
  },
  'fmt.sprintlnMethods': {
    recovers: true,
    *gen(h, [a, st]) {
      return (yield* slow(h, printlnJob(a), st as Iface)).buf;
    },
  },
  'fmt.sprintfMethods': {
    recovers: true,
    *gen(h, [format, a, st]) {
      return (yield* slow(h, printfJob(format, a), st as Iface)).buf;
    },
  },
  'fmt.errorfMethods': {
    recovers: true,
    *gen(h, [format, a, st]) {
      const p = yield* slow(h, errorfJob(h, format, a), st as Iface);
      return [p.buf, wrappedSlice(p)];
    },
  },
  ...scanNatives,
};
