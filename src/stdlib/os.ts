// Native parts of package os: exiting, the program's arguments, and the
// standard streams. Reading stdin is a blocking system call: the goroutine
// waits in `syscall` until input arrives (it never deadlocks the program).

import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import { emitSysCall } from '../runtime/trace';
import type { NativeHost, NativeImpl } from '../vm/native';
import { PARK } from '../vm/native';
import { fromJS } from '../vm/strings';
import { Slice } from '../vm/value';

function ctx(h: NativeHost): { m: Machine; g: G } {
  return { m: h.machine as Machine, g: h.g as G };
}

/** Copies stdin bytes into b; null when no input is available yet. */
export function readStdin(m: Machine, b: Slice): [number, boolean] | null {
  if (m.stdin === null || m.stdin.length === 0) return m.stdinClosed ? [0, true] : null;
  const n = Math.min(b.len, m.stdin.length);
  for (let i = 0; i < n; i++) b.a[b.off + i] = m.stdin.charCodeAt(i);
  m.stdin = m.stdin.slice(n);
  return [n, false];
}

export const natives: Record<string, NativeImpl> = {
  'os.runtime_args': {
    fn(h) {
      const { m } = ctx(h);
      const args = m.options.args.length ? m.options.args : ['lesson'];
      const a = args.map(fromJS);
      return new Slice(a, 0, a.length, a.length);
    },
  },
  'os.Exit': {
    fn(h, [code]) {
      const { m } = ctx(h);
      m.exit(Number(code));
      return PARK;
    },
  },
  'os.write': {
    fn(h, [fd, b]) {
      const s = b as Slice | null;
      if (!s || s.len === 0) return 0;
      let bytes = '';
      for (let i = 0; i < s.len; i++) bytes += String.fromCharCode(s.a[s.off + i] as number);
      h.write(Number(fd) === 2 ? 2 : 1, bytes);
      return s.len;
    },
  },
  'os.read': {
    frames: [{ name: 'syscall.Syscall', file: 'syscall/syscall_linux.go', line: 68 }],
    fn(h, [fd, b]) {
      const { m, g } = ctx(h);
      if (Number(fd) !== 0) return [0, true];
      let r = readStdin(m, b as Slice);
      if (r) return r;
      // The front door may have input at hand (a pipe it reads only now).
      if (m.onStdinNeeded) {
        m.onStdinNeeded();
        r = readStdin(m, b as Slice);
        if (r) return r;
      }
      // No input yet: the goroutine blocks in the read system call.
      g.status = 'syscall';
      g.since = m.clk;
      const p = g.p;
      if (p && p.curg === g) {
        p.curg = null;
        if (p.m) p.m.curg = null;
      }
      g.p = null;
      m.ioWaiters.push(g);
      h.retry = true;
      emitSysCall(m, g, 'stdin');
      return PARK;
    },
  },
};
