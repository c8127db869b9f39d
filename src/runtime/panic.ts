// Panics, deferred calls, recover, runtime.Goexit and fatal errors
// (runtime/panic.go).
//
// A panic does not pop frames: like gopanic, it runs the deferred calls of the
// frames from the top down, each on top of the whole stack, so a traceback
// printed at the end shows where the panic happened. A deferred call that
// recovers makes the function that deferred it return normally: the stack is
// cut back to that frame, which resumes at its epilogue (FuncProto.retPc).
// Unrecovered, the panic prints Go's report and the process exits with 2.

import type { Frame } from '../vm/func';
import { GoCall, GoPanicSignal } from '../vm/native';
import { RuntimeError } from '../vm/panics';
import { Kind } from '../vm/rtype';
import { Complex, Iface } from '../vm/value';
import { toJS } from '../vm/strings';
import * as calls from './calls';
import type { G, PanicRecord } from './g';
import type { Machine } from './machine';
import * as sched from './sched';
import { traceback, allTracebacks } from './traceback';
import { FuncProto } from '../vm/func';

type LibFrames = PanicRecord['frames'];

export function startPanic(m: Machine, g: G, value: unknown, frames: LibFrames): number {
  for (const p of g.panics) if (!p.recovered) p.aborted = true;
  const rec: PanicRecord = {
    value,
    recovered: false,
    aborted: false,
    goexit: false,
    cursor: g.frames.length - 1,
    frames,
    sigsegv: value instanceof RuntimeError && value.sigsegv,
    faultAddr: value instanceof RuntimeError ? value.addr : 0,
  };
  g.panics.push(rec);
  return continueUnwind(m, g);
}

/** runtime.Goexit: runs every deferred call, then ends the goroutine. */
export function goexit(m: Machine, g: G): number {
  g.panics.push({ value: null, recovered: false, aborted: false, goexit: true, cursor: g.frames.length - 1, frames: null, sigsegv: false, faultAddr: 0 });
  return continueUnwind(m, g);
}

/** Runs the next deferred call of the current panic, or ends the goroutine or the program. */
export function continueUnwind(m: Machine, g: G): number {
  const p = g.panics[g.panics.length - 1];
  while (p.cursor >= 0) {
    const fr = g.frames[p.cursor];
    if (fr && fr.defers && fr.defers.length) return calls.runDefer(m, g, fr, fr.defers.pop()!, p);
    if (fr && fr.gen && fr.fn.native?.recovers && !p.goexit) {
      // A native that handles panics of the Go code it called (fmt): the panic stops here.
      g.frames.length = p.cursor + 1;
      g.panics = g.panics.filter((x) => x !== p && !x.aborted);
      fr.genThrow = new GoPanicSignal(m.goValue(p.value));
      return 0;
    }
    p.cursor--;
  }
  if (p.goexit) {
    g.panics.pop();
    if (g.id === 1) g.goexitMain = true;
    sched.goexit(m, g);
    return 1;
  }
  return fatalPanic(m, g);
}

/** A deferred call run by a panic returned. */
export function deferReturned(m: Machine, g: G, fr: Frame): number {
  const p = fr.panicking as PanicRecord;
  if (p.recovered) {
    const owner = fr.deferOwner;
    g.frames.length = owner + 1;
    g.panics = g.panics.filter((x) => x !== p && !x.aborted);
    const f = g.frames[owner];
    f.pc = f.fn.retPc;
    return 0;
  }
  return continueUnwind(m, g);
}

export function recover(m: Machine, g: G, fr: Frame): unknown {
  if (!fr.isDefer || !fr.panicking) return null;
  const p = fr.panicking as PanicRecord;
  if (p.goexit || p.recovered || p !== g.panics[g.panics.length - 1]) return null;
  p.recovered = true;
  return m.goValue(p.value);
}

// ---- printing --------------------------------------------------------------------------

/**
 * An unrecovered panic: Go first turns error and Stringer values into text by
 * calling their methods (which run as Go code), then prints the chain and the
 * goroutine's stack. The printing runs as a native frame on the goroutine.
 */
function fatalPanic(m: Machine, g: G): number {
  const last = g.panics[g.panics.length - 1];
  const trace = traceback(m, g, { running: true, extraTop: last ? last.frames : null });
  const fr = new (g.frames[0].constructor as typeof import('../vm/func').Frame)(printPanicsProto, -1, null);
  fr.gen = printPanics(m, g, trace);
  g.frames.push(fr);
  return 0;
}

const printPanicsProto = (() => {
  const f = new FuncProto(-1, 'runtime.fatalpanic');
  f.library = true;
  f.native = { gen: undefined };
  return f;
})();

function* printPanics(m: Machine, g: G, trace: string): Generator<GoCall, unknown, unknown[]> {
  const texts: string[] = [];
  for (const p of g.panics) {
    if (p.goexit) continue;
    texts.push(yield* panicText(m, p.value));
  }
  let out = '';
  let i = 0;
  for (const p of g.panics) {
    if (p.goexit) continue;
    if (i > 0) out += '\t';
    // Go 1.23 indents a message's later lines, to tell them from the stack dump.
    const text = m.options.goVersion >= 23 ? texts[i].replace(/\n/g, '\n\t') : texts[i];
    out += 'panic: ' + text + (p.recovered ? ' [recovered]' : '') + '\n';
    i++;
  }
  const last = g.panics[g.panics.length - 1];
  if (last && last.sigsegv) out += `[signal SIGSEGV: segmentation violation code=0x1 addr=0x${last.faultAddr.toString(16)} pc=0x0]\n`;
  out += '\n' + trace;
  report(m, g, 'panic', out);
  return undefined;
}

