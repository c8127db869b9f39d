// Loading a program: parse the lesson, then type-check it together with the
// standard-library packages it imports (themselves Go sources, see
// src/stdlib/sources.ts, parsed when gosim is built), in dependency order.

import type * as ast from '../syntax/ast';
import libraryTrees from 'gosim:library-trees';
import { unpackTree } from '../syntax/packedTree';
import { parseFile } from '../syntax/parser';
import { GoError, SourceFile } from '../syntax/source';
import { checkPackage, CheckResult } from '../types/check';
import type { Package } from '../types/objects';
import { packageSources } from '../stdlib/sources';

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

export type LoadResult = { ok: true; program: LoadedProgram } | { ok: false; errors: GoError[] };

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

export async function loadProgram(name: string, text: string, options: LoadOptions): Promise<LoadResult> {
  const src = new SourceFile(name, text);
  const parsed = await parseFile(src);
  if (!parsed.file) return { ok: false, errors: parsed.errors };
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
  if (main.errors.length) return { ok: false, errors: main.errors };
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
