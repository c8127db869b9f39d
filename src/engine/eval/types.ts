// Runtime types the evaluator needs by name: the program's own (every RType
// the compiler made, keyed by how %T prints it) and, when the program never
// made one (an `int64(x)` conversion in a watch of a program without int64),
// a descriptor made here. Made types are only for showing and converting
// values: no program value ever carries them.

import type { Program } from '../../vm/program';
import { Kind, RType } from '../../vm/rtype';

const basicKinds: Record<string, Kind> = {
  bool: Kind.Bool,
  int: Kind.Int,
  int8: Kind.Int8,
  int16: Kind.Int16,
  int32: Kind.Int32,
  int64: Kind.Int64,
  uint: Kind.Uint,
  uint8: Kind.Uint8,
  uint16: Kind.Uint16,
  uint32: Kind.Uint32,
  uint64: Kind.Uint64,
  uintptr: Kind.Uintptr,
  float32: Kind.Float32,
  float64: Kind.Float64,
  complex64: Kind.Complex64,
  complex128: Kind.Complex128,
  string: Kind.String,
};

/** Go's aliases, as %T prints their types. */
const aliases: Record<string, string> = { byte: 'uint8', rune: 'int32', any: 'interface {}' };

export class TypeTable {
  private readonly made = new Map<string, RType>();
  private nextId = -1;

  constructor(private readonly program: Program) {}

  /** A predeclared type (`int`, `float64`, `string`...). */
  basic(name: string): RType {
    const t = this.lookup(name);
    if (!t) throw new Error(`gosim: no basic type ${name}`);
    return t;
  }

  /**
   * The type a name or type expression denotes: `int`, `byte`, `T` or `main.T`
   * (a type of the lesson), `time.Duration`, `[]int`, `*main.T`, `map[string]int`.
   */
  lookup(text: string): RType | null {
    text = aliases[text] ?? text;
    const known = this.program.types.get(text) ?? this.program.types.get('main.' + text) ?? this.made.get(text);
    if (known) return known;
    if (basicKinds[text] !== undefined) return this.make(basicKinds[text], text);
    if (text === 'interface {}') return this.make(Kind.Interface, text);
    if (text === 'error') return this.program.types.get('error') ?? null;
    if (text.startsWith('[]')) {
      const e = this.lookup(text.slice(2));
      return e ? this.sliceOf(e) : null;
    }
    if (text.startsWith('*')) {
      const e = this.lookup(text.slice(1));
      return e ? this.pointerTo(e) : null;
    }
    const arr = /^\[(\d+)\](.*)$/.exec(text);
    if (arr) {
      const e = this.lookup(arr[2]);
      if (!e) return null;
      const t = this.make(Kind.Array, `[${arr[1]}]${e.str}`);
      t.elem = e;
      t.len = Number(arr[1]);
      return t;
    }
    return null;
  }

  sliceOf(elem: RType): RType {
    const str = '[]' + elem.str;
    const t = this.program.types.get(str) ?? this.made.get(str);
    if (t) return t;
    const s = this.make(Kind.Slice, str);
    s.elem = elem;
    return s;
  }

  pointerTo(elem: RType): RType {
    const str = '*' + elem.str;
    const t = this.program.types.get(str) ?? this.made.get(str);
    if (t) return t;
    const p = this.make(Kind.Pointer, str);
    p.elem = elem;
    return p;
  }

  private make(kind: Kind, str: string): RType {
    const t = new RType(this.nextId--, kind, str);
    this.made.set(str, t);
    return t;
  }
}

export function isInteger(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Uintptr;
}

export function isUnsigned(k: Kind): boolean {
  return k >= Kind.Uint && k <= Kind.Uintptr;
}

export function isFloat(k: Kind): boolean {
  return k === Kind.Float32 || k === Kind.Float64;
}

export function isComplex(k: Kind): boolean {
  return k === Kind.Complex64 || k === Kind.Complex128;
}

export function isNumeric(k: Kind): boolean {
  return isInteger(k) || isFloat(k) || isComplex(k);
}

/** The width in bits of an integer kind. */
export function intBits(k: Kind): number {
  switch (k) {
    case Kind.Int8:
    case Kind.Uint8:
      return 8;
    case Kind.Int16:
    case Kind.Uint16:
      return 16;
    case Kind.Int32:
    case Kind.Uint32:
      return 32;
    default:
      return 64;
  }
}
