// The type checker: resolves every name of a package, computes the type (and,
// for constants, the value) of every expression, and reports the errors the gc
// compiler reports, worded as Go 1.19 words them.
//
// The Checker's methods are spread over files named for Go concepts, as in
// go/types: resolver.ts (collecting package-level objects and imports),
// decl.ts (declarations), typexpr.ts, interface.ts, signature.ts (types),
// expr.ts, unary.ts, binary.ts, comparison.ts, untyped.ts (expressions and
// operators), call.ts, builtins.ts, conversions.ts, indexexpr.ts, literals.ts,
// assignments.ts, stmt.ts, switch.ts, range.ts, return.ts, labels.ts,
// infer.ts. Each adds its methods to the Checker prototype; check.ts loads
// them all. This file holds the state, errors, scopes, and the order in which
// a file is checked.

import type * as ast from '../syntax/ast';
import { GoError, SourceFile } from '../syntax/source';
import { ConstValue } from './constant';
import { AnyObj, Func, Label, Package, PkgName, Var } from './objects';
import { Mode } from './operand';
import { Scope } from './scope';
import { Signature, Type } from './types';
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

export interface FileCtx {
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
    // As types2 does: once an error is reported, one that names an invalid
    // operand or type (not at its start) follows from it and adds nothing.
    if (this.errors.length > 0 && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0)) return;
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

  /** The package-level declarations being resolved, outermost first (for cycles). */
  readonly objPath: AnyObj[] = [];

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
}
