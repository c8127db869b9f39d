// Builds runtime types (vm/rtype.ts) and VM values (vm/value.ts) from the Go
// source of the fmt fixtures, as the compiler would: type declarations become
// RTypes with method sets, and the constant and composite-literal expressions
// of the cases become values. Methods are fake FuncProtos; the test answers
// calls to them with its own implementations.
//
// Only what the fixtures use is supported: literals, conversions, composite
// literals (with elided types), &, unary minus, constant arithmetic, new,
// complex, errors.New, io.EOF and a few math functions and constants.

import type * as ast from '../../src/syntax/ast';
import { FuncProto } from '../../src/vm/func';
import { convInt, floatToInt, norm } from '../../src/vm/int64';
import { Kind, RField, RType } from '../../src/vm/rtype';
import { decodeRune, fromJS, stringToBytes, stringToRunes } from '../../src/vm/strings';
import { Complex, GoMap, Iface, Ref, Slice } from '../../src/vm/value';
import { unquote } from '../../src/stdlib/strconv/quote';

/** A value being evaluated: typed (t set) or an untyped constant. */
export interface Val {
  t: RType | null;
  v: unknown;
  untyped?: 'int' | 'float' | 'rune' | 'string' | 'bool' | 'complex' | 'nil';
}

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

const intBits: Partial<Record<Kind, number>> = {
  [Kind.Int]: 64,
  [Kind.Int8]: 8,
  [Kind.Int16]: 16,
  [Kind.Int32]: 32,
  [Kind.Int64]: 64,
  [Kind.Uint]: 64,
  [Kind.Uint8]: 8,
  [Kind.Uint16]: 16,
  [Kind.Uint32]: 32,
  [Kind.Uint64]: 64,
  [Kind.Uintptr]: 64,
};

const isSigned = (k: Kind) => k >= Kind.Int && k <= Kind.Int64;
const isInt = (k: Kind) => k >= Kind.Int && k <= Kind.Uintptr;
const isFloat = (k: Kind) => k === Kind.Float32 || k === Kind.Float64;
const isComplex = (k: Kind) => k === Kind.Complex64 || k === Kind.Complex128;

export type MethodImpl = (args: unknown[]) => unknown[];

export class GoWorld {
  private nextId = 1;
  private readonly byStr = new Map<string, RType>();
  private readonly typeSpecs = new Map<string, ast.TypeSpec>();
  /** The fake function of each method, by `Type.Method`. */
  readonly methodProtos = new Map<string, FuncProto>();
  /** Which Type.Method a fake function stands for. */
  readonly protoNames = new Map<FuncProto, string>();

  constructor(files: ast.File[]) {
    for (const f of files)
      for (const d of f.decls)
        if (d.kind === 'GenDecl' && d.tok === 'type') for (const s of d.specs) this.typeSpecs.set((s as ast.TypeSpec).name.name, s as ast.TypeSpec);
    for (const name of Object.keys(basicKinds)) this.basic(name);
    this.byStr.set('byte', this.basic('uint8'));
    this.byStr.set('rune', this.basic('int32'));
    this.iface('interface {}', []);
    this.byStr.set('any', this.byStr.get('interface {}')!);
    this.iface('error', ['Error']);
    this.namedIface('fmt', 'Stringer', ['String']);
    this.namedIface('fmt', 'State', ['Flag', 'Precision', 'Width', 'Write']);
    this.buildLibraryTypes();
    for (const name of this.typeSpecs.keys()) this.named(name);
    for (const f of files) for (const d of f.decls) if (d.kind === 'FuncDecl' && d.recv) this.addMethod(d);
  }

  private make(kind: Kind, str: string): RType {
    const t = new RType(this.nextId++, kind, str);
    this.byStr.set(str, t);
    return t;
  }

  private basic(name: string): RType {
    const t = this.make(basicKinds[name], name);
    t.name = name;
    return t;
  }

  private iface(str: string, methods: string[]): RType {
    const t = this.make(Kind.Interface, str);
    t.imethods = methods;
    return t;
  }

