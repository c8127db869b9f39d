// Package-level objects collected from the file's declarations before any is
// checked, and the file's imports (go/types' resolver.go).

import type * as ast from '../syntax/ast';
import { GoError, Unsupported } from '../syntax/source';
import { isStdPath } from './goroot';
import { exprString } from './exprstring';
import { Const, Func, PkgName, TypeName, Var } from './objects';
import { invalidType } from './types';
import { Checker, FileCtx } from './checker';
import { stringLitValue } from './literals';

declare module './checker' {
  interface Checker {
    reservedName(id: ast.Ident): boolean;
    collectObjects(f: ast.File, file: FileCtx): void;
    importProblems(f: ast.File): GoError[];
    importSpec(spec: ast.ImportSpec, file: FileCtx): void;
    arity(spec: ast.ValueSpec, isConst: boolean): void;
    unusedImports(): void;
  }
}

/**
 * spec: "A package-scope or file-scope identifier with name init may only be
 * declared to be a function"; in package main, so may main. False (after
 * reporting) for a constant, variable or type declared with such a name.
 */
Checker.prototype.reservedName = function (this: Checker, id: ast.Ident): boolean {
  if (id.name === 'init' || (id.name === 'main' && this.pkg.name === 'main')) {
    this.error(id.pos, `cannot declare ${id.name} - must be func`);
    return true;
  }
  return false;
};

Checker.prototype.collectObjects = function (this: Checker, f: ast.File, file: FileCtx): void {
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
};

/**
 * Imports gosim does not provide (those no GOROOT has were reported before
 * parsing, as the go command reports them: src/engine/load.ts). Like the go
 * command, which stops before compiling when an import fails, the checker
 * then reports nothing else.
 */
Checker.prototype.importProblems = function (this: Checker, f: ast.File): GoError[] {
  const out: GoError[] = [];
  for (const spec of f.imports) {
    const path = stringLitValue(spec.path.value);
    const at = spec.path.pos;
    if (path === 'C') out.push(new Unsupported(this.file, at, 'cgo (import "C")'));
    else if (path === 'unsafe') out.push(new Unsupported(this.file, at, 'package "unsafe"'));
    else if (path === 'reflect') out.push(new Unsupported(this.file, at, 'package "reflect" (fmt\'s %T and %v show types and values)'));
    else if (spec.name?.name === '.') out.push(new Unsupported(this.file, spec.name.pos, `dot import of ${JSON.stringify(path)}`));
    else if (!this.options.importer(path)) {
      if (isStdPath(path)) out.push(new Unsupported(this.file, at, `package ${JSON.stringify(path)} (gosim does not simulate it)`));
      else out.push(new Unsupported(this.file, at, `imported package ${JSON.stringify(path)} (gosim runs a single file: only the standard library can be imported)`));
    }
  }
  return out;
};

Checker.prototype.importSpec = function (this: Checker, spec: ast.ImportSpec, file: FileCtx): void {
  const path = stringLitValue(spec.path.value);
  const imported = this.options.importer(path);
  if (!imported) return;
  const name = spec.name ? spec.name.name : imported.name;
  const obj = new PkgName(name, spec.name ? spec.name.pos : spec.path.pos, this.pkg, imported);
  if (spec.name) this.recordDef(spec.name, obj);
  else this.info.implicits.set(spec, obj);
  if (name === '_') return;
  // As types2 does: the import is listed before it is declared, so a second
  // import of a name is reported twice, redeclared and (never used) not used.
  this.imports.push({ obj, spec });
  const prev = file.scope.insert(obj);
  if (prev) this.redeclared(obj, prev);
};

/**
 * spec: the numbers of names and values must match, except that one call
 * may provide the values of several variables (checked where it is
 * evaluated). A variable with a type needs no value.
 */
Checker.prototype.arity = function (this: Checker, spec: ast.ValueSpec, isConst: boolean): void {
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
};

Checker.prototype.unusedImports = function (this: Checker): void {
  for (const { obj, spec } of this.imports) {
    if (obj.used) continue;
    const path = stringLitValue(spec.path.value);
    // The name is shown when it differs from the path's last element.
    const elem = path.slice(path.lastIndexOf('/') + 1);
    if (obj.name !== elem) this.error(obj.pos, `imported and not used: ${JSON.stringify(path)} as ${obj.name}`);
    else this.error(obj.pos, `imported and not used: ${JSON.stringify(path)}`);
  }
};

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
