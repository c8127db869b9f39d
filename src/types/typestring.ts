// Types written out the way the gc compiler's messages write them
// (`[]int`, `map[string]int`, `func(x int) string`, `chan<- int`, `time.Duration`).
// Types of the package being compiled are unqualified, as in `go build` output.

import type { Package } from './objects';
import { Basic, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Type, TypeParam, Union, ArrayType } from './types';

export function typeString(t: Type, local: Package | null = null): string {
  const w = new Writer(local);
  w.type(t);
  return w.out;
}

class Writer {
  out = '';
  private seen = new Set<Type>();
  constructor(private readonly local: Package | null) {}

  type(t: Type): void {
    if (t instanceof Basic) {
      this.out += t.name;
    } else if (t instanceof Pointer) {
      this.out += '*';
      this.type(t.elem);
    } else if (t instanceof Slice) {
      this.out += '[]';
      this.type(t.elem);
    } else if (t instanceof ArrayType) {
      this.out += `[${t.len}]`;
      this.type(t.elem);
    } else if (t instanceof MapType) {
      this.out += 'map[';
      this.type(t.key);
      this.out += ']';
      this.type(t.elem);
    } else if (t instanceof Chan) {
      const prefix = t.dir === 'send' ? 'chan<- ' : t.dir === 'recv' ? '<-chan ' : 'chan ';
      this.out += prefix;
      const paren = t.dir === 'both' && t.elem instanceof Chan && t.elem.dir === 'recv';
      if (paren) this.out += '(';
      this.type(t.elem);
      if (paren) this.out += ')';
    } else if (t instanceof Struct) {
      this.out += 'struct{';
      t.fields.forEach((f, i) => {
        if (i > 0) this.out += '; ';
        if (!f.embedded) this.out += f.name + ' ';
        this.type(f.type);
        const tag = t.tags[i];
        if (tag) this.out += ' ' + JSON.stringify(tag);
      });
      this.out += '}';
    } else if (t instanceof Tuple) {
      this.tuple(t, false);
    } else if (t instanceof Signature) {
      this.out += 'func';
      this.signature(t);
    } else if (t instanceof Interface) {
      this.iface(t);
    } else if (t instanceof Union) {
      t.terms.forEach((term, i) => {
        if (i > 0) this.out += ' | ';
        if (term.tilde) this.out += '~';
        this.type(term.type);
      });
    } else if (t instanceof Named) {
      const obj = t.obj;
      if (obj.pkg && obj.pkg !== this.local && obj.pkg.path !== '') this.out += obj.pkg.name + '.';
      this.out += obj.name;
      if (t.typeArgs.length) {
        this.out += '[';
        t.typeArgs.forEach((a, i) => {
          if (i > 0) this.out += ', ';
          this.type(a);
        });
        this.out += ']';
      } else if (t.typeParams.length && !t.orig) {
        // A generic type not instantiated shows its parameters: `Box[T any]`.
        this.typeParamList(t.typeParams);
      }
    } else if (t instanceof TypeParam) {
      this.out += t.obj.name;
    } else {
      this.out += '?';
    }
  }

  private iface(t: Interface): void {
    if (t === anyInterface()) {
      this.out += 'any';
      return;
    }
    if (t.implicit && t.methods.length === 0 && t.embeddeds.length === 1) {
      this.type(t.embeddeds[0]);
      return;
    }
    if (this.seen.has(t)) {
      this.out += 'interface{...}';
      return;
    }
    this.seen.add(t);
    this.out += 'interface{';
    let first = true;
    for (const m of t.methods) {
      if (!first) this.out += '; ';
      first = false;
      this.out += m.name;
      this.signature(m.type as Signature);
    }
    for (const e of t.embeddeds) {
      if (!first) this.out += '; ';
      first = false;
      this.type(e);
    }
    this.out += '}';
    this.seen.delete(t);
  }

  /** `[K comparable, V any]`; neighbours with the same constraint share it: `[A, B any]`. */
  typeParamList(tps: TypeParam[]): void {
    this.out += '[';
    tps.forEach((tp, i) => {
      if (i > 0) this.out += ', ';
      this.out += tp.obj.name;
      if (i + 1 < tps.length && tps[i + 1].constraint === tp.constraint) return;
      this.out += ' ';
      this.type(tp.constraint);
    });
    this.out += ']';
  }

  tuple(t: Tuple, variadic: boolean): void {
    this.out += '(';
    t.vars.forEach((v, i) => {
      if (i > 0) this.out += ', ';
      if (v.name && v.name !== '_') this.out += v.name + ' ';
      if (variadic && i === t.vars.length - 1) {
        this.out += '...';
        this.type((v.type as Slice).elem);
      } else this.type(v.type);
    });
    this.out += ')';
  }

  signature(s: Signature): void {
    this.tuple(s.params, s.variadic);
    const r = s.results;
    if (r.length === 0) return;
    this.out += ' ';
    if (r.length === 1 && (!r.vars[0].name || r.vars[0].name === '_')) {
      this.type(r.vars[0].type);
      return;
    }
    this.tuple(r, false);
  }
}

let theAny: Interface | null = null;
/** Registers the predeclared `any` so it prints as `any` (universe.ts). */
export function setAnyInterface(t: Interface): void {
  theAny = t;
}
export function anyInterface(): Interface | null {
  return theAny;
}
