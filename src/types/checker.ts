// The type checker: resolves every name of a package, computes the type (and,
// for constants, the value) of every expression, and reports the errors the gc
// compiler reports, worded as Go 1.19 words them.
//
// The Checker's methods are spread over files named for Go concepts, as in
// go/types: typexpr.ts (type expressions), expr.ts (operators and constants),
// call.ts (calls and selectors), builtins.ts, conversions.ts, index.ts,
// literals.ts, assignments.ts, stmt.ts, infer.ts. Each adds its methods to the
// Checker prototype; index.ts loads them all. This file holds the state, the
// package-level declarations and their initialisation order.

import type * as ast from '../syntax/ast';
import { GoError, SourceFile, Unsupported } from '../syntax/source';
import { inGoroot, isStdPath } from './goroot';
import { ConstValue } from './constant';
import { exprString } from './exprstring';
import { AnyObj, Const, Func, Label, Package, PkgName, TypeName, Var } from './objects';
import { Mode } from './operand';
import { Scope } from './scope';
import { Signature, Tuple, Type, invalidType, Named, TypeParam } from './types';
import { universe } from './universe';

export interface TypeAndValue {
  mode: Mode;
  type: Type;
  value: ConstValue | null;
}

export type SelectionKind = 'field' | 'method' | 'methodExpr';

/** What a selector expression `x.f` denotes (go/types' Selection). */
export interface Selection {
  kind: SelectionKind;
  /** The type of x (for a method expression, the type T in T.M). */
  recv: Type;
  obj: Var | Func;
  /** Embedded fields traversed; for a field, ends with the field's own index. */
  index: number[];
  indirect: boolean;
}

export interface Instance {
  typeArgs: Type[];
  type: Type;
}

/** Everything the compiler needs to know about the checked program. */
export class Info {
  readonly types = new Map<ast.Expr, TypeAndValue>();
  readonly defs = new Map<ast.Ident, AnyObj | null>();
  readonly uses = new Map<ast.Ident, AnyObj>();
  /** Objects without an identifier of their own: a type switch clause's variable. */
  readonly implicits = new Map<ast.Node, AnyObj>();
  readonly selections = new Map<ast.SelectorExpr, Selection>();
  readonly scopes = new Map<ast.Node, Scope>();
  /** Generic functions and types used with type arguments (explicit or inferred). */
  readonly instances = new Map<ast.Expr, Instance>();
  /** The signature of each function literal and declared function body. */
  readonly funcSigs = new Map<ast.Node, Signature>();
  /** Func objects of declarations, by declaration. */
  readonly funcObjs = new Map<ast.FuncDecl, Func>();
}

/** What the checker knows about the function whose body it is checking. */
export interface FuncContext {
  sig: Signature;
  node: ast.FuncDecl | ast.FuncLit;
  obj: Func | null;
  /** Labels declared in the body. */
  labels: Map<string, Label>;
  parent: FuncContext | null;
  /** Local variables declared in this body, to report unused ones. */
  locals: Var[];
}

/** Where a package-level object is declared, for lazy resolution. */
type DeclInfo =
  | { kind: 'const'; spec: ast.ValueSpec; index: number; file: FileCtx }
  | { kind: 'var'; spec: ast.ValueSpec; lhs: Var[]; file: FileCtx }
  | { kind: 'type'; spec: ast.TypeSpec; file: FileCtx }
  | { kind: 'func'; decl: ast.FuncDecl; file: FileCtx };

interface FileCtx {
  scope: Scope;
}

export type Importer = (path: string) => Package | null;

export interface CheckerOptions {
  /** The Go minor version (19 for Go 1.19, 22 for Go 1.22): selects version-dependent rules. */
  goVersion: number;
  importer: Importer;
  /** Library packages may declare functions without bodies (implemented natively). */
  allowBodyless: boolean;
}

