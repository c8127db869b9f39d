// Calling String, Error, GoString and Format methods while printing.
//
// The printer (printer.ts) is plain synchronous code, so printing that needs
// Go methods runs twice: a first pass records every method call the values
// ask for (which calls happen depends only on the values and the format,
// never on what a method returns), the calls then run in Go, in that order,
// through GoCall (vm/native.ts), and a second pass prints with their
// outcomes. A method that mutates a value printed before it in the same call
// is the one case where this differs from Go, which prints as it goes.
//
// Panics in a method are recovered as Go's fmt does: a nil pointer receiver
// prints <nil>, anything else %!v(PANIC=String method: <the panic value>).
// A panic while printing a panic value propagates.

import { RuntimeError } from '../../vm/panics';
import { GoCall, GoPanicSignal } from '../../vm/native';
import { Kind } from '../../vm/rtype';
import { bytesToString } from '../../vm/strings';
import { Iface, Slice } from '../../vm/value';
import { MethodCall, MethodLink, Outcome, Printer } from './printer';
import { V_v } from './values';

/** Thrown by the fast path's link: this printing needs methods. */
export const NEEDS_METHODS = new Error('fmt: printing calls methods');

/** The link of the fast path: no method may be called. */
export const noMethods: MethodLink = {
  outcome(): Outcome {
    throw NEEDS_METHODS;
  },
};

/** The first pass: records the calls and pretends they printed nothing. */
class Recorder implements MethodLink {
  readonly calls: MethodCall[] = [];
  outcome(call: MethodCall): Outcome {
    this.calls.push(call);
    return { kind: 'ok', text: '' };
  }
}

/** The second pass: hands out the outcomes in the order the calls were recorded. */
class Replay implements MethodLink {
  private next = 0;
  constructor(private readonly outcomes: Outcome[]) {}
  outcome(): Outcome {
    return this.outcomes[this.next++] ?? { kind: 'ok', text: '' };
  }
}

export type PrintJob = (p: Printer) => void;

/**
 * Runs a printing job, calling the methods it needs; returns the printer of
 * the final pass. state is the *fmt.pp (an fmt.State) Format methods receive;
 * panicking is set while printing a panic value.
 */
export function* printWithMethods(job: PrintJob, state: Iface | null, panicking = false): Generator<GoCall, Printer, unknown[]> {
  const rec = new Recorder();
  const first = new Printer(rec);
  job(first);
  if (rec.calls.length === 0) return first;
  const outcomes: Outcome[] = [];
  for (const call of rec.calls) outcomes.push(yield* callMethod(call, state, panicking));
  const p = new Printer(new Replay(outcomes));
  job(p);
  return p;
}

// The fields of fmt.pp (src/stdlib/go/fmt.go), in declaration order.
const PP_BUF = 0;
const PP_WID = 1;
const PP_PREC = 2;
const PP_WID_OK = 3;
const PP_PREC_OK = 4;
const PP_FLAGS = 5;

function* callMethod(call: MethodCall, state: Iface | null, panicking: boolean): Generator<GoCall, Outcome, unknown[]> {
  const t = call.type;
  // A value receiver gets its own copy of an array or struct.
  const recv = t.isValue ? t.clone(call.recv) : call.recv;
  const pp = state === null ? null : (state.v as unknown[]);
  const args: unknown[] = [recv];
  if (call.method === 'Format') {
    if (pp === null || call.state === null) throw new Error('fmt: Format needs a State');
    const s = call.state;
    pp[PP_BUF] = null;
    pp[PP_WID] = s.wid;
    pp[PP_PREC] = s.prec;
    pp[PP_WID_OK] = s.widOK;
    pp[PP_PREC_OK] = s.precOK;
    pp[PP_FLAGS] = s.flags;
    args.push(state, call.verb);
  }
  const written = () => (call.method === 'Format' && pp !== null ? bytesToString(pp[PP_BUF] as Slice | null) : '');
  try {
    const results = yield new GoCall(call.fn, args);
    if (call.method === 'Format') return { kind: 'ok', text: written() };
    return { kind: 'ok', text: results[0] as string };
  } catch (e) {
    if (!(e instanceof GoPanicSignal)) throw e;
    const partial = written();
    if (t.kind === Kind.Pointer && call.recv === null) return { kind: 'panic', partial, nilReceiver: true, message: '' };
    if (panicking) throw e;
    if (e.value === null || e.value === undefined) return { kind: 'nilPanic', partial };
    const message = yield* panicText(e.value, state);
    return { kind: 'panic', partial, nilReceiver: false, message };
  }
}

/** A panic value as %v prints it (calling its Error or String method). */
function* panicText(value: unknown, state: Iface | null): Generator<GoCall, string, unknown[]> {
  if (value instanceof RuntimeError) return value.text;
  const p = yield* printWithMethods((q) => q.printArg(value as Iface, V_v), state, true);
  return p.buf;
}