  private namedIface(pkg: string, name: string, methods: string[]): RType {
    const t = this.iface(`${pkg}.${name}`, methods);
    t.pkgPath = pkg;
    t.name = name;
    return t;
  }

  /** *errors.errorString and *fmt.pp, which library code would define. */
  private buildLibraryTypes(): void {
    const es = this.make(Kind.Struct, 'errors.errorString');
    es.pkgPath = 'errors';
    es.name = 'errorString';
    es.fields = [{ name: 's', type: this.get('string'), embedded: false, exported: false }];
    es.finish();
    const esp = this.pointer(es);
    const proto = this.proto('errors.(*errorString).Error', 1, [this.get('string')]);
    esp.methods.set('Error', proto);
    esp.methodTypes.set('Error', this.typeOf({ kind: 'FuncType', params: [], results: [{ names: [], type: { kind: 'Ident', name: 'string' } }] } as unknown as ast.Expr));
    this.protoNames.set(proto, '*errors.errorString.Error');
    const pp = this.make(Kind.Struct, 'fmt.pp');
    pp.pkgPath = 'fmt';
    pp.name = 'pp';
    const f = (name: string, type: RType): RField => ({ name, type, embedded: false, exported: false });
    pp.fields = [f('buf', this.slice(this.get('uint8'))), f('wid', this.get('int')), f('prec', this.get('int')), f('widOK', this.get('bool')), f('precOK', this.get('bool')), f('flags', this.get('string'))];
    pp.finish();
    this.pointer(pp);
  }

  private proto(name: string, nparams: number, results: RType[]): FuncProto {
    const p = new FuncProto(this.nextId++, name);
    p.nparams = nparams;
    p.resultTypes = results;
    return p;
  }

  get(str: string): RType {
    const t = this.byStr.get(str);
    if (!t) throw new Error(`no type ${str}`);
    return t;
  }

  pointer(elem: RType): RType {
    const str = '*' + elem.str;
    return this.byStr.get(str) ?? Object.assign(this.make(Kind.Pointer, str), { elem });
  }

  slice(elem: RType): RType {
    const str = '[]' + elem.str;
    const t = this.byStr.get(str) ?? Object.assign(this.make(Kind.Slice, str), { elem });
    t.comparable = false;
    return t;
  }

  array(elem: RType, len: number): RType {
    const str = `[${len}]${elem.str}`;
    const t = this.byStr.get(str) ?? Object.assign(this.make(Kind.Array, str), { elem, len });
    t.comparable = elem.comparable;
    return t;
  }

  map(key: RType, elem: RType): RType {
    const str = `map[${key.str}]${elem.str}`;
    const t = this.byStr.get(str) ?? Object.assign(this.make(Kind.Map, str), { key, elem });
    t.comparable = false;
    return t;
  }

  private named(name: string): RType {
    const existing = this.byStr.get('main.' + name);
    if (existing) return existing;
    const spec = this.typeSpecs.get(name)!;
    // Named types refer to themselves (Node.Next): create first, fill in after.
    const u = spec.type;
    const kind = this.kindOf(u);
    const t = this.make(kind, 'main.' + name);
    t.pkgPath = 'main';
    t.name = name;
    const under = this.typeOf(u);
    t.elem = under.elem;
    t.key = under.key;
    t.len = under.len;
    t.fields = under.fields;
    t.imethods = under.imethods;
    t.comparable = under.comparable;
    t.finish();
    return t;
  }

  private kindOf(e: ast.Expr): Kind {
    switch (e.kind) {
      case 'Ident':
        if (e.name in basicKinds) return basicKinds[e.name];
        if (e.name === 'byte') return Kind.Uint8;
        if (e.name === 'rune') return Kind.Int32;
        return this.kindOf(this.typeSpecs.get(e.name)!.type);
      case 'StructType':
        return Kind.Struct;
      case 'ArrayType':
        return e.len === null ? Kind.Slice : Kind.Array;
      case 'MapType':
        return Kind.Map;
      case 'InterfaceType':
        return Kind.Interface;
      case 'StarExpr':
        return Kind.Pointer;
    }
    throw new Error(`kindOf ${e.kind}`);
  }

