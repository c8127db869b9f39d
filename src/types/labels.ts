// Labels and the branch statements that name them: `break L`, `continue L`,
// `goto L` (go/types' labels.go; the gc compiler makes these checks while
// parsing, and its messages are the ones used here).
//
// spec: "The scope of a label is the body of the function in which it is
// declared and excludes the body of any nested function." Labels are resolved
// in one walk over a body, in source order, block by block:
//
//   - a label is declared when the walk reaches it, so `break L` and
//     `continue L` only find labels written before them, and only a label
//     of a statement enclosing them is a valid target;
//   - a `goto` to a label not declared yet is carried forward (out of nested
//     blocks into the enclosing ones) until the label appears in the same
//     block; it must not jump over a variable declaration of that block;
//     one still unresolved at the end either jumps into a block or names no
//     label at all.
//
// Unlabelled break, continue and fallthrough are checked with the statements
// (stmt.ts), which know whether a loop, switch or select encloses them.
//
// go build makes these checks while parsing, for each function body without
// parse errors: so they come before any type error, and not at all for a body
// with, say, `defer 1` in it. They are collected per body (branchError) and
// passed on as parser errors (Checker.syntaxErrors) once the body is done.

import type * as ast from '../syntax/ast';
import { GoError } from '../syntax/source';
import { Checker } from './checker';
import { Label } from './objects';
import { invalidType } from './types';

declare module './checker' {
  interface Checker {
    labels(body: ast.BlockStmt): void;
    branchError(pos: number, msg: string): void;
    labelsInternal(body: ast.BlockStmt): void;
    /** The statement each label labels. */
    labelTargets: Map<Label, ast.Stmt>;
  }
}

Object.defineProperty(Checker.prototype, 'labelTargets', {
  get(this: Checker & { _labelTargets?: Map<Label, ast.Stmt> }) {
    if (!this._labelTargets) this._labelTargets = new Map();
    return this._labelTargets;
  },
});

/** A block of statements: where labels live and gotos may jump. */
interface Block {
  parent: Block | null;
  /** Where the block starts, as go build names it in "jumps into block starting at". */
  start: number;
  /** The labelled statement this block belongs to (its body), if any. */
  lstmt: ast.LabeledStmt | null;
}

interface DeclaredLabel {
  obj: Label;
  lstmt: ast.LabeledStmt;
  parent: Block;
}

/** Errors of branch statements and labels, by function body, until the body is done. */
const pendingBranchErrors = new WeakMap<object, GoError[]>();
/** Those errors once passed on (they do not count as the parse errors that cancel a body's checks). */
const branchErrors = new WeakSet<GoError>();

Checker.prototype.branchError = function (this: Checker, pos: number, msg: string): void {
  const key = this.fctx ?? this;
  let list = pendingBranchErrors.get(key);
  if (!list) pendingBranchErrors.set(key, (list = []));
  list.push(new GoError(this.file, pos, msg));
};

/** Checks the labels and labelled branches of one function body, then reports its branch errors. */
Checker.prototype.labels = function (this: Checker, body: ast.BlockStmt): void {
  this.labelsInternal(body);
  const key = this.fctx ?? this;
  const errs = pendingBranchErrors.get(key) ?? [];
  pendingBranchErrors.delete(key);
  const parseErrorInBody = this.syntaxErrors.some((e) => !branchErrors.has(e) && e.pos >= body.pos && e.pos < body.end);
  if (parseErrorInBody) return;
  for (const e of errs) {
    branchErrors.add(e);
    this.syntaxErrors.push(e);
  }
};

Checker.prototype.labelsInternal = function (this: Checker, body: ast.BlockStmt): void {
  const scope = new LabelScope(this);
  const fwd = scope.blockBranches(null, null, body.pos, body.list);
  for (const g of fwd) {
    const name = g.label!.name;
    const l = scope.declared.get(name);
    if (l) {
      scope.use(g.label!, l);
      this.branchError(g.label!.pos, `goto ${name} jumps into block starting at ${this.file.format(l.parent.start)}`);
    } else {
      this.branchError(g.label!.pos, `label ${name} not defined`);
    }
  }
  // spec: "It is illegal to define a label that is never used."
  for (const l of scope.declared.values()) {
    if (!l.obj.used) this.branchError(l.obj.pos, `label ${l.obj.name} defined and not used`);
  }
};

class LabelScope {
  readonly declared = new Map<string, DeclaredLabel>();

  constructor(private readonly c: Checker) {}

  use(id: ast.Ident, l: DeclaredLabel): void {
    l.obj.used = true;
    this.c.recordUse(id, l.obj);
  }

  private declare(b: Block, s: ast.LabeledStmt): DeclaredLabel | null {
    const name = s.label.name;
    const prev = this.declared.get(name);
    if (prev) {
      this.c.branchError(s.label.pos, `label ${name} already defined at ${this.c.file.format(prev.obj.pos)}`);
      return null;
    }
    const obj = new Label(name, invalidType, s.label.pos, this.c.pkg);
    const l = { obj, lstmt: s, parent: b };
    this.declared.set(name, l);
    this.c.fctx?.labels.set(name, obj);
    this.c.recordDef(s.label, obj);
    this.c.labelTargets.set(obj, s.stmt);
    return l;
  }

