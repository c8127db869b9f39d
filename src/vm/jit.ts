// The code generator: turns a function's bytecode into one JavaScript function
// that the engine calls to run that function's frame (a template JIT).
//
// The generated function is a `switch (pc)` over the bytecode's basic blocks,
// each instruction translated by a template below. It keeps the frame's slots
// in the frame (fr.s), so a goroutine can stop at any block boundary and be
// inspected or resumed: every exit stores the resume pc in fr.pc. It returns:
//   0  the goroutine's top frame changed (a call or a return): run the new top
//   1  the goroutine must give up the processor (blocked, yielded, time is up)
//   2  a debugger stop (breakpoint or step) at fr.pc
// Panics leave as thrown GoPanic values, with fr.pc just past the instruction.
//
// Virtual time: each block adds the cost of its instructions (opInfo.cost) to
// `clk` on entry; backward jumps (LOOP) compare it with the deadline the
// scheduler set, which is how preemption and pausing reach a running loop.

import * as complex from './complex';
import { CompiledCode, Frame, FuncProto } from './func';
import * as i64 from './int64';
import { NK, NONE, Op, opInfo, opSize } from './op';
import { PARK } from './native';
import * as panics from './panics';
import { RType, UncomparableError, implementsIface, missingMethod as missingMethodOf } from './rtype';
import * as slices from './slices';
import * as strings from './strings';
import { Closure, Complex, GoMap, Iface, Ref, Slice } from './value';

/** Powers of two 2^0..2^64 (shifts of 64-bit values done with multiplication). */
const P2: number[] = [];
for (let i = 0; i <= 64; i++) P2.push(Math.pow(2, i));

