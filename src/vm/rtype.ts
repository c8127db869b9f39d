// Runtime type descriptors: what the VM knows of a Go type while the program
// runs — for interfaces (dynamic types, method tables, type assertions), for
// fmt (%v, %T), for map keys, for equality and for copying values.
//
// RTypes are canonical: the compiler makes one per distinct Go type, so two
// values have identical types exactly when their RTypes are the same object.

import type { FuncProto } from './func';
import { Complex, GoMap, Iface, Ref, Slice, objectId } from './value';

/** Go's reflect.Kind, in reflect's order. */
export enum Kind {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
}

export interface RField {
  name: string;
  type: RType;
  embedded: boolean;
  exported: boolean;
}

/** A method of a type's method set: the compiled function taking the receiver first. */
export interface RMethod {
  name: string;
  fn: FuncProto;
}

export class RType {
  /** Named types: package path and name (`main`, `T`); empty for unnamed types. */
  pkgPath = '';
  name = '';
  elem: RType | null = null;
  key: RType | null = null;
  len = 0;
  fields: RField[] = [];
  chanDir: 'both' | 'send' | 'recv' = 'both';
  params: RType[] = [];
  results: RType[] = [];
  variadic = false;
  /** The method set (for *T: all methods of T; for T: value-receiver methods), by name. */
  readonly methods = new Map<string, FuncProto>();
  /** The type of each method in `methods` (func types without the receiver). */
  readonly methodTypes = new Map<string, RType>();
  /** For interface types: the method names, sorted, and their func types. */
  imethods: string[] = [];
  imethodTypes: RType[] = [];
  comparable = true;
  /** Size in bytes of a value of this type on amd64 (for append's growth rounding). */
  size = 8;
  /** Struct fields that hold arrays or structs (copied when the struct is copied). */
  private valueFields: number[] = [];

  constructor(
    readonly id: number,
    readonly kind: Kind,
    /** The type as %T prints it: `int`, `main.T`, `[]int`, `*main.T`, `struct { A int }`. */
    public str: string,
  ) {}

  get named(): boolean {
    return this.name !== '';
  }

  /** Keys of this type are objects, equal only to themselves (pointers, channels): GoMap keeps them in a JavaScript Map. */
  get identityKey(): boolean {
    if (!this.directKey) return false;
    return !(this.kind === Kind.Bool || (this.kind >= Kind.Int && this.kind <= Kind.Float64) || this.kind === Kind.String);
  }

  /** Arrays and structs are held by value: copied on assignment. */
  get isValue(): boolean {
    return this.kind === Kind.Array || this.kind === Kind.Struct;
  }

  /** Keys of this type are map keys as they are (not encoded by keyOf). */
  get directKey(): boolean {
    switch (this.kind) {
      case Kind.Array:
      case Kind.Struct:
      case Kind.Interface:
      case Kind.Complex64:
      case Kind.Complex128:
        return false;
      case Kind.Pointer:
        return this.elem!.isValue;
      default:
        return true;
    }
  }

  /** Call once the fields are set. */
  finish(): void {
    this.valueFields = [];
    this.fields.forEach((f, i) => {
      if (f.type.isValue) this.valueFields.push(i);
    });
  }

  zero(): unknown {
    switch (this.kind) {
      case Kind.Bool:
        return false;
      case Kind.String:
        return '';
      case Kind.Complex64:
      case Kind.Complex128:
        return ZERO_COMPLEX;
      case Kind.Array: {
        const e = this.elem!;
        const a = new Array(this.len);
        if (e.isValue) for (let i = 0; i < this.len; i++) a[i] = e.zero();
        else a.fill(e.zero());
        return a;
      }
      case Kind.Struct: {
        const n = this.fields.length;
        const s = new Array(n);
        for (let i = 0; i < n; i++) s[i] = this.fields[i].type.zero();
        return s;
      }
      case Kind.Pointer:
      case Kind.Slice:
      case Kind.Map:
      case Kind.Chan:
      case Kind.Func:
      case Kind.Interface:
      case Kind.UnsafePointer:
        return null;
      default:
        return 0;
    }
  }

  /** A copy of a value of this type (deep for nested arrays and structs). */
  clone(v: unknown): unknown {
    if (this.kind === Kind.Struct) {
      const s = (v as unknown[]).slice();
      for (const i of this.valueFields) s[i] = this.fields[i].type.clone(s[i]);
      return s;
    }
    if (this.kind === Kind.Array) {
      const a = (v as unknown[]).slice();
      const e = this.elem!;
      if (e.isValue) for (let i = 0; i < a.length; i++) a[i] = e.clone(a[i]);
      return a;
    }
    return v;
  }