  private addMethod(d: ast.FuncDecl): void {
    let rt = d.recv!.type;
    const ptr = rt.kind === 'StarExpr';
    if (rt.kind === 'StarExpr') rt = rt.x;
    const tname = (rt as ast.Ident).name;
    const t = this.named(tname);
    const pt = this.pointer(t);
    const name = d.name.name;
    const nparams = 1 + d.type.params.reduce((n, f) => n + Math.max(1, f.names.length), 0);
    const results = d.type.results.map((f) => this.typeOf(f.type));
    const key = `${ptr ? '*' : ''}${tname}.${name}`;
    const proto = this.proto(ptr ? `main.(*${tname}).${name}` : `main.${tname}.${name}`, nparams, results);
    this.methodProtos.set(key, proto);
    this.protoNames.set(proto, key);
    // Value methods are in both method sets, pointer methods only in *T's.
    if (!ptr) t.methods.set(name, proto);
    pt.methods.set(name, proto);
    // fmt recognises Stringer, error and Formatter by signature, as Go's
    // interface satisfaction does.
    const sig = this.typeOf(d.type);
    if (!ptr) t.methodTypes.set(name, sig);
    pt.methodTypes.set(name, sig);
  }

  /** The RType a type expression denotes. */
  typeOf(e: ast.Expr): RType {
    switch (e.kind) {
      case 'Ident':
        if (this.byStr.has(e.name)) return this.byStr.get(e.name)!;
        if (this.typeSpecs.has(e.name)) return this.named(e.name);
        throw new Error(`unknown type ${e.name}`);
      case 'ParenExpr':
        return this.typeOf(e.x);
      case 'StarExpr':
        return this.pointer(this.typeOf(e.x));
      case 'SelectorExpr':
        return this.get(`${(e.x as ast.Ident).name}.${e.sel.name}`);
      case 'ArrayType': {
        const elem = this.typeOf(e.elt);
        if (e.len === null) return this.slice(elem);
        if (e.len.kind === 'Ellipsis') throw new Error('[...]T needs its literal');
        return this.array(elem, Number(this.constInt(e.len)));
      }
      case 'MapType':
        return this.map(this.typeOf(e.key), this.typeOf(e.value));
      case 'ChanType': {
        const v = this.typeOf(e.value);
        const str = e.dir === 'send' ? `chan<- ${v.str}` : e.dir === 'recv' ? `<-chan ${v.str}` : `chan ${v.str}`;
        return this.byStr.get(str) ?? Object.assign(this.make(Kind.Chan, str), { elem: v, chanDir: e.dir });
      }
      case 'FuncType': {
        const ps = e.params.flatMap((f) => Array(Math.max(1, f.names.length)).fill(this.typeOf(f.type).str));
        const rs = e.results.map((f) => this.typeOf(f.type).str);
        const str = `func(${ps.join(', ')})` + (rs.length === 0 ? '' : rs.length === 1 ? ' ' + rs[0] : ` (${rs.join(', ')})`);
        const t = this.byStr.get(str) ?? this.make(Kind.Func, str);
        t.comparable = false;
        return t;
      }
      case 'InterfaceType':
        if (e.methods.length === 0 && e.embeddeds.length === 0) return this.get('interface {}');
        throw new Error('only empty interface literals');
      case 'StructType': {
        const fields: RField[] = [];
        for (const f of e.fields) {
          const ft = this.typeOf(f.type);
          if (f.names.length === 0) {
            const base = ft.kind === Kind.Pointer ? ft.elem! : ft;
            fields.push({ name: base.name, type: ft, embedded: true, exported: /^[A-Z]/.test(base.name) });
          } else for (const n of f.names) fields.push({ name: n.name, type: ft, embedded: false, exported: /^[A-Z]/.test(n.name) });
        }
        const str = fields.length === 0 ? 'struct {}' : `struct { ${fields.map((f) => (f.embedded ? f.type.str : `${f.name} ${f.type.str}`)).join('; ')} }`;
        const existing = this.byStr.get(str);
        if (existing) return existing;
        const t = this.make(Kind.Struct, str);
        t.fields = fields;
        t.comparable = fields.every((f) => f.type.comparable);
        t.finish();
        return t;
      }
    }
    throw new Error(`typeOf ${e.kind}`);
  }