/** The text Go prints for a panic value (printpanicval, after preprintpanics). */
function* panicText(m: Machine, v: unknown): Generator<GoCall, string, unknown[]> {
  if (v instanceof RuntimeError) return v.text;
  if (v === null || v === undefined) return 'nil';
  const x = v as Iface;
  const t = x.t;
  const err = t.methods.get('Error');
  if (err) {
    const [s] = yield new GoCall(err, [x.v]);
    return toJS(s as string);
  }
  const str = t.methods.get('String');
  if (str) {
    const [s] = yield new GoCall(str, [x.v]);
    return toJS(s as string);
  }
  const plain = basicText(t.kind, x.v);
  if (plain !== null) {
    if (!t.named || t.pkgPath === '') return plain;
    return `${t.str}(${t.kind === Kind.String ? `"${plain}"` : plain})`;
  }
  return `(${t.str}) 0xc000012000`;
}

/** How the runtime's print builtin writes a basic value. */
export function basicText(kind: Kind, v: unknown): string | null {
  switch (kind) {
    case Kind.Bool:
      return String(v);
    case Kind.String:
      return toJS(v as string);
    case Kind.Float32:
    case Kind.Float64:
      return runtimeFloat(v as number);
    case Kind.Complex64:
    case Kind.Complex128: {
      const c = v as Complex;
      return `(${runtimeFloat(c.re)}${runtimeFloat(c.im)}i)`;
    }
    case Kind.Int:
    case Kind.Int8:
    case Kind.Int16:
    case Kind.Int32:
    case Kind.Int64:
    case Kind.Uint:
    case Kind.Uint8:
    case Kind.Uint16:
    case Kind.Uint32:
    case Kind.Uint64:
    case Kind.Uintptr:
      return String(v);
    default:
      return null;
  }
}

/** The runtime's float format: `+1.500000e+000`, `NaN`, `+Inf`. */
export function runtimeFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const sign = f < 0 || Object.is(f, -0) ? '-' : '+';
  const a = Math.abs(f);
  let e = 0;
  let mant = a;
  if (a !== 0) {
    e = Math.floor(Math.log10(a));
    mant = a / Math.pow(10, e);
    if (mant >= 10) {
      mant /= 10;
      e++;
    } else if (mant < 1) {
      mant *= 10;
      e--;
    }
  }
  // The runtime prints 7 significant digits by repeated multiplication (print.go); rounding matches for common values.
  let digits = Math.round(mant * 1e6);
  if (digits >= 1e7) {
    digits /= 10;
    e++;
  }
  const ds = String(digits).padStart(7, '0');
  const es = (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(3, '0');
  return `${sign}${ds[0]}.${ds.slice(1)}e${es}`;
}

/**
 * Prints a fatal report (exit status 2), unless a debugger holds it back to
 * stop first (Machine.onFatal): the machine then prints it when run again.
 */
export function report(m: Machine, g: G | null, kind: 'panic' | 'fatal', text: string): void {
  if (m.onFatal && m.onFatal(g, kind, text)) {
    m.heldFatal = text;
    m.stoppedG = g;
    return;
  }
  m.write(2, text);
  m.exit(2);
}

/** A fatal error raised by the program's goroutine g (`fatal error: msg`, all goroutines dumped). */
export function fatal(m: Machine, g: G, msg: string, frames: LibFrames): void {
  if (msg === 'stack overflow') {
    stackOverflow(m, g);
    return;
  }
  let out = `fatal error: ${msg}\n\n`;
  out += traceback(m, g, { running: true, extraTop: frames });
  for (const other of m.allgs) {
    if (other === g || other.system || other.status === 'dead' || other.status === 'idle') continue;
    out += '\n' + traceback(m, other);
  }
  report(m, g, 'fatal', out);
}

/** A fatal error raised by the scheduler itself (no goroutine is running). */
export function fatalMessage(m: Machine, msg: string): void {
  report(m, null, 'fatal', `fatal error: ${msg}\n`);
}

declare module './machine' {
  interface Machine {
    /** debug.SetMaxStack's limit, in bytes (default 1e9), as the stack-overflow report names it. */
    maxStackBytes?: number;
  }
}

function stackOverflow(m: Machine, g: G): void {
  let out = `runtime: goroutine stack exceeds ${m.maxStackBytes ?? 1000000000}-byte limit\n`;
  out += 'runtime: sp=0xc0200e0398 stack=[0xc0200e0000, 0xc0400e0000]\n';
  out += 'fatal error: stack overflow\n\n';
  out += 'runtime stack:\nruntime.throw({0x0?, 0x0?})\n\t/usr/local/go/src/runtime/panic.go:1047\nruntime.newstack()\n\t/usr/local/go/src/runtime/stack.go:1103\nruntime.morestack()\n\t/usr/local/go/src/runtime/asm_amd64.s:570\n\n';
  out += traceback(m, g, { running: true, maxFrames: 100 });
  report(m, g, 'fatal', out);
}

export function outOfMemory(m: Machine, g: G, bytes: number): void {
  let out = `fatal error: runtime: out of memory\n\n`;
  out += `runtime stack:\nruntime.throw({0x0?, 0x0?})\n\t/usr/local/go/src/runtime/panic.go:1047\n\n`;
  out += traceback(m, g, { running: true });
  void bytes;
  report(m, g, 'fatal', out);
}

/** The program used up its CPU budget (a runaway loop): stop it with gosim's own message. */
export function fatalTimeout(m: Machine): void {
  m.write(2, `gosim: stopped after ${(m.cpu / 1e9).toFixed(3)}s of virtual CPU time (the --max-cpu limit); the program may be stuck in a loop\n`);
  m.exit(124);
}

void allTracebacks;