  /** The labelled statement named `name` that encloses block b, if the label is declared. */
  private enclosingTarget(b: Block | null, id: ast.Ident): { found: boolean; stmt: ast.LabeledStmt | null } {
    const l = this.declared.get(id.name);
    if (!l) return { found: false, stmt: null };
    this.use(id, l); // even when it is not a valid target
    for (; b; b = b.parent) if (b.lstmt === l.lstmt) return { found: true, stmt: l.lstmt };
    return { found: true, stmt: null };
  }

  /** The label `name` if it is declared in b or a block enclosing it. */
  private gotoTarget(b: Block | null, id: ast.Ident): DeclaredLabel | null {
    const l = this.declared.get(id.name);
    if (!l) return null;
    this.use(id, l);
    for (; b; b = b.parent) if (l.parent === b) return l;
    return null;
  }

  /** Walks one block; returns its gotos still looking for their label. */
  blockBranches(parent: Block | null, lstmt: ast.LabeledStmt | null, start: number, list: ast.Stmt[]): ast.BranchStmt[] {
    const b: Block = { parent, start, lstmt };
    let fwd: ast.BranchStmt[] = [];
    // The last variable declaration seen, and the gotos that jumped over it.
    let varDecl: { pos: number; name: string } | null = null;
    let bad: ast.BranchStmt[] = [];
    const recordVarDecl = (pos: number, name: string): void => {
      varDecl = { pos, name };
      bad = [...fwd];
    };
    for (const s0 of list) {
      let s = s0;
      let label: ast.LabeledStmt | null = null;
      while (s.kind === 'LabeledStmt') {
        label = s;
        if (s.label.name !== '_') {
          const l = this.declare(b, s);
          if (l) {
            fwd = fwd.filter((g) => {
              if (g.label!.name !== l.obj.name) return true;
              this.use(g.label!, l);
              if (varDecl && bad.includes(g)) {
                this.c.branchError(g.label!.pos, `goto ${l.obj.name} jumps over declaration of ${varDecl.name} at ${this.c.file.format(varDecl.pos)}`);
              }
              return false;
            });
          }
        }
        s = s.stmt;
      }
      const inner = (start: number, body: ast.Stmt[]): void => {
        fwd.push(...this.blockBranches(b, label, start, body));
      };
      switch (s.kind) {
        case 'DeclStmt':
          if (s.decl.tok === 'var') {
            for (const spec of s.decl.specs as ast.ValueSpec[]) recordVarDecl(spec.names[0].pos, spec.names[0].name);
          }
          break;
        case 'AssignStmt':
          if (s.tok === ':=') recordVarDecl(s.tokPos, s.lhs.map((e) => (e.kind === 'Ident' ? e.name : '?')).join(', '));
          break;
        case 'BranchStmt':
          if (s.label) this.branch(b, s, fwd);
          break;
        case 'BlockStmt':
          inner(s.pos, s.list);
          break;
        case 'IfStmt':
          inner(s.body.pos, s.body.list);
          if (s.else_) inner(s.else_.pos, [s.else_]);
          break;
        case 'ForStmt':
        case 'RangeStmt':
          inner(s.body.pos, s.body.list);
          break;
        case 'SwitchStmt':
        case 'TypeSwitchStmt':
        case 'SelectStmt':
          for (const cl of s.clauses) inner(cl.pos, cl.body);
          break;
      }
    }
    return fwd;
  }

  private branch(b: Block, s: ast.BranchStmt, fwd: ast.BranchStmt[]): void {
    const id = s.label!;
    switch (s.tok) {
      case 'break': {
        // spec: "If there is a label, it must be that of an enclosing "for",
        // "switch", or "select" statement".
        const t = this.enclosingTarget(b, id);
        if (!t.found) this.c.branchError(id.pos, `break label not defined: ${id.name}`);
        else if (!t.stmt || !['ForStmt', 'RangeStmt', 'SwitchStmt', 'TypeSwitchStmt', 'SelectStmt'].includes(unlabel(t.stmt).kind)) {
          this.c.branchError(id.pos, `invalid break label ${id.name}`);
        }
        return;
      }
      case 'continue': {
        // spec: "If there is a label, it must be that of an enclosing "for" statement".
        const t = this.enclosingTarget(b, id);
        if (!t.found) this.c.branchError(id.pos, `continue label not defined: ${id.name}`);
        else if (!t.stmt || !['ForStmt', 'RangeStmt'].includes(unlabel(t.stmt).kind)) {
          this.c.branchError(id.pos, `invalid continue label ${id.name}`);
        }
        return;
      }
      case 'goto':
        // A label declared later may still resolve it.
        if (!this.gotoTarget(b, id)) fwd.push(s);
        return;
    }
  }
}

function unlabel(s: ast.Stmt): ast.Stmt {
  while (s.kind === 'LabeledStmt') s = s.stmt;
  return s;
}
