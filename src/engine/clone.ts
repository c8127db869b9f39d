// Checkpoints: a deep copy of a whole machine — goroutines, frames, heap,
// channels, timers, scheduler queues — that can be run on as if nothing had
// happened. This is what makes time travel cheap to build: goroutines are plain
// data (DESIGN.md principle 1), so a copy of the data is a copy of the program's
// state.
//
// What is shared rather than copied: the compiled program (function prototypes,
// run-time types, the Program and options objects) and JavaScript functions
// (generated code, natives, the front door's hooks, which the caller replaces).
// A goroutine suspended inside a native that calls back into Go (a JavaScript
// generator, e.g. fmt calling a String method) cannot be copied: capture then
// reports that the moment is not a good one and the caller tries later.

import type { Machine } from '../runtime/machine';
import { FuncProto } from '../vm/func';
import { RType } from '../vm/rtype';
import { chanIdState, restoreChanIds } from '../runtime/chan';
import { restoreTimerSeq, timerSeqState } from '../runtime/timers';
import { adoptPool, poolState } from '../stdlib/fmt/pool';
import { objectIdIfAny, objectIdState, restoreObjectIdState, setObjectId } from '../vm/value';

/** A machine at one moment, ready to be turned back into a running machine (any number of times). */
export interface MachineImage {
  /** The copied state, never run itself: restore copies it again. */
  readonly state: CopiedState;
  /** Module-level numbering the machine depends on. */
  readonly objectIds: number;
  readonly chanIds: number;
  readonly timerSeq: number;
  /** Objects copied: a rough measure of the image's memory. */
  readonly objects: number;
}

/**
 * Everything a run changes: the machine, the package-level variables (which
 * live in the program), fmt's printer pool, and what an observer keeps about
 * the moment (the debugger's per-frame marks, copied in the same pass so that
 * its references to frames and goroutines point into the copy).
 */
interface CopiedState {
  machine: Machine;
  globals: unknown[];
  fmtPool: unknown;
  extra: unknown;
}

class NotCopyable extends Error {}

const GeneratorProto = Object.getPrototypeOf(function* () {
  /* empty */
}.prototype);

/**
 * A deep copy of everything reachable from `root`, except shared objects.
 * Two passes: first allocate an empty shell for every reachable object (so
 * cycles and shared references keep their shape), then fill the shells.
 */
export function deepCopy<T>(root: T, shared: (o: object) => boolean): { copy: T; count: number } {
  const shells = new Map<object, object>();
  const order: object[] = [];
  const weakTargets = new Map<WeakRef<object>, object | undefined>();
  const stack: unknown[] = [root];
  const visit = (v: unknown) => {
    if (typeof v === 'object' && v !== null && !shells.has(v)) stack.push(v);
  };
  while (stack.length) {
    const o = stack.pop() as object;
    if (typeof o !== 'object' || o === null || shells.has(o)) continue;
    if (shared(o)) {
      shells.set(o, o);
      continue;
    }
    let shell: object;
    if (Array.isArray(o)) {
      shell = new Array(o.length);
      for (let i = 0; i < o.length; i++) visit(o[i]);
    } else if (o instanceof Map) {
      shell = new Map();
      for (const [k, v] of o) {
        visit(k);
        visit(v);
      }
    } else if (o instanceof Set) {
      shell = new Set();
      for (const v of o) visit(v);
    } else if (ArrayBuffer.isView(o)) {
      shell = (o as unknown as Uint8Array).slice();
    } else if (o instanceof WeakRef) {
      const target = o.deref();
      weakTargets.set(o, target);
      visit(target);
      shell = o; // replaced when filled (a WeakRef's target is fixed at construction)
    } else if (o instanceof WeakMap || o instanceof WeakSet || o instanceof Promise) {
      throw new NotCopyable(`cannot copy a ${o.constructor.name}`);
    } else {
      const proto = Object.getPrototypeOf(o);
      if (proto === GeneratorProto || Object.getPrototypeOf(proto ?? {}) === GeneratorProto) throw new NotCopyable('a goroutine is inside a native call');
      shell = Object.create(proto);
      for (const k of Object.keys(o)) visit((o as Record<string, unknown>)[k]);
    }
    shells.set(o, shell);
    order.push(o);
  }
  const get = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (v instanceof WeakRef) {
      const target = weakTargets.get(v);
      return new WeakRef(target === undefined ? {} : (shells.get(target) as object));
    }
    return shells.get(v);
  };
  for (const o of order) {
    const shell = shells.get(o)!;
    if (Array.isArray(o)) {
      const a = shell as unknown[];
      for (let i = 0; i < o.length; i++) if (i in o) a[i] = get(o[i]);
    } else if (o instanceof Map) {
      const m = shell as Map<unknown, unknown>;
      for (const [k, v] of o) m.set(get(k), get(v));
    } else if (o instanceof Set) {
      const s = shell as Set<unknown>;
      for (const v of o) s.add(get(v));
    } else if (ArrayBuffer.isView(o) || o instanceof WeakRef) {
      // filled at allocation / made by get
    } else {
      const src = o as Record<string, unknown>;
      const dst = shell as Record<string, unknown>;
      for (const k of Object.keys(src)) dst[k] = get(src[k]);
    }
    const id = objectIdIfAny(o);
    if (id !== undefined) setObjectId(shell, id);
  }
  return { copy: get(root) as T, count: order.length };
}

function sharedIn(m: Machine): (o: object) => boolean {
  const program = m.program as object;
  const options = m.options as object;
  return (o) => o === program || o === options || o instanceof FuncProto || o instanceof RType;
}

/** Whether the machine can be copied now: no goroutine is suspended inside a native that called back into Go. */
export function capturable(m: Machine): boolean {
  return m.allgs.every((g) => g.frames.every((fr) => fr.gen === null));
}

/**
 * The machine's state now (with `extra`, an observer's data that may refer
 * into the machine), or null if this is not a moment that can be copied (try
 * again later).
 */
export function capture(m: Machine, extra: unknown = null): MachineImage | null {
  const live: CopiedState = { machine: m, globals: m.program.globals.map((g) => g.cell[0]), fmtPool: poolState(m), extra };
  try {
    const { copy, count } = deepCopy(live, sharedIn(m));
    return { state: copy, objectIds: objectIdState(), chanIds: chanIdState(), timerSeq: timerSeqState(), objects: count };
  } catch (e) {
    if (e instanceof NotCopyable) return null;
    throw e;
  }
}

/** A running machine in the state the image holds (the image stays usable). */
export function restore(image: MachineImage): Machine {
  return restoreWith(image).machine;
}

/** Like restore, with a copy of the observer's data captured with the machine. */
export function restoreWith(image: MachineImage): { machine: Machine; extra: unknown } {
  const { copy } = deepCopy(image.state, sharedIn(image.state.machine));
  const m = copy.machine;
  m.program.globals.forEach((g, i) => (g.cell[0] = copy.globals[i]));
  if (copy.fmtPool !== null) adoptPool(m, copy.fmtPool);
  restoreObjectIdState(image.objectIds);
  restoreChanIds(image.chanIds);
  restoreTimerSeq(image.timerSeq);
  return { machine: m, extra: copy.extra };
}
