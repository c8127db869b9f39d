// Loading a program: parse the lesson, then type-check it together with the
// standard-library packages it imports (themselves Go sources, see
// src/stdlib/sources.ts, parsed when gosim is built), in dependency order.

import type * as ast from '../syntax/ast';
import libraryTrees from 'gosim:library-trees';
import { unpackTree } from '../syntax/packedTree';
import { readHeader } from '../syntax/header';
import { parseFile } from '../syntax/parser';
import { GoError, PackageError, SourceFile } from '../syntax/source';
import { checkPackage, CheckResult } from '../types/check';
import type { Package } from '../types/objects';
import { packageSources } from '../stdlib/sources';
import { inGoroot, isStdPath } from '../types/goroot';

export interface CheckedPackage extends CheckResult {
  file: ast.File;
  src: SourceFile;
}

export interface LoadedProgram {
  main: CheckedPackage;
  /** Every package, dependencies before their importers; main last. */
  packages: CheckedPackage[];
}

export interface LoadOptions {
  goVersion: number;
}

/** A program that does not load exits as `go run` does: 1 when the go command stops it, 2 when the compiler does. */
export type LoadResult = { ok: true; program: LoadedProgram } | { ok: false; errors: GoError[]; exitCode: 1 | 2 };

/** Library packages' sources and trees, shared by every load in this process. */
const parsedLibs = new Map<string, { file: ast.File; src: SourceFile } | null>();

/**
 * A library package's source and syntax tree. The tree was parsed from the
 * same source when gosim was built (esbuild.js): unpacking it takes a
 * small part of the time parsing it took, which every process used to spend
 * as it started.
 */
function parseLib(path: string): { file: ast.File; src: SourceFile } | null {
  let entry = parsedLibs.get(path);
  if (entry === undefined) {
    entry = unpackLib(path);
    parsedLibs.set(path, entry);
  }
  return entry;
}

function unpackLib(path: string): { file: ast.File; src: SourceFile } | null {
  const text = packageSources[path];
  if (text === undefined) return null;
  const packed = libraryTrees[path];
  if (packed === undefined) throw new Error(`gosim: library package ${path} was not parsed when gosim was built`);
  return { file: unpackTree(packed), src: new SourceFile(libraryFileName(path), text) };
}

/** The name tracebacks give a library package's source: `$GOROOT/src/sync/sync.go`. */
function libraryFileName(path: string): string {
  return `$GOROOT/src/${path}/${path.split('/').pop()}.go`;
}

/**
 * Checked library packages by Go version, shared by every load in this
 * process: a library package's types and info are never changed by the
 * packages that import it or by the compiler, so one check serves every
 * lesson (each program is still compiled afresh).
 */
const checkedLibs = new Map<number, Map<string, CheckedPackage>>();

/** The import paths a file names. */
function importsOf(file: ast.File): string[] {
  return file.imports.map((s) => s.path.value.slice(1, -1));
}

/**
 * What `go run` reports before the compiler sees the file (and then exits 1):
 * a package clause or imports go/parser rejects, a package other than main,
 * imports of paths this Go version's GOROOT lacks — standard ones from a
 * later Go, or a single word (`import "utils"`). A path naming another module
 * or package is left to the checker: that is gosim's limit, not the program's.
 */
function goCommandErrors(src: SourceFile, goVersion: number): GoError[] {
  const header = readHeader(src.text);
  if (!header.ok) return [new GoError(src, header.pos, header.msg)];
  const out: GoError[] = [];
  if (header.name !== 'main') out.push(new PackageError(src, 'package command-line-arguments is not a main package'));
  for (const { path, pos } of header.imports) {
    const std = isStdPath(path);
    if ((std && !inGoroot(path, goVersion)) || (!std && path !== 'C' && !/[./]/.test(path))) {
      out.push(new GoError(src, pos, `package ${path} is not in GOROOT (/usr/local/go/src/${path})`));
    }
  }
  return out;
}

export async function loadProgram(name: string, text: string, options: LoadOptions): Promise<LoadResult> {
  const src = new SourceFile(name, text);
  const listed = goCommandErrors(src, options.goVersion);
  if (listed.length) return { ok: false, errors: listed, exitCode: 1 };
  const parsed = await parseFile(src, { goVersion: options.goVersion });
  if (!parsed.file) return { ok: false, errors: parsed.errors, exitCode: 2 };
  // Parse every library package reachable from the lesson's imports.
  const libs = new Map<string, { file: ast.File; src: SourceFile }>();
  // The runtime package is always linked: run-time errors are values of its types.
  const queue = ['runtime', ...importsOf(parsed.file)];
  while (queue.length) {
    const p = queue.shift()!;
    if (libs.has(p)) continue;
    const lib = parseLib(p);
    if (!lib) continue;
    libs.set(p, lib);
    queue.push(...importsOf(lib.file));
  }
  let checked = checkedLibs.get(options.goVersion);
  if (!checked) checkedLibs.set(options.goVersion, (checked = new Map()));
  const cache = checked;
  const importer = (path: string): Package | null => {
    const done = cache.get(path);
    if (done) return done.pkg;
    const lib = libs.get(path);
    if (!lib) return null;
    const r = checkPackage(lib.file, lib.src, { goVersion: options.goVersion, importer, allowBodyless: true }, path);
    if (r.errors.length) throw new Error(`gosim: library package ${path} does not type-check: ${r.errors.map(String).join('; ')}`);
    cache.set(path, { ...r, file: lib.file, src: lib.src });
    return r.pkg;
  };
  const main = checkPackage(parsed.file, src, { goVersion: options.goVersion, importer, allowBodyless: false });
  if (main.errors.length) return { ok: false, errors: main.errors, exitCode: 2 };
  importer('runtime');
  // Every package the program links, dependencies before their importers, in
  // the order the checker first imports them: main's imports, then runtime.
  const order: CheckedPackage[] = [];
  const seen = new Set<string>();
  const visit = (path: string): void => {
    const cp = cache.get(path);
    if (!cp || seen.has(path)) return;
    seen.add(path);
    for (const dep of importsOf(cp.file)) visit(dep);
    order.push(cp);
  };
  for (const p of [...importsOf(parsed.file), 'runtime']) visit(p);
  const mainPkg = { ...main, file: parsed.file, src };
  order.push(mainPkg);
  return { ok: true, program: { main: mainPkg, packages: order } };
}
