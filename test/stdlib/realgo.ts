// Runs one of gosim's library Go sources under the real Go toolchain, so the
// parts written in Go can be checked against real Go's package before gosim
// can compile them. The source's bodyless (native) functions are dropped and
// replaced by Go stand-ins from the fixture's `stubs/` folder; the fixture's
// `main.go` imports the package as "harness/<name>" next to the real one and
// prints what it finds.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath, repoRoot } from './fixture';

export function haveGo(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A library source without its native declarations: single-line `func` lines that have no body. */
export function withoutNatives(src: string): string {
  return src
    .split('\n')
    .filter((l) => !(/^func /.test(l) && !l.includes('{')))
    .join('\n');
}

/**
 * Builds and runs fixtures/<fixture>/main.go with src/stdlib/go/<file>.go as
 * package "harness/<name>"; returns its standard output.
 */
export function runWithRealGo(file: string, name: string, fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gosim-realgo-'));
  try {
    const root = repoRoot();
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module harness\n\ngo 1.19\n');
    const pkg = path.join(dir, name);
    fs.mkdirSync(pkg);
    const src = fs.readFileSync(path.join(root, 'src', 'stdlib', 'go', file), 'utf8');
    fs.writeFileSync(path.join(pkg, file), withoutNatives(src));
    const stubs = fixturePath(fixture, 'stubs');
    if (fs.existsSync(stubs)) for (const f of fs.readdirSync(stubs)) fs.copyFileSync(path.join(stubs, f), path.join(pkg, f));
    fs.copyFileSync(fixturePath(fixture, 'main.go'), path.join(dir, 'main.go'));
    return execFileSync('go', ['run', '.'], { cwd: dir, encoding: 'latin1', maxBuffer: 1 << 28, env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on' } });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
