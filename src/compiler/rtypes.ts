// From the checker's types to the VM's runtime types (RType): canonical (one
// RType per distinct type), named as reflect names them for %T
// (`main.Pair[string,int]`, `struct { A int }`, `func(int) string`,
// `interface {}`), with amd64 sizes for append's growth rounding.

import { Kind, RType } from '../vm/rtype';
import { Func } from '../types/objects';
import {
  ArrayType,
  Basic,
  BasicKind,
  Chan,
  Interface,
  MapType,
  Named,
  Pointer,
  Signature,
  Slice,
  Struct,
  Tuple,
  Type,
  TypeParam,
} from '../types/types';
import { defaultType } from '../types/predicates';

const basicKinds: Partial<Record<BasicKind, Kind>> = {
  [BasicKind.Bool]: Kind.Bool,
  [BasicKind.Int]: Kind.Int,
  [BasicKind.Int8]: Kind.Int8,
  [BasicKind.Int16]: Kind.Int16,
  [BasicKind.Int32]: Kind.Int32,
  [BasicKind.Int64]: Kind.Int64,
  [BasicKind.Uint]: Kind.Uint,
  [BasicKind.Uint8]: Kind.Uint8,
  [BasicKind.Uint16]: Kind.Uint16,
  [BasicKind.Uint32]: Kind.Uint32,
  [BasicKind.Uint64]: Kind.Uint64,
  [BasicKind.Uintptr]: Kind.Uintptr,
  [BasicKind.Float32]: Kind.Float32,
  [BasicKind.Float64]: Kind.Float64,
  [BasicKind.Complex64]: Kind.Complex64,
  [BasicKind.Complex128]: Kind.Complex128,
  [BasicKind.String]: Kind.String,
  [BasicKind.UnsafePointer]: Kind.UnsafePointer,
};

const basicSizes: Partial<Record<Kind, number>> = {
  [Kind.Bool]: 1,
  [Kind.Int8]: 1,
  [Kind.Uint8]: 1,
  [Kind.Int16]: 2,
  [Kind.Uint16]: 2,
  [Kind.Int32]: 4,
  [Kind.Uint32]: 4,
  [Kind.Float32]: 4,
  [Kind.Complex64]: 8,
  [Kind.Complex128]: 16,
  [Kind.String]: 16,
  [Kind.Slice]: 24,
  [Kind.Interface]: 16,
};

function align(k: Kind, t: RType): number {
  if (k === Kind.Struct) return t.fields.reduce((a, f) => Math.max(a, align(f.type.kind, f.type)), 1);
  if (k === Kind.Array) return align(t.elem!.kind, t.elem!);
  if (k === Kind.Complex64) return 4;
  if (k === Kind.Complex128) return 8;
  return Math.min(basicSizes[k] ?? 8, 8);
}

/** Makes and caches RTypes for one program. */
export class RTypes {
  private readonly byKey = new Map<string, RType>();
  private nextId = 1;
  private readonly namedIds = new Map<Named, number>();
  readonly all: RType[] = [];
  /** The named type each named RType was made from (method sets are computed from it). */
  readonly namedOf = new Map<RType, Named>();

  /** The canonical RType of t (t must not contain type parameters). */
  of(t: Type): RType {
    if (t instanceof Basic && t.info & 64 /* untyped */) t = defaultType(t);
    const key = this.key(t);
    const cached = this.byKey.get(key);
    if (cached) return cached;
    return this.make(t, key);
  }

  private namedId(n: Named): number {
    let id = this.namedIds.get(n);
    if (id === undefined) {
      id = this.namedIds.size + 1;
      this.namedIds.set(n, id);
    }
    return id;
  }

