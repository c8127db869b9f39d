// The compiler: checked packages → a Program of FuncProtos (bytecode) for the VM.
//
// It compiles what the program can reach: main.main, every package's
// initialisation, and the functions and methods they use (generic functions
// once per distinct list of type arguments). Method sets of every type that
// ends up in an interface value are built last, adding wrappers where a method
// is promoted through an embedded field or needs its receiver dereferenced.
//
// The work is split like the checker's: func.ts (per-function state), expr.ts
// (expressions), call.ts (calls, builtins, conversions), assign.ts (storing),
// stmt.ts (statements), methods.ts (method sets and wrappers).

import * as path from 'path';
import type * as ast from '../syntax/ast';
import type { SourceFile } from '../syntax/source';
import type { CheckedPackage, LoadedProgram } from '../engine/load';
import { natives } from '../stdlib/natives';
import type { Info } from '../types/checker';
import { Func, Package, Var } from '../types/objects';
import { Substitution, makeSubst, recvTypeParams } from '../types/subst';
import { Named, Pointer, Signature, Type, TypeParam } from '../types/types';
import { anyType } from '../types/universe';
import { FuncProto } from '../vm/func';
import { Op } from '../vm/op';
import type { Program } from '../vm/program';
import type { RType } from '../vm/rtype';
import { Closure } from '../vm/value';
import { FnCompiler } from './func';
import { RTypes } from './rtypes';
import './expr';
import './call';
import './assign';
import './stmt';
import { buildMethodSets } from './methods';
import { implicitAddressing } from './addressing';
import { rangeFuncCaptures } from './rangefunc';
import { InlineModel, lessonInlining } from './inlining';

export interface CompileOptions {
  /** Absolute path of the lesson, as tracebacks print it. */
  file: string;
  goVersion: number;
}

interface FuncWork {
  fn: Func;
  targs: Type[];
  proto: FuncProto;
}

export class Compiler {
  readonly rtypes = new RTypes();
  readonly funcs: FuncProto[] = [];
  private readonly protos = new Map<string, FuncProto>();
  private readonly work: FuncWork[] = [];
  private readonly globals = new Map<Var, unknown[]>();
  readonly globalList: Program['globals'] = [];
  private readonly funcValues = new Map<FuncProto, Closure>();
  /** Variables whose address is taken implicitly (pointer-method calls on them), or that a range-over-func body shares: they need cells. */
  readonly implicitlyAddressed = new Set<Var>();
  /** Which calls of the lesson's functions gc would inline (for tracebacks). */
  inlining: InlineModel | null = null;
  /** Package of each checked Func, to find its Info and source. */
  private readonly pkgOf = new Map<Package, CheckedPackage>();

  constructor(
    readonly loaded: LoadedProgram,
    readonly options: CompileOptions,
  ) {
    for (const p of loaded.packages) this.pkgOf.set(p.pkg, p);
  }

  newProto(name: string): FuncProto {
    const p = new FuncProto(this.funcs.length, name);
    this.funcs.push(p);
    return p;
  }

  fileOf(src: SourceFile): string {
    if (src.name.startsWith('$GOROOT/')) return '/usr/local/go/' + src.name.slice('$GOROOT/'.length);
    return this.options.file;
  }

  checked(pkg: Package | null): CheckedPackage {
    const p = pkg ? this.pkgOf.get(pkg) : undefined;
    if (!p) throw new Error(`gosim: compiler: package ${pkg?.path} not loaded`);
    return p;
  }

  // ---- globals and function values ---------------------------------------------------

  /** The heap cell holding a package-level variable. */
  globalCell(v: Var): unknown[] {
    let cell = this.globals.get(v);
    if (!cell) {
      const t = this.rtypes.of(v.type);
      cell = [t.zero()];
      this.globals.set(v, cell);
      this.globalList.push({ name: v.name, pkg: v.pkg ? v.pkg.path : '', cell, type: t });
    }
    return cell;
  }

  /** A function used as a value: one Closure (without environment) per function. */
  funcValue(p: FuncProto): Closure {
    let c = this.funcValues.get(p);
    if (!c) {
      c = new Closure(p, null);
      this.funcValues.set(p, c);
    }
    return c;
  }

