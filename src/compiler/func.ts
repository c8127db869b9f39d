// Compiling one function body: the state the expression and statement
// compilers share (slots, constants, jump labels, the line table, where each
// variable lives), and the primitives they emit code with.
//
// Slot layout of a frame: parameters first (a method's receiver at 0), then
// results, then locals and temporaries. A variable lives
//   - in a slot, holding its value, when nothing else can reach it;
//   - in a heap cell (a one-element array) in a slot, when a closure captures
//     it or its address is taken (so the closure and the pointer share it);
//   - arrays and structs are objects owned by their variable: the slot (or the
//     closure's environment) holds the object itself, and assignment copies
//     into it, so pointers and closures see every change;
//   - in a closure's environment, reached with LOADENV;
//   - package-level variables in heap cells the code holds as constants.

import type * as ast from '../syntax/ast';
import type { Info } from '../types/checker';
import type { Var } from '../types/objects';
import { Substitution, subst } from '../types/subst';
import type { Type } from '../types/types';
import { FuncProto, LocalInfo } from '../vm/func';
import { NONE, Op, opInfo } from '../vm/op';
import type { RType } from '../vm/rtype';
import type { Compiler } from './compiler';
import type { SourceFile } from '../syntax/source';

/** Where a variable lives (see the header). */
export type VarLoc =
  | { kind: 'slot'; slot: number; cell: boolean }
  | { kind: 'env'; index: number; cell: boolean }
  | { kind: 'global'; cell: unknown[] };

export interface LoopLabels {
  label: string | null;
  breakTo: Label;
  continueTo: Label | null;
}

/** A jump target: its pc once placed, and the code positions waiting for it. */
export class Label {
  pc = -1;
  readonly fixups: number[] = [];
}

export class FnCompiler {
  readonly proto: FuncProto;
  readonly vars = new Map<Var, VarLoc>();
  /** Variables a closure captures, in env order (for a function literal). */
  readonly captures: Var[] = [];
  private top = 0;
  private localsTop = 0;
  line = 0;
  readonly loops: LoopLabels[] = [];
  readonly labels = new Map<string, Label>();
  /** Result slots (nparams..nparams+nresults-1). */
  resultSlots: number[] = [];
  private readonly constIndex = new Map<unknown, number>();
  /** Next closure number (main.main.func1, func2...). */
  closureCount = { n: 0 };
  /** What closures are named after, when not the function's own name (package initialisation: `main.glob.`). */
  closurePrefix: string | null = null;

  constructor(
    readonly c: Compiler,
    name: string,
    readonly info: Info,
    readonly src: SourceFile,
    readonly sm: Substitution,
    /** The enclosing function, for function literals. */
    readonly parent: FnCompiler | null,
    readonly node: ast.FuncDecl | ast.FuncLit | null,
  ) {
    this.proto = c.newProto(name);
    this.proto.file = c.fileOf(src);
  }

  // ---- types -------------------------------------------------------------------

  /** The type of an expression, with type parameters replaced by this instance's arguments. */
  typeOf(e: ast.Expr): Type {
    const tv = this.info.types.get(e);
    if (!tv) throw new Error(`gosim: compiler: no type for expression at ${this.src.format(e.pos)}`);
    return this.sm.size ? subst(tv.type, this.sm) : tv.type;
  }

  subst(t: Type): Type {
    return this.sm.size ? subst(t, this.sm) : t;
  }

  rtype(t: Type): RType {
    return this.c.rtypes.of(this.subst(t));
  }

  // ---- slots -----------------------------------------------------------------------

  /** A fresh slot (or n consecutive ones) for a temporary value. */
  temp(n = 1): number {
    const s = this.top;
    this.top += n;
    if (this.top > this.proto.nslots) this.proto.nslots = this.top;
    return s;
  }

  /** A slot for a local variable, never reused for temporaries. */
  local(): number {
    const s = this.temp();
    this.localsTop = this.top;
    return s;
  }

  /** Marks the temporaries in use; `release` frees those allocated since. */
  mark(): number {
    return this.top;
  }

  release(mark: number): void {
    this.top = Math.max(mark, this.localsTop);
  }

  /** Reserves the parameter and result slots at the bottom of the frame. */
  reserve(n: number): void {
    this.top = n;
    this.localsTop = n;
    if (n > this.proto.nslots) this.proto.nslots = n;
  }

  // ---- constants -----------------------------------------------------------------------

