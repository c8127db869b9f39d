// A compiled program: what the compiler hands the runtime.

import type { FuncProto } from './func';
import type { RType } from './rtype';

export interface Program {
  /** Every compiled function, indexed by FuncProto.id. */
  funcs: FuncProto[];
  /** runtime.main: runs every package's initialisation, then main.main. */
  entry: FuncProto;
  /** main.main, for the debugger's function breakpoints and the panel. */
  main: FuncProto;
  /** Runtime types by the name natives ask for (`string`, `error`, `runtime.boundsError`, `time.Time`...). */
  types: Map<string, RType>;
  /** The runtime's error types, used to turn run-time errors into Go values. */
  runtimeErrors: {
    boundsError: RType;
    errorString: RType;
    plainError: RType;
    TypeAssertionError: RType;
  };
  /** The program links package os: its init starts the finalizer goroutine (id 5 under GOMAXPROCS=1). */
  linksOS: boolean;
  /** The lesson's file name as tracebacks print it (absolute path). */
  file: string;
  /** Global variables: name, package, the heap cell holding each, and its type (debugger Globals). */
  globals: { name: string; pkg: string; cell: unknown[]; type: RType }[];
}
