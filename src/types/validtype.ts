// Invalid recursive types: a type that contains itself by value (go/types'
// validtype.go).
//
// spec: "An array or struct type T may not contain an element of type T, or
// of a type containing T as a component, directly or indirectly, if those
// containing types are only array or struct types." Pointers, slices, maps,
// channels, functions and interfaces break such a cycle.

import { Checker } from './checker';
import { ArrayType, Interface, Named, Struct, Type, invalidType } from './types';

declare module './checker' {
  interface Checker {
    validType(t: Named): void;
    namedCycle(t: Named): boolean;
    embeddingCycle(def: Named, embeddeds: Type[]): number;
  }
}

/** Named types already reported as part of a cycle: not reported again, not entered again. */
const broken = new WeakSet<Named>();

/**
 * Checks a just-declared named type for containing itself. A type whose
 * declaration is still in progress has no underlying type yet and ends the
 * search: the cycle is found when the outermost declaration completes.
 */
Checker.prototype.validType = function (this: Checker, t: Named): void {
  const path: Named[] = [];
  const visit = (typ: Type): boolean => {
    if (typ instanceof Named) {
      // Instances of a generic type can grow without end (`L[T]` holding `L[[]T]`).
      if (broken.has(typ) || !typ.resolved || typ.obj.pkg !== this.pkg || path.length > 64) return true;
      const at = path.indexOf(typ);
      if (at >= 0) {
        cycleError(this, path.slice(at));
        // Break the cycle so that later questions about these types terminate.
        for (const n of path.slice(at)) broken.add(n);
        firstInSource(path.slice(at)).setUnderlying(invalidType);
        return false;
      }
      path.push(typ);
      // Through the named types of the declaration (`type x y`), so that each is on the path.
      const ok = visit(typ.directUnderlying() ?? typ.underlying());
      path.pop();
      return ok;
    }
    if (typ instanceof ArrayType) return visit(typ.elem);
    if (typ instanceof Struct) return typ.fields.every((f) => visit(f.type));
    return true;
  };
  visit(t);
};

/**
 * `type X Y; type Y X`: a chain of type names that never reaches a type
 * literal. Reports it and gives t an invalid underlying type; true if so.
 */
Checker.prototype.namedCycle = function (this: Checker, t: Named): boolean {
  const chain: Named[] = [t];
  for (let u = t.directUnderlying(); u instanceof Named && u.resolved; u = u.directUnderlying()) {
    if (u === t) {
      cycleError(this, chain);
      t.setUnderlying(invalidType);
      return true;
    }
    if (chain.includes(u)) return false;
    chain.push(u);
  }
  return false;
};

/**
 * `type I interface{ J }; type J interface{ I }`: an interface embedding
 * itself. Returns the index in `embeddeds` (those of def's interface) of the
 * element leading back to def after reporting the cycle, or -1.
 */
Checker.prototype.embeddingCycle = function (this: Checker, def: Named, embeddeds: Type[]): number {
  const path: Named[] = [def];
  const seenIfaces = new Set<Interface>();
  const reaches = (list: Type[]): boolean =>
    list.some((e) => {
      // An alias of an interface literal is looked through (it names no type of its own).
      if (e instanceof Interface) {
        if (seenIfaces.has(e)) return false;
        seenIfaces.add(e);
        return reaches(e.embeddeds);
      }
      if (!(e instanceof Named)) return false;
      if (e === def) return true;
      if (path.includes(e)) return false;
      const u = e.underlying();
      if (!(u instanceof Interface)) return false;
      path.push(e);
      if (reaches(u.embeddeds)) return true;
      path.pop();
      return false;
    });
  for (let i = 0; i < embeddeds.length; i++) {
    if (reaches([embeddeds[i]])) {
      cycleError(this, path);
      return i;
    }
    path.length = 1;
  }
  return -1;
};

/** Where each instance of a generic type was first written (`L[T]`): go build names cycles through instances there. */
const instancePos = new WeakMap<Named, number>();

export function noteInstance(inst: Named, pos: number): void {
  if (!instancePos.has(inst)) instancePos.set(inst, pos);
}

function posOf(n: Named): number {
  return (n.orig && instancePos.get(n)) ?? n.obj.pos;
}

function firstInSource(cycle: Named[]): Named {
  return cycle.reduce((a, b) => (posOf(b) < posOf(a) ? b : a));
}

/** Reports a cycle starting at the type declared first in the source, naming each step. */
function cycleError(c: Checker, cycle: Named[]): void {
  const i = cycle.indexOf(firstInSource(cycle));
  const list = [...cycle.slice(i), ...cycle.slice(0, i)];
  const at = (n: Named): string => c.file.format(posOf(n));
  const detail = list.map((n) => `${at(n)}: ${n.obj.name} refers to`);
  detail.push(`${at(list[0])}: ${list[0].obj.name}`);
  c.error(posOf(list[0]), `invalid recursive type ${list[0].obj.name}`, detail);
}
