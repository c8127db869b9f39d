// How Go values are held in the VM.
//
//   bool                         boolean
//   int, int64, uint, uint64,    number while the value is a safe integer (|v| < 2^53),
//   uintptr                      otherwise bigint — never a bigint in the safe range, so
//                                `===` and `<` compare values (see int64.ts)
//   int8..int32, uint8..uint32   number
//   float32, float64             number (float32 values rounded with Math.fround)
//   complex64, complex128        Complex
//   string                       a JS string holding UTF-8 bytes, one char (0..255) per byte,
//                                so len, indexing and slicing are Go's byte operations
//   array, struct                a JS array (struct: one slot per field) owned by exactly one
//                                variable, field or element; assignment copies into it
//   pointer                      to a struct or array: that object itself; to anything else: a Ref
//   slice                        Slice (or null for nil)
//   map                          GoMap (or null)
//   chan                         the runtime's channel object (or null)
//   func                         Closure (or null)
//   interface                    Iface {t, v} (or null for a nil interface)
//
// Every nil is `null`. Values are plain data: no closures, no promises.

import type { RType } from './rtype';
import type { FuncProto } from './func';
import { HashTable, NaNKey } from './hashtable';

export class Complex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

/** A slice: a window [off, off+len) on a backing array, with room up to off+cap. */
export class Slice {
  constructor(
    public a: unknown[],
    public off: number,
    public len: number,
    public cap: number,
  ) {}
}

/** A pointer to a variable, an element or a field that is not itself a struct or array. */
export class Ref {
  constructor(
    /** The holder: a heap cell (a one-element array), an array, or a struct. */
    readonly o: unknown[],
    readonly k: number,
  ) {}
  get(): unknown {
    return this.o[this.k];
  }
  set(v: unknown): void {
    this.o[this.k] = v;
  }
}

/** A function value: code plus the variables it captured (heap cells). */
export class Closure {
  constructor(
    readonly fn: FuncProto,
    readonly env: unknown[] | null,
  ) {}
}

/** A non-nil interface value: its dynamic type and value. */
export class Iface {
  constructor(
    readonly t: RType,
    readonly v: unknown,
  ) {}
}

/** A heap cell holding one variable that is captured by a closure or whose address is taken. */
export type Cell = [unknown];

let objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

/** A stable identity for an object (map keys of pointer type inside interfaces, snapshots). */
export function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/** The identity of an object that has one (no new identity is handed out). */
export function objectIdIfAny(o: object): number | undefined {
  return objectIds.get(o);
}

/** Gives a copy of an object its original's identity (checkpoints). */
export function setObjectId(o: object, id: number): void {
  objectIds.set(o, id);
}

/** The next identity to hand out, for checkpoints. */
export function objectIdState(): number {
  return nextObjectId;
}

export function restoreObjectIdState(n: number): void {
  nextObjectId = n;
}

/** Forgets object identities (between program runs, so ids are deterministic). */
export function resetObjectIds(): void {
  objectIds = new WeakMap();
  nextObjectId = 1;
}

/**
 * A Go map. Keys of basic, pointer and channel types are used as table keys
 * directly; other keys (structs, arrays, interfaces, complex) are encoded by
 * their type's `keyOf` (as strings), and the original key kept beside the
 * value. Keys that are objects (pointers, channels) live in a JavaScript Map,
 * all others in a HashTable; both keep entries in insertion order.
 */
export class GoMap {
  readonly m: KeyTable;
  /** Original keys by encoded key; null when keys are used directly. */
  readonly keys: Map<unknown, unknown> | null;
  constructor(
    readonly keyType: RType,
    readonly elemType: RType,
  ) {
    this.keys = keyType.directKey ? null : new Map();
    this.m = keyType.identityKey ? new Map() : new HashTable();
  }
  get size(): number {
    return this.m.size;
  }
  encode(k: unknown): unknown {
    return this.keys ? this.keyType.keyOf(k) : k;
  }
  get(k: unknown): unknown {
    return this.m.get(this.encode(k));
  }
  has(k: unknown): boolean {
    return this.m.has(this.encode(k));
  }
  set(k: unknown, v: unknown): void {
    // NaN is never equal to itself: every NaN key is a new entry that no lookup finds.
    if (k !== k) {
      this.m.set(new NaNKey(), v);
      return;
    }
    const e = this.encode(k);
    if (this.keys && !this.m.has(e)) this.keys.set(e, k);
    this.m.set(e, v);
  }
  delete(k: unknown): void {
    const e = this.encode(k);
    this.m.delete(e);
    if (this.keys) this.keys.delete(e);
  }
  clear(): void {
    this.m.clear();
    if (this.keys) this.keys.clear();
  }
  /** The encoded keys present, in insertion order. */
  encodedKeys(): unknown[] {
    return this.m instanceof HashTable ? this.m.keyList() : [...this.m.keys()];
  }
  /** The key for an encoded key. */
  decode(e: unknown): unknown {
    if (e instanceof NaNKey) return NaN;
    return this.keys ? this.keys.get(e) : e;
  }
}

/** What GoMap uses of its table (JavaScript Map or HashTable), by encoded key; iterating gives [encoded key, value] in insertion order. */
export type KeyTable = Map<unknown, unknown> | HashTable;
