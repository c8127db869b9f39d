// gosim's command line: `gosim run [options] FILE.go [args...]` runs a lesson on
// the simulated runtime and behaves like the built Go binary would: the
// program's stdout and stderr, and its exit code.

import * as fs from 'fs';
import * as path from 'path';
import { EngineOptions, defaultEngineOptions, load, newestGoVersion, parseGoVersion, start } from '../engine/engine';

const usage = `usage: gosim run [options] FILE.go [arguments...]

Runs a Go program on gosim's simulated Go runtime.

options:
  --gomaxprocs N          number of processors (P) to simulate (default 4)
  --seed N                seed for every random choice (select, map order, stealing) (default 1)
  --go-version V          Go version whose rules apply: 1.19 ... 1.${newestGoVersion} (default 1.${newestGoVersion})
  --preemption MODE       async (Go >= 1.14, default) or cooperative (only at calls and blocking points)
  --timeout SECONDS       stop a program that runs longer than this in real time (default: none)
  --max-cpu SECONDS       stop after this much virtual CPU time (default: none)
`;

interface Parsed {
  file: string;
  args: string[];
  options: EngineOptions;
  timeout: number;
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
  return { file, args: argv.slice(i + 1), options, timeout };
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

async function main(): Promise<void> {
  const { file, args, options, timeout } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}: no such file`);
  }
  if (!file.endsWith('.go')) fail(`${file} is not a Go source file (expected a .go file)`);
  const loaded = await load(file, text, options);
  if (!loaded.ok) {
    writeBytes(2, Buffer.from(loaded.message + '\n', 'utf8').toString('latin1'));
    process.exit(2);
  }
  let stdin: string | null = null;
  if (!process.stdin.isTTY) {
    try {
      stdin = fs.readFileSync(0).toString('latin1');
    } catch {
      stdin = '';
    }
  }
  const m = start(loaded.program, { ...options, args: [path.basename(file, '.go'), ...args], stdin });
  m.onWrite = writeBytes;
  const deadline = timeout ? Date.now() + timeout * 1000 : Infinity;
  for (;;) {
    const st = m.run(50);
    if (st === 'exited') break;
    if (st === 'io') {
      writeBytes(2, 'gosim: the program waits for input that will not come\n');
      process.exit(2);
    }
    if (Date.now() > deadline) {
      writeBytes(2, `gosim: stopped after the --timeout of ${timeout}s (the program was still running)\n`);
      process.exit(124);
    }
  }
  process.exit(m.exitCode);
}

main().catch((e) => {
  process.stderr.write(`gosim: internal error: ${(e as Error).message}\n`);
  if (process.env.GOSIM_DEBUG) process.stderr.write(String((e as Error).stack) + '\n');
  process.exit(3);
});
