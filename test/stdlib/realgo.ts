// Runs gosim's library Go sources under the real Go toolchain, so the parts
// written in Go can be checked against real Go before gosim can compile them.
//
// Each library package is copied into a temporary module as
// "harness/<path>", without its bodyless (native) declarations. Exported
// natives get a stand-in that calls the real package's function of the same
// name; unexported ones come from test/stdlib/fixtures/stubs/<pkg>.go. Imports
// of library packages, in the copies and in the program, are redirected to
// the copies, so a lesson runs on gosim's packages (and real Go's fmt, io...).

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath, repoRoot } from './fixture';

/** The library packages whose Go sources can run under real Go. */
export const harnessPackages = [
  'strings',
  'bytes',
  'bufio',
  'unicode',
  'unicode/utf8',
  'errors',
  'sort',
  'slices',
  'maps',
  'cmp',
  'math',
  'math/bits',
  'math/rand',
  'math/rand/v2',
];

/** Library packages Go 1.19 does not have: stand-ins cannot delegate to them. */
export const newerThan119 = new Set(['slices', 'maps', 'cmp', 'math/rand/v2']);

export function haveGo(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const fileOf = (pkg: string): string => pkg.replace(/\//g, '_') + '.go';

/** The parameter names of a Go parameter list, `...` kept for a variadic one. */
function paramNames(params: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of params) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      items.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) items.push(cur.trim());
  return items.map((it) => {
    const [name, type] = it.split(/\s+/, 2);
    return type?.startsWith('...') ? `${name}...` : name;
  });
}

/**
 * A library source made buildable by real Go: bodyless functions dropped,
 * exported plain functions among them re-declared to call the real package.
 */
export function withoutNatives(src: string, pkg: string): string {
  const real = `real${pkg.split('/').pop()}`;
  const delegates: string[] = [];
  const lines = src.split('\n').filter((l) => {
    if (!(/^func /.test(l) && !l.includes('{'))) return true;
    const m = /^func ([A-Z]\w*)\((.*?)\)(.*)$/.exec(l);
    if (m && !newerThan119.has(pkg)) {
      const [, name, params, results] = m;
      const call = `${real}.${name}(${paramNames(params).join(', ')})`;
      delegates.push(`${l} { ${results.trim() ? 'return ' : ''}${call} }`);
    }
    return false;
  });
  if (delegates.length === 0) return lines.join('\n');
  const out = lines.join('\n').replace(/^package (\w+)$/m, `package $1\n\nimport ${real} "${pkg}"`);
  return `${out}\n// Stand-ins for gosim's natives.\n${delegates.join('\n')}\n`;
}

/** An import line's alias and path; an alias starting with "real" names real Go's package. */
const importLine = /^(\s*(?:import\s+)?)(?:(\w+)\s+)?"([\w/]+)"$/gm;

/** Redirects imports of library packages to their harness copies. */
function redirect(src: string, pkgs: Set<string>): string {
  return src.replace(importLine, (all, pre: string, alias: string | undefined, p: string) =>
    pkgs.has(p) && !alias?.startsWith('real') ? `${pre}${alias ? alias + ' ' : ''}"harness/${p}"` : all,
  );
}

/** Library packages a source imports (not those it imports as real Go's). */
function importsOf(src: string): string[] {
  const found: string[] = [];
  for (const m of src.matchAll(importLine)) if (harnessPackages.includes(m[3]) && !m[2]?.startsWith('real')) found.push(m[3]);
  return found;
}

/**
 * Builds and runs a program (a file's text) against gosim's copies of the
 * library packages it imports, directly or through each other (those that
 * `substitute` accepts; real Go's for the others); returns its standard output.
 */
export function runWithRealGo(
  program: string,
  substitute: (pkg: string) => boolean = () => true,
  opts: { stdin?: string | null; fileName?: string } = {},
): string {
  const root = repoRoot();
  const libSource = (p: string): string => fs.readFileSync(path.join(root, 'src', 'stdlib', 'go', fileOf(p)), 'utf8');
  const pkgs = new Set<string>();
  const queue = importsOf(program);
  while (queue.length) {
    const p = queue.shift()!;
    if (pkgs.has(p) || !substitute(p)) continue;
    pkgs.add(p);
    queue.push(...importsOf(libSource(p)));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gosim-realgo-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module harness\n\ngo 1.19\n');
    for (const p of pkgs) {
      const pkgDir = path.join(dir, ...p.split('/'));
      fs.mkdirSync(pkgDir, { recursive: true });
      fs.writeFileSync(path.join(pkgDir, fileOf(p)), redirect(withoutNatives(libSource(p), p), pkgs));
      const stub = fixturePath('stubs', fileOf(p));
      if (fs.existsSync(stub)) fs.copyFileSync(stub, path.join(pkgDir, 'stubs_' + fileOf(p)));
    }
    fs.writeFileSync(path.join(dir, opts.fileName ?? 'main.go'), redirect(program, pkgs));
    return execFileSync('go', ['run', '.'], {
      cwd: dir,
      encoding: 'latin1',
      maxBuffer: 1 << 28,
      input: opts.stdin ?? '',
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on' },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a fixture folder's main.go against gosim's packages. */
export function runFixture(fixture: string): string {
  return runWithRealGo(fs.readFileSync(fixturePath(fixture, 'main.go'), 'utf8'));
}
