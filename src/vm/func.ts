// Compiled functions and call frames: plain data the scheduler, the debugger and
// snapshots can read. A goroutine's stack is an array of Frames; Go calls never
// use the JavaScript call stack.

import type { NativeImpl } from './native';
import type { RType } from './rtype';

/** Where a variable of a function lives, for the debugger's Locals view. */
export interface LocalInfo {
  name: string;
  slot: number;
  type: RType;
  /** The slot holds a heap cell (the variable is captured or its address taken). */
  cell: boolean;
  kind: 'param' | 'result' | 'local';
  /** The pcs where the variable is in scope: [start, end). */
  start: number;
  end: number;
  /** Source offset of the declaration (scopes: inner declarations shadow outer). */
  declPos: number;
}

/** A variable a closure captured: env[i] holds its heap cell (`cell`) or, for arrays and structs, the object. */
export interface CaptureInfo {
  name: string;
  type: RType;
  cell: boolean;
}

/** Generated code for one function (see jit.ts): runs the frame until it exits. */
export type CompiledCode = (vm: unknown, g: unknown, fr: Frame) => number;

export class FuncProto {
  /** Bytecode: [op, operands..., op, operands...] (op.ts). */
  code: number[] = [];
  /** Source line of each code word (the op's position holds the op's line). */
  lines: number[] = [];
  consts: unknown[] = [];
  /** Pcs where a statement starts: where line breakpoints and steps stop. */
  stmtStarts: number[] = [];
  locals: LocalInfo[] = [];
  /** A closure's captured variables, in environment order (the debugger shows them with the locals). */
  captures: CaptureInfo[] = [];
  /** Slots 0..nparams-1 receive the arguments (a method's receiver first). */
  nparams = 0;
  /** Results live in slots nparams..nparams+nresults-1. */
  nresults = 0;
  nslots = 0;
  /** Natively implemented functions (standard library) have no bytecode. */
  native: NativeImpl | null = null;
  /** Generated code, made on first call. */
  compiled: CompiledCode | null = null;
  compiledDebug: CompiledCode | null = null;
  /** The source file's path, as tracebacks print it. */
  file = '';
  /** Line of the `func` keyword (for a goroutine that has not started yet). */
  line = 0;
  /** Functions of the simulated runtime and library: shown as such in stacks. */
  library = false;
  /** A wrapper the compiler made (method values, promoted methods): hidden from tracebacks. */
  wrapper = false;
  variadic = false;
  /** Whether tracebacks print an argument list (Go prints `f(...)` for functions with parameters). */
  hasArgs = false;
  /** Result types (for zeroing named results and for natives). */
  resultTypes: RType[] = [];
  /** The pc of the function's final RET (where a recovered panic resumes). */
  retPc = 0;
  /** Named results captured by closures live in cells: RET returns the cells' contents. */
  cellResults: boolean[] | null = null;
  /** Resume pcs of the calls gc would inline (tracebacks print the callee as `f(...)`, without offset). */
  inlinedCalls: Set<number> | null = null;
  /** The address a nil dereference faults at, by pc, where it is not 0: the offset of the field read or written. */
  faultAddrs: Map<number, number> | null = null;

  constructor(
    readonly id: number,
    /** Go's name: `main.main`, `main.main.func1`, `main.(*T).M`, `time.Sleep`. */
    readonly name: string,
  ) {}

  lineAt(pc: number): number {
    return this.lines[pc] ?? this.line;
  }
}

/** A deferred call: the function value and its arguments, evaluated at the defer statement. */
export interface Defer {
  fn: unknown;
  args: unknown[];
}

export class Frame {
  pc = 0;
  readonly s: unknown[];
  /** Deferred calls, in the order they were deferred. */
  defers: Defer[] | null = null;
  /** Set while this frame runs a deferred call for a panic (recover looks at it). */
  panicking: unknown = null;
  /** This frame is a deferred call (its results are dropped; recover works in it). */
  isDefer = false;
  /** The state of a native generator (natives that call back into Go). */
  gen: Generator<unknown, unknown, unknown> | null = null;
  /** A native frame: the results of the Go call it waits for. */
  genIn: unknown = undefined;
  /** A native frame: a panic to throw into the generator. */
  genThrow: unknown = undefined;
  /** A deferred call: the index of the frame that deferred it. */
  deferOwner = -1;

  constructor(
    readonly fn: FuncProto,
    /** The caller's slot receiving the first result; -1 to drop results. */
    readonly retBase: number,
    /** The captured cells of a closure. */
    readonly env: unknown[] | null,
    /** The slots, when the caller made them (generated code: an array literal holding the arguments). */
    s?: unknown[],
  ) {
    this.s = s ?? new Array(fn.nslots);
  }

  get line(): number {
    return this.fn.lineAt(this.pc);
  }
}