  private isType(e: ast.Expr): boolean {
    switch (e.kind) {
      case 'Ident':
        return this.byStr.has(e.name) || this.typeSpecs.has(e.name);
      case 'ParenExpr':
        return this.isType(e.x);
      case 'StarExpr':
        return this.isType(e.x);
      case 'SelectorExpr':
        return this.byStr.has(`${(e.x as ast.Ident).name}.${e.sel.name}`);
      case 'ArrayType':
      case 'MapType':
      case 'ChanType':
      case 'FuncType':
      case 'InterfaceType':
      case 'StructType':
        return true;
    }
    return false;
  }

  private constInt(e: ast.Expr): bigint {
    const v = this.eval(e);
    if (typeof v.v === 'bigint') return v.v;
    return BigInt(v.v as number);
  }

  /** Evaluates an expression; want is the type the context expects, if any. */
  eval(e: ast.Expr, want: RType | null = null): Val {
    switch (e.kind) {
      case 'BasicLit':
        return this.literal(e);
      case 'ParenExpr':
        return this.eval(e.x, want);
      case 'Ident':
        if (e.name === 'nil') return { t: null, v: null, untyped: 'nil' };
        if (e.name === 'true' || e.name === 'false') return { t: null, v: e.name === 'true', untyped: 'bool' };
        throw new Error(`unknown name ${e.name}`);
      case 'SelectorExpr':
        return this.selector(e);
      case 'CompositeLit':
        return this.composite(e, want);
      case 'UnaryExpr':
        return this.unary(e, want);
      case 'BinaryExpr':
        return this.binary(e);
      case 'CallExpr':
        return this.call(e);
    }
    throw new Error(`eval ${e.kind}`);
  }

  private literal(e: ast.BasicLit): Val {
    const text = e.value.replace(/_/g, '');
    switch (e.litKind) {
      case 'INT':
        return { t: null, v: BigInt(text), untyped: 'int' };
      case 'FLOAT':
        return { t: null, v: Number(text), untyped: 'float' };
      case 'IMAG':
        return { t: null, v: new Complex(0, Number(text.slice(0, -1))), untyped: 'complex' };
      case 'CHAR': {
        const s = unquote(fromJS(e.value))!;
        return { t: null, v: BigInt(s.length === 1 ? s.charCodeAt(0) : decodeRune(s, 0)), untyped: 'rune' };
      }
      case 'STRING':
        return { t: null, v: unquote(fromJS(e.value))!, untyped: 'string' };
    }
  }

  private selector(e: ast.SelectorExpr): Val {
    const name = `${(e.x as ast.Ident).name}.${e.sel.name}`;
    switch (name) {
      case 'math.MaxInt64':
        return { t: null, v: 9223372036854775807n, untyped: 'int' };
      case 'math.MinInt64':
        return { t: null, v: -9223372036854775808n, untyped: 'int' };
      case 'math.MaxUint64':
        return { t: null, v: 18446744073709551615n, untyped: 'int' };
      case 'math.MaxFloat64':
        return { t: null, v: Number.MAX_VALUE, untyped: 'float' };
      case 'math.SmallestNonzeroFloat64':
        return { t: null, v: Number.MIN_VALUE, untyped: 'float' };
      case 'io.EOF':
        return { t: this.get('error'), v: this.errorValue('EOF') };
    }
    throw new Error(`unknown selector ${name}`);
  }

  /** An *errors.errorString in an error interface. */
  errorValue(msg: string): Iface {
    return new Iface(this.get('*errors.errorString'), [msg]);
  }