  // ---- functions -------------------------------------------------------------------------

  /** Go's name for a function or method (with `[...]` for generic instances, as tracebacks print them). */
  funcName(fn: Func, generic: boolean): string {
    const pkg = fn.pkg ? fn.pkg.path : '';
    const sig = fn.type as Signature;
    const inst = generic ? '[...]' : '';
    if (!sig.recv) return `${pkg}.${fn.name}${inst}`;
    let t = sig.recv.type;
    let ptr = false;
    if (t instanceof Pointer) {
      ptr = true;
      t = t.elem;
    }
    const base = t instanceof Named ? t.obj.name + (t.typeArgs.length || (t.orig && t.orig.typeParams.length) ? '[...]' : '') : '?';
    return ptr ? `${pkg}.(*${base}).${fn.name}` : `${pkg}.${base}.${fn.name}`;
  }

  /**
   * The FuncProto of a declared function or method, instantiated with type
   * arguments for generic ones (for methods of generic types: the receiver
   * type's arguments). Its body is compiled later from the work list.
   */
  funcProto(fn: Func, targs: Type[] = []): FuncProto {
    const orig = fn.orig ?? fn;
    const key = `${this.funcKey(orig)}[${targs.map((t) => this.rtypes.key(t)).join(',')}]`;
    const found = this.protos.get(key);
    if (found) return found;
    const generic = targs.length > 0;
    const proto = this.newProto(this.funcName(orig, generic));
    this.protos.set(key, proto);
    const sig = orig.type as Signature;
    proto.nparams = sig.params.length + (sig.recv ? 1 : 0);
    proto.nresults = sig.results.length;
    proto.variadic = sig.variadic;
    proto.hasArgs = proto.nparams > 0;
    const cp = this.checked(orig.pkg);
    proto.file = this.fileOf(cp.src);
    if (orig.decl) proto.line = cp.src.line(orig.decl.pos);
    if (cp.pkg.path !== 'main') proto.library = true;
    if (!orig.decl || !orig.decl.body) {
      const name = orig.fullName();
      const impl = natives[name];
      if (!impl) throw new Error(`gosim: no native implementation of ${name}`);
      proto.native = impl;
      proto.nslots = proto.nparams + proto.nresults;
      return proto;
    }
    this.work.push({ fn: orig, targs, proto });
    return proto;
  }

  private readonly funcIds = new Map<Func, number>();
  private funcKey(fn: Func): number {
    let id = this.funcIds.get(fn);
    if (id === undefined) {
      id = this.funcIds.size;
      this.funcIds.set(fn, id);
    }
    return id;
  }

  /** Compiles queued function bodies until none is left. */
  drain(): void {
    while (this.work.length) {
      const w = this.work.shift()!;
      this.compileDecl(w);
    }
  }

  private compileDecl(w: FuncWork): void {
    const decl = w.fn.decl!;
    const cp = this.checked(w.fn.pkg);
    const sig = w.fn.type as Signature;
    let sm: Substitution = new Map();
    if (sig.recv) {
      const rtp = recvTypeParams(sig);
      if (rtp.length) sm = makeSubst(rtp, w.targs);
    } else if (sig.typeParams.length) {
      sm = makeSubst(sig.typeParams, w.targs);
    }
    const fc = new FnCompiler(this, w.proto.name, cp.info, cp.src, sm, null, decl);
    // FnCompiler made its own proto; compile into the registered one instead.
    this.funcs.pop();
    (fc as { proto: FuncProto }).proto = w.proto;
    fc.compileFunction(decl.type, decl.recv, decl.body!, sig);
  }

  // ---- the program -------------------------------------------------------------------------