export class Checker {
  readonly info = new Info();
  readonly errors: GoError[] = [];
  readonly pkg: Package;
  /** Package-level objects waiting to be (or being) resolved. */
  readonly decls = new Map<AnyObj, DeclInfo>();
  /** Resolution state of package-level objects: grey while in progress, black when done. */
  readonly color = new Map<AnyObj, 'grey' | 'black'>();
  /** Package-level objects each package-level var or func refers to (for init order). */
  readonly deps = new Map<AnyObj, Set<AnyObj>>();
  /** The package-level object whose declaration is being checked (records deps). */
  declObj: AnyObj | null = null;
  /** The function body being checked. */
  fctx: FuncContext | null = null;
  /** The value of `iota` in the constant declaration being checked. */
  iota: ConstValue | null = null;
  /** Untyped expressions whose final type depends on context (see expr.ts). */
  readonly untyped = new Map<ast.Expr, { isLhs: boolean; mode: Mode; type: Type; val: ConstValue | null }>();
  /** Function bodies to check once all package-level declarations are resolved. */
  readonly delayed: (() => void)[] = [];
  /** Imports, to report unused ones. */
  readonly imports: { obj: PkgName; spec: ast.ImportSpec }[] = [];
  /** Methods by receiver base type name, collected before types are resolved. */
  readonly methodDecls = new Map<string, ast.FuncDecl[]>();

  constructor(
    readonly file: SourceFile,
    readonly options: CheckerOptions,
    pkgPath = 'main',
    pkgName = 'main',
  ) {
    this.pkg = new Package(pkgPath, pkgName, new Scope(universe, 0, Number.MAX_SAFE_INTEGER, 'package ' + pkgName));
  }

  // ---- errors --------------------------------------------------------------

  error(pos: number, msg: string, detail: string[] = []): void {
    this.errors.push(new GoError(this.file, this.errpos ?? pos, msg, detail));
  }

  /** Where errors go while checking a constant's inherited (implicitly repeated) expression. */
  errpos: number | null = null;

  /**
   * Errors the gc compiler's parser reports without stopping (`expression in
   * defer must be function call`): go build lists them before any type error.
   */
  readonly syntaxErrors: GoError[] = [];

  syntaxError(pos: number, msg: string): void {
    this.syntaxErrors.push(new GoError(this.file, pos, msg));
  }

  /** `x redeclared in this block` with Go's pointer to the other declaration. */
  redeclared(obj: AnyObj, prev: AnyObj): void {
    const where = prev.pos >= 0 ? [`other declaration of ${obj.name}`] : [];
    this.errors.push(new GoError(this.file, obj.pos, `${obj.name} redeclared in this block`, where.map((w) => `${this.file.format(prev.pos)}: ${w}`)));
  }

  // ---- recording -----------------------------------------------------------

  record(e: ast.Expr, mode: Mode, type: Type, value: ConstValue | null): void {
    this.info.types.set(e, { mode, type, value });
  }

  recordDef(id: ast.Ident, obj: AnyObj | null): void {
    this.info.defs.set(id, obj);
  }

  recordUse(id: ast.Ident, obj: AnyObj): void {
    this.info.uses.set(id, obj);
  }

  /** Records that the current package-level declaration depends on obj. */
  addDep(obj: AnyObj): void {
    if (!this.declObj) return;
    let set = this.deps.get(this.declObj);
    if (!set) this.deps.set(this.declObj, (set = new Set()));
    set.add(obj);
  }

  // ---- scopes ----------------------------------------------------------------

  /**
   * spec: "A package-scope or file-scope identifier with name init may only be
   * declared to be a function"; in package main, so may main. False (after
   * reporting) for a constant, variable or type declared with such a name.
   */
  private reservedName(id: ast.Ident): boolean {
    if (id.name === 'init' || (id.name === 'main' && this.pkg.name === 'main')) {
      this.error(id.pos, `cannot declare ${id.name} - must be func`);
      return true;
    }
    return false;
  }

  /** Declares obj in scope (reporting redeclarations); `_` is never declared. */
  declare(scope: Scope, id: ast.Ident | null, obj: AnyObj): void {
    if (id) this.recordDef(id, obj);
    if (obj.name === '_') return;
    const prev = scope.insert(obj);
    if (prev) this.redeclared(obj, prev);
  }

  openScope(node: ast.Node, comment: string): Scope {
    const s = new Scope(this.scope, node.pos, node.end, comment);
    this.info.scopes.set(node, s);
    this.scope = s;
    return s;
  }

  closeScope(): void {
    this.scope = this.scope.parent!;
  }

  /** An import could not be satisfied: nothing else was checked. */
  importsFailed = false;

  /** The scope holding the file's imports (enclosing every function body). */
  fileScope!: Scope;
  /** The innermost scope of the code being checked. */
  declare scope: Scope;