  private unary(e: ast.UnaryExpr, want: RType | null): Val {
    if (e.op === '&') {
      const elemWant = want && want.kind === Kind.Pointer ? want.elem : null;
      const x = this.eval(e.x, elemWant);
      const t = x.t!;
      return { t: this.pointer(t), v: t.isValue ? x.v : new Ref([x.v], 0) };
    }
    const x = this.eval(e.x, want);
    if (e.op === '+') return x;
    if (e.op !== '-') throw new Error(`unary ${e.op}`);
    if (x.v instanceof Complex) return { ...x, v: new Complex(-x.v.re, -x.v.im) };
    if (typeof x.v === 'bigint') return { ...x, v: -x.v };
    if (x.t && isInt(x.t.kind)) return { ...x, v: convInt(-BigInt(x.v as number), intBits[x.t.kind]!, isSigned(x.t.kind)) };
    return { ...x, v: -(x.v as number) };
  }

  private binary(e: ast.BinaryExpr): Val {
    let x = this.eval(e.x);
    let y = this.eval(e.y);
    // A typed operand types the untyped one; shifts keep the left operand's type.
    if (e.op !== '<<' && e.op !== '>>') {
      if (x.t && !y.t) y = this.convert(y, x.t);
      if (y.t && !x.t) x = this.convert(x, y.t);
    }
    const t = x.t;
    const floaty = x.untyped === 'float' || y.untyped === 'float' || (t !== null && !isInt(t.kind));
    if (!floaty) {
      const a = BigInt(x.v as number | bigint);
      const b = BigInt(y.v as number | bigint);
      const ops: Record<string, () => bigint> = {
        '+': () => a + b,
        '-': () => a - b,
        '*': () => a * b,
        '/': () => a / b,
        '%': () => a % b,
        '<<': () => a << b,
        '>>': () => a >> b,
        '|': () => a | b,
        '&': () => a & b,
      };
      const r = ops[e.op]();
      if (t) return { t, v: convInt(r, intBits[t.kind]!, isSigned(t.kind)) };
      return { t: null, v: r, untyped: x.untyped === 'rune' || y.untyped === 'rune' ? 'rune' : 'int' };
    }
    const a = Number(x.v);
    const b = Number(y.v);
    const r = { '+': a + b, '-': a - b, '*': a * b, '/': a / b }[e.op as '+'];
    if (t) return { t, v: t.kind === Kind.Float32 ? Math.fround(r) : r };
    return { t: null, v: r, untyped: 'float' };
  }

  private call(e: ast.CallExpr): Val {
    const fun = e.fun;
    if (fun.kind === 'Ident' && fun.name === 'new') {
      const t = this.typeOf(e.args[0]);
      return { t: this.pointer(t), v: t.isValue ? t.zero() : new Ref([t.zero()], 0) };
    }
    if (fun.kind === 'Ident' && fun.name === 'complex') {
      const re = this.eval(e.args[0]);
      const im = this.eval(e.args[1]);
      const f32 = re.t?.kind === Kind.Float32 || im.t?.kind === Kind.Float32;
      const c = new Complex(Number(re.v), Number(im.v));
      if (!re.t && !im.t) return { t: null, v: c, untyped: 'complex' };
      return { t: this.get(f32 ? 'complex64' : 'complex128'), v: c };
    }
    if (fun.kind === 'SelectorExpr') {
      const name = `${(fun.x as ast.Ident).name}.${fun.sel.name}`;
      const f64 = this.get('float64');
      const arg = (i: number) => Number(this.eval(e.args[i]).v);
      switch (name) {
        case 'math.NaN':
          return { t: f64, v: NaN };
        case 'math.Inf':
          return { t: f64, v: arg(0) >= 0 ? Infinity : -Infinity };
        case 'math.Copysign':
          return { t: f64, v: Math.sign(arg(1)) < 0 || Object.is(arg(1), -0) ? -Math.abs(arg(0)) : Math.abs(arg(0)) };
        case 'errors.New':
          return { t: this.get('error'), v: this.errorValue(this.eval(e.args[0]).v as string) };
      }
    }
    if (fun.kind === 'Ident' && fun.name === 'e2') return { t: this.get('error'), v: this.errorValue('inner') };
    if (this.isType(fun)) return this.convert(this.eval(e.args[0], this.typeOf(fun)), this.typeOf(fun), true);
    throw new Error(`call ${fun.kind}`);
  }