/** What generated code calls: everything it needs that is not inlined. */
export const R = {
  ...i64,
  ...complex,
  P2,
  Slice,
  Ref,
  Iface,
  Closure,
  Complex,
  GoMap,
  makeSlice: slices.makeSlice,
  slice: slices.slice,
  append1: slices.append1,
  append: slices.append,
  appendSlice: slices.appendSlice,
  copy: slices.copy,
  clearSlice: slices.clearSlice,
  decodeRune: strings.nextRune,
  lastWidth: strings.getLastWidth,
  strconv: [strings.bytesToString, strings.stringToBytes, strings.runesToString, strings.stringToRunes, strings.encodeRune],
  indexPanic: panics.indexPanic,
  nilPanic: panics.nilPanic,
  divPanic: panics.divPanic,
  shiftPanic: panics.shiftPanic,
  nilMapPanic: panics.nilMapPanic,
  plainPanic: panics.plainPanic,
  GoPanic: panics.GoPanic,
  PARK,
  Frame,
  stackOverflow: () => new StackOverflow(),
  equal(t: RType, a: unknown, b: unknown): boolean {
    try {
      return t.equal(a, b);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`comparing uncomparable type ${e.type.str}`);
      throw e;
    }
  },
  mapGet(m: GoMap | null, k: unknown): unknown {
    if (m === null) return undefined;
    try {
      return m.get(k);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  mapHas(m: GoMap | null, k: unknown): boolean {
    if (m === null) return false;
    try {
      return m.has(k);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  mapSet(m: GoMap | null, k: unknown, v: unknown): void {
    if (m === null) throw panics.nilMapPanic();
    try {
      m.set(k, v);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  mapDelete(m: GoMap | null, k: unknown): void {
    if (m === null) return;
    try {
      m.delete(k);
    } catch (e) {
      if (e instanceof UncomparableError) throw panics.errorStringPanic(`hash of unhashable type ${e.type.str}`);
      throw e;
    }
  },
  implements: implementsIface,
  /**
   * An interface method call's target, through the call site's cache `ic`:
   * pairs of dynamic type and method (the generated code checks the first pair).
   */
  method(ic: unknown[], t: RType, name: string): FuncProto {
    for (let i = 2; i < ic.length; i += 2) if (ic[i] === t) return ic[i + 1] as FuncProto;
    const fn = t.methods.get(name);
    if (!fn) throw new Error(`gosim: ${t.str} has no method ${name}`);
    if (ic[0] === null) {
      ic[0] = t;
      ic[1] = fn;
    } else if (ic.length < 8) ic.push(t, fn);
    return fn;
  },
  assertFail(x: Iface | null, want: RType, iface: RType): panics.GoPanic {
    const have = x === null ? 'nil' : x.t.str;
    const ifaceStr = iface.str;
    if (want.kind === 20 /* Interface */) {
      if (x === null) return new panics.GoPanic(new panics.RuntimeError('TypeAssertionError', `interface conversion: interface is nil, not ${want.str}`));
      const missing = missingMethodOf(x.t, want);
      return new panics.GoPanic(new panics.RuntimeError('TypeAssertionError', `interface conversion: ${have} is not ${want.str}: missing method ${missing}`));
    }
    return new panics.GoPanic(new panics.RuntimeError('TypeAssertionError', `interface conversion: ${ifaceStr} is ${have}, not ${want.str}`));
  },
  minmax(vals: unknown[], kind: NK, isMax: boolean): unknown {
    let r = vals[0];
    for (let i = 1; i < vals.length; i++) {
      const v = vals[i];
      if (kind === NK.F64 || kind === NK.F32) {
        const a = r as number;
        const b = v as number;
        if (Number.isNaN(a) || Number.isNaN(b)) {
          r = NaN;
          continue;
        }
        // min(-0, +0) is -0; max(-0, +0) is +0.
        if (a === b) {
          if (a === 0) r = isMax ? (Object.is(a, -0) ? b : a) : Object.is(a, -0) ? a : b;
          continue;
        }
        r = isMax ? (b > a ? b : a) : b < a ? b : a;
        continue;
      }
      if (isMax ? (v as number) > (r as number) : (v as number) < (r as number)) r = v;
    }
    return r;
  },
};

export type Helpers = typeof R;

const MAX = '9007199254740991';

/** The deepest stack a goroutine may have: the simulation's stand-in for Go's 1 GB stack limit. */
export const MAX_FRAMES = 500_000;

/** Thrown when a goroutine's stack exceeds MAX_FRAMES. */
export class StackOverflow {}

/** How many Go calls generated code may nest on the JavaScript stack before leaving them to the dispatch loop. */
export const MAX_DIVE = 48;

interface Emitter {
  out: string[];
  p: FuncProto;
  debug: boolean;
}

/** A JavaScript expression reading operand r: a slot, or a constant inlined when it is a primitive. */
function rd(p: FuncProto, r: number): string {
  if (r >= 0) return `s[${r}]`;
  const k = -r - 1;
  const v = p.consts[k];
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  return `K[${k}]`;
}

function isNumConst(p: FuncProto, r: number): boolean {
  return r < 0 && typeof p.consts[-r - 1] === 'number';
}

/** Arithmetic templates by numeric kind: `x op y` wrapped to the kind's width. */
function arith(op: Op, nk: NK, p: FuncProto, ra: number, rb: number): string {
  const x = 'x';
  const y = 'y';
  const both = `${isNumConst(p, ra) ? '' : `typeof x === 'number' && `}${isNumConst(p, rb) ? '' : `typeof y === 'number' && `}`;
  const js: Record<number, string> = { [Op.ADD]: '+', [Op.SUB]: '-', [Op.MUL]: '*' };
  const name: Record<number, string> = { [Op.ADD]: 'add', [Op.SUB]: 'sub', [Op.MUL]: 'mul' };
  switch (op) {
    case Op.ADD:
    case Op.SUB:
    case Op.MUL: {
      const o = js[op];
      switch (nk) {
        case NK.I64:
          return `(${both}(t = x ${o} y) <= ${MAX} && t >= -${MAX}) ? t : R.${name[op]}(x, y)`;
        case NK.U64:
          return op === Op.SUB
            ? `(${both}(t = x - y) >= 0) ? t : R.subU(x, y)`
            : `(${both}(t = x ${o} y) <= ${MAX}) ? t : R.${name[op]}U(x, y)`;
        case NK.I32:
          return op === Op.MUL ? `Math.imul(x, y)` : `(x ${o} y) | 0`;
        case NK.U32:
          return op === Op.MUL ? `Math.imul(x, y) >>> 0` : `(x ${o} y) >>> 0`;
        case NK.I16:
          return op === Op.MUL ? `(Math.imul(x, y) << 16) >> 16` : `((x ${o} y) << 16) >> 16`;
        case NK.U16:
          return op === Op.MUL ? `Math.imul(x, y) & 0xffff` : `(x ${o} y) & 0xffff`;
        case NK.I8:
          return op === Op.MUL ? `(Math.imul(x, y) << 24) >> 24` : `((x ${o} y) << 24) >> 24`;
        case NK.U8:
          return op === Op.MUL ? `Math.imul(x, y) & 0xff` : `(x ${o} y) & 0xff`;
        case NK.F64:
          return `x ${o} y`;
        case NK.F32:
          return `Math.fround(x ${o} y)`;
        case NK.C128:
        case NK.C64:
          return `R.c${name[op]}(x, y, ${nk === NK.C64})`;
        case NK.STR:
          return `x + y`;
      }
      break;
    }
    case Op.DIV:
      switch (nk) {
        case NK.I64:
          return `(${both}true) ? Math.trunc(x / y) : R.div(x, y)`;
        case NK.U64:
          return `(${both}true) ? Math.floor(x / y) : R.divU(x, y)`;
        case NK.I32:
          return `(x / y) | 0`;
        case NK.U32:
          return `(x / y) >>> 0`;
        case NK.I16:
          return `((x / y) << 16) >> 16`;
        case NK.U16:
          return `(x / y) & 0xffff`;
        case NK.I8:
          return `((x / y) << 24) >> 24`;
        case NK.U8:
          return `(x / y) & 0xff`;
        case NK.F64:
          return `x / y`;
        case NK.F32:
          return `Math.fround(x / y)`;
        case NK.C128:
        case NK.C64:
          return `R.cdiv(x, y, ${nk === NK.C64})`;
      }
      break;
    case Op.REM:
      switch (nk) {
        case NK.I64:
          return `(${both}true) ? x % y : R.rem(x, y)`;
        case NK.U64:
          return `(${both}true) ? x % y : R.remU(x, y)`;
        case NK.I32:
        case NK.I16:
        case NK.I8:
          return `(x % y) | 0`;
        default:
          return `x % y`;
      }
    case Op.AND:
    case Op.OR:
    case Op.XOR:
    case Op.ANDNOT: {
      const o = op === Op.AND ? '&' : op === Op.OR ? '|' : op === Op.XOR ? '^' : '& ~';
      const nm = op === Op.AND ? 'and' : op === Op.OR ? 'or' : op === Op.XOR ? 'xor' : 'andNot';
      switch (nk) {
        case NK.I64: {
          // A mask constant in [0, 2^31) works on any safe integer (the low bits of its two's complement).
          const yc = rb < 0 ? (p.consts[-rb - 1] as number) : NaN;
          if (op === Op.AND && typeof yc === 'number' && yc >= 0 && yc < 0x80000000) return `typeof x === 'number' ? x & y : R.and(x, y)`;
          return `(${both}(x | 0) === x && (y | 0) === y) ? (x ${o} y) : R.${nm}(x, y)`;
        }
        case NK.U64:
          return `(${both}x <= 0x7fffffff && y <= 0x7fffffff) ? (x ${o} y) : R.${nm}U(x, y)`;
        case NK.I32:
          return `x ${o} y`;
        case NK.U32:
          return `(x ${o} y) >>> 0`;
        case NK.I16:
          return `((x ${o} y) << 16) >> 16`;
        case NK.U16:
          return `(x ${o} y) & 0xffff`;
        case NK.I8:
          return `((x ${o} y) << 24) >> 24`;
        case NK.U8:
          return `(x ${o} y) & 0xff`;
      }
      break;
    }
  }
  throw new Error(`jit: no template for ${Op[op]} on ${NK[nk]}`);
}

function shift(op: Op, nk: NK): string {
  if (op === Op.SHL) {
    switch (nk) {
      case NK.I64:
        return `(typeof x === 'number' && typeof y === 'number' && y < 53 && (t = x * R.P2[y]) <= ${MAX} && t >= -${MAX}) ? t : R.shl(x, y)`;
      case NK.U64:
        return `(typeof x === 'number' && typeof y === 'number' && y < 53 && (t = x * R.P2[y]) <= ${MAX}) ? t : R.shlU(x, y)`;
      case NK.I32:
        return `y >= 32 ? 0 : x << y`;
      case NK.U32:
        return `y >= 32 ? 0 : (x << y) >>> 0`;
      case NK.I16:
        return `y >= 16 ? 0 : ((x << y) << 16) >> 16`;
      case NK.U16:
        return `y >= 16 ? 0 : (x << y) & 0xffff`;
      case NK.I8:
        return `y >= 8 ? 0 : ((x << y) << 24) >> 24`;
      case NK.U8:
        return `y >= 8 ? 0 : (x << y) & 0xff`;
    }
  } else {
    switch (nk) {
      case NK.I64:
        return `(typeof x === 'number' && typeof y === 'number') ? (y >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / R.P2[y])) : R.shr(x, y)`;
      case NK.U64:
        return `(typeof x === 'number' && typeof y === 'number') ? (y >= 64 ? 0 : Math.floor(x / R.P2[y])) : R.shrU(x, y)`;
      case NK.I32:
      case NK.I16:
      case NK.I8:
        return `x >> (y >= 31 ? 31 : y)`;
      default:
        return `y >= 32 ? 0 : x >>> y`;
    }
  }
  throw new Error(`jit: no shift template for ${NK[nk]}`);
}

const intKinds: Record<number, [number, boolean]> = {
  [NK.I64]: [64, true],
  [NK.U64]: [64, false],
  [NK.I32]: [32, true],
  [NK.I16]: [16, true],
  [NK.I8]: [8, true],
  [NK.U32]: [32, false],
  [NK.U16]: [16, false],
  [NK.U8]: [8, false],
};

/** Numeric conversion templates: from one kind to another. */
function conv(from: NK, to: NK): string {
  const fi = intKinds[from];
  const ti = intKinds[to];
  if (fi && ti) {
    const [tb, ts] = ti;
    const [fb, fs] = fi;
    if (tb === 64) {
      if (ts && (fb < 64 || fs)) return 'x';
      if (!ts && !fs && fb === 64) return 'x';
      if (!ts && !fs) return 'x';
      return `R.convInt(x, 64, ${ts})`;
    }
    if (fb <= tb && fs === ts) return 'x';
    if (fb < tb && !fs && ts) return 'x';
    const narrow = tb === 32 ? (ts ? 'x | 0' : 'x >>> 0') : tb === 16 ? (ts ? '(x << 16) >> 16' : 'x & 0xffff') : ts ? '(x << 24) >> 24' : 'x & 0xff';
    if (fb === 64) return `typeof x === 'number' ? (${narrow}) : R.convInt(x, ${tb}, ${ts})`;
    return narrow;
  }
  const isF = (k: NK) => k === NK.F64 || k === NK.F32;
  const isC = (k: NK) => k === NK.C64 || k === NK.C128;
  if (fi && isF(to)) {
    const e = fi[0] === 64 ? `(typeof x === 'number' ? x + 0 : Number(x))` : 'x + 0';
    return to === NK.F32 ? `Math.fround(${e})` : e;
  }
  if (isF(from) && ti) {
    const [tb, ts] = ti;
    if (tb === 64 && ts) return `((t = Math.trunc(x)) >= -${MAX} && t <= ${MAX}) ? t + 0 : R.floatToInt(x, 64, true)`;
    return `R.floatToInt(x, ${tb}, ${ts})`;
  }
  if (isF(from) && isF(to)) return to === NK.F32 ? 'Math.fround(x)' : 'x';
  if (isC(from) && isC(to)) return to === NK.C64 ? 'new R.Complex(Math.fround(x.re), Math.fround(x.im))' : 'x';
  if (from === to) return 'x';
  throw new Error(`jit: no conversion from ${NK[from]} to ${NK[to]}`);
}

function compare(op: Op, nk: NK): string {
  const o = op === Op.EQ ? '===' : op === Op.NE ? '!==' : op === Op.LT ? '<' : op === Op.LE ? '<=' : op === Op.GT ? '>' : '>=';
  if (nk === NK.C128 || nk === NK.C64) return op === Op.EQ ? 'R.ceq(x, y)' : '!R.ceq(x, y)';
  return `x ${o} y`;
}

/** Finds the pcs that start basic blocks: entry, jump targets, and resume points after exits. */
function blockLeaders(p: FuncProto, debug: boolean): Set<number> {
  const leaders = new Set<number>([0]);
  const code = p.code;
  for (let pc = 0; pc < code.length; ) {
    const op = code[pc] as Op;
    const info = opInfo[op];
    const size = opSize(op);
    for (let i = 0; i < info.args.length; i++) if (info.args[i] === 'j') leaders.add(code[pc + 1 + i]);
    if (info.exits || info.branch) leaders.add(pc + size);
    // A return resumes at itself after each deferred call it runs.
    if (op === Op.RET) leaders.add(pc);
    pc += size;
  }
  if (debug) for (const s of p.stmtStarts) leaders.add(s);
  return leaders;
}

/** Generates and compiles the JavaScript for a function. */
export function compileFunction(p: FuncProto, debug: boolean): CompiledCode {
  const src = generate(p, debug);
  try {
    const make = new Function('R', 'K', 'P', src) as (r: typeof R, k: unknown[], p: FuncProto) => CompiledCode;
    return make(R, p.consts, p);
  } catch (e) {
    throw new Error(`jit: cannot compile ${p.name}: ${(e as Error).message}\n${src}`);
  }
}

/** The generated source of a function (exported for tests and the disassembler's --js view). */
export function generate(p: FuncProto, debug: boolean): string {
  const leaders = blockLeaders(p, debug);
  // Virtual time is charged per block of the plain code, also when debugging
  // splits blocks at statements: a run under the debugger, stopped anywhere,
  // keeps exactly the timing of the same run without it.
  const costLeaders = debug ? blockLeaders(p, false) : leaders;
  const code = p.code;
  const stmtStarts = new Set(p.stmtStarts);
  const out: string[] = [];
  // Declarations the function's code shares between calls (call-site caches), before it.
  const pre: string[] = [];
  out.push(`return function ${jsName(p.name)}(vm, g, fr) {`);
  out.push(`const s = fr.s; let pc = fr.pc; let clk = vm.clk; const dl = vm.deadline; let x, y, t;`);
  out.push(`try { for (;;) switch (pc) {`);
  let lastLine = -1;
  for (let pc = 0; pc < code.length; ) {
    const op = code[pc] as Op;
    const info = opInfo[op];
    const size = opSize(op);
    if (leaders.has(pc)) {
      out.push(`case ${pc}:`);
      // The block's cost: this instruction up to the next leader (of the plain code).
      let cost = 0;
      if (costLeaders.has(pc)) {
        for (let q = pc; q < code.length; ) {
          if (q !== pc && costLeaders.has(q)) break;
          const o = code[q] as Op;
          cost += opInfo[o].cost;
          q += opSize(o);
        }
      }
      // pc tracks the position for tracebacks, also when a block is entered by falling through.
      out.push(`pc = ${pc};`);
      lastLine = p.lines[pc];
      // A stop comes before the block is charged: resuming here charges it once.
      if (debug && stmtStarts.has(pc)) {
        out.push(`if (vm.stopHere(g, fr, ${pc})) { fr.pc = ${pc}; vm.clk = clk; return 2; }`);
      }
      if (cost) out.push(`clk += ${cost};`);
    }
    // Tracebacks need the pc of an instruction that can panic, when its line differs from the block's.
    const line = p.lines[pc];
    if (line !== lastLine && !leaders.has(pc) && info.exits) {
      out.push(`pc = ${pc};`);
      lastLine = line;
    }
    out.push(emit(p, op, code, pc, size, debug, pre));
    pc += size;
    void info;
  }
  out.push(`default: throw new Error('bad pc ' + pc + ' in ${p.name}');`);
  // pc is -1 while a callee runs on the JavaScript stack (vm.dive): the callee has
  // already set the clock and the frames' positions when something is thrown.
  out.push(`} } catch (e) { if (pc !== -1) { vm.clk = clk; fr.pc = pc + 1; } throw e; } };`);
  return pre.concat(out).join('\n');
}

function jsName(name: string): string {
  return name.replace(/[^A-Za-z0-9_$]/g, '_');
}

/** The JavaScript for one instruction. */
function emit(p: FuncProto, op: Op, code: number[], pc: number, size: number, debug: boolean, pre: string[]): string {
  const a = (i: number) => code[pc + 1 + i];
  const r = (i: number) => rd(p, a(i));
  const w = (i: number) => `s[${a(i)}]`;
  const next = pc + size;
  const exit = (call: string) => `fr.pc = ${next}; vm.clk = clk; return ${call};`;
  // Resume inline when the runtime finished the operation at once; otherwise hand the goroutine back.
  const maybeExit = (call: string) => `fr.pc = ${next}; vm.clk = clk; t = ${call}; clk = vm.clk; if (t !== -1) return t;`;
  // After a call pushed the callee's frame: run it right here (vm.dive) and go on
  // inline when it has returned, or leave as the dispatch loop would. The
  // debugger's code always goes back to the dispatch loop.
  const dive = debug ? 'return 0;' : `pc = -1; if ((t = vm.dive(g, fr)) !== -1) return t; clk = vm.clk;`;
  // A Go callee's frame `t` just pushed, with its function `fn` (an expression
  // to evaluate once): what vm.dive does, inline. The callee runs right here,
  // nested on the JavaScript stack, unless the deadline has come, the nesting
  // is deep, or a debugger is on; once it has returned the caller goes on
  // inline, after the dispatch loop's checks.
  const diveInto = (fn: string) =>
    debug
      ? 'return 0;'
      : `pc = -1; if (clk >= dl || vm.depth >= ${MAX_DIVE} || vm.debugging) return 0; ` +
        `vm.depth++; y = ${fn}; y = (y.compiled ?? vm.compile(y))(vm, g, t); vm.depth--; ` +
        `if (y !== 0) return y; if (vm.heldFatal !== null) return 2; if (g.frames[g.frames.length - 1] !== fr) return 0; ` +
        `clk = vm.clk; if (clk >= dl || g.status !== 'running' || vm.exited) return 1;`;
  const push = `if (g.frames.length >= ${MAX_FRAMES}) throw R.stackOverflow(); g.frames.push(t); if (g.preempt) return vm.preemptAtCall(g);`;
  switch (op) {
    case Op.NOP:
      return '';
    case Op.MOV:
      return `${w(0)} = ${r(1)};`;
    case Op.ZERO:
      return `${w(0)} = K[${a(1)}].zero();`;
    case Op.CLONE:
      return `${w(0)} = K[${a(2)}].clone(${r(1)});`;
    case Op.COPYINTO:
      return `K[${a(2)}].copyInto(${r(0)}, ${r(1)});`;
    case Op.ADD:
    case Op.SUB:
    case Op.MUL:
    case Op.AND:
    case Op.OR:
    case Op.XOR:
    case Op.ANDNOT:
      return `x = ${r(1)}; y = ${r(2)}; ${w(0)} = ${arith(op, a(3), p, a(1), a(2))};`;
    case Op.DIV:
    case Op.REM: {
      const nk = a(3) as NK;
      const isInt = nk <= NK.U8;
      const check = isInt ? `if (y === 0) throw R.divPanic(); ` : '';
      return `x = ${r(1)}; y = ${r(2)}; ${check}${w(0)} = ${arith(op, nk, p, a(1), a(2))};`;
    }
    case Op.SHL:
    case Op.SHR: {
      const neg = a(4) ? `if (y < 0) throw R.shiftPanic(); ` : '';
      return `x = ${r(1)}; y = ${r(2)}; ${neg}${w(0)} = ${shift(op, a(3))};`;
    }
    case Op.NEG: {
      const nk = a(2) as NK;
      const e: Record<number, string> = {
        [NK.I64]: `typeof x === 'number' ? 0 - x : R.neg(x)`,
        [NK.U64]: `R.negU(x)`,
        [NK.I32]: `(0 - x) | 0`,
        [NK.U32]: `(0 - x) >>> 0`,
        [NK.I16]: `((0 - x) << 16) >> 16`,
        [NK.U16]: `(0 - x) & 0xffff`,
        [NK.I8]: `((0 - x) << 24) >> 24`,
        [NK.U8]: `(0 - x) & 0xff`,
        [NK.F64]: `-x`,
        [NK.F32]: `-x`,
        [NK.C128]: `R.cneg(x)`,
        [NK.C64]: `R.cneg(x)`,
      };
      return `x = ${r(1)}; ${w(0)} = ${e[nk]};`;
    }
    case Op.BITNOT: {
      const nk = a(2) as NK;
      const e: Record<number, string> = {
        [NK.I64]: `typeof x === 'number' ? -x - 1 : R.not(x)`,
        [NK.U64]: `R.notU(x)`,
        [NK.I32]: `~x`,
        [NK.U32]: `~x >>> 0`,
        [NK.I16]: `(~x << 16) >> 16`,
        [NK.U16]: `~x & 0xffff`,
        [NK.I8]: `(~x << 24) >> 24`,
        [NK.U8]: `~x & 0xff`,
      };
      return `x = ${r(1)}; ${w(0)} = ${e[nk]};`;
    }
    case Op.NOT:
      return `${w(0)} = !${r(1)};`;
    case Op.CONV:
      return `x = ${r(1)}; ${w(0)} = ${conv(a(2), a(3))};`;
    case Op.EQ:
    case Op.NE:
    case Op.LT:
    case Op.LE:
    case Op.GT:
    case Op.GE:
      return `x = ${r(1)}; y = ${r(2)}; ${w(0)} = ${compare(op, a(3))};`;
    case Op.EQT:
      return `${w(0)} = R.equal(K[${a(3)}], ${r(1)}, ${r(2)});`;
    case Op.NET:
      return `${w(0)} = !R.equal(K[${a(3)}], ${r(1)}, ${r(2)});`;
    case Op.JMP:
      return `pc = ${a(0)}; continue;`;
    case Op.JT:
      return `if (${r(0)}) { pc = ${a(1)}; continue; }`;
    case Op.JF:
      return `if (!${r(0)}) { pc = ${a(1)}; continue; }`;
    case Op.LOOP:
      return `if (clk >= dl) { fr.pc = ${a(0)}; vm.clk = clk; return 1; } pc = ${a(0)}; continue;`;
    case Op.CALL: {
      // The common call, inline: push the callee's frame and run it.
      // The callee's slots as an array literal holding the arguments (up to a size).
      const callee = p.consts[a(0)] as FuncProto;
      if (callee.nslots <= 64) {
        const slots: string[] = [];
        for (let i = 0; i < Math.max(callee.nslots, a(2)); i++) slots.push(i < a(2) ? `s[${a(1) + i}]` : 'undefined');
        return `fr.pc = ${next}; vm.clk = clk; t = new R.Frame(K[${a(0)}], ${a(3)}, null, [${slots.join(', ')}]); ${push} ${diveInto(`K[${a(0)}]`)}`;
      }
      const copies: string[] = [];
      for (let i = 0; i < a(2); i++) copies.push(`t.s[${i}] = s[${a(1) + i}];`);
      return `fr.pc = ${next}; vm.clk = clk; t = new R.Frame(K[${a(0)}], ${a(3)}, null); ${copies.join(' ')} ${push} ${diveInto(`K[${a(0)}]`)}`;
    }
    case Op.CALLCL: {
      // A closure of Go code, inline (what calls.callClosure does); natives through it.
      const copies: string[] = [];
      for (let i = 0; i < a(2); i++) copies.push(`t.s[${i}] = s[${a(1) + i}];`);
      return (
        `fr.pc = ${next}; vm.clk = clk; x = ${r(0)}; ` +
        `if (x === null || x === undefined || x.fn.native !== null) { if ((t = vm.callClosure(g, fr, x, ${a(1)}, ${a(2)}, ${a(3)})) !== 0) return t; ${dive} } ` +
        `else { t = new R.Frame(x.fn, ${a(3)}, x.env); ${copies.join(' ')} ${push} ${diveInto('t.fn')} }`
      );
    }
    case Op.CALLIFACE: {
      // A method of Go code, found through the site's cache, inline (what calls.callIface does); natives through it.
      const ic = `IC${pc}`;
      pre.push(`const ${ic} = [null, null];`);
      const copies: string[] = [];
      for (let i = 0; i < a(3); i++) copies.push(`t.s[${i + 1}] = s[${a(2) + i}];`);
      return (
        `fr.pc = ${next}; vm.clk = clk; x = ${r(0)}; ` +
        `if (x === null || (y = x.t === ${ic}[0] ? ${ic}[1] : R.method(${ic}, x.t, K[${a(1)}])).native !== null) { if ((t = vm.callIface(g, fr, x, K[${a(1)}], ${a(2)}, ${a(3)}, ${a(4)})) !== 0) return t; ${dive} } ` +
        `else { t = new R.Frame(y, ${a(4)}, null); t.s[0] = x.v; ${copies.join(' ')} ${push} ${diveInto('t.fn')} }`
      );
    }
    case Op.CALLNATIVE: {
      // The arguments as an array literal: natives take them as an array.
      const args: string[] = [];
      for (let i = 0; i < a(2); i++) args.push(`s[${a(1) + i}]`);
      const fn = p.consts[a(0)] as FuncProto;
      const impl = fn.native;
      if (!impl || !impl.fn) return maybeExit(`vm.callNativeArgs(g, fr, K[${a(0)}], [${args.join(', ')}], ${a(3)})`);
      // A plain native, called from here (calls.invokeNative's common case): the
      // call site sees one function, which the JavaScript engine can inline.
      const rb = a(3);
      const store =
        rb < 0 || fn.nresults === 0
          ? ''
          : fn.nresults === 1
            ? `s[${rb}] = t;`
            : Array.from({ length: fn.nresults }, (_, i) => `s[${rb + i}] = t[${i}];`).join(' ');
      return (
        `fr.pc = ${next}; vm.clk = clk + vm.nativeCallCost; x = [${args.join(', ')}]; y = vm.host; y.g = g; y.retry = false; ` +
        `t = K[${a(0)}].native.fn(y, x); clk = vm.clk; if (t === R.PARK) return vm.parkNative(g, fr, K[${a(0)}], x, ${rb}); ${store}`
      );
    }
    case Op.RET: {
      // The common return, inline: no deferred calls, a Go caller, plain results.
      if (p.cellResults) return `fr.pc = ${pc}; vm.clk = clk; return vm.ret(g, fr);`;
      const copies: string[] = [];
      for (let i = 0; i < p.nresults; i++) copies.push(`t.s[fr.retBase + ${i}] = s[${p.nparams + i}];`);
      const store = p.nresults ? `if (fr.retBase >= 0) { ${copies.join(' ')} }` : '';
      return `fr.pc = ${pc}; vm.clk = clk; if (fr.defers === null && !fr.isDefer && (t = g.frames[g.frames.length - 2]) !== undefined && t.gen === null) { g.frames.pop(); ${store} return 0; } return vm.ret(g, fr);`;
    }
    case Op.GO:
      return `vm.clk = clk; vm.go(g, fr, ${r(0)}, ${a(1)}, ${a(2)}, ${pc}); clk = vm.clk;`;
    case Op.DEFER:
      return `vm.defer(fr, ${r(0)}, ${a(1)}, ${a(2)});`;
    case Op.PANIC:
      return `fr.pc = ${pc + 1}; vm.clk = clk; throw vm.panicValue(${r(0)});`;
    case Op.RECOVER:
      return `${w(0)} = vm.recover(g, fr);`;
    case Op.NEWCELL:
      return `${w(0)} = [${r(1)}];`;
    case Op.LOADCELL:
      return `${w(0)} = ${r(1)}[0];`;
    case Op.STORECELL:
      return `${r(0)}[0] = ${r(1)};`;
    case Op.LOADENV:
      return `${w(0)} = fr.env[${a(1)}];`;
    case Op.MAKECLOSURE: {
      const cells: string[] = [];
      for (let i = 0; i < a(3); i++) cells.push(`s[${a(2) + i}]`);
      return `${w(0)} = new R.Closure(K[${a(1)}], [${cells.join(', ')}]);`;
    }
    case Op.FIELD:
      return `${w(0)} = ${r(1)}[${a(2)}];`;
    case Op.PFIELD:
      return `x = ${r(1)}; if (x === null) throw R.nilPanic(); ${w(0)} = x[${a(2)}];`;
    case Op.SETFIELD:
      return `${r(0)}[${a(1)}] = ${r(2)};`;
    case Op.PSETFIELD:
      return `x = ${r(0)}; if (x === null) throw R.nilPanic(); x[${a(1)}] = ${r(2)};`;
    case Op.INDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); ${w(0)} = x[y];`;
    case Op.SETINDEX:
      return `x = ${r(0)}; y = ${r(1)}; if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); x[y] = ${r(2)};`;
    case Op.SINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (x === null || !(y >= 0 && y < x.len)) throw R.indexPanic(y, x === null ? 0 : x.len); ${w(0)} = x.a[x.off + y];`;
    case Op.SSETINDEX:
      return `x = ${r(0)}; y = ${r(1)}; if (x === null || !(y >= 0 && y < x.len)) throw R.indexPanic(y, x === null ? 0 : x.len); x.a[x.off + y] = ${r(2)};`;
    case Op.STRINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); ${w(0)} = x.charCodeAt(y);`;
    case Op.DEREF:
      return `x = ${r(1)}; if (x === null) throw R.nilPanic(); ${w(0)} = x.o[x.k];`;
    case Op.STOREREF:
      return `x = ${r(0)}; if (x === null) throw R.nilPanic(); x.o[x.k] = ${r(1)};`;
    case Op.NILCHECK:
      return `if (${r(0)} === null) throw R.nilPanic();`;
    case Op.REFCELL:
      return `${w(0)} = new R.Ref(${r(1)}, 0);`;
    case Op.REFFIELD:
      return `x = ${r(1)}; if (x === null) throw R.nilPanic(); ${w(0)} = new R.Ref(x, ${a(2)});`;
    case Op.REFINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (x === null) throw R.nilPanic(); if (!(y >= 0 && y < x.length)) throw R.indexPanic(y, x.length); ${w(0)} = new R.Ref(x, y);`;
    case Op.REFSINDEX:
      return `x = ${r(1)}; y = ${r(2)}; if (x === null || !(y >= 0 && y < x.len)) throw R.indexPanic(y, x === null ? 0 : x.len); ${w(0)} = new R.Ref(x.a, x.off + y);`;
    case Op.NEWOBJ:
      return `${w(0)} = K[${a(1)}].zero();`;
    case Op.MAKESLICE:
      return `${w(0)} = R.makeSlice(K[${a(1)}], ${r(2)}, ${a(3) === NONE ? 'undefined' : r(3)});`;
    case Op.SLICE: {
      const opt = (i: number) => (a(i) === NONE ? 'undefined' : r(i));
      return `${w(0)} = R.slice(${r(1)}, ${opt(2)}, ${opt(3)}, ${opt(4)}, ${a(5)});`;
    }
    case Op.APPEND: {
      const n = a(3);
      if (n === 1) return `${w(0)} = R.append1(${r(1)}, s[${a(2)}], K[${a(4)}]);`;
      const vals: string[] = [];
      for (let i = 0; i < n; i++) vals.push(`s[${a(2) + i}]`);
      return `${w(0)} = R.append(${r(1)}, [${vals.join(', ')}], K[${a(4)}]);`;
    }
    case Op.APPENDSLICE:
      return `${w(0)} = R.appendSlice(${r(1)}, ${r(2)}, K[${a(3)}]);`;
    case Op.COPY:
      return `${w(0)} = R.copy(${r(1)}, ${r(2)}, K[${a(3)}]);`;
    case Op.LEN:
    case Op.CAP: {
      const k = a(2);
      const isLen = op === Op.LEN;
      const e = [
        isLen ? `x === null ? 0 : x.len` : `x === null ? 0 : x.cap`,
        `x.length`,
        `x === null ? 0 : x.m.size`,
        isLen ? `x === null ? 0 : x.count` : `x === null ? 0 : x.size`,
        `x.length`,
        `x === null ? 0 : x.length`,
      ][k];
      return `x = ${r(1)}; ${w(0)} = ${e};`;
    }
    case Op.SLICELIT: {
      const vals: string[] = [];
      for (let i = 0; i < a(2); i++) vals.push(`s[${a(1) + i}]`);
      return `${w(0)} = new R.Slice([${vals.join(', ')}], 0, ${a(2)}, ${a(2)});`;
    }
    case Op.STRCONV:
      return `${w(0)} = R.strconv[${a(2)}](${r(1)});`;
    case Op.NEXTRUNE:
      return `${w(0)} = R.decodeRune(${r(2)}, ${r(3)}); ${w(1)} = R.lastWidth();`;
    case Op.ARR2PTR:
      return `${w(0)} = vm.sliceToArrayPtr(${r(1)}, ${a(2)});`;
    case Op.MAKEMAP:
      return `${w(0)} = new R.GoMap(K[${a(1)}].key, K[${a(1)}].elem);`;
    // Maps whose keys are used directly (GoMap.keys === null): their table (HashTable or Map), inline.
    // (A stored value is never undefined: a direct lookup that finds none found no entry.)
    case Op.MAPGET:
      return `x = ${r(1)}; t = x !== null && x.keys === null ? x.m.get(${r(2)}) : R.mapGet(x, ${r(2)}); ${w(0)} = t === undefined ? K[${a(3)}].zero() : t;`;
    case Op.MAPGET2:
      return (
        `x = ${r(2)}; if (x !== null && x.keys === null) { t = x.m.get(${r(3)}); ${w(1)} = t !== undefined; } ` +
        `else { t = R.mapGet(x, ${r(3)}); ${w(1)} = t !== undefined || R.mapHas(x, ${r(3)}); } ${w(0)} = t === undefined ? K[${a(4)}].zero() : t;`
      );
    case Op.MAPSET:
      // (A NaN key makes a new entry each time: GoMap.set.)
      return `x = ${r(0)}; y = ${r(1)}; if (x !== null && x.keys === null && y === y) x.m.set(y, ${r(2)}); else R.mapSet(x, y, ${r(2)});`;
    case Op.MAPDELETE:
      return `R.mapDelete(${r(0)}, ${r(1)});`;
    case Op.MAPCLEAR:
      return `x = ${r(0)}; if (x !== null) x.clear();`;
    case Op.MAPITER:
      return `${w(0)} = vm.mapIter(${r(1)});`;
    case Op.MAPNEXT:
      return `x = ${r(3)}; ${w(0)} = x.next(); if (${w(0)}) { ${w(1)} = x.key; ${w(2)} = x.value; }`;
    case Op.MAKECHAN:
      return `${w(0)} = vm.makeChan(K[${a(1)}], ${r(2)});`;
    case Op.SEND:
      return maybeExit(`vm.send(g, fr, ${r(0)}, ${r(1)})`);
    case Op.RECV:
      return maybeExit(`vm.recv(g, fr, ${r(1)}, ${a(0)}, -1)`);
    case Op.RECV2:
      return maybeExit(`vm.recv(g, fr, ${r(2)}, ${a(0)}, ${a(1)})`);
    case Op.CLOSE:
      return `vm.clk = clk; vm.close(g, ${r(0)}); clk = vm.clk;`;
    case Op.SELECT:
      return maybeExit(`vm.select(g, fr, K[${a(1)}], ${a(0)})`);
    case Op.TOIFACE:
      return `${w(0)} = new R.Iface(K[${a(2)}], ${r(1)});`;
    case Op.ASSERT: {
      const want = `K[${a(2)}]`;
      if ((p.consts[a(2)] as RType).kind === 20) {
        return `x = ${r(1)}; if (x === null || !R.implements(x.t, ${want})) throw R.assertFail(x, ${want}, K[${a(3)}]); ${w(0)} = x;`;
      }
      return `x = ${r(1)}; if (x === null || x.t !== ${want}) throw R.assertFail(x, ${want}, K[${a(3)}]); ${w(0)} = x.v;`;
    }
    case Op.ASSERT2: {
      const want = `K[${a(3)}]`;
      if ((p.consts[a(3)] as RType).kind === 20) {
        return `x = ${r(2)}; t = x !== null && R.implements(x.t, ${want}); ${w(1)} = t; ${w(0)} = t ? x : null;`;
      }
      return `x = ${r(2)}; t = x !== null && x.t === ${want}; ${w(1)} = t; ${w(0)} = t ? x.v : ${want}.zero();`;
    }
    case Op.ISTYPE: {
      if (a(2) === NONE) return `${w(0)} = ${r(1)} === null;`;
      const want = `K[${a(2)}]`;
      if ((p.consts[a(2)] as RType).kind === 20) return `x = ${r(1)}; ${w(0)} = x !== null && R.implements(x.t, ${want});`;
      return `x = ${r(1)}; ${w(0)} = x !== null && x.t === ${want};`;
    }
    case Op.IFACEVAL:
      return `${w(0)} = ${r(1)}.v;`;
    case Op.COMPLEX:
      return a(3) === NK.C64 ? `${w(0)} = new R.Complex(Math.fround(${r(1)}), Math.fround(${r(2)}));` : `${w(0)} = new R.Complex(${r(1)}, ${r(2)});`;
    case Op.REAL:
      return `${w(0)} = ${r(1)}.re;`;
    case Op.IMAG:
      return `${w(0)} = ${r(1)}.im;`;
    case Op.MINMAX: {
      const vals: string[] = [];
      for (let i = 0; i < a(2); i++) vals.push(`s[${a(1) + i}]`);
      return `${w(0)} = R.minmax([${vals.join(', ')}], ${a(3)}, ${!!a(4)});`;
    }
    case Op.CLEAR: {
      const t = p.consts[a(1)] as RType;
      return t.kind === 21 ? `x = ${r(0)}; if (x !== null) x.clear();` : `R.clearSlice(${r(0)}, K[${a(1)}].elem);`;
    }
  }
  throw new Error(`jit: no template for ${Op[op]}`);
}

void Complex;
