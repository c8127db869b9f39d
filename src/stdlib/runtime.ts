// Native parts of package runtime: the scheduler's API (GOMAXPROCS,
// NumGoroutine, Gosched, Goexit, NumCPU) and the print/println builtins.

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import * as panics from '../runtime/panic';
import * as sched from '../runtime/sched';
import { frameLine, traceback } from '../runtime/traceback';
import type { NativeHost, NativeImpl } from '../vm/native';
import { PARK } from '../vm/native';
import { nilPanic } from '../vm/panics';
import { Kind } from '../vm/rtype';
import { fromJS } from '../vm/strings';
import { Iface, Slice } from '../vm/value';
import { P } from '../runtime/g';

function ctx(h: NativeHost): { m: Machine; g: G } {
  return { m: h.machine as Machine, g: h.g as G };
}

export const natives: Record<string, NativeImpl> = {
  'runtime.GOMAXPROCS': {
    fn(h, [n]) {
      const { m } = ctx(h);
      const prev = m.ps.length;
      const want = n as number;
      if (typeof want === 'number' && want > 0 && want !== prev) setProcs(m, want);
      return prev;
    },
  },
  'runtime.NumGoroutine': {
    fn(h) {
      const { m } = ctx(h);
      return m.allgs.filter((g) => !g.system && g.status !== 'dead' && g.status !== 'idle').length;
    },
  },
  'runtime.NumCPU': {
    fn(h) {
      return ctx(h).m.options.numCPU;
    },
  },
  'runtime.Gosched': {
    fn(h) {
      const { m, g } = ctx(h);
      sched.gosched(m, g.p!, g);
      return PARK;
    },
  },
  'runtime.Goexit': {
    fn(h) {
      const { m, g } = ctx(h);
      panics.goexit(m, g);
      return PARK;
    },
  },
  'runtime.GC': { fn: () => undefined },
  'runtime.Version': {
    fn(h) {
      const v = ctx(h).m.options.goVersion;
      return v <= 19 ? 'go1.19.8' : `go1.${v}.0`;
    },
  },
  'runtime.Stack': {
    fn(h, [buf, all]) {
      const { m, g } = ctx(h);
      let text = traceback(m, g, { running: true });
      if (all) for (const o of m.allgs) if (o !== g && !o.system && o.status !== 'dead' && o.status !== 'idle') text += '\n' + traceback(m, o);
      const bytes = fromJS(text);
      const s = buf as Slice | null;
      if (!s) return 0;
      const n = Math.min(s.len, bytes.length);
      for (let i = 0; i < n; i++) s.a[s.off + i] = bytes.charCodeAt(i);
      return n;
    },
  },
  'runtime.printany': {
    fn(h, [ln, args]) {
      const list = args as Slice | null;
      const parts: string[] = [];
      if (list) for (let i = 0; i < list.len; i++) parts.push(printValue(list.a[list.off + i] as Iface | null));
      const text = ln ? parts.join(' ') + '\n' : parts.join('');
      h.write(2, text);
      return undefined;
    },
  },
};

// runtime.Caller and FuncForPC: a program counter names a function and a pc in
// it (simulated addresses: 0x400000 + function id * 2^16 + pc).
const pcBase = 0x400000;
const pcSpan = 0x10000;
natives['runtime.Caller'] = {
  fn(h, [skip]) {
    const { g } = ctx(h);
    const i = g.frames.length - 1 - (skip as number);
    const fr = i >= 0 ? g.frames[i] : undefined;
    if (!fr || (skip as number) < 0) return [0, '', 0, false];
    return [pcBase + fr.fn.id * pcSpan + fr.pc, fromJS(fr.fn.file), frameLine(fr), true];
  },
};
natives['runtime.funcInfo'] = {
  fn(h, [pc]) {
    const { m } = ctx(h);
    const n = Number(pc) - pcBase;
    const fn = n >= 0 ? m.program.funcs[Math.floor(n / pcSpan)] : undefined;
    if (!fn) return ['', '', 0, 0, false];
    const at = n % pcSpan;
    return [fromJS(fn.name), fromJS(fn.file), at > 0 ? fn.lineAt(at - 1) : fn.line, pcBase + fn.id * pcSpan, true];
  },
};
natives['runtime.memInfo'] = {
  fn(h) {
    const { m } = ctx(h);
    const live = m.allgs.filter((g) => g.status !== 'dead' && g.status !== 'idle').length;
    return [live, 0];
  },
};

// runtime/debug.SetMaxStack: the limit the stack-overflow report names.
natives['runtime/debug.SetMaxStack'] = {
  fn(h, [bytes]) {
    const { m } = ctx(h);
    const old = m.maxStackBytes ?? 1000000000;
    m.maxStackBytes = bytes as number;
    return old;
  },
};

// Range-over-func loops (compiler/rangefunc.ts): the checks of a loop body's
// state, and defer statements in a body, which belong to the enclosing function.
/** By the body's state (compiler/rangefunc.ts): READY, BODY, DONE, EXHAUSTED, and a swallowed panic. */
const rangeStates = [
  '',
  'range function continued iteration after loop body panic',
  'range function continued iteration after function for loop body returned false',
  'range function continued iteration after whole loop exit',
  'range function recovered a loop body panic and did not resume panicking',
];
natives['runtime.panicrangestate'] = {
  fn(h, [state]) {
    h.runtimeError(rangeStates[state as number]);
  },
};
natives['runtime.rangefuncframe'] = {
  fn(h) {
    return ctx(h).g.frames.length - 1;
  },
};
natives['runtime.deferrangefunc'] = {
  fn(h, [frame, fn, ...args]) {
    if (fn === null) throw nilPanic();
    const fr = ctx(h).g.frames[frame as number];
    (fr.defers ??= []).push({ fn, args });
    return undefined;
  },
};

/** How the print builtin writes a value (runtime/print.go). */
function printValue(v: Iface | null): string {
  if (v === null) return '(0x0,0x0)';
  const basic = panics.basicText(v.t.kind, v.v);
  if (basic !== null) return v.t.kind === Kind.String ? (v.v as string) : basic;
  if (v.t.kind === Kind.Interface) return '(0x0,0x0)';
  return v.v === null ? '0x0' : '0xc000010000';
}

/** runtime.GOMAXPROCS(n): stops the world and changes the number of Ps. */
function setProcs(m: Machine, n: number): void {
  while (m.ps.length < n) m.ps.push(new P(m.ps.length));
  while (m.ps.length > n) {
    const p = m.ps.pop()!;
    // Its queued goroutines go to the global queue.
    if (p.runnext) sched.globrunqput(m, p.runnext);
    for (const g of p.runqList()) sched.globrunqput(m, g);
    if (p.curg) sched.globrunqput(m, p.curg);
  }
}
