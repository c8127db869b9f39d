// The engine: the one API every front door (CLI, debug adapter, tests,
// benchmarks) uses to run a Go lesson.
//
//   const r = await load(path, source, options)      // parse, check, compile
//   if (!r.ok) show(r.errors)                        // Go-style compile errors
//   const m = start(r.program, options)              // a fresh simulated machine
//   m.onWrite = (fd, bytes) => ...                   // program output
//   m.run(10)                                        // run for up to 10 ms of wall time
//
// It knows nothing of DAP, VS Code or the panel.

import { compile } from '../compiler/compiler';
import type { SchedEvent } from '../protocol/events';
import { resetChanIds } from '../runtime/chan';
import { Machine, MachineOptions, Preemption, defaultOptions } from '../runtime/machine';
import { GoError, SourceFile, Unsupported, formatErrors } from '../syntax/source';
import type { Program } from '../vm/program';
import { resetObjectIds } from '../vm/value';
import { loadProgram } from './load';

export interface EngineOptions {
  gomaxprocs: number;
  numCPU: number;
  seed: number;
  preemption: Preemption;
  /** Go minor version whose rules apply (19 to 23). */
  goVersion: number;
  args: string[];
  stdin: string | null;
  maxCPU: number;
  /** Receives every scheduler event (src/protocol/events.ts); recording costs time, so leave it unset when unused. */
  onEvent?: ((e: SchedEvent) => void) | null;
  /** Keep every scheduler event in the machine's compact recorder (Machine.recorder). */
  recordEvents?: boolean;
}

export const defaultEngineOptions: EngineOptions = {
  gomaxprocs: defaultOptions.gomaxprocs,
  numCPU: defaultOptions.numCPU,
  seed: defaultOptions.seed,
  preemption: defaultOptions.preemption,
  goVersion: 23,
  args: [],
  stdin: null,
  maxCPU: 0,
};

/** The newest Go version whose rules gosim models. */
export const newestGoVersion = 23;

/** A program that does not load: its errors, printed as `go run` prints them, and the status `go run` then exits with. */
export type LoadOutcome = { ok: true; program: Program } | { ok: false; errors: GoError[]; message: string; exitCode: 1 | 2 };

/** Parses, type-checks and compiles a lesson. `path` is how errors and tracebacks name the file. */
export async function load(path: string, text: string, options: Pick<EngineOptions, 'goVersion'>): Promise<LoadOutcome> {
  const name = path;
  const loaded = await loadProgram(name, text, { goVersion: options.goVersion });
  if (!loaded.ok) return { ok: false, errors: loaded.errors, message: formatErrors(loaded.errors), exitCode: loaded.exitCode };
  try {
    const program = compile(loaded.program, { file: path, goVersion: options.goVersion });
    return { ok: true, program };
  } catch (e) {
    const msg = (e as Error).message;
    const m = /^gosim: ([^:]+:\d+:\d+): (.*)$/s.exec(msg);
    if (m) {
      const src = new SourceFile(name, text);
      const [line, col] = m[1].split(':').slice(-2).map(Number);
      const err = new Unsupported(src, src.lineStart(line) + col - 1, m[2].replace(/^unsupported: /, ''));
      return { ok: false, errors: [err], message: err.toString(), exitCode: 2 };
    }
    throw e;
  }
}

/** A fresh machine ready to run the program from its first instruction. */
export function start(program: Program, options: EngineOptions): Machine {
  resetObjectIds();
  resetChanIds();
  // Package-level variables live in the program: a new run starts them from zero.
  for (const g of program.globals) g.cell[0] = g.type.zero();
  const mo: MachineOptions = {
    gomaxprocs: options.gomaxprocs,
    numCPU: options.numCPU,
    seed: options.seed,
    preemption: options.preemption,
    args: options.args,
    stdin: options.stdin,
    maxCPU: options.maxCPU,
    goVersion: options.goVersion,
    onEvent: options.onEvent ?? null,
    recordEvents: options.recordEvents ?? false,
  };
  return new Machine(program, mo);
}

/** Parses a `--go-version` value (`1.19`, `1.22`, `go1.21`) into a minor version number. */
export function parseGoVersion(v: string): number | null {
  const m = /^(?:go)?1\.(\d+)(?:\.\d+)?$/.exec(v.trim());
  if (!m) return null;
  return Number(m[1]);
}