  /** Overwrites the array or struct `dst` with a copy of `src` (so pointers to dst see the new value). */
  copyInto(dst: unknown[], src: unknown[]): void {
    if (dst === src) return;
    if (this.kind === Kind.Struct) {
      for (let i = 0; i < src.length; i++) dst[i] = src[i];
      for (const i of this.valueFields) dst[i] = this.fields[i].type.clone(src[i]);
      return;
    }
    const e = this.elem!;
    if (e.isValue) for (let i = 0; i < src.length; i++) dst[i] = e.clone(src[i]);
    else for (let i = 0; i < src.length; i++) dst[i] = src[i];
  }

  /**
   * Go's == on two values of this type. Throws UncomparableError for
   * interfaces holding uncomparable dynamic types (Go panics).
   */
  equal(a: unknown, b: unknown): boolean {
    switch (this.kind) {
      case Kind.Struct: {
        const x = a as unknown[];
        const y = b as unknown[];
        for (let i = 0; i < this.fields.length; i++) {
          const f = this.fields[i];
          if (f.name === '_') continue;
          if (!f.type.equal(x[i], y[i])) return false;
        }
        return true;
      }
      case Kind.Array: {
        const x = a as unknown[];
        const y = b as unknown[];
        for (let i = 0; i < x.length; i++) if (!this.elem!.equal(x[i], y[i])) return false;
        return true;
      }
      case Kind.Interface:
        return ifaceEqual(a as Iface | null, b as Iface | null);
      case Kind.Complex64:
      case Kind.Complex128: {
        const x = a as Complex;
        const y = b as Complex;
        return x.re === y.re && x.im === y.im;
      }
      case Kind.Pointer:
        if (a instanceof Ref && b instanceof Ref) return a.o === b.o && a.k === b.k;
        return a === b;
      default:
        return a === b;
    }
  }

  /** An encoded map key for keys that are not used directly (see GoMap). */
  keyOf(v: unknown): unknown {
    switch (this.kind) {
      case Kind.Struct: {
        const x = v as unknown[];
        let s = '{';
        for (let i = 0; i < this.fields.length; i++) s += keyPart(this.fields[i].type, x[i]) + ',';
        return s + '}';
      }
      case Kind.Array: {
        const x = v as unknown[];
        let s = '[';
        for (let i = 0; i < x.length; i++) s += keyPart(this.elem!, x[i]) + ',';
        return s + ']';
      }
      case Kind.Interface: {
        const i = v as Iface | null;
        if (i === null) return 'nil';
        if (!i.t.comparable) throw new UncomparableError(i.t);
        return `${i.t.id}:${keyPart(i.t, i.v)}`;
      }
      case Kind.Complex64:
      case Kind.Complex128: {
        const c = v as Complex;
        return `${c.re},${c.im}`;
      }
      case Kind.Pointer:
        if (v instanceof Ref) return `r${objectId(v.o)}.${v.k}`;
        return v === null ? 'nil' : `p${objectId(v as object)}`;
      default:
        return v;
    }
  }
}

function keyPart(t: RType, v: unknown): string {
  if (t.directKey) {
    if (typeof v === 'string') return JSON.stringify(v);
    if (v !== null && typeof v === 'object') return `o${objectId(v)}`;
    if (typeof v === 'number' && Object.is(v, -0)) return '0';
    return String(v);
  }
  return String(t.keyOf(v));
}

export const ZERO_COMPLEX = new Complex(0, 0);

/** Comparing interfaces whose dynamic type is not comparable (Go panics). */
export class UncomparableError extends Error {
  constructor(readonly type: RType) {
    super(`comparing uncomparable type ${type.str}`);
  }
}

export function ifaceEqual(a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.t !== b.t) return false;
  if (!a.t.comparable) throw new UncomparableError(a.t);
  return a.t.equal(a.v, b.v);
}

/** Whether a value of dynamic type t satisfies an interface type (has all its methods, with their signatures). */
export function implementsIface(t: RType, iface: RType): boolean {
  const names = iface.imethods;
  for (let i = 0; i < names.length; i++) {
    const mt = t.methodTypes.get(names[i]);
    if (mt === undefined || mt !== iface.imethodTypes[i]) return false;
  }
  return true;
}

/** The first method of an interface that t lacks (for the type assertion panic message). */
export function missingMethod(t: RType, iface: RType): string | null {
  for (let i = 0; i < iface.imethods.length; i++) {
    const name = iface.imethods[i];
    if (t.methodTypes.get(name) !== iface.imethodTypes[i]) return name;
  }
  return null;
}

void GoMap;
void Slice;
