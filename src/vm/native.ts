// Natively implemented library functions: the contract between the VM and
// src/stdlib. A native receives its arguments as VM values (value.ts) and
// returns its results; natives that must call back into Go code (fmt calling a
// String method, sort calling a less function) are generators that yield a
// GoCall and receive the call's results.

import type { FuncProto } from './func';
import type { RType } from './rtype';
import type { Closure } from './value';

/** A request, yielded by a generator native, to call Go code and resume with its results. */
export class GoCall {
  constructor(
    readonly fn: FuncProto | Closure,
    readonly args: unknown[],
  ) {}
}

/**
 * Thrown into a generator native when the Go code it called panicked; if the
 * native catches it, the panic is recovered (fmt does this to print
 * `%!v(PANIC=String method: boom)`), otherwise the panic continues.
 */
export class GoPanicSignal {
  constructor(readonly value: unknown) {}
}

/** Returned by a native that parked its goroutine; the runtime delivers the results later. */
export const PARK: unique symbol = Symbol('park');

/** What the runtime offers a native while it runs on a goroutine. */
export interface NativeHost {
  /** Writes bytes (a binary string, one char per byte) to fd 1 (stdout) or 2 (stderr). */
  write(fd: number, bytes: string): void;
  /** Panics with a Go value (a string, an error interface value...). */
  panic(value: unknown): never;
  /** Panics with a runtime error (`runtime error: ` + msg) as Go's runtime does. */
  runtimeError(msg: string): never;
  /** The runtime types of predeclared and library types natives need to build values. */
  type(name: 'string' | 'int' | 'error' | 'bool' | 'float64' | 'uint8' | 'int32' | string): RType;
  /** Makes an `error` value with the given message (an *errors.errorString). */
  newError(msg: string): unknown;
  /** The virtual clock, in nanoseconds since the Unix epoch (an int64: beyond 2^53, so a bigint). */
  now(): bigint;
  /** A uniform random uint32 from the program's seeded generator. */
  randUint32(): number;
  /** A native that returns PARK sets this to be called again, with the same arguments, when its goroutine is woken. */
  retry: boolean;
  /** The goroutine running the native (opaque to the library). */
  readonly g: unknown;
  /** The runtime itself, for natives of the runtime, sync and time packages. */
  readonly machine: unknown;
}

export type NativeFn = (h: NativeHost, args: unknown[]) => unknown;
export type NativeGenFn = (h: NativeHost, args: unknown[]) => Generator<GoCall, unknown, unknown[]>;

export interface NativeImpl {
  /** Returns undefined (no results), the single result, or an array of results. */
  fn?: NativeFn;
  /** A native that calls Go code: yields GoCalls, returns like fn. */
  gen?: NativeGenFn;
  /**
   * A generator native that handles panics of the Go code it calls: a panic
   * reaching it is thrown into it as a GoPanicSignal (recovered if it catches it).
   */
  recovers?: boolean;
  /**
   * The frames Go's own traceback shows inside this function (innermost first),
   * e.g. `sync.runtime_Semacquire` at sema.go:62 under `sync.(*WaitGroup).Wait`.
   */
  frames?: { name: string; file: string; line: number; args?: boolean }[];
  /**
   * For a native whose goroutine can wait at more than one place (RWMutex.Lock:
   * behind another writer, or for the readers to leave): the frames for the
   * goroutine g parked in it, instead of `frames`.
   */
  parkedFrames?: (g: unknown) => { name: string; file: string; line: number; args?: boolean }[];
}

/** The library frames Go shows for a goroutine g parked in a native. */
export function framesWhileParked(native: NativeImpl, g: unknown): { name: string; file: string; line: number; args?: boolean }[] | undefined {
  return native.parkedFrames ? native.parkedFrames(g) : native.frames;
}
