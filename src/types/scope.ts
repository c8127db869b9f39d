// Lexical scopes: universe → package → file → function → blocks (go/types' scope.go).

import type { AnyObj } from './objects';

export class Scope {
  private readonly elems = new Map<string, AnyObj>();
  readonly children: Scope[] = [];
  constructor(
    readonly parent: Scope | null,
    /** Source range the scope covers (for position-dependent lookups). */
    readonly pos: number,
    readonly end: number,
    readonly comment: string,
    /** True for the scope of a function body (closure boundary). */
    readonly isFunc = false,
  ) {
    if (parent) parent.children.push(this);
  }

  lookup(name: string): AnyObj | undefined {
    return this.elems.get(name);
  }

  /** Finds `name` here or in an enclosing scope; returns the object and the scope holding it. */
  lookupParent(name: string): [Scope, AnyObj] | null {
    for (let s: Scope | null = this; s; s = s.parent) {
      const o = s.elems.get(name);
      if (o) return [s, o];
    }
    return null;
  }

  /** Inserts obj unless the name is taken here; returns the existing object if so. */
  insert(obj: AnyObj): AnyObj | undefined {
    const prev = this.elems.get(obj.name);
    if (prev) return prev;
    this.elems.set(obj.name, obj);
    if (!obj.parent) obj.parent = this;
    return undefined;
  }

  names(): string[] {
    return [...this.elems.keys()].sort();
  }

  objects(): AnyObj[] {
    return [...this.elems.values()];
  }

  /** The innermost scope containing a source offset (for the debugger's evaluate). */
  innermost(offset: number): Scope {
    for (const c of this.children) {
      if (c.pos <= offset && offset < c.end) return c.innermost(offset);
    }
    return this;
  }
}