  /** A structural key: equal for identical types. */
  key(t: Type): string {
    if (t instanceof Basic) return `b${t.basic === BasicKind.Uint8 ? BasicKind.Uint8 : t.basic === BasicKind.Int32 ? BasicKind.Int32 : t.basic}`;
    if (t instanceof Named) {
      if (t.orig) return `n${this.namedId(t.orig)}[${t.typeArgs.map((a) => this.key(a)).join(',')}]`;
      return `n${this.namedId(t)}`;
    }
    if (t instanceof Pointer) return `*${this.key(t.elem)}`;
    if (t instanceof Slice) return `[]${this.key(t.elem)}`;
    if (t instanceof ArrayType) return `[${t.len}]${this.key(t.elem)}`;
    if (t instanceof MapType) return `map[${this.key(t.key)}]${this.key(t.elem)}`;
    if (t instanceof Chan) return `chan${t.dir}(${this.key(t.elem)})`;
    if (t instanceof Struct) return `struct{${t.fields.map((f, i) => `${f.embedded ? '~' : ''}${f.name}${f.exported ? '' : '@' + (f.pkg?.path ?? '')} ${this.key(f.type)} ${JSON.stringify(t.tags[i] ?? '')}`).join(';')}}`;
    if (t instanceof Signature) {
      return `func(${t.params.vars.map((v) => this.key(v.type)).join(',')}${t.variadic ? '...' : ''})(${t.results.vars.map((v) => this.key(v.type)).join(',')})`;
    }
    if (t instanceof Tuple) return `(${t.vars.map((v) => this.key(v.type)).join(',')})`;
    if (t instanceof Interface) {
      return `iface{${t.allMethods.map((m) => `${m.name}${m.exported ? '' : '@' + (m.pkg?.path ?? '')} ${this.key(m.type)}`).join(';')}}`;
    }
    if (t instanceof TypeParam) throw new Error(`gosim: unsubstituted type parameter ${t.obj.name}`);
    throw new Error(`gosim: no runtime type for ${t.kind}`);
  }

  private make(t: Type, key: string): RType {
    const id = this.nextId++;
    if (t instanceof Named) {
      const u = t.underlying();
      const kind = this.kindOf(u);
      const r = new RType(id, kind, '');
      this.byKey.set(key, r);
      this.all.push(r);
      const obj = t.obj;
      r.pkgPath = obj.pkg ? obj.pkg.path : '';
      r.name = obj.name + (t.typeArgs.length ? `[${t.typeArgs.map((a) => this.of(a).str).join(',')}]` : '');
      r.str = (obj.pkg ? obj.pkg.name + '.' : '') + r.name;
      this.namedOf.set(r, t);
      this.fill(r, u);
      return r;
    }
    const kind = this.kindOf(t);
    const r = new RType(id, kind, '');
    this.byKey.set(key, r);
    this.all.push(r);
    this.fill(r, t);
    r.str = this.str(t);
    return r;
  }

  private kindOf(u: Type): Kind {
    if (u instanceof Basic) return basicKinds[u.basic] ?? Kind.Invalid;
    if (u instanceof Pointer) return Kind.Pointer;
    if (u instanceof Slice) return Kind.Slice;
    if (u instanceof ArrayType) return Kind.Array;
    if (u instanceof MapType) return Kind.Map;
    if (u instanceof Chan) return Kind.Chan;
    if (u instanceof Struct) return Kind.Struct;
    if (u instanceof Signature) return Kind.Func;
    if (u instanceof Interface) return Kind.Interface;
    return Kind.Invalid;
  }

