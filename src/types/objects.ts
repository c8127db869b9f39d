// Named language entities: variables, constants, type names, functions, packages,
// builtins, labels and nil (after go/types' object.go).

import type * as ast from '../syntax/ast';
import type { ConstValue } from './constant';
import type { Scope } from './scope';
import { Signature, Type, invalidType } from './types';

/** A package: the program's own `main`, or a standard-library package gosim provides. */
export class Package {
  readonly scope: Scope;
  /** Functions of this package with Go bodies, in declaration order (for the compiler). */
  readonly funcs: Func[] = [];
  /** Package-level variables in initialisation order (filled by the checker). */
  readonly varInitOrder: { lhs: Var[]; rhs: ast.Expr | null; decl: ast.ValueSpec }[] = [];
  readonly inits: Func[] = [];
  constructor(
    readonly path: string,
    readonly name: string,
    scope: Scope,
  ) {
    this.scope = scope;
  }
}

export abstract class Obj {
  abstract readonly kind: string;
  /** The scope declaring this object (null for fields and methods). */
  parent: Scope | null = null;
  constructor(
    readonly name: string,
    public type: Type,
    /** Source offset of the declaring identifier; -1 for predeclared objects. */
    readonly pos: number,
    readonly pkg: Package | null,
  ) {}
  get exported(): boolean {
    const c = this.name.charCodeAt(0);
    return c >= 65 && c <= 90;
  }
}

export class Var extends Obj {
  readonly kind = 'Var';
  /** Set once the variable is read (for "declared but not used"). */
  used = false;
  /** False while a declared variable's type is still to be inferred from its initialiser. */
  hasType = true;
  /** Struct field: embedded (anonymous) field. */
  embedded = false;
  isField = false;
  isParam = false;
  /** Package-level variable. */
  isGlobal = false;
  /** The function literal or declaration whose body declares this variable. */
  ownerFunc: unknown = null;
  /** Captured by a closure: must live in a heap cell (compiler). */
  captured = false;
  /** Its address is taken (`&x`) or it is otherwise aliased: must live in a heap cell. */
  addressed = false;
}

export class Const extends Obj {
  readonly kind = 'Const';
  constructor(
    name: string,
    type: Type,
    pos: number,
    pkg: Package | null,
    public val: ConstValue,
  ) {
    super(name, type, pos, pkg);
  }
}

export class TypeName extends Obj {
  readonly kind = 'TypeName';
  isAlias = false;
}

export class Func extends Obj {
  readonly kind = 'Func';
  /** The declaration, when the function has Go source (user code or a Go-written library). */
  decl: ast.FuncDecl | null = null;
  /** For methods declared with a pointer receiver. */
  ptrRecv = false;
  /** For interface methods: the interface type declaring it. */
  iface: Type | null = null;
  /** For instantiated generic functions/methods: the generic original. */
  orig: Func | null = null;
  get sig(): Signature {
    return this.type as Signature;
  }
  /** Go's qualified name: `main.f`, `main.(*T).M`, `main.T.M`, `time.Sleep`. */
  fullName(): string {
    const pkg = this.pkg ? this.pkg.path : '';
    const recv = this.sig.recv;
    if (!recv) return pkg ? `${pkg}.${this.name}` : this.name;
    let t = recv.type;
    let ptr = false;
    if (t.kind === 'Pointer') {
      ptr = true;
      t = (t as unknown as { elem: Type }).elem;
    }
    const tn = t.kind === 'Named' ? (t as unknown as { obj: TypeName }).obj.name : '?';
    return ptr ? `${pkg}.(*${tn}).${this.name}` : `${pkg}.${tn}.${this.name}`;
  }
}

export class PkgName extends Obj {
  readonly kind = 'PkgName';
  used = false;
  constructor(
    name: string,
    pos: number,
    pkg: Package | null,
    readonly imported: Package,
  ) {
    super(name, invalidType, pos, pkg);
  }
}

export type BuiltinId =
  | 'append'
  | 'cap'
  | 'clear'
  | 'close'
  | 'complex'
  | 'copy'
  | 'delete'
  | 'imag'
  | 'len'
  | 'make'
  | 'max'
  | 'min'
  | 'new'
  | 'panic'
  | 'print'
  | 'println'
  | 'real'
  | 'recover';

export class Builtin extends Obj {
  readonly kind = 'Builtin';
  constructor(readonly id: BuiltinId) {
    super(id, invalidType, -1, null);
  }
}

export class Nil extends Obj {
  readonly kind = 'Nil';
}

export class Label extends Obj {
  readonly kind = 'Label';
  used = false;
}

export type AnyObj = Var | Const | TypeName | Func | PkgName | Builtin | Nil | Label;
