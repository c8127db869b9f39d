// Reading a stopped machine the way a debugger shows it: a goroutine's name
// and call stack (Go frames, the library frames Go's tracebacks show, and what
// a parked goroutine waits on), the variables of a frame (arguments, locals in
// scope at its pc, captured variables, package variables) as places that can
// be read and written, and the scope expressions are evaluated in.

import { Chan } from '../runtime/chan';
import type { G } from '../runtime/g';
import type { Machine } from '../runtime/machine';
import * as sema from '../runtime/sema';
import type { Timer } from '../runtime/timers';
import { durationString } from '../stdlib/time/layout';
import type { Frame, FuncProto } from '../vm/func';
import { framesWhileParked } from '../vm/native';
import type { Program } from '../vm/program';
import { Kind, RType } from '../vm/rtype';
import { toJS } from '../vm/strings';
import type { Binding, EvalScope, Place } from './eval/evaluate';
import { frameLineOf } from './snapshot';

/** One row of a goroutine's call stack, innermost first. */
export interface StackRow {
  /** `go`: a frame with variables; `library`: a frame of the simulated library Go names in tracebacks; `blocked`: what a parked goroutine waits on. */
  kind: 'go' | 'library' | 'blocked';
  name: string;
  /** The source file ('' when there is none to show). */
  file: string;
  line: number;
  /** The frame (kind `go`). */
  frame: Frame | null;
  /** A frame of the runtime or standard library rather than the lesson. */
  runtime: boolean;
  /** The pc whose scope the frame's variables are taken at. */
  pc: number;
}

/** The name a goroutine has in the Threads view: `G6 main.printHello [sleep]`. */
export function goroutineName(g: G): string {
  return `G${g.id} ${startFunc(g)} [${goroutineState(g)}]`;
}

/** The function a goroutine started with, as a user knows it (main's is main.main). */
export function startFunc(g: G): string {
  return g.startName === 'runtime.main' ? 'main.main' : g.startName;
}

/** The state as Go's goroutine dumps print it: the wait reason, or the scheduling state. */
export function goroutineState(g: G): string {
  if (g.status === 'waiting') return g.waitReason || 'waiting';
  return g.status;
}

/** Whether g is a live goroutine a user should see (not dead, not a runtime goroutine unless asked). */
export function isListed(g: G, showSystem: boolean): boolean {
  return g.status !== 'dead' && g.status !== 'idle' && (showSystem || !g.system);
}

function libPath(file: string): string {
  return file.startsWith('/') || file === '' ? file : `/usr/local/go/src/${file}`;
}

/** g's call stack as a debugger lists it (compare traceback.ts, which prints the same frames). */
export function callStack(m: Machine, g: G): StackRow[] {
  const rows: StackRow[] = [];
  const parked = g.status === 'waiting' || g.status === 'syscall';
  if (parked) rows.push({ kind: 'blocked', name: `[${waitDescription(m, g)}]`, file: '', line: 0, frame: null, runtime: true, pc: 0 });
  const lib = (f: { name: string; file: string; line: number }) => {
    rows.push({ kind: 'library', name: f.name, file: libPath(f.file), line: f.line, frame: null, runtime: true, pc: 0 });
  };
  if (parked && g.parkedIn?.native && g.panics.length === 0) framesWhileParked(g.parkedIn.native, g)?.forEach(lib);
  for (let i = g.frames.length - 1; i >= 0; i--) {
    const fr = g.frames[i];
    const fn = fr.fn;
    const top = i === g.frames.length - 1;
    if (fn.native) {
      fn.native.frames?.forEach(lib);
      continue;
    }
    if (fn.wrapper || (fn.library && fn.name === 'runtime.main')) continue;
    const about = top && !g.parkedAtOp;
    const pc = about ? fr.pc : Math.max(0, fr.pc - 1);
    // The top frame of a goroutine that is not parked is at the instruction it runs next (for one not yet started, its first).
    const line = about ? fn.lineAt(fr.pc) : frameLineOf(fr, false, g);
    rows.push({ kind: 'go', name: fn.name, file: fn.file, line, frame: fr, runtime: fn.library, pc });
  }
  // The goroutine that ended the program (main returned) has no frames left: say so.
  if (rows.length === 0 && m.exited && g.status === 'running') rows.push({ kind: 'blocked', name: `[program exited, exit status ${m.exitCode}]`, file: '', line: 0, frame: null, runtime: true, pc: 0 });
  return rows;
}

/** What a parked goroutine waits on, in words: `chan receive on chan 3`, `sleep, 9ms left`. */
export function waitDescription(m: Machine, g: G): string {
  const on = g.waitOn;
  const reason = g.status === 'syscall' ? 'syscall' : g.waitReason || 'waiting';
  switch (g.waitReason) {
    case 'sleep': {
      const t = on as Timer | null;
      return t && typeof t.when === 'number' ? `sleep, wakes in ${toJS(durationString(BigInt(Math.max(0, Math.round(t.when - m.clk)))))}` : 'sleep';
    }
    case 'chan send':
    case 'chan receive':
      return on instanceof Chan ? `${reason} on ${chanLabel(on)}` : reason;
    case 'select':
      return Array.isArray(on) && on.length ? `select on ${(on as Chan[]).map((c) => `chan ${c.id}`).join(', ')}` : reason;
    case 'semacquire':
    case 'sync.Cond.Wait':
      return `${reason} on ${syncLabel(on)}`;
    default:
      if (g.status === 'syscall') return 'syscall: reading os.Stdin';
      return reason;
  }
}

export function chanLabel(c: Chan): string {
  return `chan ${c.id} (${c.elem.str}, len ${c.qcount}, cap ${c.size}${c.closed ? ', closed' : ''})`;
}

