// Type expressions (go/types' typexpr.go). Interface types are in interface.ts,
// function types in signature.ts, type declarations in decl.ts.

import type * as ast from '../syntax/ast';
import { Unsupported } from '../syntax/source';
import { Checker } from './checker';
import { stringLitValue } from './literals';
import { toInt } from './constant';
import { exprString } from './exprstring';
import { Const, TypeName, Var } from './objects';
import { Mode, Operand } from './operand';
import { comparable, isInteger, isUntyped, isValid } from './predicates';
import { instantiateNamed } from './subst';
import { typeString } from './typestring';
import { noteInstance } from './validtype';
import { startPos } from './positions';
import { ArrayType, Chan, Interface, MapType, Named, Pointer, Slice, Struct, Type, TypeParam, invalidType } from './types';
import { interfaceType } from './interface';

declare module './checker' {
  interface Checker {
    /** Aliases whose right-hand side is being evaluated (`type T = T` refers to itself). */
    aliasesInProgress: Set<TypeName>;
    typExpr(e: ast.Expr): Type;
    varType(e: ast.Expr): Type;
    typExprOrNil(e: ast.Expr | null): Type | null;
    definedType(e: ast.Expr, def: Named | null): Type;
    instantiateType(e: ast.IndexExpr, generic: Named): Type;
    arrayLength(e: ast.Expr): number;
  }
}

Object.defineProperty(Checker.prototype, 'aliasesInProgress', {
  get(this: Checker & { _aliases?: Set<TypeName> }) {
    if (!this._aliases) this._aliases = new Set();
    return this._aliases;
  },
});

Checker.prototype.typExpr = function (this: Checker, e: ast.Expr): Type {
  return this.definedType(e, null);
};

/**
 * The type of a variable, parameter, field or element: any type but a
 * constraint interface (one with type terms or embedding comparable), which
 * only type parameter lists may use.
 */
Checker.prototype.varType = function (this: Checker, e: ast.Expr): Type {
  const t = this.typExpr(e);
  if (t instanceof TypeParam) return t;
  // Checked once declarations are complete: the interface may still be being declared.
  this.delayed.push(() => {
    const u = t.underlying();
    if (!(u instanceof Interface)) return;
    this.completeInterface(u);
    if (u.isMethodSet) return;
    const why = u.comparable ? 'interface is (or embeds) comparable' : 'interface contains type constraints';
    this.error(e.pos, `cannot use type ${this.tstr(t)} outside a type constraint: ${why}`);
  });
  return t;
};

Checker.prototype.typExprOrNil = function (this: Checker, e: ast.Expr | null): Type | null {
  return e ? this.typExpr(e) : null;
};

/** Evaluates a type expression; `def` is the Named type being declared (for recursive types). */
Checker.prototype.definedType = function (this: Checker, e: ast.Expr, def: Named | null): Type {
  const t = typInternal(this, e, def);
  this.record(e, Mode.TypeExpr, t, null);
  return t;
};

/** A type name that may denote a generic type: the `G` of `G[int]` or of a receiver `G[T]`. */
export function genericType(c: Checker, e: ast.Expr): Type {
  const t = typInternal(c, e, null, true);
  c.record(e, Mode.TypeExpr, t, null);
  return t;
}

function typInternal(c: Checker, e: ast.Expr, def: Named | null, allowGeneric = false): Type {
  switch (e.kind) {
    case 'Ident':
    case 'SelectorExpr': {
      const x = new Operand();
      if (e.kind === 'Ident') c.ident(x, e, def, true);
      else c.selector(x, e, def, true);
      switch (x.mode) {
        case Mode.TypeExpr: {
          const t = x.type;
          if (!allowGeneric && t instanceof Named && t.typeParams.length && !t.orig) {
            c.error(e.pos, `cannot use generic type ${typeString(t, c.pkg)} without instantiation`);
            return invalidType;
          }
          return t;
        }
        case Mode.Invalid:
          return invalidType;
        // A name is described (`i (variable of type int) is not a type`).
        case Mode.NoValue:
          c.error(e.pos, `${c.describe(x)} used as type`);
          return invalidType;
        default:
          c.error(e.pos, `${c.describe(x)} is not a type`);
          return invalidType;
      }
    }
    case 'IndexExpr': {
      const gt = genericType(c, e.x);
      if (!isValid(gt)) return invalidType;
      if (!(gt instanceof Named) || !gt.typeParams.length || gt.orig) {
        c.error(e.x.pos, `${exprString(e.x)} is not a generic type`);
        return invalidType;
      }
      return c.instantiateType(e, gt);
    }
    case 'ParenExpr':
      return c.definedType(e.x, def);
    case 'ArrayType': {
      if (e.len === null) return new Slice(c.varType(e.elt));
      if (e.len.kind === 'Ellipsis') {
        c.error(e.pos, 'invalid use of [...] array (outside a composite literal)');
        c.typExpr(e.elt);
        return invalidType;
      }
      const n = c.arrayLength(e.len);
      const elem = c.varType(e.elt);
      return n < 0 ? invalidType : new ArrayType(elem, n);
    }
    case 'Ellipsis':
      c.error(e.pos, 'invalid use of ...');
      return invalidType;
    case 'StructType':
      return structType(c, e);
    case 'StarExpr':
      return new Pointer(c.varType(e.x));
    case 'FuncType':
      return c.funcType(e, null, null);
    case 'InterfaceType':
      return interfaceType(c, e, def);
    case 'MapType': {
      const key = c.varType(e.key);
      const elem = c.varType(e.value);
      // Checked later: the key type may not be complete yet (recursive types).
      c.delayed.push(() => {
        if (isValid(key) && !(key instanceof TypeParam) && !comparable(key)) {
          c.error(startPos(e.key, c.file.text), `invalid map key type ${typeString(key, c.pkg)}`);
        }
      });
      return new MapType(key, elem);
    }
    case 'ChanType':
      return new Chan(e.dir, c.varType(e.value));
    case 'UnaryExpr':
      if (e.op === '~') {
        c.error(e.pos, `invalid use of ~ outside a type constraint`);
        return invalidType;
      }
      break;
    case 'BinaryExpr':
      if (e.op === '|') {
        c.error(e.pos, `cannot use a type union outside a type constraint`);
        return invalidType;
      }
      break;
  }
  c.error(e.pos, `${exprString(e)} is not a type`);
  return invalidType;
}

