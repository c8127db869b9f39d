// Panics raised by the VM and the library: the Go value being panicked with,
// and the run-time errors Go's runtime raises (index out of range, nil
// dereference, integer divide by zero, failed type assertions...).
//
// A panic travels as a thrown GoPanic out of the compiled code to the
// scheduler, which then runs the goroutine's deferred calls (runtime/panic.ts).
// Run-time errors are created as RuntimeError markers; the runtime turns them
// into Go values of the runtime package's error types (runtime.boundsError,
// runtime.errorString, ...) when a program recovers or prints them.

export type RuntimeErrorType = 'boundsError' | 'errorString' | 'plainError' | 'TypeAssertionError';

export class RuntimeError {
  constructor(
    readonly type: RuntimeErrorType,
    /** The message after `runtime error: ` (or the whole message for plain errors). */
    readonly msg: string,
    /** A nil dereference: Go prints a `[signal SIGSEGV ...]` line after the panic. */
    readonly sigsegv = false,
    /** The faulting address of a nil dereference (the offset of what it reads or writes). */
    readonly addr = 0,
  ) {}

  /** The text of the error's Error() method. */
  get text(): string {
    return this.type === 'plainError' || this.type === 'TypeAssertionError' ? this.msg : 'runtime error: ' + this.msg;
  }
}

/** A Go panic in flight. */
export class GoPanic {
  constructor(
    /** The panic value: a Go value (an interface value, see value.ts) or a RuntimeError. */
    readonly value: unknown,
    /** Library frames to show above the panicking user frame (e.g. sync.(*WaitGroup).Add). */
    readonly frames: { name: string; file: string; line: number; args?: boolean }[] | null = null,
  ) {}
}

/** A fatal error: not recoverable, ends the program (`fatal error: ...`). */
export class GoFatal {
  constructor(
    readonly msg: string,
    readonly frames: { name: string; file: string; line: number; args?: boolean }[] | null = null,
  ) {}
}

/** Formats an index value (number or bigint) as Go prints it in messages. */
function n(v: unknown): string {
  return String(v);
}

export function indexPanic(i: unknown, len: number): GoPanic {
  const neg = typeof i === 'bigint' ? i < 0n : (i as number) < 0;
  return new GoPanic(new RuntimeError('boundsError', neg ? `index out of range [${n(i)}]` : `index out of range [${n(i)}] with length ${len}`));
}

export function nilPanic(addr = 0): GoPanic {
  return new GoPanic(new RuntimeError('errorString', 'invalid memory address or nil pointer dereference', true, addr));
}

export function divPanic(): GoPanic {
  return new GoPanic(new RuntimeError('errorString', 'integer divide by zero'));
}

export function shiftPanic(): GoPanic {
  return new GoPanic(new RuntimeError('errorString', 'negative shift amount'));
}

export function nilMapPanic(): GoPanic {
  return new GoPanic(new RuntimeError('plainError', 'assignment to entry in nil map'));
}

export function plainPanic(msg: string): GoPanic {
  return new GoPanic(new RuntimeError('plainError', msg));
}

export function errorStringPanic(msg: string): GoPanic {
  return new GoPanic(new RuntimeError('errorString', msg));
}

/**
 * Slice bounds messages, as Go's runtime words them:
 * `slice bounds out of range [:5] with capacity 3`, `[5:3]`, `[::5] with length 3`...
 */
export function sliceBoundsPanic(kind: 'hi' | 'lo' | 'max' | 'himax' | 'lohi', a: unknown, b: unknown, what: 'length' | 'capacity'): GoPanic {
  const neg = (v: unknown) => (typeof v === 'bigint' ? v < 0n : (v as number) < 0);
  let msg: string;
  switch (kind) {
    case 'hi':
      msg = neg(a) ? `slice bounds out of range [:${n(a)}]` : `slice bounds out of range [:${n(a)}] with ${what} ${n(b)}`;
      break;
    case 'max':
      msg = neg(a) ? `slice bounds out of range [::${n(a)}]` : `slice bounds out of range [::${n(a)}] with ${what} ${n(b)}`;
      break;
    case 'himax':
      msg = `slice bounds out of range [:${n(a)}:${n(b)}]`;
      break;
    case 'lohi':
      msg = neg(a) ? `slice bounds out of range [${n(a)}:]` : `slice bounds out of range [${n(a)}:${n(b)}]`;
      break;
    default:
      msg = `slice bounds out of range [${n(a)}:${n(b)}]`;
  }
  return new GoPanic(new RuntimeError('boundsError', msg));
}
