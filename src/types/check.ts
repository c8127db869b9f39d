// The type checker's entry point: checks one parsed Go file as a package.
//
// Importing this module loads every part of the Checker (each file adds the
// methods for one Go concept to its prototype, see checker.ts).

import './resolver';
import './typexpr';
import './interface';
import './signature';
import './decl';
import './expr';
import './comparison';
import './untyped';
import './call';
import './builtins';
import './conversions';
import './indexexpr';
import './literals';
import './assignments';
import './stmt';
import './return';
import './labels';
import './validtype';
import './initorder';
import './infer';
import './instantiate';
import './funcinst';
import type * as ast from '../syntax/ast';
import { GoError, SourceFile } from '../syntax/source';
import { Checker, CheckerOptions, Info } from './checker';
import type { Package } from './objects';

export interface CheckResult {
  pkg: Package;
  info: Info;
  errors: GoError[];
  checker: Checker;
}

export function checkPackage(file: ast.File, src: SourceFile, options: CheckerOptions, path = 'main'): CheckResult {
  const c = new Checker(src, options, path, file.pkgName.name);
  c.checkFile(file);
  c.finishUntyped();
  // (A package other than main never gets here: the go command refuses it first, src/engine/load.ts.)
  if (path === 'main' && !c.importsFailed && !c.pkg.scope.lookup('main')) {
    c.errors.push(new GoError(src, file.pkgName.pos, 'function main is undeclared in the main package'));
  }
  // The parser's errors come first, in source order, as it finds them.
  const parserErrors = [...c.syntaxErrors].sort((a, b) => a.pos - b.pos);
  return { pkg: c.pkg, info: c.info, errors: [...parserErrors, ...c.errors], checker: c };
}

export { Checker, Info } from './checker';
export type { CheckerOptions, Importer, TypeAndValue, Selection, Instance } from './checker';
