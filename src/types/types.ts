// Go's types, as the checker represents them (after go/types' type.go).
//
// Types are compared with `identical` (predicates.ts), not `===`, except Basic
// types and Named types, which are unique per declaration (and per instantiation
// for generic types, see instantiate.ts).

import type { Func, TypeName, Var } from './objects';

export abstract class Type {
  abstract readonly kind: string;
  /** The underlying type (spec: "Each type T has an underlying type"). */
  underlying(): Type {
    return this;
  }
}

export enum BasicKind {
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
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
}

export enum BasicInfo {
  IsBoolean = 1,
  IsInteger = 2,
  IsUnsigned = 4,
  IsFloat = 8,
  IsComplex = 16,
  IsString = 32,
  IsUntyped = 64,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

export class Basic extends Type {
  readonly kind = 'Basic';
  constructor(
    readonly basic: BasicKind,
    readonly info: number,
    readonly name: string,
    /** Size in bits for sized numeric types (int and uint are 64). */
    readonly bits: number,
  ) {
    super();
  }
}

export class Pointer extends Type {
  readonly kind = 'Pointer';
  constructor(readonly elem: Type) {
    super();
  }
}

export class Slice extends Type {
  readonly kind = 'Slice';
  constructor(readonly elem: Type) {
    super();
  }
}

export class ArrayType extends Type {
  readonly kind = 'Array';
  constructor(
    readonly elem: Type,
    readonly len: number,
  ) {
    super();
  }
}

export class MapType extends Type {
  readonly kind = 'Map';
  constructor(
    readonly key: Type,
    readonly elem: Type,
  ) {
    super();
  }
}

export type ChanDir = 'both' | 'send' | 'recv';

export class Chan extends Type {
  readonly kind = 'Chan';
  constructor(
    readonly dir: ChanDir,
    readonly elem: Type,
  ) {
    super();
  }
}

export class Struct extends Type {
  readonly kind = 'Struct';
  constructor(
    readonly fields: Var[],
    readonly tags: (string | null)[] = [],
  ) {
    super();
  }
}

/** An ordered list of variables: parameter and result lists, and multi-value expressions. */
export class Tuple extends Type {
  readonly kind = 'Tuple';
  constructor(readonly vars: Var[]) {
    super();
  }
  get length(): number {
    return this.vars.length;
  }
  at(i: number): Type {
    return this.vars[i].type;
  }
}

export class Signature extends Type {
  readonly kind = 'Signature';
  constructor(
    readonly params: Tuple,
    readonly results: Tuple,
    /** The last parameter is `...T` (its type is []T). */
    readonly variadic: boolean,
    public recv: Var | null = null,
    public typeParams: TypeParam[] = [],
  ) {
    super();
  }
}

/** One term of a type-set union: `T` or `~T`. */
export interface Term {
  tilde: boolean;
  type: Type;
}

export class Interface extends Type {
  readonly kind = 'Interface';
  /** All methods, explicit and embedded, sorted by name (filled by `complete`). */
  allMethods: Func[] = [];
  /** The type-set restriction from embedded unions and non-interface types; null = all types. */
  terms: Term[] | null = null;
  /** True for `comparable` and interfaces embedding it. */
  comparable = false;
  /** Written as a bare constraint (`[T ~int]`) rather than `interface{...}`: printed that way. */
  implicit = false;
  /** Where each embedded element is written (for errors about what it brings in). */
  embeddedPos: number[] = [];
  complete = false;
  constructor(
    readonly methods: Func[],
    readonly embeddeds: Type[],
  ) {
    super();
  }
  /** Whether this interface can be used as an ordinary value type (no type-set terms). */
  get isMethodSet(): boolean {
    return this.terms === null && !this.comparable;
  }
}

/** A union of terms appearing in a constraint: `~int | string`. */
export class Union extends Type {
  readonly kind = 'Union';
  constructor(readonly terms: Term[]) {
    super();
  }
}

export class Named extends Type {
  readonly kind = 'Named';
  /** Resolved lazily: the type declaration may refer to itself. */
  private under: Type | null = null;
  readonly methods: Func[] = [];
  /** For a generic type: its type parameters; for an instance: its arguments. */
  typeParams: TypeParam[] = [];
  typeArgs: Type[] = [];
  /** For an instance: the generic type it was made from. */
  orig: Named | null = null;
  constructor(readonly obj: TypeName) {
    super();
  }
  setUnderlying(t: Type): void {
    this.under = t;
  }
  get resolved(): boolean {
    return this.under !== null;
  }
  /** The type the declaration names, before following chains of named types (`type A B`). */
  directUnderlying(): Type | null {
    return this.under;
  }
  override underlying(): Type {
    let u = this.under;
    // A chain of named types (`type A B`) resolves to the final underlying type.
    while (u instanceof Named) u = u.under;
    return u ?? invalidType;
  }
  methodByName(name: string): Func | undefined {
    const src = this.orig ?? this;
    return src.methods.find((m) => m.name === name);
  }
}

export class TypeParam extends Type {
  readonly kind = 'TypeParam';
  constraint: Type;
  constructor(
    readonly obj: TypeName,
    readonly index: number,
    constraint: Type,
  ) {
    super();
    this.constraint = constraint;
  }
  override underlying(): Type {
    // spec: "the underlying type of a type parameter is the underlying type of its
    // type constraint, which is an interface".
    return this.constraint.underlying();
  }
}

// ---- the predeclared basic types ---------------------------------------------

const I = BasicInfo;
function basic(kind: BasicKind, info: number, name: string, bits = 0): Basic {
  return new Basic(kind, info, name, bits);
}

export const Typ: Record<BasicKind, Basic> = {
  [BasicKind.Invalid]: basic(BasicKind.Invalid, 0, 'invalid type'),
  [BasicKind.Bool]: basic(BasicKind.Bool, I.IsBoolean, 'bool'),
  [BasicKind.Int]: basic(BasicKind.Int, I.IsInteger, 'int', 64),
  [BasicKind.Int8]: basic(BasicKind.Int8, I.IsInteger, 'int8', 8),
  [BasicKind.Int16]: basic(BasicKind.Int16, I.IsInteger, 'int16', 16),
  [BasicKind.Int32]: basic(BasicKind.Int32, I.IsInteger, 'int32', 32),
  [BasicKind.Int64]: basic(BasicKind.Int64, I.IsInteger, 'int64', 64),
  [BasicKind.Uint]: basic(BasicKind.Uint, I.IsInteger | I.IsUnsigned, 'uint', 64),
  [BasicKind.Uint8]: basic(BasicKind.Uint8, I.IsInteger | I.IsUnsigned, 'uint8', 8),
  [BasicKind.Uint16]: basic(BasicKind.Uint16, I.IsInteger | I.IsUnsigned, 'uint16', 16),
  [BasicKind.Uint32]: basic(BasicKind.Uint32, I.IsInteger | I.IsUnsigned, 'uint32', 32),
  [BasicKind.Uint64]: basic(BasicKind.Uint64, I.IsInteger | I.IsUnsigned, 'uint64', 64),
  [BasicKind.Uintptr]: basic(BasicKind.Uintptr, I.IsInteger | I.IsUnsigned, 'uintptr', 64),
  [BasicKind.Float32]: basic(BasicKind.Float32, I.IsFloat, 'float32', 32),
  [BasicKind.Float64]: basic(BasicKind.Float64, I.IsFloat, 'float64', 64),
  [BasicKind.Complex64]: basic(BasicKind.Complex64, I.IsComplex, 'complex64', 64),
  [BasicKind.Complex128]: basic(BasicKind.Complex128, I.IsComplex, 'complex128', 128),
  [BasicKind.String]: basic(BasicKind.String, I.IsString, 'string'),
  [BasicKind.UnsafePointer]: basic(BasicKind.UnsafePointer, 0, 'unsafe.Pointer'),
  [BasicKind.UntypedBool]: basic(BasicKind.UntypedBool, I.IsBoolean | I.IsUntyped, 'untyped bool'),
  [BasicKind.UntypedInt]: basic(BasicKind.UntypedInt, I.IsInteger | I.IsUntyped, 'untyped int'),
  [BasicKind.UntypedRune]: basic(BasicKind.UntypedRune, I.IsInteger | I.IsUntyped, 'untyped rune'),
  [BasicKind.UntypedFloat]: basic(BasicKind.UntypedFloat, I.IsFloat | I.IsUntyped, 'untyped float'),
  [BasicKind.UntypedComplex]: basic(BasicKind.UntypedComplex, I.IsComplex | I.IsUntyped, 'untyped complex'),
  [BasicKind.UntypedString]: basic(BasicKind.UntypedString, I.IsString | I.IsUntyped, 'untyped string'),
  [BasicKind.UntypedNil]: basic(BasicKind.UntypedNil, I.IsUntyped, 'untyped nil'),
};

export const invalidType = Typ[BasicKind.Invalid];
/**
 * `byte` and `rune` are aliases for uint8 and int32: distinct objects only so that
 * messages say `byte` where the program did; `identical` compares Basic kinds.
 */
export const byteType = basic(BasicKind.Uint8, I.IsInteger | I.IsUnsigned, 'byte', 8);
export const runeType = basic(BasicKind.Int32, I.IsInteger, 'rune', 32);