/** The length of an array type: a non-negative constant representable as an int. */
Checker.prototype.arrayLength = function (this: Checker, e: ast.Expr): number {
  // A name that is not a constant may be a type parameter missing its
  // constraint (`type A[n] int`): say so without evaluating (or using) it.
  if (e.kind === 'Ident') {
    const found = this.scope.lookupParent(e.name);
    if (!found) {
      this.error(e.pos, `undeclared name ${e.name} for array length`);
      return -1;
    }
    if (!(found[1] instanceof Const)) {
      this.error(e.pos, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = new Operand();
  this.expr(x, e);
  if (x.mode !== Mode.Constant) {
    if (x.mode !== Mode.Invalid) this.error(e.pos, `array length ${this.describe(x)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = toInt(x.val!);
    // An int value is a length, or an invalid (negative) one; anything else "must be integer".
    if (v.kind === 'int' && v.value >= -(1n << 63n) && v.value < 1n << 63n) {
      if (v.value < 0n) {
        this.error(e.pos, `invalid array length ${this.describe(x)}`);
        return -1;
      }
      if (v.value > BigInt(1 << 30)) {
        this.errors.push(new Unsupported(this.file, e.pos, `array length ${v.value} (gosim limits arrays to 2^30 elements)`));
        return -1;
      }
      return Number(v.value);
    }
  }
  this.error(e.pos, `array length ${this.describe(x)} must be integer`);
  return -1;
};

function structType(c: Checker, e: ast.StructType): Struct {
  const fields: Var[] = [];
  const tags: (string | null)[] = [];
  const seen = new Map<string, Var>();
  const add = (name: string, pos: number, type: Type, embedded: boolean, tag: string | null) => {
    const f = new Var(name, type, pos, c.pkg);
    f.isField = true;
    f.embedded = embedded;
    if (name !== '_') {
      const prev = seen.get(name);
      // spec: "non-blank field names must be unique": a second one is not a field.
      if (prev) {
        c.error(pos, `${name} redeclared`, [`${c.file.format(prev.pos)}: other declaration of ${name}`]);
        return f;
      }
      seen.set(name, f);
    }
    fields.push(f);
    tags.push(tag);
    return f;
  };
  for (const field of e.fields) {
    const tag = field.tag ? stringLitValue(field.tag.value) : null;
    if (field.names.length) {
      const t = c.varType(field.type);
      for (const id of field.names) c.recordDef(id, add(id.name, id.pos, t, false, tag));
    } else {
      const t = c.typExpr(field.type);
      let base = field.type;
      if (base.kind === 'StarExpr') base = base.x;
      if (base.kind === 'IndexExpr') base = base.x;
      const name = base.kind === 'SelectorExpr' ? base.sel.name : base.kind === 'Ident' ? base.name : '?';
      add(name, base.kind === 'SelectorExpr' ? base.sel.pos : base.pos, t, true, tag);
      c.delayed.push(() => {
        // The embedded type (after a written *) must not be a pointer, nor a pointer to an interface.
        const isPtr = t instanceof Pointer;
        const u = isPtr ? (t as Pointer).elem : t;
        if (u instanceof TypeParam) c.error(field.type.pos, 'embedded field type cannot be a (pointer to a) type parameter');
        else if (u.underlying() instanceof Pointer) c.error(field.type.pos, 'embedded field type cannot be a pointer');
        else if (isPtr && u.underlying() instanceof Interface) c.error(field.type.pos, 'embedded field type cannot be a pointer to an interface');
      });
    }
  }
  return new Struct(fields, tags);
}

/** `G[A1, ..., An]` in a type expression. */
Checker.prototype.instantiateType = function (this: Checker, e: ast.IndexExpr, generic: Named): Type {
  const args = e.indices.map((a) => this.typExpr(a));
  if (args.some((a) => !isValid(a))) return invalidType;
  if (args.length !== generic.typeParams.length) {
    this.error(e.pos, `got ${args.length} arguments but ${generic.typeParams.length} type parameters`);
    return invalidType;
  }
  const inst = instantiateNamed(generic, args);
  noteInstance(inst, e.pos);
  this.info.instances.set(e, { typeArgs: args, type: inst });
  // Constraint satisfaction is checked once all declarations are resolved.
  this.delayed.push(() => {
    this.verifyInstance(generic.typeParams, args, (i) => e.indices[i].pos);
  });
  return inst;
};
