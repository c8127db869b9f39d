// Where a nil dereference faults. gc lets a load or store through a pointer
// serve as its own nil check, so reading p.f through a nil p faults at the
// field's offset (`addr=0x8`); but a pointer the compiler knows to be nil —
// a local `var p *T` that nothing assigns — gets an explicit check, which
// faults at address 0. Go prints that address in its `[signal SIGSEGV ...]` line.

import type * as ast from '../syntax/ast';
import { walkStmt } from '../syntax/walk';
import { Var } from '../types/objects';
import { Pointer } from '../types/types';
import { FnCompiler } from './func';

declare module './func' {
  interface FnCompiler {
    /** The locals known to be nil, computed on first use. */
    nilVars: Set<Var> | undefined;
    /** Whether e is a local the compiler knows to be nil. */
    knownNil(e: ast.Expr): boolean;
  }
}

FnCompiler.prototype.knownNil = function (this: FnCompiler, e: ast.Expr): boolean {
  e = this.unparen(e);
  if (e.kind !== 'Ident') return false;
  this.nilVars ??= new Set(this.node?.body ? nilLocals(this, this.node.body) : []);
  const v = this.info.uses.get(e);
  return v instanceof Var && this.nilVars.has(v);
};

/** Pointer variables declared without a value (`var p *T`) and never assigned, in this body or a closure in it. */
function nilLocals(fc: FnCompiler, body: ast.BlockStmt): Var[] {
  const declared: Var[] = [];
  const assigned = new Set<Var>();
  const target = (e: ast.Expr | null) => {
    if (e && e.kind === 'Ident') {
      const v = fc.info.uses.get(e) ?? fc.info.defs.get(e);
      if (v instanceof Var) assigned.add(v);
    }
  };
  walkStmt(body, (n) => {
    switch (n.kind) {
      case 'DeclStmt':
        for (const spec of n.decl.specs) {
          if (spec.kind !== 'ValueSpec' || spec.values.length) continue;
          for (const name of spec.names) {
            const v = fc.info.defs.get(name);
            if (v instanceof Var && v.type.underlying() instanceof Pointer) declared.push(v);
          }
        }
        break;
      case 'AssignStmt':
        n.lhs.forEach(target);
        break;
      case 'RangeStmt':
        target(n.key);
        target(n.value);
        break;
      case 'UnaryExpr':
        if (n.op === '&') target(n.x);
        break;
    }
  });
  return declared.filter((v) => !assigned.has(v) && !v.addressed);
}
