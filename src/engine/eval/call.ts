// Calling a Go function from an evaluation (`isPrime(n)`, `p.String()` in a
// watch): the function runs to completion on a scratch goroutine that the
// scheduler never sees, then the machine's clock and current P are put back,
// so evaluating leaves the simulation where it was — the run stays
// deterministic whatever the user watched. The step count (time travel's
// measure of progress), the stop hook and the random generator (a map range
// draws from it) are put back too: a replay runs the same whether or not a
// condition or a watch called Go code.
//
// Only functions that cannot block, start goroutines or write output may be
// called: a scratch goroutine that parked on a channel would be left in the
// channel's wait queue for ever. That is checked before running, over the
// function and everything it calls statically. Dynamic calls (closures,
// interface methods) are refused, except the String/Error methods fmt's Sprint
// family calls, which lessons write as plain formatting.

import { G } from '../../runtime/g';
import type { Machine } from '../../runtime/machine';
import { nativeFrameCode, StackOverflow } from '../../runtime/calls';
import { Frame, FuncProto } from '../../vm/func';
import { compileFunction } from '../../vm/jit';
import { GoFatal, GoPanic, RuntimeError } from '../../vm/panics';
import { Op, opSize } from '../../vm/op';
import { Iface } from '../../vm/value';
import { toJS } from '../../vm/strings';
import { EvalError } from './evaluate';

/** Natives a pure function may call: they compute, and touch nothing but their arguments. */
const pureNatives = [
  'strings.', 'strconv.', 'unicode.', 'unicode/utf8.', 'utf8.', 'math.', 'bits.', 'math/bits.', 'errors.', 'bytes.', 'cmp.',
  'fmt.sprint', 'fmt.errorf', 'time.Duration.String', 'time.now', 'time.civil', 'time.daysFromCivil', 'time.format', 'time.monoString',
];

const refused: Partial<Record<Op, string>> = {
  [Op.GO]: 'starts a goroutine',
  [Op.SEND]: 'sends on a channel',
  [Op.RECV]: 'receives from a channel',
  [Op.RECV2]: 'receives from a channel',
  [Op.CLOSE]: 'closes a channel',
  [Op.SELECT]: 'selects on channels',
  [Op.CALLCL]: 'calls a function value',
  [Op.CALLIFACE]: 'calls an interface method',
  [Op.DEFER]: 'defers a call',
};

const verdicts = new WeakMap<FuncProto, string | null>();

/** Why fn may not be called from an evaluation, or null when it is pure enough. */
export function impurity(fn: FuncProto): string | null {
  const known = verdicts.get(fn);
  if (known !== undefined) return known;
  verdicts.set(fn, null); // recursion: assume pure while looking
  const why = check(fn);
  verdicts.set(fn, why);
  return why;
}

function check(fn: FuncProto): string | null {
  if (fn.native) {
    if (pureNatives.some((p) => fn.name.startsWith(p))) return null;
    return `calls ${fn.name}`;
  }
  const code = fn.code;
  for (let pc = 0; pc < code.length; pc += opSize(code[pc] as Op)) {
    const op = code[pc] as Op;
    const why = refused[op];
    if (why) return why;
    if (op === Op.CALL || op === Op.CALLNATIVE) {
      const target = fn.consts[code[pc + 1]] as FuncProto;
      const inner = impurity(target);
      if (inner) return target === fn ? inner : `calls ${target.name}, which ${inner}`;
    }
  }
  return null;
}

/** A frame under the call that receives its results. */
function resultHolder(nresults: number): Frame {
  const f = new FuncProto(-1, 'debugger.call');
  f.nslots = Math.max(1, nresults);
  f.library = true;
  return new Frame(f, -1, null);
}

/**
 * Runs fn(args) on a scratch goroutine and returns its results. Throws
 * EvalError when the function is not pure, panics, or runs longer than
 * `wallMs` of real time.
 */
export function callFunction(m: Machine, fn: FuncProto, args: unknown[], env: unknown[] | null, wallMs = 250): unknown[] {
  const why = impurity(fn);
  if (why) throw new EvalError(`cannot call ${fn.name} in an evaluation: it ${why}`);
  const g = new G(0, -1, fn.name, null);
  g.system = true;
  g.status = 'running';
  const holder = resultHolder(fn.nresults);
  const fr = new Frame(fn, 0, env);
  for (let i = 0; i < args.length; i++) fr.s[i] = args[i];
  g.frames = [holder, fr];
  const saved = { clk: m.clk, deadline: m.deadline, curP: m.curP, hostG: m.host.g, steps: m.steps, stopHook: m.stopHook, rng: { ...m.rng } };
  m.stopHook = null;
  const end = performance.now() + wallMs;
  m.curP = saved.curP ?? m.ps[0];
  try {
    while (g.frames.length > 1) {
      if (performance.now() > end) throw new EvalError(`${fn.name} did not return within ${wallMs} ms`);
      m.deadline = m.clk + 1e6;
      const top = g.frames[g.frames.length - 1];
      const code = codeOf(m, top.fn);
      let st: number;
      try {
        st = code(m, g, top);
      } catch (e) {
        throw failure(e);
      }
      if (st !== 0 && g.status !== 'running') throw new EvalError(`${fn.name} blocked`);
    }
    return holder.s.slice(0, fn.nresults);
  } finally {
    m.clk = saved.clk;
    m.deadline = saved.deadline;
    m.curP = saved.curP;
    m.host.g = saved.hostG;
    m.steps = saved.steps;
    m.stopHook = saved.stopHook;
    Object.assign(m.rng, saved.rng);
  }
}

function codeOf(m: Machine, fn: FuncProto) {
  if (fn.native) return nativeFrameCode;
  if (m.debugging) return (fn.compiledDebug ??= compileFunction(fn, true));
  return (fn.compiled ??= compileFunction(fn, false));
}

/** What a called function threw, as the evaluation's error. */
function failure(e: unknown): Error {
  if (e instanceof GoPanic) return new EvalError(`panic: ${panicText(e.value)}`);
  if (e instanceof GoFatal) return new EvalError(`fatal error: ${e.msg}`);
  if (e instanceof StackOverflow || (e instanceof RangeError && /call stack/i.test(e.message))) return new EvalError('stack overflow');
  return e as Error;
}

function panicText(v: unknown): string {
  if (v instanceof RuntimeError) return v.text;
  if (v instanceof Iface && typeof v.v === 'string') return toJS(v.v);
  if (v instanceof Iface) return String(v.v);
  return String(v);
}
