// Goroutine stack dumps, in Go 1.19's format (runtime/traceback.go):
//
//   goroutine 6 [chan send]:
//   main.worker(...)
//   	/path/lesson.go:9 +0x25
//   created by main.main
//   	/path/lesson.go:19 +0x8a
//
// Frames of the simulated runtime are hidden as Go hides runtime frames;
// library functions that Go shows (sync.(*WaitGroup).Wait at waitgroup.go:139
// under sync.runtime_Semacquire at sema.go:62) come from each native's
// `frames`. Program counters are simulated, so the `+0x..` offsets are too.

import type { Frame } from '../vm/func';
import { framesWhileParked } from '../vm/native';
import type { G } from './g';
import type { Machine } from './machine';

export interface TracebackOptions {
  /** The goroutine is the one panicking or failing: its status prints as `running`. */
  running?: boolean;
  /** Library frames to print above the top frame (a panic raised inside a library function). */
  extraTop?: { name: string; file: string; line: number; args?: boolean }[] | null;
  /** Print at most this many frames, then `...additional frames elided...`. */
  maxFrames?: number;
}

/** The header's status: the wait reason, or the scheduling state. */
export function statusText(m: Machine, g: G, running: boolean): string {
  if (running) return 'running';
  let s: string;
  switch (g.status) {
    case 'waiting':
      s = g.waitReason || 'waiting';
      break;
    case 'runnable':
      s = 'runnable';
      break;
    case 'running':
      s = 'running';
      break;
    case 'syscall':
      s = 'syscall';
      break;
    default:
      s = g.status;
  }
  if (g.status === 'waiting') {
    const minutes = Math.floor((m.clk - g.since) / 60e9);
    if (minutes >= 1) s += `, ${minutes} minutes`;
  }
  return s;
}

function offset(pc: number): string {
  return ` +0x${(pc * 4 + 0x1d).toString(16)}`;
}

/** The source line a frame is at: its current instruction (pc is the resume point, just past it). */
export function frameLine(fr: Frame): number {
  if (fr.pc === 0) return fr.fn.line;
  return fr.fn.lineAt(fr.pc - 1);
}

export function traceback(m: Machine, g: G, opts: TracebackOptions = {}): string {
  let out = `goroutine ${g.id} [${statusText(m, g, !!opts.running)}]:\n`;
  const lines: string[] = [];
  const push = (name: string, args: boolean, file: string, line: number, pc: number | null) => {
    lines.push(`${name}(${args ? '...' : ''})\n\t${file}:${line}${pc === null ? '' : offset(pc)}\n`);
  };
  for (const f of opts.extraTop ?? []) push(f.name, f.args !== false, libPath(f.file), f.line, null);
  const panicking = g.panics.length > 0 && opts.running;
  if (!panicking && g.parkedIn?.native) {
    for (const f of framesWhileParked(g.parkedIn.native, g) ?? []) push(f.name, f.args !== false, libPath(f.file), f.line, null);
  }
  for (let i = g.frames.length - 1; i >= 0; i--) {
    const fr = g.frames[i];
    const fn = fr.fn;
    if (fn.native) {
      if (fn.native.frames) for (const f of fn.native.frames) push(f.name, f.args !== false, libPath(f.file), f.line, null);
      continue;
    }
    if (fn.library || fn.wrapper) continue;
    // A call gc inlines leaves no frame of its own: Go prints it as `f(...)` without an offset.
    const caller = i > 0 ? g.frames[i - 1] : undefined;
    if (caller && !fr.isDefer && caller.fn.inlinedCalls?.has(caller.pc)) push(fn.name, true, fn.file, frameLine(fr), null);
    else push(fn.name, fn.hasArgs, fn.file, frameLine(fr), fr.pc);
    if (fr.isDefer && fr.panicking) push('panic', true, '/usr/local/go/src/runtime/panic.go', 884, 0x212 / 4 - 7);
  }
  const max = opts.maxFrames ?? Infinity;
  if (lines.length > max) {
    out += lines.slice(0, max).join('') + '...additional frames elided...\n';
  } else out += lines.join('');
  if (g.createdBy) {
    const c = g.createdBy;
    out += `created by ${c.name}\n\t${c.file}:${c.line}${offset(c.line)}\n`;
  }
  return out;
}

/** Library files print under Go's installation path. */
function libPath(file: string): string {
  return file.startsWith('/') ? file : `/usr/local/go/src/${file}`;
}

/** Every user goroutine's dump, in allgs order (deadlock and fatal error reports). */
export function allTracebacks(m: Machine, except: G | null): string {
  let out = '';
  for (const g of m.allgs) {
    if (g === except || g.system || g.status === 'dead' || g.status === 'idle') continue;
    out += '\n' + traceback(m, g);
  }
  return out;
}
