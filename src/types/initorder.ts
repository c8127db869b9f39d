// Initialization order of package-level variables, and initialization loops
// (go/types' initorder.go).
//
// spec: "package-level variable initialization proceeds stepwise, with each
// step selecting the variable earliest in declaration order which has no
// dependencies on uninitialized variables." Dependencies are the constants,
// variables and functions a declaration refers to (Checker.deps), those of a
// function standing for what its body refers to.
//
// Like go build, the graph of constants and variables (functions collapsed
// into the edges through them) is emptied node by node, fewest dependencies
// first, then in declaration order. A node taken while it still has
// dependencies is on a cycle: 'initialization loop for x', with the chain of
// references back to x.

import { Checker } from './checker';
import { AnyObj, Const, Func, Var } from './objects';

declare module './checker' {
  interface Checker {
    initOrder(): void;
  }
}

Checker.prototype.initOrder = function (this: Checker): void {
  const entries = this.pkg.varInitOrder.splice(0);
  const entryOf = new Map<Var, (typeof entries)[number]>();
  for (const e of entries) for (const v of e.lhs) entryOf.set(v, e);

  const nodes = [...this.decls.keys()].filter((o): o is Const | Var => o instanceof Const || o instanceof Var).sort((a, b) => a.pos - b.pos);
  const isNode = new Set<AnyObj>(nodes);
  // Each node's dependencies among the nodes, looking through functions.
  const succ = new Map<AnyObj, Set<AnyObj>>();
  for (const n of nodes) {
    const out = new Set<AnyObj>();
    const seenFuncs = new Set<AnyObj>();
    const stack = [...(this.deps.get(n) ?? [])];
    while (stack.length) {
      const d = stack.pop()!;
      if (isNode.has(d)) out.add(d);
      else if (d instanceof Func && !seenFuncs.has(d)) {
        seenFuncs.add(d);
        stack.push(...(this.deps.get(d) ?? []));
      }
    }
    succ.set(n, out);
  }
  const ndeps = new Map<AnyObj, number>(nodes.map((n) => [n, succ.get(n)!.size]));
  const remaining = new Set<AnyObj>(nodes);
  const emitted = new Set<(typeof entries)[number]>();
  while (remaining.size) {
    let n: AnyObj | null = null;
    for (const m of remaining) if (n === null || ndeps.get(m)! < ndeps.get(n)!) n = m;
    remaining.delete(n!);
    if (ndeps.get(n!)! > 0) {
      const cycle = findPath(this, n!, n!, new Set());
      if (cycle) reportLoop(this, n!, cycle);
    }
    for (const p of remaining) if (succ.get(p)!.has(n!)) ndeps.set(p, ndeps.get(p)! - 1);
    // One entry for `a, b = f()`: emitted with the first of its variables.
    const e = n instanceof Var ? entryOf.get(n) : undefined;
    if (e && !emitted.has(e)) {
      emitted.add(e);
      this.pkg.varInitOrder.push(e);
    }
  }
};

/** A chain of references from `from` to `to` (excluding from, ending with to), or null. */
function findPath(c: Checker, from: AnyObj, to: AnyObj, seen: Set<AnyObj>): AnyObj[] | null {
  if (seen.has(from)) return null;
  seen.add(from);
  for (const d of c.deps.get(from) ?? []) {
    if (d === to) return [d];
    const p = findPath(c, d, to, seen);
    if (p) return [d, ...p];
  }
  return null;
}

function reportLoop(c: Checker, start: AnyObj, cycle: AnyObj[]): void {
  const at = (o: AnyObj): string => c.file.format(o.pos);
  const chain = [start, ...cycle.slice(0, -1)];
  const detail = chain.map((o) => `${at(o)}: ${o.name} refers to`);
  detail.push(`${at(start)}: ${start.name}`);
  c.error(start.pos, `initialization loop for ${start.name}`, detail);
}