  /** Fills in the structure of r from its underlying type u. */
  private fill(r: RType, u: Type): void {
    if (u instanceof Pointer) r.elem = this.of(u.elem);
    else if (u instanceof Slice) r.elem = this.of(u.elem);
    else if (u instanceof ArrayType) {
      r.elem = this.of(u.elem);
      r.len = u.len;
    } else if (u instanceof MapType) {
      r.key = this.of(u.key);
      r.elem = this.of(u.elem);
    } else if (u instanceof Chan) {
      r.elem = this.of(u.elem);
      r.chanDir = u.dir;
    } else if (u instanceof Struct) {
      r.fields = u.fields.map((f) => ({ name: f.name, type: this.of(f.type), embedded: f.embedded, exported: f.exported }));
      r.finish();
    } else if (u instanceof Signature) {
      r.params = u.params.vars.map((v) => this.of(v.type));
      r.results = u.results.vars.map((v) => this.of(v.type));
      r.variadic = u.variadic;
    } else if (u instanceof Interface) {
      r.imethods = u.allMethods.map((m) => m.name);
      r.imethodTypes = u.allMethods.map((m) => this.methodType(m.type as Signature));
    }
    r.comparable = this.isComparable(r);
    r.size = this.sizeOf(r);
  }

  /** A method's type as a func type without its receiver (how method sets are compared). */
  methodType(sig: Signature): RType {
    return this.of(new Signature(sig.params, sig.results, sig.variadic));
  }

  private isComparable(r: RType): boolean {
    switch (r.kind) {
      case Kind.Slice:
      case Kind.Map:
      case Kind.Func:
        return false;
      case Kind.Array:
        return r.elem!.comparable;
      case Kind.Struct:
        return r.fields.every((f) => f.type.comparable);
      default:
        return true;
    }
  }

  private sizeOf(r: RType): number {
    switch (r.kind) {
      case Kind.Array:
        return r.len * r.elem!.size;
      case Kind.Struct: {
        let off = 0;
        let maxAlign = 1;
        for (const f of r.fields) {
          const a = align(f.type.kind, f.type);
          maxAlign = Math.max(maxAlign, a);
          off = Math.ceil(off / a) * a + f.type.size;
        }
        return Math.ceil(off / maxAlign) * maxAlign;
      }
      default:
        return basicSizes[r.kind] ?? 8;
    }
  }

  /** reflect's string for an unnamed type. */
  private str(t: Type): string {
    if (t instanceof Basic) return t.basic === BasicKind.Uint8 ? 'uint8' : t.basic === BasicKind.Int32 ? 'int32' : t.name;
    if (t instanceof Named) return this.of(t).str;
    if (t instanceof Pointer) return '*' + this.of(t.elem).str;
    if (t instanceof Slice) return '[]' + this.of(t.elem).str;
    if (t instanceof ArrayType) return `[${t.len}]` + this.of(t.elem).str;
    if (t instanceof MapType) return `map[${this.of(t.key).str}]${this.of(t.elem).str}`;
    if (t instanceof Chan) {
      const e = this.of(t.elem).str;
      if (t.dir === 'send') return 'chan<- ' + e;
      if (t.dir === 'recv') return '<-chan ' + e;
      return t.elem instanceof Chan && t.elem.dir === 'recv' ? `chan (${e})` : 'chan ' + e;
    }
    if (t instanceof Struct) {
      if (!t.fields.length) return 'struct {}';
      return `struct { ${t.fields
        .map((f, i) => {
          const tag = t.tags[i] ? ` ${JSON.stringify(t.tags[i])}` : '';
          return f.embedded ? this.of(f.type).str + tag : `${f.name} ${this.of(f.type).str}${tag}`;
        })
        .join('; ')} }`;
    }
    if (t instanceof Signature) {
      const ps = t.params.vars.map((v, i) => (t.variadic && i === t.params.vars.length - 1 ? '...' + this.of((v.type as Slice).elem).str : this.of(v.type).str));
      let s = `func(${ps.join(', ')})`;
      const rs = t.results.vars.map((v) => this.of(v.type).str);
      if (rs.length === 1) s += ' ' + rs[0];
      else if (rs.length > 1) s += ` (${rs.join(', ')})`;
      return s;
    }
    if (t instanceof Interface) {
      if (!t.allMethods.length) return 'interface {}';
      return `interface { ${t.allMethods
        .map((m) => {
          const sig = this.str(m.type).slice(4);
          return m.name + sig;
        })
        .join('; ')} }`;
    }
    return '?';
  }
}

void Func;