  // ---- the package ---------------------------------------------------------

  checkFile(f: ast.File): void {
    const fileScope = new Scope(this.pkg.scope, f.pos, f.end, 'file');
    this.fileScope = fileScope;
    this.scope = fileScope;
    const fctx: FileCtx = { scope: fileScope };
    const imports = this.importProblems(f);
    if (imports.length) {
      this.errors.push(...imports);
      this.importsFailed = true;
      return;
    }
    this.collectObjects(f, fctx);
    this.packageObjects();
    this.processDelayed();
    this.initOrder();
    this.unusedImports();
  }

  private collectObjects(f: ast.File, file: FileCtx): void {
    const pkgScope = this.pkg.scope;
    for (const decl of f.decls) {
      if (decl.kind === 'FuncDecl') {
        const name = decl.name.name;
        const obj = new Func(name, invalidType, decl.name.pos, this.pkg);
        obj.decl = decl;
        this.info.funcObjs.set(decl, obj);
        if (decl.recv) {
          this.recordDef(decl.name, obj);
          const base = recvBaseName(decl.recv.type);
          if (base) {
            let list = this.methodDecls.get(base);
            if (!list) this.methodDecls.set(base, (list = []));
            list.push(decl);
          }
          this.decls.set(obj, { kind: 'func', decl, file });
          continue;
        }
        if (name === 'init') {
          this.recordDef(decl.name, obj);
          if (decl.type.params.length || decl.type.results.length) this.error(decl.name.pos, 'func init must have no arguments and no return values');
          if (decl.type.typeParams.length) this.error(decl.name.pos, 'func init must have no type parameters');
          this.pkg.inits.push(obj);
        } else if (name === 'main' && this.pkg.name === 'main') {
          if (decl.type.params.length || decl.type.results.length) this.error(decl.name.pos, 'func main must have no arguments and no return values');
          if (decl.type.typeParams.length) this.error(decl.name.pos, 'func main must have no type parameters');
          this.declare(pkgScope, decl.name, obj);
        } else {
          this.declare(pkgScope, decl.name, obj);
        }
        if (!decl.body && !this.options.allowBodyless) this.error(decl.name.pos, 'missing function body');
        this.decls.set(obj, { kind: 'func', decl, file });
        continue;
      }
      switch (decl.tok) {
        case 'import':
          for (const spec of decl.specs) this.importSpec(spec as ast.ImportSpec, file);
          break;
        case 'const':
          for (const spec of decl.specs as ast.ValueSpec[]) {
            spec.names.forEach((id, i) => {
              const obj = new Const(id.name, invalidType, id.pos, this.pkg, { kind: 'unknown' });
              if (this.reservedName(id)) return;
              this.declare(pkgScope, id, obj);
              this.decls.set(obj, { kind: 'const', spec, index: i, file });
            });
            this.arity(spec, true);
          }
          break;
        case 'var':
          for (const spec of decl.specs as ast.ValueSpec[]) {
            const lhs = spec.names.map((id) => {
              const v = new Var(id.name, invalidType, id.pos, this.pkg);
              v.isGlobal = true;
              v.hasType = false;
              return v;
            });
            spec.names.forEach((id, i) => {
              if (this.reservedName(id)) return;
              this.declare(pkgScope, id, lhs[i]);
              this.decls.set(lhs[i], { kind: 'var', spec, lhs, file });
            });
            if (spec.values.length === lhs.length) {
              lhs.forEach((v, i) => this.pkg.varInitOrder.push({ lhs: [v], rhs: spec.values[i], decl: spec }));
            } else {
              this.pkg.varInitOrder.push({ lhs, rhs: spec.values[0] ?? null, decl: spec });
            }
            this.arity(spec, false);
          }
          break;
        case 'type':
          for (const spec of decl.specs as ast.TypeSpec[]) {
            const obj = new TypeName(spec.name.name, invalidType, spec.name.pos, this.pkg);
            if (this.reservedName(spec.name)) continue;
            this.declare(pkgScope, spec.name, obj);
            this.decls.set(obj, { kind: 'type', spec, file });
          }
          break;
      }
    }
  }

