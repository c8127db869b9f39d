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
//
// Here: finding the basic blocks and generating the function around them. The
// template for each instruction is in jit/emit.ts, the numeric templates in
// jit/arith.ts, and what generated code calls (R) in jit/runtime.ts.

import { CompiledCode, FuncProto } from './func';
import { Op, opInfo, opSize } from './op';
import { emit } from './jit/emit';
import { R } from './jit/runtime';

// What generated code calls, and the stack limits (the runtime's calls.ts checks them too).
export { R, MAX_DIVE, MAX_FRAMES, StackOverflow } from './jit/runtime';
export type { Helpers } from './jit/runtime';

interface Emitter {
  out: string[];
  p: FuncProto;
  debug: boolean;
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
