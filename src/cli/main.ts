// gosim's command line: `gosim run [options] FILE.go [args...]` runs a lesson on
// the simulated runtime and behaves like the built Go binary would: the
// program's stdout and stderr, and its exit code.

import * as fs from 'fs';
import * as path from 'path';
import { EngineOptions, defaultEngineOptions, load, newestGoVersion, parseGoVersion, start } from '../engine/engine';
import { chromeTrace, textTimeline } from '../engine/timeline';
import type { Machine } from '../runtime/machine';

const usage = `usage: gosim run [options] FILE.go [arguments...]

Runs a Go program on gosim's simulated Go runtime.

options:
  --gomaxprocs N          number of processors (P) to simulate (default 4)
  --seed N                seed for every random choice (select, map order, stealing) (default 1)
  --go-version V          Go version whose rules apply: 1.19 ... 1.${newestGoVersion} (default 1.${newestGoVersion})
  --preemption MODE       async (Go >= 1.14, default) or cooperative (only at calls and blocking points)
  --timeout SECONDS       stop a program that runs longer than this in real time (default: none)
  --max-cpu SECONDS       stop after this much virtual CPU time (default: none)
  --time MODE             virtual (default: sleeps take no real time) or realtime
                          (the virtual clock keeps pace with the wall clock)
  --trace FILE            write the scheduler events as a Chrome trace (open it in
                          Perfetto or chrome://tracing)
  --sched                 print a timeline of scheduling decisions, one lane per P,
                          on stderr after the program's output
`;

interface Parsed {
  file: string;
  args: string[];
  options: EngineOptions;
  timeout: number;
  realtime: boolean;
  trace: string | null;
  sched: boolean;
}

function fail(msg: string): never {
  process.stderr.write(`gosim: ${msg}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Parsed {
  if (argv[0] !== 'run') {
    process.stderr.write(usage);
    process.exit(2);
  }
  const options: EngineOptions = { ...defaultEngineOptions, goVersion: newestGoVersion };
  let timeout = 0;
  let realtime = false;
  let trace: string | null = null;
  let sched = false;
  let i = 1;
  const value = (name: string): string => {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    if (eq >= 0) return arg.slice(eq + 1);
    i++;
    if (i >= argv.length) fail(`${name} needs a value`);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) break;
    if (a === '--') {
      i++;
      break;
    }
    const name = a.split('=')[0];
    switch (name) {
      case '--gomaxprocs': {
        const n = Number(value(name));
        if (!Number.isInteger(n) || n < 1 || n > 256) fail('--gomaxprocs must be an integer from 1 to 256');
        options.gomaxprocs = n;
        break;
      }
      case '--seed': {
        const n = Number(value(name));
        if (!Number.isInteger(n)) fail('--seed must be an integer');
        options.seed = n;
        break;
      }
      case '--go-version': {
        const v = parseGoVersion(value(name));
        if (v === null || v < 19 || v > 23) fail(`--go-version must be 1.19 to 1.23`);
        options.goVersion = v;
        break;
      }
      case '--preemption': {
        const v = value(name);
        if (v !== 'async' && v !== 'cooperative') fail('--preemption must be async or cooperative');
        options.preemption = v;
        break;
      }
      case '--timeout': {
        const n = Number(value(name));
        if (!(n > 0)) fail('--timeout must be a positive number of seconds');
        timeout = n;
        break;
      }
      case '--max-cpu': {
        const n = Number(value(name));
        if (!(n > 0)) fail('--max-cpu must be a positive number of seconds');
        options.maxCPU = n * 1e9;
        break;
      }
      case '--time': {
        const v = value(name);
        if (v !== 'virtual' && v !== 'realtime') fail('--time must be virtual or realtime');
        realtime = v === 'realtime';
        break;
      }
      case '--trace':
        trace = value(name);
        break;
      case '--sched':
        sched = true;
        break;
      case '--help':
        process.stdout.write(usage);
        process.exit(0);
        break;
      default:
        fail(`unknown option ${a}\n${usage}`);
    }
  }
  if (i >= argv.length) fail(`no program given\n${usage}`);
  const file = argv[i];
  return { file, args: argv.slice(i + 1), options, timeout, realtime, trace, sched };
}

function writeBytes(fd: number, bytes: string): void {
  const buf = Buffer.from(bytes, 'latin1');
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

/**
 * os.Stdin for a program run from the command line, read only once the program
 * reads it. Piped or redirected input is all there at once, as for a Go binary;
 * input typed at a terminal reaches the reading goroutine line by line while
 * the other goroutines run on.
 */
class StdinFeed {
  private started = false;
  private waiter: (() => void) | null = null;
  constructor(private readonly m: Machine) {
    m.onStdinNeeded = () => this.needed();
  }
  private needed(): void {
    if (this.started) return;
    this.started = true;
    if (!process.stdin.isTTY) {
      this.m.provideStdin(readAllSync(0));
      this.m.provideStdin(null);
      return;
    }
    process.stdin.on('data', (chunk: Buffer) => this.deliver(chunk.toString('latin1')));
    process.stdin.on('end', () => this.deliver(null));
    process.stdin.on('error', () => this.deliver(null));
  }
  /** Waits until some input (or its end) has been handed to the program. */
  next(): Promise<void> {
    return new Promise((resolve) => (this.waiter = resolve));
  }
  private deliver(text: string | null): void {
    this.m.provideStdin(text);
    const w = this.waiter;
    this.waiter = null;
    if (w) w();
  }
}

/** Everything readable from fd until its end (a pipe may not have it all yet: wait for it). */
function readAllSync(fd: number): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(65536);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      break; // no readable stdin (closed or absent): end of input
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('latin1');
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const { file, args, options, timeout, realtime, trace, sched } = parseArgs(process.argv.slice(2));
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}: no such file`);
  }
  if (!file.endsWith('.go')) fail(`${file} is not a Go source file (expected a .go file)`);
  const loaded = await load(file, text, options);
  if (!loaded.ok) {
    writeBytes(2, Buffer.from(loaded.message + '\n', 'utf8').toString('latin1'));
    process.exit(loaded.exitCode);
  }
  const m = start(loaded.program, { ...options, args: [path.basename(file, '.go'), ...args], stdin: null, recordEvents: Boolean(trace || sched) });
  m.onWrite = writeBytes;
  const stdin = new StdinFeed(m);
  const began = Date.now();
  const deadline = timeout ? began + timeout * 1000 : Infinity;
  for (;;) {
    // In realtime mode the virtual clock may be at most the elapsed wall time.
    const until = realtime ? (Date.now() - began) * 1e6 : Infinity;
    const st = m.run(50, until);
    if (st === 'exited') break;
    if (st === 'io') await stdin.next();
    else if (realtime && st === 'budget') await sleep(1);
    else await tick();
    if (Date.now() > deadline) {
      writeBytes(2, `gosim: stopped after the --timeout of ${timeout}s (the program was still running)\n`);
      process.exit(124);
    }
  }
  if (m.recorder) {
    const events = m.recorder.slice();
    const info = { gomaxprocs: options.gomaxprocs };
    if (trace) fs.writeFileSync(trace, JSON.stringify(chromeTrace(events, info)));
    if (sched) writeBytes(2, Buffer.from(textTimeline(events, info), 'utf8').toString('latin1'));
  }
  process.exit(m.exitCode);
}

main().catch((e) => {
  process.stderr.write(`gosim: internal error: ${(e as Error).message}\n`);
  if (process.env.GOSIM_DEBUG) process.stderr.write(String((e as Error).stack) + '\n');
  process.exit(3);
});