  /**
   * Imports that cannot be satisfied: packages not in this Go version's GOROOT
   * (as the go command reports them), and those gosim does not provide. Like
   * the go command, which stops before compiling when an import fails, the
   * checker then reports nothing else.
   */
  importProblems(f: ast.File): GoError[] {
    const out: GoError[] = [];
    for (const spec of f.imports) {
      const path = stringLitValue(spec.path.value);
      const at = spec.path.pos;
      if (path === 'C') out.push(new Unsupported(this.file, at, 'cgo (import "C")'));
      else if (path === 'unsafe') out.push(new Unsupported(this.file, at, 'package "unsafe"'));
      else if (path === 'reflect') out.push(new Unsupported(this.file, at, 'package "reflect" (fmt\'s %T and %v show types and values)'));
      else if (spec.name?.name === '.') out.push(new Unsupported(this.file, spec.name.pos, `dot import of ${JSON.stringify(path)}`));
      else if (isStdPath(path) && !this.options.allowBodyless && !inGoroot(path, this.options.goVersion)) {
        // (The library's own imports are gosim's business, whatever the lesson's Go version.)
        out.push(new GoError(this.file, at, `package ${path} is not in GOROOT (/usr/local/go/src/${path})`));
      } else if (!this.options.importer(path)) {
        if (isStdPath(path)) out.push(new Unsupported(this.file, at, `package ${JSON.stringify(path)} (gosim does not simulate it)`));
        else if (!path.includes('.') && !path.includes('/')) out.push(new GoError(this.file, at, `package ${path} is not in GOROOT (/usr/local/go/src/${path})`));
        else out.push(new Unsupported(this.file, at, `imported package ${JSON.stringify(path)} (gosim runs a single file: only the standard library can be imported)`));
      }
    }
    return out;
  }

  private importSpec(spec: ast.ImportSpec, file: FileCtx): void {
    const path = stringLitValue(spec.path.value);
    const imported = this.options.importer(path);
    if (!imported) return;
    const name = spec.name ? spec.name.name : imported.name;
    const obj = new PkgName(name, spec.name ? spec.name.pos : spec.path.pos, this.pkg, imported);
    if (spec.name) this.recordDef(spec.name, obj);
    else this.info.implicits.set(spec, obj);
    if (name === '_') return;
    const prev = file.scope.insert(obj);
    if (prev) {
      this.error(obj.pos, `${name} redeclared in this block`);
      return;
    }
    this.imports.push({ obj, spec });
  }

  /**
   * spec: the numbers of names and values must match, except that one call
   * may provide the values of several variables (checked where it is
   * evaluated). A variable with a type needs no value.
   */
  arity(spec: ast.ValueSpec, isConst: boolean): void {
    if (!isConst && spec.type && spec.values.length === 0) return;
    const l = spec.names.length;
    const r = spec.values.length;
    if (l < r) {
      // A constant repeating the previous list names where the extra value is.
      if (spec.implicit) this.error(spec.pos, `extra init expr at ${this.file.format(spec.values[l].pos)}`);
      else this.error(spec.values[l].pos, `extra init expr ${exprString(spec.values[l])}`);
    } else if (l > r && (isConst || r !== 1)) {
      this.error(spec.names[r].pos, `missing init expr for ${spec.names[r].name}`);
    }
  }

  /** Resolves every package-level object (types first so that methods can attach). */
  private packageObjects(): void {
    const objs = [...this.decls.keys()];
    // Type declarations first, then their methods, then everything else.
    for (const o of objs) if (o instanceof TypeName) this.objDecl(o);
    for (const o of objs) if (!(o instanceof TypeName)) this.objDecl(o);
  }

  /** Resolves a package-level object's declaration on first use (any order is allowed). */
  objDecl(obj: AnyObj): void {
    const state = this.color.get(obj);
    if (state === 'black') return;
    const d = this.decls.get(obj);
    if (!d) return;
    if (state === 'grey') {
      this.cycle(obj);
      return;
    }
    this.color.set(obj, 'grey');
    this.objPath.push(obj);
    const saved = { scope: this.scope, declObj: this.declObj, fctx: this.fctx, iota: this.iota };
    this.scope = d.file.scope;
    this.fctx = null;
    this.iota = null;
    try {
      switch (d.kind) {
        case 'const':
          this.declObj = obj;
          this.constDecl(obj as Const, d.spec, d.index);
          break;
        case 'var':
          this.declObj = obj;
          this.varDecl(obj as Var, d.spec, d.lhs);
          break;
        case 'type':
          this.declObj = null;
          this.typeDecl(obj as TypeName, d.spec);
          break;
        case 'func':
          this.declObj = obj;
          this.funcDecl(obj as Func, d.decl);
          break;
      }
    } finally {
      this.objPath.pop();
      this.scope = saved.scope;
      this.declObj = saved.declObj;
      this.fctx = saved.fctx;
      this.iota = saved.iota;
      this.color.set(obj, 'black');
    }
  }