  build(): Program {
    for (const p of this.loaded.packages) {
      implicitAddressing(p.info, p.file, this.implicitlyAddressed);
      rangeFuncCaptures(p.info, p.file, this.implicitlyAddressed);
    }
    this.inlining = lessonInlining(this.loaded.main);
    const inits: FuncProto[] = [];
    for (const p of this.loaded.packages) inits.push(this.packageInit(p));
    const mainObj = this.loaded.main.pkg.scope.lookup('main') as Func;
    const main = this.funcProto(mainObj);
    const entry = this.newProto('runtime.main');
    entry.library = true;
    for (const init of inits) {
      entry.consts.push(init);
      entry.code.push(Op.CALL, entry.consts.length - 1, 0, 0, 0);
    }
    entry.consts.push(main);
    entry.code.push(Op.CALL, entry.consts.length - 1, 0, 0, 0);
    entry.retPc = entry.code.length;
    entry.code.push(Op.RET);
    entry.lines = entry.code.map(() => 0);
    entry.nslots = 1;
    this.drain();
    // Method sets can pull in more functions, whose bodies can make more types.
    for (;;) {
      const before = this.funcs.length;
      buildMethodSets(this);
      this.drain();
      if (this.funcs.length === before) break;
    }
    // Types the runtime and natives ask for by name.
    const runtimePkg = this.loaded.packages.find((p) => p.pkg.path === 'runtime')!.pkg;
    for (const name of ['errorString', 'plainError', 'boundsError']) this.rtypes.of(runtimePkg.scope.lookup(name)!.type);
    this.rtypes.of(new Pointer(runtimePkg.scope.lookup('TypeAssertionError')!.type));
    const errorsPkg = this.loaded.packages.find((p) => p.pkg.path === 'errors');
    if (errorsPkg) this.rtypes.of(new Pointer(errorsPkg.pkg.scope.lookup('errorString')!.type));
    for (;;) {
      const before = this.funcs.length;
      buildMethodSets(this);
      this.drain();
      if (this.funcs.length === before) break;
    }
    const types = new Map<string, RType>();
    for (const t of this.rtypes.all) types.set(t.str, t);
    const rt = (name: string) => {
      const t = types.get(name);
      if (!t) throw new Error(`gosim: the runtime package lacks ${name}`);
      return t;
    };
    return {
      funcs: this.funcs,
      entry,
      main,
      types,
      runtimeErrors: {
        boundsError: rt('runtime.boundsError'),
        errorString: rt('runtime.errorString'),
        plainError: rt('runtime.plainError'),
        TypeAssertionError: rt('*runtime.TypeAssertionError'),
      },
      linksOS: this.loaded.packages.some((p) => p.pkg.path === 'os'),
      file: this.options.file,
      globals: this.globalList,
    };
  }

  /** A package's initialisation: its variables in dependency order, then its init functions. */
  private packageInit(p: CheckedPackage): FuncProto {
    const fc = new FnCompiler(this, `${p.pkg.path}.init`, p.info, p.src, new Map(), null, null);
    fc.proto.library = p.pkg.path !== 'main';
    fc.compilePackageInit(p);
    return fc.proto;
  }

  /** The names runtime.main's init functions get (main.init.0, main.init.1...). */
  initName(pkg: Package, i: number): string {
    return `${pkg.path}.init.${i}`;
  }

  infoOf(fn: Func): Info {
    return this.checked(fn.pkg).info;
  }

  isTypeParam(t: Type): boolean {
    return t instanceof TypeParam;
  }

  /** The predeclared `any` (panic's and print's parameter type). */
  get anyType(): Type {
    return anyType;
  }

  /** An init() function, compiled under the name Go gives it (main.init.0, main.init.1...). */
  initProto(fn: Func, i: number): FuncProto {
    const p = this.funcProto(fn);
    (p as { name: string }).name = this.initName(fn.pkg!, i);
    return p;
  }

  private printer: FuncProto | null = null;

  /** The native behind the print and println builtins. */
  printProto(): FuncProto {
    if (!this.printer) {
      const p = this.newProto('runtime.printany');
      p.library = true;
      p.nparams = 2;
      p.nslots = 2;
      p.native = natives['runtime.printany'];
      if (!p.native) throw new Error('gosim: runtime.printany is missing');
      this.printer = p;
    }
    return this.printer;
  }
}

export function compile(loaded: LoadedProgram, options: CompileOptions): Program {
  return new Compiler(loaded, { ...options, file: path.resolve(options.file) }).build();
}

declare module './func' {
  interface FnCompiler {
    compileFunction(t: ast.FuncType, recv: ast.Field | null, body: ast.BlockStmt, sig: Signature): void;
    compilePackageInit(p: CheckedPackage): void;
  }
}
