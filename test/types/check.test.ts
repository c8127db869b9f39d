// The type checker against the corpora: every test/check case must produce
// exactly the errors `go build` reports (as marked in the file), and every
// program in test/programs must type-check without errors.
//
// A case is compared the way test/check/verify.js compares real Go's output:
// our errors are printed as `go build` prints them (sorted, at most ten, then
// "too many errors"), parsed back with verify.js's parser and matched one to
// one with the ERROR markers. Cases that need library API not yet written in
// src/stdlib/go are pending, with the missing names as the reason.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadProgram } from '../../src/engine/load';
import { formatErrors } from '../../src/syntax/source';
import { packageSources } from '../../src/stdlib/sources';

/** The folder holding package.json, found from wherever the bundle runs. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'test', 'check'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

const root = repoRoot();
const checkDir = path.join(root, 'test', 'check');
const programDir = path.join(root, 'test', 'programs');

interface Token {
  line: number;
  col: number;
  text: string;
}
interface Marker {
  line: number;
  col: number;
  regexp: string | null;
  bad: string | null;
  after: Token | null;
}
interface Reported {
  line: number;
  col: number;
  msg: string;
}
// verify.js is the reference for reading markers and go build's output; load it
// from the tree rather than bundling a copy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const verify = require(path.join(checkDir, 'verify.js')) as {
  scan(src: string): { tokens: Token[]; markers: Marker[] };
  parseErrors(output: string, file: string): { errors: Reported[]; other: string[] };
};

// ---- library coverage --------------------------------------------------------

/** The package name declared by a library package's source. */
function libPackageName(importPath: string): string | null {
  const text = packageSources[importPath];
  const m = text === undefined ? null : /^package\s+(\w+)/m.exec(text);
  return m ? m[1] : null;
}

/** Whether a library package's source declares `name` at package level. */
function libDeclares(importPath: string, name: string): boolean {
  const text = packageSources[importPath] ?? '';
  const single = new RegExp(`^(?:func|type|var|const)\\s+${name}\\b`, 'm');
  if (single.test(text)) return true;
  // Grouped declarations: `var (` ... `)` with one spec per line.
  const group = /^(?:type|var|const)\s*\(\n([\s\S]*?)^\)/gm;
  for (let m; (m = group.exec(text)); ) {
    if (new RegExp(`^\\t(?:\\w+\\s*,\\s*)*${name}\\b`, 'm').test(m[1])) return true;
  }
  return false;
}

/** Removes comments and string literals, so that `pkg.Name` is only found in code. */
function codeOnly(src: string): string {
  return src.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*'/g, (s) => s.replace(/[^\n]/g, ' '));
}

/** A file's imports as [local name or undefined, path]. */
function importsOf(src: string): [string | undefined, string][] {
  const out: [string | undefined, string][] = [];
  const spec = /^\s*(?:(\w+)\s+)?"([\w/.]+)"/;
  const decls = /^import\s*(?:\(([\s\S]*?)^\)|(.*))/gm;
  for (let d; (d = decls.exec(src)); ) {
    const lines = d[1] !== undefined ? d[1].split('\n') : [d[2]];
    for (const line of lines) {
      const m = spec.exec(line);
      if (m) out.push([m[1], m[2]]);
    }
  }
  return out;
}

/**
 * The library names a file uses that src/stdlib/go does not declare yet, as
 * `pkg.Name`. `expected` names are those the file itself expects to be undefined.
 */
function missingLibraryNames(src: string, expected: Set<string> = new Set()): string[] {
  const missing = new Set<string>();
  const code = codeOnly(src);
  for (const [local0, importPath] of importsOf(src)) {
    if (!(importPath in packageSources)) {
      if (!importPath.includes('.')) missing.add(`package ${importPath}`);
      continue;
    }
    const local = local0 ?? libPackageName(importPath);
    if (!local || local === '_') continue;
    const uses = new RegExp(`(?<![\\w.])${local}\\s*\\.\\s*([A-Za-z_]\\w*)`, 'g');
    for (let u; (u = uses.exec(code)); ) {
      const name = `${local}.${u[1]}`;
      if (!expected.has(name) && !libDeclares(importPath, u[1])) missing.add(name);
    }
  }
  return [...missing].sort();
}

/**
 * Methods of library types that the library does not declare yet, named in
 * errors such as `d.Hours undefined (type time.Duration has no field or method Hours)`.
 */
