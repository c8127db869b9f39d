// The command line as a user meets it: `node dist/cli.js run ...` in a child
// process — output, exit codes, bad input of every kind, and the scheduler
// views (--trace, --sched).

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../support/golden';

const root = repoRoot();
const cli = path.join(root, 'dist', 'cli.js');
const data = path.join(root, 'test', 'cli', 'testdata');

function gosim(args: string[], opts: { cwd?: string; input?: string; timeoutMs?: number } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? data,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status, signal: r.signal };
}

/** The seed's program block that starts on `line` of the lesson, exactly as printed. */
function seedSnippet(line: number): string {
  const lines = fs.readFileSync(path.join(root, '..', 'shared', 'seed', 'concurrency-lessons.md'), 'utf8').split('\n');
  const out: string[] = [];
  for (let i = line - 1; lines[i].trim() !== '```'; i++) out.push(lines[i]);
  return out.join('\n') + '\n';
}

describe('gosim run', function () {
  this.timeout(60000);
  let tmp: string;
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gosim-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('runs a seed lesson from examples/ and exits 0', () => {
    const r = gosim(['run', path.join(root, 'examples', '03_sleep_to_schedule.go')]);
    assert.strictEqual(r.stdout, 'main execution started\nHello World!\nmain execution stopped\n');
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.code, 0);
  });

  it('rejects the seed snippet printed without import "time" as Go does: undefined: time', () => {
    const file = path.join(tmp, 'snippet.go');
    const text = seedSnippet(162);
    assert.ok(text.includes('time.Sleep') && !text.includes('"time"'));
    fs.writeFileSync(file, text);
    const r = gosim(['run', 'snippet.go'], { cwd: tmp });
    const line = text.split('\n').findIndex((l) => l.includes('time.Sleep')) + 1;
    assert.strictEqual(r.stderr, `snippet.go:${line}:5: undefined: time\n`);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
  });

  // bad_: the compiler rejects them (exit 2); gocmd_: the go command does, before compiling (exit 1).
  for (const name of fs.readdirSync(data).filter((f) => /^(bad|gocmd)_.*\.go$/.test(f)).map((f) => f.slice(0, -3))) {
    const want = { stderr: fs.readFileSync(path.join(data, `${name}.gostderr`), 'utf8'), code: Number(fs.readFileSync(path.join(data, `${name}.goexit`), 'utf8')) };
    it(`prints go run's errors for ${name}.go and exits ${want.code}, as Go 1.19 does`, () => {
      const r = gosim(['run', '--go-version', '1.19', `${name}.go`]);
      assert.strictEqual(r.stderr, want.stderr);
      assert.strictEqual(r.code, want.code);
      assert.strictEqual(r.stdout, '');
    });
  }

  it('ends deep recursion with Go\'s stack overflow fatal error', () => {
    const r = gosim(['run', 'recurse.go']);
    assert.match(r.stderr, /^runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]\nfatal error: stack overflow\n/);
    assert.match(r.stderr, /\ngoroutine 1 \[running\]:\nmain\.f\(/);
    assert.strictEqual(r.code, 2);
  });

  it('ends a huge allocation with Go\'s out-of-memory fatal error', () => {
    const r = gosim(['run', 'huge.go']);
    assert.match(r.stderr, /^fatal error: runtime: out of memory\n/);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
  });

  it('stops a runaway loop at --timeout with a clear message', () => {
    const began = Date.now();
    const r = gosim(['run', '--timeout', '1', 'spin.go']);
    assert.strictEqual(r.code, 124);
    assert.strictEqual(r.stderr, 'gosim: stopped after the --timeout of 1s (the program was still running)\n');
    assert.ok(Date.now() - began < 15000);
  });

  it('stops a runaway loop at --max-cpu of virtual CPU time', () => {
    const r = gosim(['run', '--max-cpu', '0.5', 'spin.go']);
    assert.strictEqual(r.code, 124);
    assert.match(r.stderr, /^gosim: stopped after 0\.5\d\ds of virtual CPU time \(the --max-cpu limit\)/);
  });

  it('refuses a file that is not Go, and a missing file', () => {
    const txt = path.join(tmp, 'notes.txt');
    fs.writeFileSync(txt, 'hello\n');
    const r = gosim(['run', txt]);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, `gosim: ${txt} is not a Go source file (expected a .go file)\n`);
    const m = gosim(['run', 'nowhere.go']);
    assert.strictEqual(m.code, 2);
    assert.strictEqual(m.stderr, 'gosim: cannot read nowhere.go: no such file\n');
  });

  it('refuses unknown options and bad values with usage help', () => {
    const r = gosim(['run', '--gomaxprocs', '0', 'spin.go']);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, 'gosim: --gomaxprocs must be an integer from 1 to 256\n');
    const u = gosim(['run', '--frobnicate', 'spin.go']);
    assert.strictEqual(u.code, 2);
    assert.match(u.stderr, /^gosim: unknown option --frobnicate\nusage: gosim run/);
  });

  it('feeds piped input to os.Stdin', () => {
    const file = path.join(tmp, 'echo.go');
    fs.writeFileSync(
      file,
      `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for n := 1; sc.Scan(); n++ {
		fmt.Println(n, sc.Text())
	}
}
`,
    );
    const r = gosim(['run', file], { input: 'alpha\nbeta\n' });
    assert.strictEqual(r.stdout, '1 alpha\n2 beta\n');
    assert.strictEqual(r.code, 0);
  });

  it('writes a Chrome trace with a track per P and per goroutine (--trace)', () => {
    const out = path.join(tmp, 'trace.json');
    const r = gosim(['run', '--gomaxprocs', '2', '--trace', out, path.join(root, 'examples', '07_interleaving_with_sleep.go')]);
    assert.strictEqual(r.code, 0);
    const trace = JSON.parse(fs.readFileSync(out, 'utf8')) as { traceEvents: { name: string; ph: string; pid: number; tid: number; args?: { name?: string } }[] };
    const threads = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args!.name);
    assert.ok(threads.includes('P0') && threads.includes('P1'));
    assert.ok(threads.includes('G6 main.getChars') && threads.includes('G7 main.getDigits'), threads.join(', '));
    const ran = trace.traceEvents.filter((e) => e.ph === 'X' && e.pid === 1 && e.name === 'G6 main.getChars');
    assert.ok(ran.length >= 5, 'getChars ran on a P at least once per character');
    const slept = trace.traceEvents.filter((e) => e.ph === 'X' && e.pid === 2 && e.tid === 6 && e.name.startsWith('waiting: sleep'));
    assert.strictEqual(slept.length, 5, 'getChars slept once per character');
  });

  it('prints a timeline with one lane per P after the output (--sched)', () => {
    const r = gosim(['run', '--gomaxprocs', '2', '--sched', path.join(root, 'examples', '06_multiple_goroutines.go')]);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout.split('\n')[0], 'main execution started');
    const lines = r.stderr.split('\n');
    assert.match(lines[0], /^scheduler timeline \(virtual time, GOMAXPROCS=2/);
    assert.match(lines[1], /time µs\s+P0\s+P1\s+event/);
    assert.ok(lines.some((l) => /G1 creates G6 main\.getChars$/.test(l)));
    assert.ok(lines.some((l) => /G1 blocks: sleep/.test(l)));
  });
});