  /** The package-level declarations being resolved, outermost first (for cycles). */
  private readonly objPath: AnyObj[] = [];

  private cycle(obj: AnyObj): void {
    if (obj instanceof TypeName) {
      // A cycle through a defined type is fine here (validtype.ts judges it);
      // one of aliases only never reaches a type.
      const cycle = this.objPath.slice(this.objPath.indexOf(obj));
      if (cycle.some((o) => o instanceof TypeName && !o.isAlias)) return;
      const first = cycle.reduce((a, b) => (b.pos < a.pos ? b : a));
      const i = cycle.indexOf(first);
      const list = [...cycle.slice(i), ...cycle.slice(0, i)];
      const detail = list.map((o) => `${this.file.format(o.pos)}: ${o.name} refers to`);
      detail.push(`${this.file.format(first.pos)}: ${first.name}`);
      this.error(first.pos, `invalid recursive type ${first.name}`, detail);
      return;
    }
    // A constant or variable depending on itself is reported with the
    // initialization order (initorder.ts); here it just has no type.
    if (obj instanceof Const || obj instanceof Var) obj.type = invalidType;
  }

  private funcDecl(obj: Func, decl: ast.FuncDecl): void {
    // A function mentioned in its own signature is a func() meanwhile (`func foo(x foo)`).
    obj.type = new Signature(new Tuple([]), new Tuple([]), false);
    const sig = this.funcType(decl.type, decl.recv, obj);
    obj.type = sig;
    this.info.funcSigs.set(decl, sig);
    if (decl.recv) this.attachMethod(obj, decl);
    if (decl.body) {
      const body = decl.body;
      this.delayed.push(() => {
        this.declObj = obj;
        this.funcBody(decl, obj, sig, body);
        this.declObj = null;
      });
    }
  }

  /**
   * Runs the delayed checks queued from index `top` on (including those they
   * queue), then forgets them. Function bodies are delayed until all
   * package-level declarations are known; checks queued while checking a
   * statement run when the statement is done, as go build runs them, so that
   * errors come in its order.
   */
  processDelayed(top = 0): void {
    for (let i = top; i < this.delayed.length; i++) this.delayed[i]();
    this.delayed.length = top;
  }

  /** Checks a function body: declares parameters, checks statements, reports unused locals. */
  funcBody(node: ast.FuncDecl | ast.FuncLit, obj: Func | null, sig: Signature, body: ast.BlockStmt): void {
    const saved = { scope: this.scope, fctx: this.fctx, iota: this.iota };
    const outer = node.kind === 'FuncLit' ? this.scope : this.fileScope;
    const fscope = new Scope(outer, node.pos, node.end, 'function', true);
    this.info.scopes.set(node.type, fscope);
    this.scope = fscope;
    const ctx: FuncContext = { sig, node, obj, labels: new Map(), parent: node.kind === 'FuncLit' ? this.fctx : null, locals: [] };
    this.fctx = ctx;
    this.iota = null;
    for (const tp of sig.typeParams) this.scope.insert(tp.obj);
    if (sig.recv) {
      const rt = recvTypeParamsOf(sig);
      for (const tp of rt) if (tp.obj.name !== '_') this.scope.insert(tp.obj);
      this.declareParam(sig.recv, node.kind === 'FuncDecl' ? node.recv?.names[0] ?? null : null);
    }
    const paramIds = identsOf(node.type.params);
    sig.params.vars.forEach((v, i) => this.declareParam(v, paramIds[i] ?? null));
    const resultIds = identsOf(node.type.results);
    sig.results.vars.forEach((v, i) => this.declareParam(v, resultIds[i] ?? null));
    this.funcBodyStmts(body);
    if (sig.results.length > 0 && !this.isTerminatingBlock(body)) this.error(body.rbrace, 'missing return');
    this.usage(ctx);
    this.scope = saved.scope;
    this.fctx = saved.fctx;
    this.iota = saved.iota;
  }