function missingLibraryMethods(errors: Reported[]): string[] {
  const missing = new Set<string>();
  for (const e of errors) {
    const m = /undefined \(type \*?([\w/]+)\.(\w+) has no field or method (\w+)\)/.exec(e.msg);
    if (!m) continue;
    const importPath = Object.keys(packageSources).find((p) => libPackageName(p) === m[1]);
    if (importPath && !new RegExp(`^func \\([^)]*\\b${m[2]}\\b[^)]*\\) ${m[3]}\\b`, 'm').test(packageSources[importPath])) {
      missing.add(`${m[1]}.${m[2]}.${m[3]}`);
    }
  }
  return [...missing].sort();
}

/** Marks the running test pending because the library lacks `names`. */
function pendingOnLibrary(ctx: Mocha.Context, names: string[]): void {
  ctx.test!.title += ` (pending: the library lacks ${names.join(', ')})`;
  ctx.skip();
}

// ---- running the checker ------------------------------------------------------

/** The Go minor version a program asks for (`// gosim-flags: --go-version 1.22`), 19 by default. */
function goVersionOf(src: string): number {
  const m = /^\/\/ gosim-flags:.*--go-version\s+1\.(\d+)/m.exec(src.split('\n').slice(0, 2).join('\n'));
  return m ? Number(m[1]) : 19;
}

/** Our diagnostics for a file, printed as `go build` prints them and parsed back. */
async function reportedErrors(file: string, src: string, goVersion: number): Promise<Reported[]> {
  const r = await loadProgram('./' + file, src, { goVersion });
  if (r.ok) return [];
  const { errors, other } = verify.parseErrors(formatErrors(r.errors), file);
  assert.deepStrictEqual(other, [], 'output that does not read as go build output');
  return errors;
}

/** Matches reported errors with markers one to one; returns the disagreements (verify.js's rules). */
function compare(markers: Marker[], errors: Reported[]): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const mk of markers) {
    if (!mk.after || mk.regexp === null) {
      problems.push(`${mk.line}:${mk.col}: unreadable marker ${mk.bad ?? ''}`);
      continue;
    }
    const re = new RegExp(mk.regexp);
    const at = errors.map((e, idx) => ({ e, idx })).filter(({ e, idx }) => !used.has(idx) && e.line === mk.after!.line && e.col === mk.after!.col);
    const hit = at.find(({ e }) => re.test(e.msg));
    if (hit) used.add(hit.idx);
    else if (at.length > 0) problems.push(`${mk.after.line}:${mk.after.col}: message ${JSON.stringify(at[0].e.msg)} does not match ${JSON.stringify(mk.regexp)}`);
    else problems.push(`${mk.after.line}:${mk.after.col}: expected error matching ${JSON.stringify(mk.regexp)} after ${JSON.stringify(mk.after.text)}, none reported there`);
  }
  errors.forEach((e, idx) => {
    if (!used.has(idx)) problems.push(`${e.line}:${e.col}: unexpected error: ${e.msg}`);
  });
  return problems;
}

function goFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.go'))
    .sort();
}

// ---- the suites ------------------------------------------------------------------

describe('type checker on test/check (errors as go build reports them)', () => {
  for (const file of goFiles(checkDir)) {
    const src = fs.readFileSync(path.join(checkDir, file), 'utf8');
    const { markers } = verify.scan(src);
    const expectedUndefined = new Set(markers.flatMap((m) => /undefined: (\w+\.\w+)/.exec(m.regexp ?? '')?.[1] ?? []));
    const missing = missingLibraryNames(src, expectedUndefined);
    const title = `reports ${file}'s marked errors and no others`;
    if (missing.length) {
      it.skip(`${title} (pending: the library lacks ${missing.join(', ')})`, () => {});
      continue;
    }
    it(title, async function () {
      const errors = await reportedErrors(file, src, goVersionOf(src));
      const problems = compare(markers, errors);
      const methods = missingLibraryMethods(errors);
      if (problems.length && methods.length) pendingOnLibrary(this, methods);
      assert.deepStrictEqual(problems, []);
    });
  }
});

describe('type checker on test/programs (valid programs check cleanly)', () => {
  for (const file of goFiles(programDir)) {
    const src = fs.readFileSync(path.join(programDir, file), 'utf8');
    const missing = missingLibraryNames(src);
    const title = `accepts ${file}`;
    if (missing.length) {
      it.skip(`${title} (pending: the library lacks ${missing.join(', ')})`, () => {});
      continue;
    }
    it(title, async function () {
      const errors = await reportedErrors(file, src, goVersionOf(src));
      const methods = missingLibraryMethods(errors);
      if (methods.length) pendingOnLibrary(this, methods);
      assert.deepStrictEqual(
        errors.map((e) => `${e.line}:${e.col}: ${e.msg}`),
        [],
      );
    });
  }
});
