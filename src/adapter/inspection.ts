// What the client asks of a stopped program — a frame's scopes, variables
// (read and set), a Go expression, the exception stopped on — answered from
// the run's StackFrames and VariableStore. An answer is a response body, or
// the message of an error response: for a frame id or a variables reference
// the current stop does not have (they last until the program runs again), or
// what Go says is wrong with an expression or an assignment.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Debugger, EvalFrame, Stop } from '../engine/debugger';
import type { Frame } from '../vm/func';
import type { Run } from './run';

/** A run being debugged, stopped (its `vars` and `frames` exist). */
export interface Stopped {
  run: Run;
  dbg: Debugger;
}

export type Refusal = { error: DebugProtocol.Message };
export type Answer<Body> = { body: Body } | Refusal;

/** The stack frame a frameId names in the current stop. */
export function frameAt(s: Stopped, frameId: number): { frame: EvalFrame } | Refusal {
  const frame = s.run.frames!.frame(frameId);
  if (!frame) return { error: { id: 15, format: `gosim: no stack frame ${frameId} (frame ids last until the program runs again)` } };
  return { frame };
}

/** The Go frame a Restart Frame names (a library row or what a parked goroutine waits on has none). */
export function restartableFrame(s: Stopped, frameId: number): { at: EvalFrame; frame: Frame } | Refusal {
  const found = frameAt(s, frameId);
  if ('error' in found) return found;
  const at = found.frame;
  const frame = at.row.kind === 'go' ? at.row.frame : null;
  if (!frame) return { error: { id: 11, format: 'gosim: this frame cannot be restarted' } };
  return { at, frame };
}

/** A variablesReference the current stop does not have. */
function unknownReference(s: Stopped, ref: number): Refusal | null {
  if (s.run.vars!.has(ref)) return null;
  return { error: { id: 16, format: `gosim: no variables with reference ${ref} (references last until the program runs again)` } };
}

export function scopes(s: Stopped, frameId: number): Answer<DebugProtocol.ScopesResponse['body']> {
  const at = frameAt(s, frameId);
  if ('error' in at) return at;
  return { body: { scopes: at.frame.row.kind === 'go' ? s.run.vars!.scopes(at.frame) : [] } };
}

export function variables(s: Stopped, args: DebugProtocol.VariablesArguments): Answer<DebugProtocol.VariablesResponse['body']> {
  const unknown = unknownReference(s, args.variablesReference);
  if (unknown) return unknown;
  return { body: { variables: s.run.vars!.variables(args.variablesReference, args.filter, args.start ?? 0, args.count ?? 0) } };
}

export function setVariable(s: Stopped, args: DebugProtocol.SetVariableArguments): Answer<DebugProtocol.SetVariableResponse['body']> {
  const unknown = unknownReference(s, args.variablesReference);
  if (unknown) return unknown;
  try {
    const v = s.run.vars!.set(args.variablesReference, args.name, args.value);
    return { body: { value: v.value, type: v.type, variablesReference: v.variablesReference, namedVariables: v.namedVariables, indexedVariables: v.indexedVariables } };
  } catch (e) {
    return { error: { id: 6, format: (e as Error).message.replace(/[{}]/g, ''), showUser: true } };
  }
}

/** A Go expression in the frame named (or, without one, over package variables); a hover calls no functions. */
export function evaluate(s: Stopped, args: DebugProtocol.EvaluateArguments): Answer<DebugProtocol.EvaluateResponse['body']> {
  let at: EvalFrame | null = null;
  if (args.frameId !== undefined) {
    const found = frameAt(s, args.frameId);
    if ('error' in found) return found;
    at = found.frame;
  }
  if (at && at.row.kind !== 'go') return { error: { id: 7, format: 'gosim: this frame has no variables' } };
  try {
    const v = s.dbg.evaluate(args.expression, at, { calls: args.context !== 'hover' });
    if (v.novalue) return { body: { result: '', variablesReference: 0 } };
    const d = s.run.vars!.describe(v.t, v.v, args.expression, at);
    return { body: { result: d.value, type: d.type, variablesReference: d.variablesReference, namedVariables: d.namedVariables, indexedVariables: d.indexedVariables } };
  } catch (e) {
    return { error: { id: 8, format: (e as Error).message.replace(/[{}]/g, ''), showUser: false } };
  }
}

/** The panic or fatal error the program stopped on: Go's message and its goroutine dump. */
export function exceptionInfo(stop: Stop | null): Answer<DebugProtocol.ExceptionInfoResponse['body']> {
  const ex = stop?.exception;
  if (!ex) return { error: { id: 9, format: 'gosim: not stopped on an exception' } };
  return {
    body: {
      exceptionId: ex.kind,
      description: ex.message,
      breakMode: 'unhandled',
      details: { message: ex.message, typeName: ex.kind, stackTrace: ex.report },
    },
  };
}