  private composite(e: ast.CompositeLit, want: RType | null): Val {
    let t: RType;
    if (e.type === null) {
      if (!want) throw new Error('elided type without context');
      // An elided &T{...} inside []*T{...}.
      if (want.kind === Kind.Pointer) {
        const inner = this.composite(e, want.elem);
        return { t: want, v: want.elem!.isValue ? inner.v : new Ref([inner.v], 0) };
      }
      t = want;
    } else if (e.type.kind === 'ArrayType' && e.type.len?.kind === 'Ellipsis') {
      t = this.array(this.typeOf(e.type.elt), e.elts.length);
    } else {
      t = this.typeOf(e.type);
    }
    switch (t.kind) {
      case Kind.Struct: {
        const s = t.zero() as unknown[];
        e.elts.forEach((el, i) => {
          if (el.kind === 'KeyValueExpr') {
            const k = t.fields.findIndex((f) => f.name === (el.key as ast.Ident).name);
            s[k] = this.valueAs(el.value, t.fields[k].type);
          } else s[i] = this.valueAs(el, t.fields[i].type);
        });
        return { t, v: s };
      }
      case Kind.Array: {
        const a = t.zero() as unknown[];
        e.elts.forEach((el, i) => (a[i] = this.valueAs(el, t.elem!)));
        return { t, v: a };
      }
      case Kind.Slice: {
        const a = e.elts.map((el) => this.valueAs(el, t.elem!));
        return { t, v: new Slice(a, 0, a.length, a.length) };
      }
      case Kind.Map: {
        const m = new GoMap(t.key!, t.elem!);
        for (const el of e.elts) {
          const kv = el as ast.KeyValueExpr;
          m.set(this.valueAs(kv.key, t.key!), this.valueAs(kv.value, t.elem!));
        }
        return { t, v: m };
      }
    }
    throw new Error(`composite of ${t.str}`);
  }

  /** Evaluates e as a value of type t (assignability: untyped constants, interfaces). */
  valueAs(e: ast.Expr, t: RType): unknown {
    return this.convert(this.eval(e, t), t).v;
  }

  /** The default type of an untyped constant. */
  defaultType(x: Val): RType {
    const names = { int: 'int', float: 'float64', rune: 'int32', string: 'string', bool: 'bool', complex: 'complex128' } as const;
    if (!x.untyped || x.untyped === 'nil') throw new Error('no default type');
    return this.get(names[x.untyped]);
  }

  /** Converts x to type t: an assignment, or with explicit a conversion T(x). */
  convert(x: Val, t: RType, explicit = false): Val {
    if (t.kind === Kind.Interface) {
      if (x.untyped === 'nil') return { t, v: null };
      if (x.t && x.t.kind === Kind.Interface) return { t, v: x.v };
      const dt = x.t ?? this.defaultType(x);
      const inner = x.t ? x : this.convert(x, dt);
      return { t, v: new Iface(dt, inner.v) };
    }
    if (x.untyped === 'nil') return { t, v: null };
    const k = t.kind;
    const v = x.v;
    if (isInt(k)) {
      if (typeof v === 'bigint') return { t, v: convInt(norm(v), intBits[k]!, isSigned(k)) };
      if (x.t && isFloat(x.t.kind)) return { t, v: floatToInt(v as number, intBits[k]!, isSigned(k)) };
      if (typeof v === 'number' && !x.t) return { t, v: convInt(norm(BigInt(v)), intBits[k]!, isSigned(k)) };
      return { t, v: convInt(v as number, intBits[k]!, isSigned(k)) };
    }
    if (isFloat(k)) {
      const n = Number(v);
      return { t, v: k === Kind.Float32 ? Math.fround(n) : n };
    }
    if (isComplex(k)) {
      const c = v instanceof Complex ? v : new Complex(Number(v), 0);
      return { t, v: k === Kind.Complex64 ? new Complex(Math.fround(c.re), Math.fround(c.im)) : c };
    }
    if (k === Kind.String && typeof v === 'string') return { t, v };
    if (explicit && k === Kind.Slice && typeof v === 'string') {
      return { t, v: t.elem!.kind === Kind.Uint8 ? stringToBytes(v) : stringToRunes(v) };
    }
    return { t, v };
  }
}
