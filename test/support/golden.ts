// Running golden Go programs (with outputs from real Go) through the engine,
// in-process, and comparing what they print.

import * as fs from 'fs';
import * as path from 'path';
import { defaultEngineOptions, load, parseGoVersion, start } from '../../src/engine/engine';
import type { SchedEvent } from '../../src/protocol/events';
import type { Preemption } from '../../src/runtime/machine';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { normalizeStderr } = require('../programs/normalize.js') as { normalizeStderr: (s: string) => string };

/** The repository root (the folder holding package.json). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

export interface RunOptions {
  gomaxprocs: number;
  goVersion: number;
  seed?: number;
  preemption?: Preemption;
  /** Real-time limit. */
  wallMs?: number;
  stdin?: string | null;
  /** Receives every scheduler event. */
  onEvent?: (e: SchedEvent) => void;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The program did not finish within the wall-time limit. */
  timedOut: boolean;
}

/** Compiles and runs a Go file; output as UTF-8 text. */
export async function runGo(file: string, opts: RunOptions): Promise<RunResult> {
  const text = fs.readFileSync(file, 'utf8');
  const r = await load(file, text, { goVersion: opts.goVersion });
  if (!r.ok) return { stdout: '', stderr: r.message + '\n', exitCode: 2, timedOut: false };
  const m = start(r.program, {
    ...defaultEngineOptions,
    gomaxprocs: opts.gomaxprocs,
    goVersion: opts.goVersion,
    seed: opts.seed ?? 1,
    preemption: opts.preemption ?? 'async',
    args: [path.basename(file, '.go')],
    stdin: opts.stdin ?? null,
    onEvent: opts.onEvent ?? null,
  });
  let out = '';
  let err = '';
  m.onWrite = (fd, bytes) => {
    if (fd === 1) out += bytes;
    else err += bytes;
  };
  const deadline = Date.now() + (opts.wallMs ?? 20000);
  let timedOut = false;
  for (;;) {
    const st = m.run(100);
    if (st === 'exited' || st === 'io') break;
    if (Date.now() > deadline) {
      timedOut = true;
      break;
    }
  }
  const utf8 = (s: string) => Buffer.from(s, 'latin1').toString('utf8');
  return { stdout: utf8(out), stderr: utf8(err), exitCode: m.exited ? m.exitCode : -1, timedOut };
}

/** Stderr as the goldens store it, and without the one machine address Go prints that nobody can reproduce. */
export function normalize(stderr: string): string {
  return normalizeSignal(normalizeStderr(stderr));
}

/** The pc in Go's `[signal SIGSEGV ...]` line is a machine address: compared as 0x0. */
function normalizeSignal(s: string): string {
  return s.replace(/(\[signal SIGSEGV: segmentation violation code=0x1 addr=0x[0-9a-f]+ pc=)0x[0-9a-f]+\]/g, '$10x0]');
}

/** One expected run of a golden program. */
export interface GoldenCase {
  name: string;
  file: string;
  gomaxprocs: number;
  goVersion: number;
  preemption: Preemption;
  stdout: string;
  stderr: string | null;
  exitCode: number;
  /** Standard input (NAME.stdin), or null for none. */
  stdin?: string | null;
}

/** The runs a golden program expects: per GOMAXPROCS setting with an output file. */
export function goldenCases(dir: string, defaultGoVersion = 19): GoldenCase[] {
  const out: GoldenCase[] = [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.go') && !f.endsWith('.twin.go')).sort();
  for (const f of files) {
    const base = f.slice(0, -3);
    const file = path.join(dir, f);
    const src = fs.readFileSync(file, 'utf8');
    let goVersion = defaultGoVersion;
    let preemption: Preemption = 'async';
    const flags = /^\/\/ gosim-flags: (.*)$/m.exec(src.split('\n').slice(0, 3).join('\n'));
    if (flags) {
      const v = /--go-version[ =](\S+)/.exec(flags[1]);
      if (v) goVersion = parseGoVersion(v[1]) ?? goVersion;
      const p = /--preemption[ =](\S+)/.exec(flags[1]);
      if (p) preemption = p[1] as Preemption;
    }
    const read = (ext: string) => {
      const p = path.join(dir, base + ext);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    };
    const stderr = read('.stderr.norm');
    const exitCode = Number(read('.exitcode') ?? '0');
    const both = read('.out');
    const stdin = read('.stdin');
    for (const procs of [1, 4]) {
      const stdout = read(`.gomaxprocs${procs}.out`) ?? both;
      if (stdout === null) continue;
      out.push({ name: `${base} (GOMAXPROCS=${procs})`, file, gomaxprocs: procs, goVersion, preemption, stdout, stderr, exitCode, stdin });
    }
  }
  return out;
}

/** Runs a golden case; returns a description of every difference (empty when it passes). */
export async function checkGolden(c: GoldenCase, seed = 1): Promise<string[]> {
  const r = await runGo(c.file, { gomaxprocs: c.gomaxprocs, goVersion: c.goVersion, preemption: c.preemption, seed, stdin: c.stdin == null ? null : Buffer.from(c.stdin, 'utf8').toString('latin1') });
  const problems: string[] = [];
  if (r.timedOut) problems.push('did not finish in time');
  if (r.stdout !== c.stdout) problems.push(`stdout differs:\n--- want\n${c.stdout}--- got\n${r.stdout}`);
  const want = c.stderr === null ? '' : normalizeSignal(c.stderr);
  const got = c.stderr === null ? r.stderr : normalize(r.stderr);
  if (got !== want) problems.push(`stderr differs:\n--- want\n${want}--- got\n${got}`);
  if (r.exitCode !== c.exitCode) problems.push(`exit code ${r.exitCode}, want ${c.exitCode}`);
  return problems;
}
