// From launch arguments to a compiled program and the engine's options — or
// to a message saying, in words a learner can act on, why there is nothing to
// run: no such file, not a Go file, a bad attribute, or compile errors (as go
// build prints them, plus the same errors as data for the Problems view).

import * as fs from 'fs';
import * as path from 'path';
import { EngineOptions, defaultEngineOptions, load, newestGoVersion, parseGoVersion } from '../engine/engine';
import type { CompileError } from '../protocol/dap';
import type { LaunchArguments } from '../protocol/launch';
import { goParser } from '../syntax/parser';
import type { Program } from '../vm/program';

export type Prepared =
  | { ok: true; file: string; program: Program; options: EngineOptions }
  | { ok: false; file: string; message: string; compileErrors: CompileError[] | null; exitCode?: number };

/** The launch attributes, checked; the first problem found as a message. */
function checkArgs(args: LaunchArguments): string | null {
  if (typeof args.program !== 'string' || args.program === '') return 'gosim: the launch configuration has no "program" (the .go file to run)';
  const intIn = (v: unknown, lo: number, hi: number) => v === undefined || (Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi);
  if (!intIn(args.gomaxprocs, 1, 256)) return 'gosim: "gomaxprocs" must be an integer from 1 to 256';
  if (args.seed !== undefined && !Number.isInteger(args.seed)) return 'gosim: "seed" must be an integer';
  if (args.preemption !== undefined && args.preemption !== 'async' && args.preemption !== 'cooperative') return 'gosim: "preemption" must be "async" or "cooperative"';
  if (args.time !== undefined && args.time !== 'virtual' && args.time !== 'realtime') return 'gosim: "time" must be "virtual" or "realtime"';
  if (args.goVersion !== undefined) {
    const v = parseGoVersion(String(args.goVersion));
    if (v === null || v < 19 || v > newestGoVersion) return `gosim: "goVersion" must be a Go version from 1.19 to 1.${newestGoVersion}`;
  }
  if (args.args !== undefined && (!Array.isArray(args.args) || args.args.some((a) => typeof a !== 'string'))) return 'gosim: "args" must be a list of strings';
  if (args.stdin !== undefined && typeof args.stdin !== 'string') return 'gosim: "stdin" must be a string';
  if (!intIn(args.maxThreads, 1, 1_000_000)) return 'gosim: "maxThreads" must be a positive integer';
  return null;
}

export async function prepare(args: LaunchArguments, cwd = process.cwd()): Promise<Prepared> {
  const bad = checkArgs(args);
  const file = typeof args.program === 'string' ? path.resolve(cwd, args.program) : '';
  if (bad) return { ok: false, file, message: bad, compileErrors: null };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : 'no such file';
    return { ok: false, file, message: `gosim: cannot read ${file}: ${why}`, compileErrors: null };
  }
  if (!file.endsWith('.go')) return { ok: false, file, message: `gosim: ${file} is not a Go source file (expected a .go file)`, compileErrors: null };
  const goVersion = args.goVersion !== undefined ? parseGoVersion(String(args.goVersion))! : newestGoVersion;
  const loaded = await load(file, text, { goVersion });
  if (!loaded.ok) return { ok: false, file, message: loaded.message, compileErrors: parseErrors(loaded.message), exitCode: loaded.exitCode };
  const options: EngineOptions = {
    ...defaultEngineOptions,
    gomaxprocs: args.gomaxprocs ?? defaultEngineOptions.gomaxprocs,
    seed: args.seed ?? defaultEngineOptions.seed,
    preemption: args.preemption ?? defaultEngineOptions.preemption,
    goVersion,
    args: [path.basename(file, '.go'), ...(args.args ?? [])],
    stdin: args.stdin ?? null,
  };
  return { ok: true, file, program: loaded.program, options };
}

/** As prepare, with a fault of gosim's own as one more reason there is nothing to run: a launch always ends in a response. */
export async function prepareLaunch(args: LaunchArguments): Promise<Prepared> {
  try {
    return await prepare(args);
  } catch (e) {
    const file = typeof args.program === 'string' ? args.program : '';
    return { ok: false, file, message: `gosim: internal error while loading the program: ${(e as Error).message}`, compileErrors: null };
  }
}

/** go build's `file:line:col: message` lines (tab-indented detail lines belong to the error above). */
export function parseErrors(message: string): CompileError[] {
  const out: CompileError[] = [];
  for (const line of message.split('\n')) {
    const m = /^(.*?):(\d+):(\d+): (.*)$/.exec(line);
    if (m) out.push({ file: m[1], line: Number(m[2]), column: Number(m[3]), message: m[4] });
    else if (line.startsWith('\t') && out.length) out[out.length - 1].message += '\n' + line.slice(1);
  }
  return out;
}

const warmUpSource = `package main

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println(strings.ToUpper("x"), time.Millisecond, rand.Intn(2), errors.New("e"), os.Args)
}
`;

let warming: Promise<void> | null = null;

/**
 * Readies the parser (tree-sitter's wasm, compiled off the main thread) for
 * the launch that follows: what a session does on `initialize`. Loading the
 * library here as well would only compete with the launch for the thread.
 */
export function warmUpParser(): Promise<void> {
  return goParser().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Parses and checks the library packages lessons use, once per process, so
 * the first launch does not pay for it (the host calls this on activation;
 * the adapter when a session starts).
 */
export function warmUp(): Promise<void> {
  warming ??= load('/gosim/warmup.go', warmUpSource, { goVersion: newestGoVersion }).then(
    () => undefined,
    () => undefined,
  );
  return warming;
}