  /** The constant-pool index of v (primitives are shared). */
  constIdx(v: unknown): number {
    const primitive = v === null || typeof v !== 'object';
    if (primitive) {
      const key = typeof v === 'number' && Object.is(v, -0) ? '-0' : typeof v === 'bigint' ? `${v}n` : typeof v === 'string' ? `s${v}` : v;
      const found = this.constIndex.get(key);
      if (found !== undefined) return found;
      this.proto.consts.push(v);
      this.constIndex.set(key, this.proto.consts.length - 1);
      return this.proto.consts.length - 1;
    }
    const found = this.constIndex.get(v);
    if (found !== undefined) return found;
    this.proto.consts.push(v);
    this.constIndex.set(v, this.proto.consts.length - 1);
    return this.proto.consts.length - 1;
  }

  /** A read operand referring to a constant. */
  k(v: unknown): number {
    return -this.constIdx(v) - 1;
  }

  // ---- code --------------------------------------------------------------------------

  get pc(): number {
    return this.proto.code.length;
  }

  emit(op: Op, ...operands: number[]): number {
    const at = this.proto.code.length;
    const info = opInfo[op];
    if (operands.length !== info.args.length) throw new Error(`gosim: compiler: ${info.name} takes ${info.args.length} operands, got ${operands.length}`);
    this.proto.code.push(op, ...operands);
    for (let i = 0; i <= operands.length; i++) this.proto.lines.push(this.line);
    return at;
  }

  /** Emits a jump-like instruction whose operand at `argIndex` is a label, fixed up when the label is placed. */
  emitJump(op: Op, label: Label, ...before: number[]): void {
    const at = this.emit(op, ...before, label.pc >= 0 ? label.pc : 0);
    if (label.pc < 0) label.fixups.push(at + 1 + before.length);
  }

  place(label: Label): void {
    label.pc = this.pc;
    for (const f of label.fixups) this.proto.code[f] = label.pc;
  }

  /** Sets the current source line from an AST position. */
  at(n: ast.Node): void {
    this.line = this.src.line(n.pos);
  }

  /** Marks the start of a statement (breakpoints and steps stop here). */
  stmtStart(n: ast.Node): void {
    this.at(n);
    const pcs = this.proto.stmtStarts;
    if (pcs[pcs.length - 1] !== this.pc) pcs.push(this.pc);
  }

  /** Sets a slot to the zero value of t (a fresh object for arrays and structs). */
  zeroInto(slot: number, t: RType): void {
    if (t.isValue) this.emit(Op.ZERO, slot, this.constIdx(t));
    else this.emit(Op.MOV, slot, this.k(t.zero()));
  }

  // ---- variables -----------------------------------------------------------------------

  /** Declares a local variable in a new slot (a cell when it must be shared). */
  declareVar(v: Var, declPos: number): VarLoc {
    const t = this.rtype(v.type);
    const cell = this.needsCell(v, t);
    const slot = this.local();
    const loc: VarLoc = { kind: 'slot', slot, cell };
    this.vars.set(v, loc);
    this.addLocalInfo(v, slot, t, cell, 'local', declPos);
    return loc;
  }

  addLocalInfo(v: Var, slot: number, t: RType, cell: boolean, kind: LocalInfo['kind'], declPos: number): void {
    if (!v.name || v.name === '_') return;
    this.proto.locals.push({ name: v.name, slot, type: t, cell, kind, start: this.pc, end: -1, declPos });
  }

  /** Variables shared by reference live in cells; arrays and structs are shared objects already. */
  needsCell(v: Var, t: RType): boolean {
    if (t.isValue) return false;
    return v.captured || v.addressed || this.c.implicitlyAddressed.has(v);
  }

  /** Finds where a variable lives, capturing it from an enclosing function if needed. */
  lookup(v: Var): VarLoc {
    const loc = this.vars.get(v);
    if (loc) return loc;
    if (v.isGlobal) {
      const cell = this.c.globalCell(v);
      const g: VarLoc = { kind: 'global', cell };
      this.vars.set(v, g);
      return g;
    }
    if (!this.parent) throw new Error(`gosim: compiler: variable ${v.name} not found`);
    const outer = this.parent.lookup(v);
    if (outer.kind === 'global') return outer;
    const index = this.captures.length;
    this.captures.push(v);
    const cell = outer.cell;
    this.proto.captures.push({ name: v.name, type: this.rtype(v.type), cell });
    const env: VarLoc = { kind: 'env', index, cell };
    this.vars.set(v, env);
    return env;
  }

  /** Closes the pc ranges of locals (debug info) at the end of compilation. */
  finishLocals(): void {
    for (const l of this.proto.locals) if (l.end < 0) l.end = this.pc;
  }
}

export { NONE };