function syncLabel(on: unknown): string {
  if (on instanceof sema.MutexState) return `sync.Mutex ${on.id}${on.owner ? ` held by G${on.owner.id}` : ''}`;
  if (on instanceof sema.RWMutexState) return `sync.RWMutex ${on.id}${on.writer ? ` held by G${on.writer.id}` : on.readers ? ` with ${on.readers} readers` : ''}`;
  if (on instanceof sema.WaitGroupState) return `sync.WaitGroup ${on.id} (counter ${on.counter})`;
  if (on instanceof sema.CondState) return `sync.Cond ${on.id}`;
  return 'a semaphore';
}

// ---- variables ------------------------------------------------------------------------

export interface Variable extends Binding {
  name: string;
  kind: 'param' | 'result' | 'local' | 'captured' | 'global';
}

/** A slot of a frame as a place: through its heap cell when the variable lives in one. */
function slotPlace(s: unknown[], slot: number, type: RType, cell: boolean): Place {
  if (cell) {
    return {
      get: () => {
        const c = s[slot] as unknown[] | undefined;
        return c ? c[0] : type.zero();
      },
      set: (v) => {
        const c = s[slot] as unknown[] | undefined;
        if (c) c[0] = v;
        else s[slot] = [v];
      },
      ref: Array.isArray(s[slot]) ? { o: s[slot] as unknown[], k: 0 } : undefined,
    };
  }
  return {
    get: () => (s[slot] === undefined ? type.zero() : s[slot]),
    set: (v) => (s[slot] = v),
    ref: { o: s, k: slot },
  };
}

/** The variables of a frame at pc: arguments and results, then locals in scope (inner declarations shadowing outer ones) and captured variables. */
export function frameVariables(fr: Frame, pc: number): { args: Variable[]; locals: Variable[] } {
  const fn = fr.fn;
  const args: Variable[] = [];
  const visible = new Map<string, { l: (typeof fn.locals)[number] }>();
  for (const l of fn.locals) {
    if (l.kind !== 'local') {
      args.push({ name: l.name, kind: l.kind, type: l.type, place: slotPlace(fr.s, l.slot, l.type, l.cell) });
      continue;
    }
    if (pc < l.start || pc >= l.end) continue;
    const seen = visible.get(l.name);
    if (!seen || seen.l.declPos < l.declPos) visible.set(l.name, { l });
  }
  const locals: Variable[] = [...visible.values()]
    .map(({ l }) => l)
    .sort((a, b) => a.declPos - b.declPos)
    .map((l) => ({ name: l.name, kind: 'local' as const, type: l.type, place: slotPlace(fr.s, l.slot, l.type, l.cell) }));
  const env = fr.env;
  if (env) {
    fn.captures.forEach((c, i) => {
      if (visible.has(c.name) || args.some((a) => a.name === c.name)) return;
      locals.push({ name: c.name, kind: 'captured', type: c.type, place: c.cell ? slotPlace(env, i, c.type, true) : { get: () => env[i], set: (v) => (env[i] = v) } });
    });
  }
  return { args, locals };
}

/** The package-level variables of the lesson (package main). */
export function globalVariables(program: Program): Variable[] {
  return program.globals.filter((v) => v.pkg === 'main').map((v) => globalVariable(v));
}

function globalVariable(v: Program['globals'][number]): Variable {
  const cell = v.cell;
  return { name: v.name, kind: 'global', type: v.type, place: { get: () => cell[0], set: (x) => (cell[0] = x), ref: { o: cell, k: 0 } } };
}

/** Functions by Go name, for evaluations (`f`, `main.f`, `strings.ToUpper`). */
export class FuncIndex {
  private readonly byName = new Map<string, FuncProto>();
  constructor(program: Program) {
    for (const f of program.funcs) if (f && !f.wrapper && !this.byName.has(f.name)) this.byName.set(f.name, f);
  }
  get(name: string): FuncProto | null {
    return this.byName.get(name) ?? this.byName.get('main.' + name) ?? null;
  }
  /** The method `name` of t (or of the type t points to): `main.T.M` takes a value, `main.(*T).M` a pointer. */
  method(t: RType, name: string): { fn: FuncProto; ptr: boolean } | null {
    const base = t.kind === Kind.Pointer && t.elem ? t.elem : t;
    // An interface's methods are its dynamic value's (the evaluator asks again with that type).
    if (!base.named || base.kind === Kind.Interface) return null;
    const pkg = base.str.slice(0, base.str.length - base.name.length);
    const byValue = this.byName.get(`${base.str}.${name}`);
    if (byValue) return { fn: byValue, ptr: false };
    const byPtr = this.byName.get(`${pkg}(*${base.name}).${name}`);
    if (byPtr) return { fn: byPtr, ptr: true };
    const native = base.methods.get(name) ?? t.methods.get(name);
    return native ? { fn: native, ptr: t.kind === Kind.Pointer } : null;
  }
}

/** The names an expression evaluated in a frame can use. */
export function frameScope(program: Program, funcs: FuncIndex, fr: Frame | null, pc: number): EvalScope {
  const vars = fr ? frameVariables(fr, pc) : { args: [], locals: [] };
  return {
    variable(name: string): Binding | null {
      const local = vars.locals.find((v) => v.name === name) ?? vars.args.find((v) => v.name === name);
      if (local) return local;
      const dot = name.indexOf('.');
      const g = dot < 0
        ? program.globals.find((v) => v.pkg === 'main' && v.name === name)
        : program.globals.find((v) => v.name === name.slice(dot + 1) && v.pkg.split('/').pop() === name.slice(0, dot));
      return g ? globalVariable(g) : null;
    },
    func: (name) => funcs.get(name),
    method: (t, name) => funcs.method(t, name),
  };
}