  private declareParam(v: Var, id: ast.Ident | null): void {
    v.ownerFunc = this.fctx?.node ?? null;
    if (id) this.recordDef(id, v);
    // A second parameter of a name was reported with the signature (funcType).
    if (v.name && v.name !== '_') this.scope.insert(v);
  }

  /** Reports locals declared and not used, in source order (go/types' usage). */
  private usage(ctx: FuncContext): void {
    const unused = ctx.locals.filter((v) => !v.used && v.name !== '_').sort((a, b) => a.pos - b.pos);
    for (const v of unused) this.error(v.pos, `${v.name} declared but not used`);
  }

  private unusedImports(): void {
    for (const { obj, spec } of this.imports) {
      if (obj.used) continue;
      const path = stringLitValue(spec.path.value);
      // The name is shown when it differs from the path's last element.
      const elem = path.slice(path.lastIndexOf('/') + 1);
      if (obj.name !== elem) this.error(obj.pos, `imported and not used: ${JSON.stringify(path)} as ${obj.name}`);
      else this.error(obj.pos, `imported and not used: ${JSON.stringify(path)}`);
    }
  }
}

/** The receiver's base type name: `T` for `(t T)`, `(t *T)`, `(s *Stack[T])`. */
export function recvBaseName(t: ast.Expr): string | null {
  let e = t;
  for (;;) {
    if (e.kind === 'ParenExpr') e = e.x;
    else if (e.kind === 'StarExpr') e = e.x;
    else if (e.kind === 'IndexExpr') e = e.x;
    else break;
  }
  return e.kind === 'Ident' ? e.name : null;
}

function recvTypeParamsOf(sig: Signature): TypeParam[] {
  let t = sig.recv!.type;
  if (t.kind === 'Pointer') t = (t as unknown as { elem: Type }).elem;
  if (t instanceof Named) return t.typeArgs.filter((a): a is TypeParam => a instanceof TypeParam);
  return [];
}

function identsOf(fields: ast.Field[]): (ast.Ident | null)[] {
  const out: (ast.Ident | null)[] = [];
  for (const f of fields) {
    if (f.names.length === 0) out.push(null);
    else out.push(...f.names);
  }
  return out;
}

/** The value of a Go string literal's source text, as a binary (byte-per-char) string. */
export function stringLitValue(lit: string): string {
  return unquote(lit) ?? '';
}

/** Decodes a Go interpreted or raw string literal into bytes; null if malformed. */
export function unquote(lit: string): string | null {
  if (lit.startsWith('`')) {
    return Buffer.from(lit.slice(1, -1).replace(/\r/g, ''), 'utf8').toString('latin1');
  }
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      const cp = body.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out += Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1');
      continue;
    }
    const r = decodeEscape(body, i + 1, lit[0]);
    if (!r) return null;
    out += r.bytes;
    i = r.next - 1;
  }
  return out;
}

/** Decodes one escape sequence starting after the backslash; returns its bytes and the next index. */
export function decodeEscape(s: string, i: number, quote: string): { bytes: string; next: number; rune?: number } | null {
  const c = s[i];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (c in simple) return { bytes: String.fromCharCode(simple[c]), next: i + 1, rune: simple[c] };
  if (c === quote) return { bytes: c, next: i + 1, rune: c.charCodeAt(0) };
  if (c >= '0' && c <= '7') {
    const oct = s.slice(i, i + 3);
    if (!/^[0-7]{3}$/.test(oct)) return null;
    const v = parseInt(oct, 8);
    if (v > 255) return null;
    return { bytes: String.fromCharCode(v), next: i + 3, rune: v };
  }
  if (c === 'x') {
    const hex = s.slice(i + 1, i + 3);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
    const v = parseInt(hex, 16);
    return { bytes: String.fromCharCode(v), next: i + 3, rune: v };
  }
  if (c === 'u' || c === 'U') {
    const n = c === 'u' ? 4 : 8;
    const hex = s.slice(i + 1, i + 1 + n);
    if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return null;
    const v = parseInt(hex, 16);
    if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
    return { bytes: Buffer.from(String.fromCodePoint(v), 'utf8').toString('latin1'), next: i + 1 + n, rune: v };
  }
  return null;
}
